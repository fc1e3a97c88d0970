pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Users (admins): who may sign in to this server and as what. Whether everyone must sign in with
// a second factor; add a colleague with a first password, change a role, let someone sign in or
// not, reset a password; a change to someone signs them out everywhere. The server's refusals (a weak password, the last admin) are shown in its
// words. Read from the server when shown; the list lives there, not in the cache.
Rectangle {
    id: page

    required property Models.UsersModel users
    property bool offline: false

    color: Theme.window
    onVisibleChanged: if (visible) users.refresh()
    Component.onCompleted: if (visible) users.refresh()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ScrollBar.vertical: ThinScrollBar {}
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.spaceXl, Theme.scaled(820))
            x: Theme.spaceXl
            spacing: Theme.spaceM

            Text {
                Layout.topMargin: Theme.spaceXl
                text: qsTr("Users")
                color: Theme.text
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Who may sign in to this server, and as what. A change to someone signs them out everywhere.")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "usersNotice"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.users.errorText.length > 0 ? page.users.errorText : page.users.noticeText
                textFormat: Text.PlainText
                color: page.users.errorText.length > 0 ? Theme.danger : Theme.success
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // The server's sign-in rules: two-factor sign-in for everyone.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: rules.implicitHeight + 2 * Theme.spaceL
                radius: Theme.radiusL
                color: Theme.surface
                border.color: Theme.border
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Sign-in rules")

                ColumnLayout {
                    id: rules
                    anchors.fill: parent
                    anchors.margins: Theme.spaceL
                    spacing: Theme.spaceXs
                    CheckChoice {
                        id: requireBox
                        objectName: "usersRequireTwoFactor"
                        text: qsTr("Require two-factor sign-in for everyone")
                        checked: page.users.twoFactorRequired
                        enabled: !page.users.busy && !page.offline
                        onToggled: {
                            page.users.setTwoFactorRequired(checked)
                            checked = Qt.binding(() => page.users.twoFactorRequired) // the server decides
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.indicatorSize + Theme.spaceS
                        text: qsTr("Turning it on signs out everyone who has not set it up; their next sign-in sets it up before anything else. Turn it on for yourself first, in Settings.")
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }

            // A new colleague.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: form.implicitHeight + 2 * Theme.spaceL
                radius: Theme.radiusL
                color: Theme.surface
                border.color: Theme.border
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Add a user")

                GridLayout {
                    id: form
                    anchors.fill: parent
                    anchors.margins: Theme.spaceL
                    columns: 2
                    columnSpacing: Theme.spaceM
                    rowSpacing: Theme.spaceS
                    Text {
                        Layout.columnSpan: 2
                        text: qsTr("Add a user")
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                    }
                    FormField {
                        id: newName
                        objectName: "newUserName"
                        Layout.fillWidth: true
                        label: qsTr("User name")
                    }
                    FormField {
                        id: newDisplayName
                        objectName: "newUserDisplayName"
                        Layout.fillWidth: true
                        label: qsTr("Name people read (optional)")
                    }
                    FormField {
                        id: newPassword
                        objectName: "newUserPassword"
                        Layout.fillWidth: true
                        label: qsTr("First password (12 characters or more)")
                        // What a screen reader says a password field is (FormField).
                        placeholderText: qsTr("Their first password")
                        echoMode: TextInput.Password
                        onAccepted: addButton.clicked()
                    }
                    SelectBox {
                        id: newRole
                        objectName: "newUserRole"
                        Layout.alignment: Qt.AlignBottom
                        prefix: qsTr("Role:")
                        textRole: "text"
                        valueRole: "value"
                        model: page.users.roleOptions
                        Component.onCompleted: currentIndex = indexOfValue(Models.Role.Agent)
                    }
                    ActionButton {
                        id: addButton
                        objectName: "addUser"
                        Layout.columnSpan: 2
                        text: qsTr("Add user")
                        enabled: !page.users.busy && newName.text.trim().length > 0 && newPassword.text.length > 0
                        onClicked: {
                            page.users.add(newName.text, newDisplayName.text, newRole.currentValue, newPassword.text)
                            newPassword.text = ""
                        }
                    }
                }
            }

            Connections {
                target: page.users
                function onChanged() {
                    if (page.users.noticeText.length > 0 && page.users.errorText.length === 0) {
                        newName.text = ""
                        newDisplayName.text = ""
                    }
                }
            }

            Repeater {
                model: page.users
                delegate: UserRow {
                    Layout.fillWidth: true
                    users: page.users
                }
            }

            LoadingState {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.scaled(120)
                visible: page.users.state === Models.UsersModel.Loading && page.users.count === 0
            }
            Item { Layout.preferredHeight: Theme.spaceXl }
        }
    }
}
