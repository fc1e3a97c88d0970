import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// The server this console signs in to, who is signed in, and signing out. Connecting to another
// server signs out first: its sign-in page then offers the new address.
SettingsSection {
    id: section

    property string error

    title: qsTr("Account")

    SettingLabel {
        visible: Console.identity.userName.length > 0
        text: qsTr("Signed in as %1 (%2)").arg(Console.identity.displayName).arg(Models.Labels.role(Console.identity.role))
        hint: Console.connectionDetail
    }
    FormField {
        id: server
        objectName: "serverAddress"
        Layout.fillWidth: true
        label: qsTr("Server address")
        text: Console.serverUrl
        placeholderText: "https://pilothouse.example.com"
        invalid: section.error.length > 0
        onAccepted: connectButton.clicked()
    }
    Text {
        Layout.fillWidth: true
        visible: section.error.length > 0
        text: section.error
        textFormat: Text.PlainText
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        ActionButton {
            id: connectButton
            objectName: "connectToServer"
            enabled: server.text.trim() !== Console.serverUrl
            text: Console.connectionState === Console.SignedOut ? qsTr("Use this server")
                                                                 : qsTr("Sign out and use this server")
            onClicked: section.error = Console.switchServer(server.text)
        }
        ActionButton {
            objectName: "settingsSignOut"
            visible: Console.connectionState !== Console.SignedOut && Console.connectionState !== Console.Offline
            text: qsTr("Sign out")
            onClicked: Console.signOut()
        }
    }
}
