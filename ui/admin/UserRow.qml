pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One user on the Users page: who, their role (changed in place), whether they may sign in, a
// reset of their two-factor sign-in when they have it (or, when it is required, that they have not
// set it up yet), and a password reset that opens a field of its own.
Rectangle {
    id: row

    required property int index
    required property string name
    required property string displayName
    required property int role
    required property bool active
    required property bool twoFactor
    required property Models.UsersModel users

    property bool resetting: false

    /// Shows what the server holds again (a refused change leaves the controls where the user put them).
    function sync() {
        roleBox.currentIndex = Math.max(0, roleBox.indexOfValue(row.role))
        activeBox.checked = row.active
    }
    Connections {
        target: row.users
        function onChanged() { if (!row.users.busy) row.sync() }
    }

    implicitHeight: content.implicitHeight + 2 * Theme.spaceM
    radius: Theme.radiusM
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: displayName === name ? name : qsTr("%1 (%2)").arg(displayName).arg(name)

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    Layout.fillWidth: true
                    text: row.displayName
                    textFormat: Text.PlainText
                    color: row.active ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: row.active ? row.name : qsTr("%1 · may not sign in").arg(row.name)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            SelectBox {
                id: roleBox
                objectName: "userRole" + row.index
                Layout.preferredWidth: Theme.scaled(190) // the rows' controls line up
                prefix: qsTr("Role:")
                textRole: "text"
                valueRole: "value"
                model: row.users.roleOptions
                enabled: !row.users.busy
                currentIndex: count > 0 ? Math.max(0, indexOfValue(row.role)) : -1
                Accessible.name: qsTr("Role of %1: %2").arg(row.name).arg(displayText)
                onActivated: row.users.setRole(row.index, currentValue)
            }
            CheckChoice {
                id: activeBox
                objectName: "userActive" + row.index
                text: qsTr("May sign in")
                checked: row.active
                enabled: !row.users.busy
                Accessible.name: qsTr("%1 may sign in").arg(row.name)
                onToggled: row.users.setActive(row.index, checked)
            }
            // The two-factor slot keeps its width whatever it shows, so the rows' controls line up.
            Item {
                // Both texts' width, whichever shows (the same in every row, in every language).
                Layout.preferredWidth: Math.max(resetTwoFactor.implicitWidth, noTwoFactor.implicitWidth)
                Layout.preferredHeight: resetTwoFactor.implicitHeight
                ActionButton {
                    id: resetTwoFactor
                    objectName: "userResetTwoFactor" + row.index
                    anchors.centerIn: parent
                    quiet: true
                    visible: row.twoFactor
                    enabled: !row.users.busy
                    text: qsTr("Reset two-factor")
                    Accessible.name: qsTr("Reset the two-factor sign-in of %1").arg(row.name)
                    onClicked: row.users.resetTwoFactor(row.index)
                }
                // Required of everyone, not set up yet: their next sign-in sets it up.
                Text {
                    id: noTwoFactor
                    objectName: "userNoTwoFactor" + row.index
                    anchors.centerIn: parent
                    visible: !row.twoFactor && row.users.twoFactorRequired && row.active
                    text: qsTr("No second factor yet")
                    textFormat: Text.PlainText
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1 has not set up two-factor sign-in yet").arg(row.name)
                }
            }
            ActionButton {
                objectName: "userReset" + row.index
                quiet: true
                visible: !row.resetting
                text: qsTr("Reset password…")
                Accessible.name: qsTr("Reset the password of %1").arg(row.name)
                onClicked: {
                    row.resetting = true
                    password.field.forceActiveFocus()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: row.resetting
            spacing: Theme.spaceM
            FormField {
                id: password
                objectName: "userPassword" + row.index
                Layout.fillWidth: true
                label: qsTr("New password for %1 (12 characters or more)").arg(row.name)
                // What a screen reader says a password field is (FormField).
                placeholderText: qsTr("New password for %1").arg(row.name)
                echoMode: TextInput.Password
                onAccepted: save.clicked()
            }
            ActionButton {
                id: save
                objectName: "userPasswordSave" + row.index
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Set password")
                enabled: password.text.length > 0 && !row.users.busy
                onClicked: {
                    row.users.resetPassword(row.index, password.text)
                    password.text = ""
                    row.resetting = false
                }
            }
            ActionButton {
                Layout.alignment: Qt.AlignBottom
                quiet: true
                text: qsTr("Cancel")
                onClicked: {
                    password.text = ""
                    row.resetting = false
                }
            }
        }
    }
}
