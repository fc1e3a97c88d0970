pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One message. The customer speaks on the left; the AI and human agents answer on the right
// (tinted differently, so a glance tells who spoke); system events sit centred and quiet.
// Every AI reply carries its confidence, intent, latency and tools underneath.
Item {
    id: bubble

    required property int index
    required property int author
    /// The author's kind in words ("Customer", "AI agent"), for a message without a name.
    required property string authorLabel
    required property string authorName
    required property string text
    required property string timeText
    required property bool isAi
    required property string intent
    required property double confidence
    required property int confidenceBand
    required property double latencyMs
    required property list<string> toolSummaries
    /// "Internal note" or "Whisper to AI" for what the customer never sees, "" otherwise.
    required property string visibilityLabel
    required property bool internal
    /// The escalation rule set that decided this AI reply's turn; -1 when none ran.
    required property int rulesVersion
    required property string rulesText
    required property bool isWeakest
    required property string mismatchText
    signal rulesRequested(int version)

    readonly property bool fromCustomer: author === Models.Author.Customer
    readonly property bool isSystem: author === Models.Author.System
    readonly property bool fromAi: isAi || author === Models.Author.Ai
    readonly property string who: authorName.length > 0 ? authorName : authorLabel
    readonly property string roleLabel: author === Models.Author.Ai ? qsTr("AI")
                                      : author === Models.Author.Human ? qsTr("Agent") : ""
    readonly property string internalLabel: visibilityLabel

    implicitHeight: isSystem ? systemRow.implicitHeight : column.implicitHeight

    Accessible.role: Accessible.StaticText
    Accessible.name: internal ? qsTr("%1, %2 at %3: %4").arg(internalLabel).arg(who).arg(timeText).arg(text)
                              : qsTr("%1 at %2: %3").arg(who).arg(timeText).arg(text)

    // ---- System event: centred, between two hairlines.
    RowLayout {
        id: systemRow
        visible: bubble.isSystem
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceS
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }
        Text {
            Layout.maximumWidth: bubble.width * 0.7
            text: bubble.text
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.italic: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            text: bubble.timeText
            color: Theme.textFaint
            font.pixelSize: Theme.fontCaption
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }
    }

    // ---- Customer, AI or human message.
    ColumnLayout {
        id: column
        visible: !bubble.isSystem
        width: Math.min(bubble.width * 0.78, Math.max(body.implicitWidth, meta.implicitWidth, details.implicitWidth))
        x: bubble.fromCustomer ? 0 : bubble.width - width
        spacing: Theme.spaceXs

        // Who and when.
        RowLayout {
            id: meta
            Layout.fillWidth: false
            Layout.alignment: bubble.fromCustomer ? Qt.AlignLeft : Qt.AlignRight
            spacing: Theme.spaceS - 2
            Text {
                Layout.maximumWidth: bubble.width * 0.5
                text: bubble.who
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Tag {
                objectName: "internalLabel"
                visible: bubble.internal
                text: bubble.internalLabel
                foreground: Theme.warning
                background: Theme.warningSoft
            }
            Tag {
                visible: bubble.roleLabel.length > 0 && !bubble.internal
                text: bubble.roleLabel
                foreground: bubble.fromAi ? Theme.accentSoftText : Theme.success
                background: bubble.fromAi ? Theme.accentSoft : Theme.successSoft
            }
            Text {
                text: bubble.timeText
                color: Theme.textFaint
                font.pixelSize: Theme.fontCaption
            }
        }

        Rectangle {
            id: body
            Layout.fillWidth: true
            Layout.alignment: bubble.fromCustomer ? Qt.AlignLeft : Qt.AlignRight
            implicitWidth: Math.min(bubble.width * 0.78, messageText.implicitWidth + 2 * Theme.spaceM)
            implicitHeight: messageText.implicitHeight + 2 * Theme.spaceS + 2
            radius: Theme.radiusL
            // Internal messages never look like something the customer received: a tinted
            // card with a dashed-looking warning edge instead of a chat bubble colour.
            color: bubble.internal ? Theme.warningSoft
                 : bubble.fromCustomer ? Theme.bubbleCustomer
                 : bubble.author === Models.Author.Human ? Theme.bubbleHuman : Theme.bubbleAi
            border.width: bubble.fromCustomer || bubble.internal ? 1 : 0
            border.color: bubble.internal ? Theme.warning : Theme.border

            Text {
                id: messageText
                objectName: "messageText"
                anchors.fill: parent
                anchors.leftMargin: Theme.spaceM
                anchors.rightMargin: Theme.spaceM
                anchors.topMargin: Theme.spaceS + 1
                anchors.bottomMargin: Theme.spaceS + 1
                text: bubble.text
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody + 1
                font.italic: bubble.internal
                lineHeight: 1.15
                wrapMode: Text.Wrap
            }
        }

        AiReplyDetails {
            id: details
            Layout.fillWidth: true
            visible: bubble.isAi
            confidence: bubble.confidence
            confidenceBand: bubble.confidenceBand
            intent: bubble.intent
            latencyMs: bubble.latencyMs
            toolSummaries: bubble.toolSummaries
            rulesVersion: bubble.rulesVersion
            rulesText: bubble.rulesText
            weakest: bubble.isWeakest
            mismatchText: bubble.mismatchText
            onRulesRequested: version => bubble.rulesRequested(version)
        }
    }
}
