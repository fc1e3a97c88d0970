// Not `ComponentBehavior: Bound`: Qt 6.4 cannot create a bound section component in the context
// the view gives it ("Component is not ready"); the delegates still take required properties.
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Models

// The escalation queue: waiting conversations by priority and longest wait, then those a person
// owns; SLA timers, reasons, filter and grouping by reason, and "Take next". J/K move through the
// list; N takes the next one from anywhere in the workspace. Emits conversationActivated to open a
// row, takeNextRequested(id) to claim the top one. missedCount and nextAfterResolve() serve the
// shell (the tab's red badge, the notice, what opens after a resolve).
Rectangle {
    id: root

    required property Workspace workspace
    property string currentUser: workspace ? workspace.identity.userName : ""
    property string selectedConversationId
    property bool shortcutsEnabled: true
    /// Whether the operator's role may take conversations over (the shell asks Console.actions).
    property bool canTakeOver: true
    /// A viewer's queue: read only, no Take next at all.
    property bool readOnly: false
    /// The operator set themselves away: the header says why Take next is off.
    property bool away: false

    readonly property int waitingCount: queue.waitingCount
    /// Waiting conversations past their first-reply deadline, whatever the reason filter.
    readonly property int missedCount: queue.missedCount
    readonly property alias model: queue

    signal conversationActivated(string conversationId)
    signal takeNextRequested(string conversationId)

    /// Moves the selection by `step` rows (J/K) and opens that conversation.
    function move(step: int) {
        const row = stepper.rowAfter(selectedConversationId, step)
        if (row >= 0)
            activateRow(row)
    }
    function activateRow(row: int) {
        const id = queue.conversationIdAt(row)
        if (id.length === 0)
            return
        list.currentIndex = row
        list.positionViewAtIndex(row, ListView.Contain)
        selectedConversationId = id
        conversationActivated(id)
    }
    /// What to open after the operator resolved `resolvedId`: their longest-waiting conversation,
    /// else the top of the queue, else "" (stay). The rule is C++ (EscalationQueueModel).
    function nextAfterResolve(resolvedId: string): string {
        return queue.nextAfterResolve(resolvedId, currentUser)
    }
    function takeNext() {
        const id = queue.takeNextId()
        if (id.length === 0)
            return
        selectedConversationId = id
        conversationActivated(id)
        takeNextRequested(id)
    }

    color: Theme.surface
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Escalation queue")

    EscalationQueueModel {
        id: queue
        sourceModel: root.workspace ? root.workspace.board : null
        reasonFilter: header.reasonFilter
        groupByReason: header.groupByReason
    }

    RowStepper {
        id: stepper
        model: queue
    }

    QueueHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        waitingCount: queue.waitingCount
        reasonOptions: queue.reasonOptions
        canTakeNext: root.canTakeOver && queue.waitingCount > 0
        readOnly: root.readOnly
        away: root.away
        onTakeNextRequested: root.takeNext()
    }

    ListView {
        id: list
        objectName: "queueList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        clip: true
        model: queue
        currentIndex: -1
        boundsBehavior: Flickable.StopAtBounds
        highlightFollowsCurrentItem: false
        keyNavigationEnabled: false
        visible: queue.count > 0

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Escalated conversations")

        ScrollBar.vertical: ThinScrollBar {}

        section.property: "section"
        section.criteria: ViewSection.FullString
        section.delegate: QueueSection {
            width: ListView.view.width
        }

        delegate: QueueRow {
            width: ListView.view.width
            currentUser: root.currentUser
            selected: conversationId === root.selectedConversationId
            onActivated: root.activateRow(index)
        }
    }

    EmptyState {
        objectName: "queueEmpty"
        anchors.fill: list
        visible: queue.count === 0
        glyph: "\u2713"
        tone: Theme.success
        title: header.reasonFilter !== EscalationReason.None ? qsTr("Nothing for this reason")
                                                                     : qsTr("The queue is clear")
        body: header.reasonFilter !== EscalationReason.None
              ? qsTr("No conversation is escalated for “%1” right now.").arg(Labels.reason(header.reasonFilter))
              : qsTr("When the AI hands a conversation to people, it appears here with its reason and response target.")
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
    // Take next works from the board too (the queue need not be on screen).
    Shortcut {
        sequence: "N"
        enabled: root.shortcutsEnabled && root.canTakeOver && queue.waitingCount > 0
        onActivated: root.takeNext()
    }
}
