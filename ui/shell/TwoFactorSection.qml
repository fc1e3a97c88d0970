pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Two-factor sign-in for the signed-in user (Console.twoFactor; docs/protocol.md 2.1): off, then
// "Turn on…" runs the set-up (TwoFactorSetUp: the QR code and the key, the first code, the ten
// recovery codes this once). An admin resets it for someone who lost their phone.
SettingsSection {
    id: section

    readonly property Models.TwoFactorModel model: Console.twoFactor

    title: qsTr("Two-factor sign-in")
    visible: Console.identity.userName.length > 0 && Console.connectionState !== Console.Offline
    onVisibleChanged: if (visible) model.refresh()
    Component.onCompleted: if (visible) model.refresh()

    SettingLabel {
        text: section.model.state === Models.TwoFactorModel.On
              ? qsTr("On: signing in asks for a code from your authenticator app")
              : qsTr("Off: your password alone signs you in")
        hint: section.model.state === Models.TwoFactorModel.On
              ? qsTr("%n recovery code(s) left. Lost your phone? An administrator can reset it.", "",
                     section.model.recoveryCodesLeft)
              : qsTr("With it on, a stolen password is not enough to sign in as you.")
    }
    ActionButton {
        objectName: "twoFactorStart"
        visible: section.model.state === Models.TwoFactorModel.Off
        enabled: !section.model.busy
        text: qsTr("Turn on…")
        Accessible.name: qsTr("Turn on two-factor sign-in")
        onClicked: section.model.start()
    }

    TwoFactorSetUp {
        Layout.fillWidth: true
        model: section.model
        onDone: section.model.dismiss()
        onCancelled: section.model.dismiss()
    }
}
