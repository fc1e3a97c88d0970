pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One conversation on the board, laid out for scanning 50 rows: who (avatar, name, VIP), how long
// they wait, what they said last (one elided line), and the AI's state (status, intent, channel,
// sentiment, confidence). Every role arrives as a required property; no logic beyond display.
ItemDelegate {
    id: row

    required property int index
    required property string conversationId
    required property string customerName
    required property bool customerVip
    required property string customerSegmentText
    required property int channel
    required property int kind
    required property int status
    required property string intent
    required property string lastMessage
    required property int lastAuthor
    required property double lastMessageAt
    required property double waitingSince
    required property double confidence
    required property int confidenceBand
    required property double weakestConfidence
    required property int weakestConfidenceBand
    required property string weakestIntent
    required property double escalatedAt
    required property double slaDueAt
    required property double respondedAt
    required property double sentiment
    required property int sentimentBand
    required property int priority
    required property string assignee

    property bool selected: false
    property string currentUser
    /// Milliseconds since the epoch; bound to Clock.now so waiting times tick.
    property double now: Clock.now

    signal activated()

    readonly property bool waiting: waitingSince > 0
    /// The first-reply deadline, by the same rule as the queue's (models/queue/sla.h).
    readonly property int deadlineState: Models.Labels.deadlineState(escalatedAt, slaDueAt, respondedAt, now)
    readonly property string deadlineText: Models.Labels.deadlineText(escalatedAt, slaDueAt, respondedAt, now)
    readonly property string displayName: customerName.length > 0 ? customerName : qsTr("Unknown customer")
    readonly property string authorPrefix: {
        switch (lastAuthor) {
        case Models.Author.Ai: return qsTr("AI:")
        case Models.Author.Human: return assignee.length > 0 && assignee === currentUser ? qsTr("You:") : qsTr("Agent:")
        case Models.Author.System: return qsTr("System:")
        default: return ""
        }
    }

    implicitHeight: Theme.boardRowHeight
    padding: 0
    hoverEnabled: true
    focusPolicy: Qt.NoFocus

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(displayName).arg(statusChip.label).arg(lastMessage)
    Accessible.selected: selected
    Accessible.onPressAction: activated()

    onClicked: activated()

    background: Rectangle {
        color: row.selected ? Theme.selection : row.hovered ? Theme.hover : Theme.surface

        // Selection bar on the left edge, priority mark just inside it.
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
            priority: row.priority
            x: 6
            y: Theme.spaceM
            height: parent.height - 2 * Theme.spaceM
        }

        Avatar {
            id: avatar
            x: Theme.spaceL
            y: Theme.spaceM
            size: Theme.scaled(32)
            name: row.displayName
        }

        ColumnLayout {
            anchors.left: avatar.right
            anchors.leftMargin: Theme.spaceM
            anchors.right: parent.right
            anchors.rightMargin: Theme.spaceL
            anchors.top: parent.top
            anchors.topMargin: Theme.spaceS + 2
            spacing: Theme.spaceXs + 1

            // Line 1: name, VIP, segment | waiting time or last activity.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS

                Text {
                    objectName: "customerName"
                    // Shrinks (elided) before the waiting time does; never grows past the name.
                    Layout.fillWidth: true
                    Layout.minimumWidth: 40
                    Layout.maximumWidth: Math.ceil(implicitWidth) // whole pixels: a layout rounds down, and a text a fraction short elides
                    text: row.displayName
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: row.waiting ? Font.Bold : Font.DemiBold
                    elide: Text.ElideRight
                }
                VipBadge {
                    visible: row.customerVip
                }
                Text {
                    Layout.fillWidth: true
                    // Gone rather than a lone ellipsis when the name needs the room.
                    opacity: width >= Theme.scaled(28) ? 1 : 0
                    text: row.customerSegmentText
                    textFormat: Text.PlainText
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                SlaTimer {
                    objectName: "boardSla"
                    slaState: row.deadlineState
                    text: row.deadlineText
                }
                // Without a deadline a wait claims no urgency colour: only deadlines are coloured.
                WaitingTime {
                    visible: row.waiting && row.deadlineState === Models.SlaState.None
                    since: row.waitingSince
                    color: Theme.textMuted
                }
                Text {
                    visible: !row.waiting && row.deadlineState === Models.SlaState.None
                    text: Clock.shortTime(row.lastMessageAt, row.now)
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Last message %1").arg(text)
                }
            }

            // Line 2: the last message, one elided line, never markup (not in compact rows).
            RowLayout {
                Layout.fillWidth: true
                visible: !Theme.compactRows
                spacing: Theme.spaceXs

                Text {
                    visible: row.authorPrefix.length > 0
                    text: row.authorPrefix
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Medium
                }
                Text {
                    objectName: "lastMessage"
                    Layout.fillWidth: true
                    text: row.lastMessage
                    textFormat: Text.PlainText
                    color: row.waiting ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    maximumLineCount: 1
                    wrapMode: Text.NoWrap
                    elide: Text.ElideRight
                }
            }

            // Line 3: status, intent, channel | sentiment, confidence.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS - 2

                StatusChip {
                    id: statusChip
                    status: row.status
                }
                Tag {
                    visible: row.kind === Models.Kind.Sales
                    text: Models.Labels.kind(row.kind)
                    foreground: Theme.info
                    background: Theme.infoSoft
                }
                Tag {
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.scaled(40)
                    Layout.maximumWidth: Math.min(Math.ceil(implicitWidth), Theme.scaled(140))
                    text: row.intent
                    textFormat: Text.PlainText
                    foreground: Theme.textMuted
                    background: Theme.neutralSoft
                }
                ChannelGlyph {
                    channel: row.channel
                    color: Theme.textFaint
                    size: Theme.scaled(13)
                }
                Text {
                    visible: row.status === Models.Status.Human && row.assignee.length > 0
                    text: row.assignee === row.currentUser ? qsTr("· you") : qsTr("· %1").arg(row.assignee)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    Layout.maximumWidth: Theme.scaled(90)
                }
                Item {
                    Layout.fillWidth: true
                }
                SentimentIndicator {
                    band: row.sentimentBand
                    sentiment: row.sentiment
                    size: Theme.scaled(14)
                }
                // The weakest AI reply so far, not the last: a closing "Happy to help!" at 100 %
                // must not hide a wrong answer at 60 % before it.
                ConfidenceBadge {
                    id: weakestBadge
                    objectName: "weakestConfidence"
                    confidence: row.weakestConfidence
                    band: row.weakestConfidenceBand
                    label: qsTr("Weakest AI reply")
                    HoverHandler { id: weakestHover }
                    ToolTip.visible: weakestHover.hovered && weakestBadge.hasValue
                    ToolTip.delay: 600
                    ToolTip.text: row.weakestIntent.length > 0
                        ? qsTr("Weakest AI reply: %1 (%2). Last reply: %3.").arg(weakestBadge.percentText)
                              .arg(row.weakestIntent).arg(qsTr("%1%").arg(Math.round(row.confidence * 100)))
                        : qsTr("Weakest AI reply: %1. Last reply: %2.").arg(weakestBadge.percentText)
                              .arg(qsTr("%1%").arg(Math.round(row.confidence * 100)))
                }
            }
        }
    }
}
