pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The AI's suggested replies for the owner, beside the composer: a click (or Ctrl+Shift+D, the
// newest) puts one into the editor for editing.
ColumnLayout {
    id: column

    required property Models.DraftListModel drafts

    signal insertRequested(string text)

    /// The newest suggestion's text (the first card), "" when there is none.
    function firstDraftText(): string {
        const card = cards.count > 0 ? cards.itemAt(0) : null
        return card ? card.draftText : ""
    }

    spacing: Theme.spaceXs

    Text {
        text: qsTr("AI suggestions")
        color: Theme.textMuted
        font.pixelSize: Theme.fontCaption
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
    }
    Repeater {
        id: cards
        model: column.drafts
        delegate: DraftCard {
            Layout.fillWidth: true
            onInsertRequested: text => column.insertRequested(text)
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Ctrl+Shift+D inserts the first")
        color: Theme.textFaint
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.WordWrap
    }
}
