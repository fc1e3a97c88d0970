import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Who is signed in, as one button at the top bar's end (the avatar and the name, which gives way
// first when the bar is short of room); it opens a menu with the role, Settings, the audit log and
// the users (admins) and Sign out.
ActionButton {
    id: button

    signal settingsRequested()
    /// An admin asked for the audit log (WorkspacePage page 7).
    signal auditRequested()
    /// An admin asked for the users (WorkspacePage page 8).
    signal usersRequested()

    readonly property string roleText: Console.identity.role !== Models.Role.Unknown
                                       ? Models.Labels.role(Console.identity.role) : ""

    /// The name beside the avatar; a narrow top bar shows the avatar alone (the name stays in the
    /// button's accessible name and the menu).
    property bool showName: true

    objectName: "accountButton"
    quiet: true
    leftPadding: Theme.spaceXs
    rightPadding: Theme.spaceS
    Accessible.name: roleText.length > 0 ? qsTr("Account: %1, %2").arg(Console.identity.displayName).arg(roleText)
                                         : qsTr("Account: %1").arg(Console.identity.displayName)
    Accessible.description: qsTr("Opens the menu with Settings and Sign out")
    onClicked: menu.visible ? menu.close() : menu.open()

    contentItem: RowLayout {
        spacing: Theme.spaceS
        Avatar {
            size: Theme.scaled(26)
            name: Console.identity.displayName
        }
        Text {
            visible: button.showName
            Layout.fillWidth: true
            Layout.maximumWidth: Math.min(Math.ceil(implicitWidth), Theme.scaled(180))
            text: Console.identity.displayName
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.Medium
            elide: Text.ElideRight
        }
        Text {
            text: "\u25be"
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Accessible.ignored: true
        }
    }

    Popup {
        id: menu
        objectName: "accountMenu"
        y: button.height + Theme.spaceXs
        x: button.width - width
        width: Math.max(button.width, Theme.scaled(240))
        padding: Theme.spaceS
        focus: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        background: Rectangle {
            radius: Theme.radiusM
            color: Theme.surface
            border.width: 1
            border.color: Theme.border
        }
        contentItem: ColumnLayout {
            spacing: Theme.spaceXs
            Accessible.role: Accessible.PopupMenu
            Accessible.name: qsTr("Account")
            Text {
                Layout.fillWidth: true
                Layout.margins: Theme.spaceS
                Layout.bottomMargin: 0
                text: Console.identity.displayName
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Tag {
                Layout.leftMargin: Theme.spaceS
                visible: button.roleText.length > 0
                text: button.roleText
                foreground: Theme.accentSoftText
                background: Theme.accentSoft
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceXs
                implicitHeight: 1
                color: Theme.divider
            }
            ActionButton {
                objectName: "accountSettings"
                Layout.fillWidth: true
                quiet: true
                text: qsTr("Settings  Alt+7")
                Accessible.name: qsTr("Settings")
                Accessible.description: qsTr("Shortcut: Alt+7")
                onClicked: {
                    menu.close()
                    button.settingsRequested()
                }
            }
            ActionButton {
                objectName: "accountAudit"
                Layout.fillWidth: true
                quiet: true
                visible: Console.identity.admin
                text: qsTr("Audit log  Alt+8")
                Accessible.name: qsTr("Audit log")
                Accessible.description: qsTr("Shortcut: Alt+8")
                onClicked: {
                    menu.close()
                    button.auditRequested()
                }
            }
            ActionButton {
                objectName: "accountUsers"
                Layout.fillWidth: true
                quiet: true
                visible: Console.identity.admin
                text: qsTr("Users  Alt+9")
                Accessible.name: qsTr("Users")
                Accessible.description: qsTr("Shortcut: Alt+9")
                onClicked: {
                    menu.close()
                    button.usersRequested()
                }
            }
            ActionButton {
                objectName: "signOutButton"
                Layout.fillWidth: true
                quiet: true
                visible: Console.connectionState !== Console.Offline
                text: qsTr("Sign out")
                onClicked: {
                    menu.close()
                    Console.signOut()
                }
            }
        }
    }
}
