pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// One AI-suggested reply beside the composer; a click puts it into the composer for editing.
ItemDelegate {
    id: card

    required property string draftId
    required property string draftText
    required property string intent
    required property double confidence
    required property int confidenceBand

    signal insertRequested(string text)

    padding: Theme.spaceS
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Insert AI suggestion: %1").arg(draftText)
    Accessible.onPressAction: insertRequested(draftText)
    onClicked: insertRequested(draftText)

    background: Rectangle {
        radius: Theme.radiusM
        color: card.hovered ? Theme.accentSoft : Theme.surface
        border.width: 1
        border.color: card.hovered ? Theme.accent : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceXs
        Text {
            objectName: "draftText"
            Layout.fillWidth: true
            text: card.draftText
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        RowLayout {
            spacing: Theme.spaceXs
            ConfidenceBadge {
                confidence: card.confidence
                band: card.confidenceBand
            }
            Tag {
                text: card.intent
                maximumWidth: Theme.scaled(110)
            }
            Item { Layout.fillWidth: true }
            Text {
                text: qsTr("Insert")
                color: Theme.accent
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
            }
        }
    }
}
