pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The AI's suggested replies for the owner, beside the composer, or only the newest above it on a
// narrow pane (`limit` 1): a click (or Ctrl+Shift+D, the newest) puts one into the editor for
// editing.
ColumnLayout {
    id: column

    required property Models.DraftListModel drafts
    /// How many cards show, newest first; 0 shows them all.
    property int limit: 0

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
            required property int index
            Layout.fillWidth: true
            visible: column.limit === 0 || index < column.limit
            onInsertRequested: text => column.insertRequested(text)
        }
    }
    Text {
        Layout.fillWidth: true
        text: column.limit > 0 && column.drafts.count > column.limit
              ? qsTr("The newest of %n suggestions · Ctrl+Shift+D inserts it", "", column.drafts.count)
              : qsTr("Ctrl+Shift+D inserts the newest")
        color: Theme.textFaint
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.WordWrap
    }
}
