pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Models

// The live board: every conversation, filtered, searched and sorted by BoardFilterModel (C++).
// Rows hold their places while the operator works (a selection, or scrolled down): what would move
// is announced by the "n new" pill and applied when they choose; at the top with nothing open, the
// board follows live. Keyboard: J/K next/previous, / focuses search, Esc clears it, U shows what is
// new. Emits conversationActivated when the operator opens a row; the shell passes the id on.
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
        holdOrder: true
        // Nothing to keep in place: at the top, nothing open.
        onPendingCountChanged: root.followLiveWhenIdle()
    }

    function followLiveWhenIdle() {
        if (filtered.pendingCount > 0 && list.atYBeginning && selectedConversationId.length === 0)
            filtered.applyPending()
    }
    /// Applies what the pill announces, keeping the open conversation in view.
    function showNew() {
        filtered.applyPending()
        const row = selectedConversationId.length > 0 ? stepper.rowAfter(selectedConversationId, 0) : -1
        if (row >= 0)
            list.positionViewAtIndex(row, ListView.Contain)
        else
            list.positionViewAtBeginning()
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
        offersMine: !root.workspace || !root.workspace.identity.viewer
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

    // What changed while the rows held their places; applied when the operator chooses.
    ActionButton {
        id: newPill
        objectName: "newActivityPill"
        anchors.top: list.top
        anchors.topMargin: Theme.spaceS
        anchors.horizontalCenter: list.horizontalCenter
        visible: filtered.pendingCount > 0 && list.visible
        primary: true
        text: qsTr("↑ %n new or updated", "", filtered.pendingCount)
        Accessible.name: qsTr("Show %n new or updated conversation(s)", "", filtered.pendingCount)
        Accessible.description: qsTr("The board keeps its order while you work; this applies what changed")
        onClicked: root.showNew()
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
        sequence: "U"
        enabled: root.shortcutsEnabled && root.visible && filtered.pendingCount > 0
        onActivated: root.showNew()
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
