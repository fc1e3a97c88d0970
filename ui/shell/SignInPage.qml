import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Sign in: server, user name, password; then, for a user with two-factor sign-in, the code from
// their authenticator app (or a recovery code); or, when the server requires two-factor sign-in of
// a user who has none, its set-up (TwoFactorSetUp) before anything connects. The password goes
// straight to Console.signIn and is never kept in a property of this page beyond the field itself.
Rectangle {
    id: page

    function submit() {
        if (Console.codeNeeded) {
            if (code.text.trim().length === 0 || Console.signingIn)
                return
            Console.submitCode(code.text)
            code.text = ""
            return
        }
        if (!canSubmit)
            return
        Console.signIn(server.text.trim(), user.text.trim(), password.text)
        password.text = ""
    }

    // After failed sign-ins the server asks this name to wait; another name may still sign in.
    readonly property bool waiting: Console.signInWaitingFor.length > 0
                                    && Console.signInWaitingFor.toLowerCase() === user.text.trim().toLowerCase()
    readonly property bool canSubmit: Console.codeNeeded
                                      ? !Console.signingIn && code.text.trim().length > 0
                                      : !Console.signingIn && !waiting && server.text.trim().length > 0
                                        && user.text.trim().length > 0 && password.text.length > 0

    readonly property bool settingUp: Console.twoFactorSetUpNeeded

    Connections {
        target: Console
        function onSignInChanged() {
            if (Console.codeNeeded && !code.field.activeFocus)
                code.field.forceActiveFocus()
            if (Console.twoFactorSetUpNeeded && Console.twoFactor.state !== Models.TwoFactorModel.SettingUp
                    && Console.twoFactor.recoveryCodes.length === 0)
                Console.twoFactor.start()
        }
    }

    color: Theme.window
    Accessible.role: Accessible.Form
    Accessible.name: qsTr("Sign in")

    // Scrolls when the card is taller than the window (the two-factor set-up on a small screen).
    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.height + 2 * Theme.spaceXl)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ThinScrollBar {}

        Rectangle {
            id: card
            anchors.centerIn: parent
            width: Math.min(400, page.width - 2 * Theme.spaceXl)
            height: form.implicitHeight + 2 * Theme.spaceXxl
            radius: Theme.radiusL
            color: Theme.surface
            border.width: 1
            border.color: Theme.border

            ColumnLayout {
                id: form
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spaceXxl
                spacing: Theme.spaceL

                RowLayout {
                    spacing: Theme.spaceS
                    Image {
                        source: "qrc:/icons/pilothouse-64.png"
                        sourceSize.width: Theme.scaled(36)
                        sourceSize.height: Theme.scaled(36)
                        Layout.preferredWidth: Theme.scaled(36)
                        Layout.preferredHeight: Theme.scaled(36)
                        smooth: true
                        Accessible.ignored: true
                    }
                    Text {
                        text: qsTr("Pilothouse")
                        color: Theme.text
                        font.pixelSize: Theme.fontDisplay
                        font.weight: Font.Bold
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: -Theme.spaceS
                    text: qsTr("Sign in to watch and steer your AI conversations.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }

                // The one notice surface also reaches this page: e.g. the keychain could not be read,
                // which is why a sign-in is asked for again.
                Text {
                    objectName: "signInNotice"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    Accessible.ignored: !visible
                    text: Console.notices.summary
                    textFormat: Text.PlainText
                    color: Console.notices.highestSeverity === Models.Severity.Error ? Theme.danger : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }

                FormField {
                    id: server
                    objectName: "signInServer"
                    Layout.fillWidth: true
                    label: qsTr("Server")
                    placeholderText: qsTr("https://pilothouse.example.com")
                    text: Console.serverUrl
                    visible: !page.settingUp
                    enabled: !Console.codeNeeded
                    onAccepted: user.field.forceActiveFocus()
                }
                FormField {
                    id: user
                    objectName: "signInUser"
                    Layout.fillWidth: true
                    label: qsTr("User name")
                    text: Console.userName
                    visible: !page.settingUp
                    enabled: !Console.codeNeeded
                    onAccepted: password.field.forceActiveFocus()
                }
                FormField {
                    id: password
                    objectName: "signInPassword"
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    placeholderText: qsTr("Your password")
                    echoMode: TextInput.Password
                    visible: !Console.codeNeeded && !page.settingUp
                    invalid: Console.signInError.length > 0
                    onAccepted: page.submit()
                }
                // The second step: shown once the server said the password was right.
                Text {
                    Layout.fillWidth: true
                    visible: Console.codeNeeded
                    text: qsTr("Enter the 6-digit code from your authenticator app, or one of your recovery codes.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                FormField {
                    id: code
                    objectName: "signInCode"
                    Layout.fillWidth: true
                    visible: Console.codeNeeded
                    label: qsTr("Code")
                    placeholderText: qsTr("123 456")
                    field.inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                    invalid: Console.signInError.length > 0
                    onAccepted: page.submit()
                }

                // Required by the server before anything else: the set-up, then on to the console.
                Text {
                    objectName: "signInSetUpIntro"
                    Layout.fillWidth: true
                    visible: page.settingUp
                    text: qsTr("This server requires two-factor sign-in. Set it up now with an authenticator app on your phone; from then on, signing in asks for a code from it.")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                ActionButton {
                    objectName: "signInSetUpStart"
                    visible: page.settingUp && Console.twoFactor.state !== Models.TwoFactorModel.SettingUp
                             && Console.twoFactor.recoveryCodes.length === 0
                    enabled: !Console.twoFactor.busy
                    text: qsTr("Start the set-up")
                    onClicked: Console.twoFactor.start()
                }
                TwoFactorSetUp {
                    objectName: "signInSetUp"
                    Layout.fillWidth: true
                    visible: page.settingUp
                    model: Console.twoFactor
                    cancellable: false
                    onDone: {
                        Console.twoFactor.dismiss()
                        Console.continueSignIn()
                    }
                }

                Text {
                    objectName: "signInError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    Accessible.ignored: !visible
                    text: Console.signInError
                    textFormat: Text.PlainText
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }

                ActionButton {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spaceXs
                    implicitHeight: Theme.controlHeight + 6
                    primary: true
                    objectName: "signInButton"
                    visible: !page.settingUp
                    enabled: page.canSubmit
                    text: Console.signingIn ? qsTr("Signing in…")
                                            : Console.codeNeeded ? qsTr("Verify")
                                            : page.waiting ? qsTr("Wait to sign in") : qsTr("Sign in")
                    onClicked: page.submit()
                }
                ActionButton {
                    objectName: "signInBack"
                    Layout.alignment: Qt.AlignHCenter
                    visible: Console.codeNeeded || page.settingUp
                    quiet: true
                    text: page.settingUp ? qsTr("Cancel and sign out") : qsTr("Back")
                    Accessible.name: page.settingUp ? qsTr("Cancel the set-up and sign out")
                                                    : qsTr("Back to user name and password")
                    onClicked: {
                        Console.cancelCode()
                        password.field.forceActiveFocus()
                    }
                }
            }
        }
    }

    Component.onCompleted: (server.text.length > 0 ? (user.text.length > 0 ? password : user) : server).field.forceActiveFocus()
}
