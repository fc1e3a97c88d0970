pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One escalated (or owned) conversation in the queue: priority edge, customer, the first-reply
// deadline (until a person answers, also once owned), the reason chip and the rule that fired,
// the customer's latest words, and who owns it.
ItemDelegate {
    id: row

    required property int index
    required property string conversationId
    required property string customerName
    required property bool customerVip
    required property int channel
    required property int status
    required property string lastMessage
    required property string lastCustomerMessage
    required property double waitingSince
    required property double escalatedAt
    required property int escalationPriority
    required property int escalationReason
    required property string escalationReasonText
    required property string escalationRule
    required property int slaState
    required property string slaText
    required property string assignee
    required property string assigneeName

    property bool selected: false
    property string currentUser

    signal activated()

    readonly property string displayName: customerName.length > 0 ? customerName : qsTr("Unknown customer")
    readonly property bool owned: status === Models.Status.Human
    readonly property double waitStart: escalatedAt > 0 ? escalatedAt : waitingSince
    /// What the customer said, for triage; the AI's hand-off line says nothing about urgency.
    readonly property string preview: lastCustomerMessage.length > 0 ? lastCustomerMessage : lastMessage

    implicitHeight: Theme.boardRowHeight
    padding: 0
    hoverEnabled: true
    focusPolicy: Qt.NoFocus

    Accessible.role: Accessible.ListItem
    Accessible.name: owned
        ? qsTr("%1, %2, with %3, %4").arg(displayName).arg(escalationReasonText).arg(assigneeName).arg(slaText)
        : qsTr("%1, %2, %3").arg(displayName).arg(escalationReasonText).arg(slaText)
    Accessible.description: preview
    Accessible.selected: selected
    Accessible.onPressAction: activated()

    onClicked: activated()

    background: Rectangle {
        color: row.selected ? Theme.selection : row.hovered ? Theme.hover : Theme.surface
        Rectangle {
            width: 3
            height: parent.height
            color: Theme.accent
            visible: row.selected
        }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.divider
        }
    }

    contentItem: Item {
        PriorityMark {
            priority: row.escalationPriority
            x: 6
            y: Theme.spaceM
            height: parent.height - 2 * Theme.spaceM
        }

        Avatar {
            id: avatar
            x: Theme.spaceL
            y: Theme.spaceM
            size: 30
            name: row.displayName
            // Not faded when owned (the initials would lose their contrast): the owner's name on
            // line 1, in place of the SLA timer, says who has it.
        }

        ColumnLayout {
            anchors.left: avatar.right
            anchors.leftMargin: Theme.spaceM
            anchors.right: parent.right
            anchors.rightMargin: Theme.spaceL
            anchors.top: parent.top
            anchors.topMargin: Theme.spaceS + 1
            spacing: Theme.spaceXs + 1

            // Line 1: who, VIP | SLA timer (waiting) or owner (owned).
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Text {
                    objectName: "queueCustomerName"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 40
                    text: row.displayName
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: row.owned ? Font.Medium : Font.Bold
                    elide: Text.ElideRight
                }
                VipBadge {
                    visible: row.customerVip
                }
                ChannelGlyph {
                    channel: row.channel
                    color: Theme.textFaint
                    size: 13
                }
                SlaTimer {
                    slaState: row.slaState
                    text: row.slaText
                }
                Text {
                    visible: row.owned
                    text: row.assignee === row.currentUser ? qsTr("You") : row.assigneeName
                    textFormat: Text.PlainText
                    color: Theme.success
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.maximumWidth: 120
                }
            }

            // Line 2: the reason chip and the rule that fired.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS - 2
                ReasonChip {
                    objectName: "reasonChip"
                    reason: row.escalationReason
                }
                Text {
                    Layout.fillWidth: true
                    text: row.escalationRule
                    textFormat: Text.PlainText
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                WaitingTime {
                    since: row.owned ? 0 : row.waitStart
                    color: Theme.textMuted
                    bold: false
                }
            }

            // Line 3: the customer's latest message, one line, never markup.
            Text {
                objectName: "queuePreview"
                Layout.fillWidth: true
                visible: !Theme.compactRows
                text: row.preview
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                maximumLineCount: 1
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
            }
        }
    }
}
