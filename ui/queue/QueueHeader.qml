pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The queue's controls: title and waiting count, "Take next", the reason filter and the
// group-by-reason toggle. Holds the user's choices only; QueueView hands them to the model.
Rectangle {
    id: header

    property int waitingCount: 0
    /// {value, text} pairs from EscalationQueueModel.reasonOptions.
    property var reasonOptions: []
    /// Models.EscalationReason; None lists every reason.
    property int reasonFilter: Models.EscalationReason.None
    property bool groupByReason: false
    property bool canTakeNext: false
    /// A viewer's queue: Take next is not shown at all.
    property bool readOnly: false
    /// The operator set themselves away (the Team tab): Take next hands them nothing.
    property bool away: false

    signal takeNextRequested()

    color: Theme.surface
    implicitHeight: layout.implicitHeight + Theme.spaceM + Theme.spaceS

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceL
        anchors.topMargin: Theme.spaceM
        spacing: Theme.spaceS + 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                text: qsTr("Escalation queue")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
            }
            Rectangle {
                implicitWidth: waitingText.implicitWidth + 2 * Theme.spaceS - 2
                implicitHeight: Theme.scaled(18)
                radius: 9
                color: header.waitingCount > 0 ? Theme.dangerSoft : Theme.neutralSoft
                Text {
                    id: waitingText
                    objectName: "queueWaitingCount"
                    anchors.centerIn: parent
                    text: header.waitingCount
                    color: header.waitingCount > 0 ? Theme.danger : Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.DemiBold
                }
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%n conversation(s) waiting", "", header.waitingCount)
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "takeNextButton"
                primary: true
                text: qsTr("Take next  N")
                visible: !header.readOnly
                enabled: header.canTakeNext
                Accessible.name: qsTr("Take next")
                Accessible.description: qsTr("Take over the most urgent waiting conversation. Shortcut: N")
                onClicked: header.takeNextRequested()
            }
        }

        Text {
            objectName: "queueAwayNote"
            Layout.fillWidth: true
            visible: header.away
            text: qsTr("You are away, so Take next is off. Set yourself online in the Team tab (Ctrl+3).")
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            SelectBox {
                id: reasonBox
                objectName: "reasonFilterBox"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.scaled(260)
                prefix: qsTr("Reason:")
                textRole: "text"
                valueRole: "value"
                model: header.reasonOptions
                onActivated: header.reasonFilter = currentValue
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(header.reasonFilter))
            }
            Item { Layout.fillWidth: true }
            CheckBox {
                id: groupBox
                objectName: "groupByReasonToggle"
                text: qsTr("Group by reason")
                checked: header.groupByReason
                font.pixelSize: Theme.fontSmall
                onToggled: header.groupByReason = checked
                Accessible.name: text
                indicator: Rectangle {
                    implicitWidth: Theme.indicatorSize
                    implicitHeight: Theme.indicatorSize
                    x: groupBox.leftPadding
                    y: (groupBox.height - height) / 2
                    radius: Theme.radiusS
                    color: groupBox.checked ? Theme.accent : Theme.surface
                    border.width: groupBox.visualFocus ? 2 : 1
                    border.color: groupBox.visualFocus ? Theme.focusRing : groupBox.checked ? Theme.accent : Theme.controlBorder
                    Text {
                        anchors.centerIn: parent
                        visible: groupBox.checked
                        text: "\u2713"
                        color: Theme.textOnAccent
                        font.pixelSize: Theme.scaled(12)
                        font.weight: Font.Bold
                    }
                }
                contentItem: Text {
                    leftPadding: groupBox.indicator.width + groupBox.spacing
                    text: groupBox.text
                    font: groupBox.font
                    color: Theme.textMuted
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        DeadlineLegend {
            objectName: "deadlineLegend"
            Layout.fillWidth: true
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
