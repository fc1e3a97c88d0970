pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Models

// The live board: every conversation, filtered, searched and sorted by BoardFilterModel (C++).
// Keyboard: J/K next/previous, / focuses search, Esc clears it. Emits conversationActivated when
// the operator opens a row; the shell passes the id to the conversation view.
Rectangle {
    id: root

    required property Workspace workspace
    /// User name "Mine" compares the assignee with.
    property string currentUser: workspace ? workspace.identity.userName : ""
    /// The open conversation (highlighted); set by the shell.
    property string selectedConversationId
    /// Shortcuts are live only while the board is on screen and this is true.
    property bool shortcutsEnabled: true
    /// Offline (--offline): nothing arrives live, so an empty board says the cache is empty.
    property bool offline: false

    readonly property int shownCount: filtered.count
    readonly property int totalCount: workspace && workspace.board ? workspace.board.count : 0

    signal conversationActivated(string conversationId)

    /// Moves the selection by `step` rows (J/K) and opens that conversation.
    function move(step: int) {
        const row = stepper.rowAfter(selectedConversationId, step)
        if (row >= 0)
            activateRow(row)
    }
    /// Focuses the search field (the shell's "/" from another pane).
    function focusSearch() {
        header.focusSearch()
    }
    function activateRow(row: int) {
        const id = filtered.conversationIdAt(row)
        if (id.length === 0)
            return
        list.currentIndex = row
        list.positionViewAtIndex(row, ListView.Contain)
        selectedConversationId = id
        conversationActivated(id)
    }

    color: Theme.surface
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation board")

    BoardFilterModel {
        id: filtered
        sourceModel: root.workspace ? root.workspace.board : null
        identity: root.workspace ? root.workspace.identity : null
        searchText: header.searchText
        filter: header.filter
        sortKey: header.sortKey
    }

    // Which row J/K go to, found by id: a filter or sort change may have moved the selection.
    RowStepper {
        id: stepper
        model: filtered
    }

    BoardHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        shownCount: filtered.count
    }

    ListView {
        id: list
        objectName: "boardList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        clip: true
        model: filtered
        currentIndex: -1
        boundsBehavior: Flickable.StopAtBounds
        highlightFollowsCurrentItem: false
        reuseItems: true
        keyNavigationEnabled: false
        visible: filtered.count > 0

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Conversations")

        ScrollBar.vertical: ThinScrollBar {}

        delegate: BoardRow {
            width: ListView.view.width
            currentUser: root.currentUser
            selected: conversationId === root.selectedConversationId
            onActivated: root.activateRow(index)
        }
    }

    LoadingState {
        anchors.fill: list
        visible: root.workspace !== null && root.workspace.loading && root.totalCount === 0
        text: qsTr("Loading conversations…")
    }

    BoardEmptyState {
        objectName: "boardEmpty"
        anchors.fill: list
        visible: filtered.count === 0 && !(root.workspace && root.workspace.loading && root.totalCount === 0)
        totalCount: root.totalCount
        offline: root.offline
        filter: header.filter
        searchText: header.searchText
        onClearSearchRequested: header.clearSearch()
        onShowAllRequested: header.filter = BoardFilterModel.All
    }

    Shortcut {
        sequence: "J"
        enabled: root.shortcutsEnabled && root.visible
        onActivated: root.move(1)
    }
    Shortcut {
        sequence: "K"
        enabled: root.shortcutsEnabled && root.visible
        onActivated: root.move(-1)
    }
    Shortcut {
        sequence: "/"
        enabled: root.shortcutsEnabled && root.visible
        onActivated: header.focusSearch()
    }
    Shortcut {
        sequence: "Esc"
        enabled: root.shortcutsEnabled && root.visible && header.searchText.length > 0
        onActivated: header.clearSearch()
    }
}
