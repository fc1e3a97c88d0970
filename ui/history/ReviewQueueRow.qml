pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One AI reply in the review queue: customer and intent, the AI's confidence, the reply itself,
// what I said of it and what others said. Selecting it shows its conversation beside the queue.
Rectangle {
    id: row

    required property int index
    required property string customerName
    required property string intentText
    required property string text
    required property real confidence
    required property int confidenceBand
    required property string timeText
    required property int myVerdict
    required property string myLabelText
    required property bool pending
    required property string othersText
    required property string accessibleText
    property bool current: false

    signal selected(int index)

    implicitHeight: content.implicitHeight + 2 * Theme.spaceM
    color: current ? Theme.selection : hover.hovered ? Theme.hover : "transparent"

    Accessible.role: Accessible.ListItem
    Accessible.name: accessibleText
    Accessible.selected: current
    Accessible.onPressAction: selected(index)

    HoverHandler {
        id: hover
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        onTapped: row.selected(row.index)
    }
    Rectangle {
        visible: row.current
        width: 3
        height: parent.height
        color: Theme.accent
    }

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceL
        spacing: Theme.spaceXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                Layout.fillWidth: true
                text: row.intentText.length > 0 ? qsTr("%1 · %2").arg(row.customerName).arg(row.intentText) : row.customerName
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            ConfidenceBadge {
                confidence: row.confidence
                band: row.confidenceBand
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.text
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                text: row.timeText
                textFormat: Text.PlainText
                color: Theme.textFaint
                font.pixelSize: Theme.fontCaption
            }
            Tag {
                visible: row.myVerdict !== Models.ReviewModel.NotLabelled
                text: row.pending ? qsTr("%1 (sending)").arg(row.myLabelText) : row.myLabelText
                maximumWidth: 220
                foreground: row.myVerdict === Models.ReviewModel.Wrong ? Theme.danger : Theme.success
                background: row.myVerdict === Models.ReviewModel.Wrong ? Theme.dangerSoft : Theme.successSoft
            }
            Text {
                Layout.fillWidth: true
                visible: row.othersText.length > 0
                text: row.othersText
                textFormat: Text.PlainText
                color: Theme.textFaint
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
            }
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
