pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Under the transcript in review mode: the labels the current reply has (mine first, then other
// reviewers', live), the verdict buttons with their keys, the reasons once "Wrong" is chosen, and
// the optional note. The page drives it from the keyboard (ReviewPage.qml).
Rectangle {
    id: bar

    required property Models.ReviewModel review
    /// "Wrong" was chosen: the reasons are offered, one of them sends the label.
    property bool choosingReason: false
    readonly property alias note: noteField
    readonly property bool hasReply: review.currentMessageId.length > 0

    /// Sends the label and clears the note and the reason choice.
    function judge(correct: bool, reason: int) {
        if (!hasReply || !review.canJudge)
            return
        if (review.judge(correct, reason, noteField.text)) {
            noteField.clear()
            choosingReason = false
        }
    }

    implicitHeight: content.implicitHeight + 2 * Theme.spaceL
    color: Theme.surface
    Rectangle {
        width: parent.width
        height: 1
        color: Theme.border
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS

        // Labels already given, mine first: a reviewer sees another's label as it arrives.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            visible: labels.count > 0
            Repeater {
                id: labels
                model: bar.review.currentLabels
                delegate: Tag {
                    required property var modelData
                    // A label still in the outbox says so in words, before the note so that it is
                    // never elided (faded, its text would lose its contrast).
                    readonly property string verdict: modelData.pending
                                                      ? qsTr("%1 (sending)").arg(modelData.verdictText)
                                                      : modelData.verdictText
                    maximumWidth: 420
                    text: modelData.note.length > 0
                          ? qsTr("%1: %2 — “%3”").arg(modelData.who).arg(verdict).arg(modelData.note)
                          : qsTr("%1: %2").arg(modelData.who).arg(verdict)
                    foreground: modelData.wrong ? Theme.danger : Theme.success
                    background: modelData.wrong ? Theme.dangerSoft : Theme.successSoft
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            ActionButton {
                objectName: "reviewRight"
                text: qsTr("Right (1)")
                enabled: bar.hasReply && bar.review.canJudge
                tint: Theme.success
                onClicked: bar.judge(true, Models.ReviewReason.None)
            }
            ActionButton {
                objectName: "reviewWrong"
                text: qsTr("Wrong (2)")
                enabled: bar.hasReply && bar.review.canJudge
                tint: Theme.danger
                primary: bar.choosingReason
                onClicked: bar.choosingReason = !bar.choosingReason
            }
            TextField {
                id: noteField
                objectName: "reviewNote"
                Layout.fillWidth: true
                placeholderText: qsTr("Note (optional, N)")
                maximumLength: 500 // the protocol takes 2000 bytes: 500 characters fit in any script
                enabled: bar.hasReply && bar.review.canJudge
                font.pixelSize: Theme.fontBody
                color: Theme.text
                placeholderTextColor: Theme.textFaint
                Accessible.name: qsTr("Note for this label")
                background: Rectangle {
                    radius: Theme.radiusM
                    color: Theme.surfaceAlt
                    border.width: noteField.activeFocus ? 2 : 1
                    border.color: noteField.activeFocus ? Theme.focusRing : Theme.controlBorder
                }
            }
        }

        // The reasons, each with its key; shown once "Wrong" is chosen.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            visible: bar.choosingReason
            Text {
                height: Theme.controlHeight
                verticalAlignment: Text.AlignVCenter
                text: qsTr("What was wrong?")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: bar.review.reasonOptions
                delegate: ActionButton {
                    required property var modelData
                    objectName: "reviewReason" + modelData.value
                    tint: Theme.danger
                    text: qsTr("%1 (%2)").arg(modelData.text).arg(modelData.key)
                    onClicked: bar.judge(false, modelData.value)
                }
            }
        }

        Text {
            Layout.fillWidth: true
            text: !bar.review.canJudge ? qsTr("Sign in to label replies.")
                  : bar.choosingReason ? qsTr("Press a reason's key to send the label, Esc to go back.")
                  : qsTr("J next, K previous, 1 right, 2 wrong, N note. Labels wait in the outbox while offline.")
            textFormat: Text.PlainText
            color: Theme.textFaint
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
}
