pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Where the user is signed in (Console.sessions): this computer first, then every other sign-in
// with what it was, from where and when it was last used. Ending one signs that computer out at
// once (a lost or stolen laptop); this computer's own session ends with Sign out. Admins may list
// everyone's sessions. Read from the server when the section is shown.
SettingsSection {
    id: section

    readonly property Models.SessionsModel sessions: Console.sessions

    title: qsTr("Sessions")
    visible: Console.identity.userName.length > 0 && Console.connectionState !== Console.Offline
    onVisibleChanged: if (visible) sessions.refresh()
    Component.onCompleted: if (visible) sessions.refresh()

    SettingLabel {
        text: qsTr("Where you are signed in")
        hint: qsTr("End a session you do not recognise: that computer is signed out at once and must sign in again.")
    }
    CheckChoice {
        objectName: "sessionsEveryone"
        Layout.fillWidth: true
        visible: Console.identity.admin
        text: qsTr("Show everyone's sessions")
        checked: section.sessions.everyone
        onToggled: section.sessions.everyone = checked
    }
    Repeater {
        model: section.sessions
        delegate: RowLayout {
            id: row
            required property int index
            required property string deviceText
            required property string userText
            required property string address
            required property string startedText
            required property string seenText
            required property bool current
            required property bool ending
            required property string accessibleText

            Layout.fillWidth: true
            spacing: Theme.spaceM
            Accessible.role: Accessible.ListItem
            Accessible.name: accessibleText

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spaceS
                    Text {
                        Layout.fillWidth: true
                        text: section.sessions.everyone ? qsTr("%1 · %2").arg(row.userText).arg(row.deviceText) : row.deviceText
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Tag {
                        visible: row.current
                        text: qsTr("This computer")
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: [row.address, row.startedText, row.seenText].filter(part => part.length > 0).join(" · ")
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            ActionButton {
                objectName: "endSession" + row.index
                visible: !row.current
                enabled: !row.ending
                text: row.ending ? qsTr("Ending…") : qsTr("End")
                Accessible.name: qsTr("End the session on %1").arg(row.deviceText)
                onClicked: section.sessions.end(row.index)
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        text: section.sessions.errorText
        textFormat: Text.PlainText
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    ActionButton {
        objectName: "sessionsRefresh"
        quiet: true
        text: qsTr("Refresh")
        Accessible.name: qsTr("Refresh the sessions")
        enabled: section.sessions.state !== Models.SessionsModel.Loading
        onClicked: section.sessions.refresh()
    }
}
