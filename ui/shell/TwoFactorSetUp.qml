pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Setting up two-factor sign-in (Console.twoFactor; docs/protocol.md 2.1), once the model holds a
// new secret: a QR code (drawn here from the secret, never fetched) and the secret as text for the
// authenticator app, then the first code; once it is on, the ten recovery codes this once. Used
// by Settings and by the sign-in page when the server requires it before anything else.
ColumnLayout {
    id: setUp

    required property Models.TwoFactorModel model
    /// Whether the set-up offers its own Cancel (the sign-in page has Back instead).
    property bool cancellable: true
    /// The recovery codes were written down.
    signal done()
    signal cancelled()

    spacing: Theme.spaceS

    // The set-up: scan or type, then the first code.
    ColumnLayout {
        Layout.fillWidth: true
        visible: setUp.model.state === Models.TwoFactorModel.SettingUp
        spacing: Theme.spaceS
        Text {
            Layout.fillWidth: true
            text: qsTr("Scan this code with your authenticator app, or type the key below into it.")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Rectangle {
            // A quiet zone of four modules on white, whatever the theme: phones read dark on light.
            readonly property int modules: setUp.model.qrSize + 8
            readonly property int moduleSize: Math.max(3, Math.floor(Theme.scaled(200) / Math.max(1, modules)))
            objectName: "twoFactorQr"
            implicitWidth: modules * moduleSize
            implicitHeight: implicitWidth
            color: "white"
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code for your authenticator app")
            Canvas {
                id: qr
                anchors.fill: parent
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.fillStyle = "white"
                    ctx.fillRect(0, 0, width, height)
                    ctx.fillStyle = "black"
                    const side = setUp.model.qrSize
                    const size = parent.moduleSize
                    for (let y = 0; y < side; ++y)
                        for (let x = 0; x < side; ++x)
                            if (setUp.model.qrDark(x, y))
                                ctx.fillRect((x + 4) * size, (y + 4) * size, size, size)
                }
                Connections {
                    target: setUp.model
                    function onChanged() { qr.requestPaint() }
                }
            }
        }
        Text {
            objectName: "twoFactorSecret"
            Layout.fillWidth: true
            text: setUp.model.secretText
            textFormat: Text.PlainText
            color: Theme.text
            font.family: "monospace"
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WrapAnywhere
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Key: %1").arg(text)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            FormField {
                id: firstCode
                objectName: "twoFactorCode"
                Layout.preferredWidth: Theme.scaled(160)
                label: qsTr("Code from the app")
                placeholderText: qsTr("123 456")
                invalid: setUp.model.errorText.length > 0
                onAccepted: confirmButton.clicked()
            }
            ActionButton {
                id: confirmButton
                objectName: "twoFactorConfirm"
                Layout.alignment: Qt.AlignBottom
                primary: true
                enabled: !setUp.model.busy && firstCode.text.trim().length > 0
                text: qsTr("Turn on")
                onClicked: {
                    setUp.model.confirm(firstCode.text)
                    firstCode.text = ""
                }
            }
            ActionButton {
                Layout.alignment: Qt.AlignBottom
                quiet: true
                visible: setUp.cancellable
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the set-up")
                onClicked: setUp.cancelled()
            }
        }
    }

    // Shown once, right after it was turned on.
    ColumnLayout {
        Layout.fillWidth: true
        visible: setUp.model.recoveryCodes.length > 0
        spacing: Theme.spaceS
        Text {
            Layout.fillWidth: true
            text: qsTr("Write these recovery codes down and keep them safe. Each signs you in once without your phone. They are not shown again.")
            color: Theme.warning
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        // Selectable, so they can be copied into a password manager.
        TextEdit {
            id: codesText
            objectName: "twoFactorRecoveryCodes"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            text: setUp.model.recoveryCodes.join("\n")
            textFormat: TextEdit.PlainText
            color: Theme.text
            selectionColor: Theme.accent
            selectedTextColor: Theme.surface
            font.family: "monospace"
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Recovery codes: %1").arg(setUp.model.recoveryCodes.join(", "))
        }
        RowLayout {
            spacing: Theme.spaceS
            ActionButton {
                objectName: "twoFactorCodesCopy"
                quiet: true
                text: qsTr("Copy")
                Accessible.name: qsTr("Copy the recovery codes")
                onClicked: {
                    codesText.selectAll()
                    codesText.copy()
                    codesText.deselect()
                }
            }
            ActionButton {
                objectName: "twoFactorCodesDone"
                text: qsTr("I have written them down")
                onClicked: setUp.done()
            }
        }
    }
    Text {
        objectName: "twoFactorError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: setUp.model.errorText
        textFormat: Text.PlainText
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
