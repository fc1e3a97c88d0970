import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// Every keyboard shortcut on one sheet (F1 or ?). The list is the product's, so it lives here
// beside the shortcuts it documents; Esc or a click outside closes it.
Popup {
    id: sheet

    readonly property var groups: [
        { title: qsTr("Move around"), keys: [
            { key: "J", text: qsTr("Next conversation") },
            { key: "K", text: qsTr("Previous conversation") },
            { key: "/", text: qsTr("Search the board") },
            { key: "U", text: qsTr("Show what is new or updated (the board keeps its order while you work)") },
            { key: "Ctrl+1", text: qsTr("Show the board") },
            { key: "Ctrl+2", text: qsTr("Show the escalation queue") },
            { key: "Ctrl+3", text: qsTr("Show the team: presence and load") },
            { key: "Alt+1  2  3", text: qsTr("Workspace, Overview, Analytics (supervisors and admins)") },
            { key: "Alt+4", text: qsTr("History: every cached conversation") },
            { key: "Alt+5", text: qsTr("Review: label the AI's replies") },
            { key: "Alt+6", text: qsTr("Rules: escalation rules and their dry run") },
            { key: "Alt+7", text: qsTr("Settings: language, theme, text size, notifications") },
            { key: "Alt+8", text: qsTr("Audit log: who did what, when and from where (admins)") },
            { key: "Alt+9", text: qsTr("Users: roles, who may sign in, passwords (admins)") } ] },
        { title: qsTr("The queue"), keys: [
            { key: "N", text: qsTr("Take the next waiting conversation") } ] },
        { title: qsTr("In review"), keys: [
            { key: "J  K", text: qsTr("Next and previous reply") },
            { key: "1", text: qsTr("The AI was right") },
            { key: "2", text: qsTr("The AI was wrong, then the reason: I intent, F facts, T tone, H should have handed over, S should not have, L language, O other") },
            { key: "N", text: qsTr("Write a note for the label") } ] },
        { title: qsTr("Act on the open conversation"), keys: [
            { key: "T", text: qsTr("Take over") },
            { key: "H", text: qsTr("Hand back to the AI, with a note") },
            { key: "E", text: qsTr("Resolve, with an outcome") },
            { key: "R", text: qsTr("Write a reply") },
            { key: "W", text: qsTr("Whisper to the AI (supervisors and admins, while the AI answers)") } ] },
        { title: qsTr("In the composer"), keys: [
            { key: "Enter", text: qsTr("Chat: send. Email: a new line") },
            { key: "Shift+Enter", text: qsTr("Chat: a new line") },
            { key: "Ctrl+Enter", text: qsTr("Send the reply, note or whisper (chat and email)") },
            { key: "Ctrl+Shift+N", text: qsTr("Switch between a reply and an internal note") },
            { key: "Ctrl+Shift+D", text: qsTr("Insert the AI's newest suggestion") },
            { key: "Ctrl+/", text: qsTr("Insert a saved reply") },
            { key: "Esc", text: qsTr("Leave the composer") } ] },
        { title: qsTr("Anywhere"), keys: [
            { key: "F1  ?", text: qsTr("This sheet") } ] }
    ]

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.scaled(500), Overlay.overlay ? Overlay.overlay.width - 2 * Theme.spaceL : Theme.scaled(500))
    // Scrolls when the window is lower than the list.
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 2 * Theme.spaceL : implicitHeight)
    padding: Theme.spaceXl
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.width: 1
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.shadow
    }

    // Made while shown only: Qt 6.4 layouts in a closed popup keep their rebuilt rows (a language
    // switch rebuilds them) unpolished, and crashed on the next width change (a text size change).
    contentItem: Loader {
        active: sheet.visible
        sourceComponent: sheetContent
    }

    Component {
        id: sheetContent
        Flickable {
            id: flick
            implicitHeight: column.implicitHeight
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ThinScrollBar {}
            ColumnLayout {
                id: column
                width: flick.width
                objectName: "shortcutSheet"
                spacing: Theme.spaceM
                Accessible.role: Accessible.Dialog
                Accessible.name: qsTr("Keyboard shortcuts")

                Text {
                    text: qsTr("Keyboard shortcuts")
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                }
                Repeater {
                    model: sheet.groups
                    delegate: ColumnLayout {
                        id: group
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spaceXs
                        Text {
                            text: group.modelData.title
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.Bold
                            font.capitalization: Font.AllUppercase
                        }
                        Repeater {
                            model: group.modelData.keys
                            delegate: RowLayout {
                                id: line
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.spaceM
                                Accessible.role: Accessible.StaticText
                                Accessible.name: line.modelData.key + ": " + line.modelData.text
                                Rectangle {
                                    Layout.preferredWidth: Theme.scaled(112)
                                    implicitHeight: Theme.scaled(22)
                                    radius: Theme.radiusS
                                    color: Theme.surfaceSunken
                                    border.width: 1
                                    border.color: Theme.border
                                    Text {
                                        anchors.centerIn: parent
                                        text: line.modelData.key
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSmall
                                        font.weight: Font.DemiBold
                                    }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: line.modelData.text
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

