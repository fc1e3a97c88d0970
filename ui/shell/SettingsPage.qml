pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Settings (Alt+7): language, theme, text size and motion, what opens after resolving, notifications, start at login, how long
// the cache keeps closed conversations, the server, signing out, and About. Every choice applies
// at once and is kept in the data folder's settings.ini (app/preferences.h).
Rectangle {
    id: page

    readonly property Preferences prefs: Console.preferences

    /// Scrolls so `item`, when it is on this page, shows whole: Tab never lands out of sight.
    function reveal(item: Item) {
        let inside = item
        while (inside && inside !== column)
            inside = inside.parent
        if (!inside)
            return
        const flick = scroll.contentItem
        const top = item.mapToItem(column, 0, 0).y - Theme.spaceL
        const bottom = top + item.height + 2 * Theme.spaceL
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height, bottom - flick.height)
    }

    color: Theme.window
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            if (page.visible && page.Window.activeFocusItem)
                page.reveal(page.Window.activeFocusItem)
        }
    }
    onVisibleChanged: if (visible) languageBox.forceActiveFocus()
    Component.onCompleted: if (visible) languageBox.forceActiveFocus()

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ScrollBar.vertical: ThinScrollBar {} // named for screen readers
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            id: column
            width: Math.min(scroll.availableWidth - 2 * Theme.spaceXl, Theme.scaled(720))
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spaceL

            Text {
                Layout.topMargin: Theme.spaceXl
                Layout.fillWidth: true
                text: qsTr("Settings")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            SettingsSection {
                title: qsTr("Language")
                SettingLabel {
                    text: qsTr("Interface language")
                    hint: qsTr("Dates, numbers and amounts follow it too. It changes at once.")
                }
                SelectBox {
                    id: languageBox
                    objectName: "languageSelect"
                    Layout.preferredWidth: Theme.scaled(260)
                    Accessible.name: qsTr("Interface language: %1").arg(displayText)
                    textRole: "text"
                    valueRole: "value"
                    model: [{ text: qsTr("As the system"), value: "" }].concat(
                        page.prefs.languages.map(l => ({ text: l.name, value: l.code })))
                    // The list is rebuilt in the new language when it changes: show the choice again.
                    function showChoice() { currentIndex = Math.max(0, indexOfValue(page.prefs.language)) }
                    onModelChanged: Qt.callLater(showChoice)
                    Component.onCompleted: showChoice()
                    onActivated: page.prefs.language = currentValue
                }
            }

            SettingsSection {
                title: qsTr("Appearance")
                SettingLabel { text: qsTr("Theme") }
                ButtonGroup { id: themeGroup }
                Repeater {
                    model: [
                        { text: qsTr("Follow the system"), value: Preferences.FollowSystem, name: "themeSystem" },
                        { text: qsTr("Light"), value: Preferences.Light, name: "themeLight" },
                        { text: qsTr("Dark"), value: Preferences.Dark, name: "themeDark" }
                    ]
                    delegate: RadioChoice {
                        required property var modelData
                        objectName: modelData.name
                        Layout.fillWidth: true
                        ButtonGroup.group: themeGroup
                        text: modelData.text
                        checked: page.prefs.theme === modelData.value
                        onToggled: if (checked) page.prefs.theme = modelData.value
                    }
                }
                SettingLabel {
                    Layout.topMargin: Theme.spaceS
                    text: qsTr("Text size")
                    hint: qsTr("Text and the rows that hold it grow together.")
                }
                SelectBox {
                    id: textSizeBox
                    objectName: "textSizeSelect"
                    Layout.preferredWidth: Theme.scaled(160)
                    Accessible.name: qsTr("Text size: %1").arg(displayText)
                    textRole: "text"
                    valueRole: "value"
                    model: [100, 110, 125, 150, 175, 200].map(p => ({ text: qsTr("%1 %").arg(p), value: p }))
                    function showChoice() { currentIndex = Math.max(0, indexOfValue(page.prefs.textSize)) }
                    onModelChanged: Qt.callLater(showChoice)
                    Component.onCompleted: showChoice()
                    onActivated: page.prefs.textSize = currentValue
                }
                CheckChoice {
                    objectName: "reducedMotion"
                    Layout.topMargin: Theme.spaceS
                    Layout.fillWidth: true
                    text: qsTr("Reduce motion: no fading, pulsing or sliding")
                    checked: page.prefs.reducedMotion
                    onToggled: page.prefs.reducedMotion = checked
                }
                CheckChoice {
                    objectName: "compactRows"
                    Layout.fillWidth: true
                    text: qsTr("Compact rows: the board and the queue show two lines per conversation")
                    checked: page.prefs.compactRows
                    onToggled: page.prefs.compactRows = checked
                }
            }

            SettingsSection {
                title: qsTr("Working")
                CheckChoice {
                    objectName: "nextAfterResolve"
                    Layout.fillWidth: true
                    text: qsTr("After resolving, open the next conversation")
                    checked: page.prefs.nextAfterResolve
                    onToggled: page.prefs.nextAfterResolve = checked
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The one of yours whose customer has waited longest, otherwise the top of the queue.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }

            NotificationSettings {
                prefs: page.prefs
            }

            SettingsSection {
                title: qsTr("Start-up and cache")
                CheckChoice {
                    objectName: "startAtLogin"
                    Layout.fillWidth: true
                    text: qsTr("Start Pilothouse when I log in")
                    checked: page.prefs.startAtLogin
                    onToggled: page.prefs.startAtLogin = checked
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.prefs.startAtLoginError
                    textFormat: Text.PlainText
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                SettingLabel {
                    Layout.topMargin: Theme.spaceS
                    text: qsTr("Keep closed conversations on this computer for")
                    hint: qsTr("Older ones leave the cache, with their messages. Open conversations always stay.")
                }
                RetentionSelect {
                    prefs: page.prefs
                }
            }

            AccountSettings {}

            SessionsSection {}
            TwoFactorSection {}

            AboutSection {
                Layout.bottomMargin: Theme.spaceXl
            }
        }
    }
}
