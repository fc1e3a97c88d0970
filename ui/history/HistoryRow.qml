pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One cached conversation in History: who and what, when, how it ended, the AI's weakest reply,
// the customer's rating, and the search hit when there is one. Opens by click, Enter or Space,
// and by a screen reader's press action.
Rectangle {
    id: row

    required property int index
    required property string conversationId
    required property string customerName
    required property string subject
    required property int channel
    required property string intentText
    required property string createdText
    required property int outcome
    required property string closedText
    required property real minConfidence
    required property int minConfidenceBand
    required property string hitMessageId
    required property int rating
    required property string handoffText
    required property bool reviewed
    required property int wrongReplies
    required property string language
    required property string snippet
    required property string hitsText
    required property string accessibleText

    signal activated(string conversationId, string messageId)

    implicitHeight: content.implicitHeight + 2 * Theme.spaceM
    color: activeFocus ? Theme.selection : hover.hovered ? Theme.hover : "transparent"
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: accessibleText
    Accessible.description: qsTr("Press Enter to open the transcript.")
    Accessible.onPressAction: activated(conversationId, hitMessageId)
    Keys.onReturnPressed: activated(conversationId, hitMessageId)
    Keys.onEnterPressed: activated(conversationId, hitMessageId)
    Keys.onSpacePressed: activated(conversationId, hitMessageId)

    HoverHandler {
        id: hover
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        onTapped: {
            row.forceActiveFocus()
            row.activated(row.conversationId, row.hitMessageId)
        }
    }
    SelectionBar {
        visible: row.activeFocus
    }

    RowLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spaceXl
        anchors.rightMargin: Theme.spaceXl
        spacing: Theme.spaceL

        ChannelGlyph {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            channel: row.channel
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXxs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Text {
                    text: row.customerName
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.maximumWidth: 220
                }
                Text {
                    Layout.fillWidth: true
                    text: row.subject
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                }
            }
            Text {
                Layout.fillWidth: true
                visible: row.snippet.length > 0
                // The only rich text here: the hit's words in bold, the customer's text escaped by the model.
                text: row.snippet
                textFormat: Text.StyledText
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            RowLayout {
                spacing: Theme.spaceS
                Text {
                    text: [row.createdText, row.intentText, row.language.toUpperCase(), row.hitsText].filter(part => part.length > 0)
                                                                                     .join("  \u00b7  ")
                    textFormat: Text.PlainText
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
                Tag {
                    visible: row.handoffText.length > 0
                    text: row.handoffText
                    foreground: Theme.warning
                    background: Theme.warningSoft
                }
                Tag {
                    visible: row.reviewed
                    text: row.wrongReplies > 0 ? qsTr("%n wrong reply(s)", "", row.wrongReplies) : qsTr("Reviewed")
                    foreground: row.wrongReplies > 0 ? Theme.danger : Theme.success
                    background: row.wrongReplies > 0 ? Theme.dangerSoft : Theme.successSoft
                }
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 170
            spacing: Theme.spaceXs
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: row.closedText
                textFormat: Text.PlainText
                color: row.outcome === Models.Outcome.None ? Theme.accent : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spaceS
                Text {
                    visible: row.rating > 0
                    text: "\u2605 " + row.rating
                    color: row.rating <= 2 ? Theme.danger : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("Rated %1 of 5").arg(row.rating)
                }
                ConfidenceBadge {
                    visible: row.minConfidence >= 0
                    confidence: row.minConfidence
                    band: row.minConfidenceBand
                }
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.divider
    }
}
