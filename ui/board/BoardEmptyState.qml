import QtQuick
import Pilothouse.Components
import Pilothouse.Models

// Why the board is empty, and what to do: nothing yet, no search match, or an empty filter.
EmptyState {
    id: root

    property int totalCount: 0
    property bool offline: false
    property int filter: BoardFilterModel.All
    property string searchText
    signal clearSearchRequested()
    signal showAllRequested()

    readonly property bool searching: searchText.length > 0

    glyph: totalCount === 0 ? "\u2709" : "\u2713"
    searchGlyph: totalCount > 0 && searching
    tone: totalCount > 0 && !searching ? Theme.success : Theme.textMuted
    title: {
        if (totalCount === 0)
            return offline ? qsTr("Nothing cached yet") : qsTr("No conversations yet")
        if (searching)
            return qsTr("No matches for “%1”").arg(searchText)
        switch (filter) {
        case BoardFilterModel.AiHandling: return qsTr("The AI is not handling anything right now")
        case BoardFilterModel.Escalated: return qsTr("Nothing escalated")
        case BoardFilterModel.Mine: return qsTr("Nothing assigned to you")
        case BoardFilterModel.Vip: return qsTr("No VIP conversations")
        case BoardFilterModel.Today: return qsTr("No conversations today")
        case BoardFilterModel.Support: return qsTr("No support conversations")
        case BoardFilterModel.Sales: return qsTr("No sales conversations")
        default: return qsTr("No conversations")
        }
    }
    body: {
        if (totalCount === 0) {
            return offline ? qsTr("Conversations are kept on this computer once you have been online with this account.")
                           : qsTr("When customers write in, their conversations appear here live.")
        }
        if (searching)
            return qsTr("Try a customer name, an order number or an intent.")
        if (filter === BoardFilterModel.Escalated)
            return qsTr("The AI is handling every conversation within its rules.")
        if (filter === BoardFilterModel.Mine)
            return qsTr("Take over a conversation to see it here.")
        return qsTr("Other filters may have what you are looking for.")
    }
    actionText: totalCount === 0 ? "" : searching ? qsTr("Clear search") : qsTr("Show all")
    onActionTriggered: searching ? clearSearchRequested() : showAllRequested()
}
