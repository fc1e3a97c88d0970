pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// What the operator just sent, before the server's copy arrives: the text with its state
// (sending, sent, failed with the reason and Retry). Notes and whispers are marked internal.
Item {
    id: echo

    required property string commandId
    /// Models.Action: a reply (Send) goes to the customer; a note or a whisper stays internal.
    required property int action
    required property string text
    /// Models.OutboxState Pending, Acked or Failed (the model's `state` role; `state` itself is Item's).
    property int echoState: Models.OutboxState.Pending
    required property string error

    readonly property bool internal: action !== Models.Action.Send
    readonly property bool failed: echoState === Models.OutboxState.Failed

    signal retryRequested(string commandId)
    signal discardRequested(string commandId)

    implicitHeight: column.implicitHeight

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(stateText.text).arg(text)

    ColumnLayout {
        id: column
        width: Math.min(echo.width * 0.78, Math.max(body.implicitWidth, status.implicitWidth))
        x: echo.width - width
        spacing: Theme.spaceXs

        Rectangle {
            id: body
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignRight
            implicitWidth: Math.min(echo.width * 0.78, bodyText.implicitWidth + 2 * Theme.spaceM)
            implicitHeight: bodyText.implicitHeight + 2 * Theme.spaceS + 2
            radius: Theme.radiusL
            color: echo.internal ? Theme.warningSoft : Theme.bubbleHuman
            opacity: echo.echoState === Models.OutboxState.Pending ? 0.7 : 1
            border.width: echo.failed ? 1 : 0
            border.color: Theme.danger
            Text {
                id: bodyText
                objectName: "echoText"
                anchors.fill: parent
                anchors.margins: Theme.spaceM
                anchors.topMargin: Theme.spaceS + 1
                anchors.bottomMargin: Theme.spaceS + 1
                text: echo.text
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody + 1
                wrapMode: Text.Wrap
            }
        }

        RowLayout {
            id: status
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spaceS
            Text {
                id: stateText
                objectName: "echoState"
                text: echo.failed ? qsTr("Not sent: %1").arg(echo.error)
                    : echo.echoState === Models.OutboxState.Acked ? qsTr("Sent") : qsTr("Sending…")
                textFormat: Text.PlainText
                color: echo.failed ? Theme.danger : Theme.textFaint
                font.pixelSize: Theme.fontCaption
                font.weight: echo.failed ? Font.DemiBold : Font.Normal
                wrapMode: Text.Wrap
                Layout.maximumWidth: echo.width * 0.6
            }
            ActionButton {
                objectName: "echoRetry"
                visible: echo.failed
                text: qsTr("Retry")
                implicitHeight: Theme.scaled(22)
                onClicked: echo.retryRequested(echo.commandId)
            }
            ActionButton {
                visible: echo.failed
                quiet: true
                text: qsTr("Discard")
                implicitHeight: Theme.scaled(22)
                onClicked: echo.discardRequested(echo.commandId)
            }
        }
    }
}
