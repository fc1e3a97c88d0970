pragma ComponentBehavior: Bound
import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models
import Pilothouse.Team

// One conversation: header, actions, transcript with the local echo, composer and customer panel,
// with clear states for nothing selected, loading and not found. All data comes from
// Models.ConversationView (C++); every action goes through `actions` (Console.actions).
// Keyboard: T take over, H hand back, E resolve, R reply, W whisper (supervisors); Ctrl+Shift+N
// note or reply, Ctrl+Shift+D inserts the AI's newest draft, Ctrl+/ a saved reply; Esc leaves the
// composer.
Rectangle {
    id: root

    required property Models.Workspace workspace
    /// The conversation to show; "" shows the "nothing selected" state.
    property string conversationId
    /// A message to show and mark in the transcript (a search hit opened from History); "" for none.
    property string focusMessageId
    property string currentUser: workspace ? workspace.identity.userName : ""
    /// The operator's actions; null hides the action bar and the composer (read-only view).
    property Models.OperatorActions actions
    /// Shortcuts are live only while this is true and the view is on screen.
    property bool shortcutsEnabled: true
    readonly property alias view: view

    function takeOver() {
        if (actions && actionBar.can(Models.Action.TakeOver))
            actions.takeOver(conversationId)
    }
    function handBack() {
        if (actionBar.can(Models.Action.HandBack))
            dialog.openFor(Models.Action.HandBack)
    }
    function resolve() {
        if (actionBar.can(Models.Action.Resolve))
            dialog.openFor(Models.Action.Resolve)
    }
    function focusComposer() {
        composer.focusEditor()
    }
    /// Inserts `text` at the composer's cursor and focuses it (saved replies).
    function insertText(text: string) {
        composer.insertText(text)
    }

    /// The resolve sent from here and not yet acknowledged ("" when none).
    property string pendingResolveId

    /// The operator opened another conversation (an earlier one of this customer).
    signal conversationActivated(string conversationId)
    /// "Save as PDF…": the shell prints the transcript from the cache (Pilothouse.History).
    signal transcriptPdfRequested(string conversationId)
    /// Show the escalation rules, at this version, that decided an AI reply.
    signal rulesRequested(int version)
    /// The server applied the operator's resolve of `conversationId` (the shell may open the next).
    signal resolveAcknowledged(string conversationId)

    readonly property bool hasSelection: conversationId.length > 0
    /// Too narrow to dock the customer panel beside the transcript.
    readonly property bool narrowPane: width < Theme.scaled(640)
    /// Whether the panel is shown over the transcript on a narrow pane.
    property bool panelOpen: false

    color: Theme.surface
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation")

    Models.ConversationView {
        id: view
        workspace: root.workspace
        conversationId: root.conversationId
    }

    Models.LocalEchoModel {
        id: echo
        transcript: view.transcript
        sourceModel: Models.OutboxModel {
            actions: root.actions
            conversationId: root.conversationId
        }
    }

    ConversationHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: root.hasSelection && view.found
        view: view
        currentUser: root.currentUser
        panelToggleVisible: root.narrowPane
        panelOpen: root.panelOpen
        onPanelToggled: root.panelOpen = !root.panelOpen
    }

    ActionBar {
        id: actionBar
        objectName: "actionBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        visible: root.hasSelection && view.found && root.actions !== null
        view: view
        actions: root.actions
        onTakeOverRequested: root.takeOver()
        onHandBackRequested: root.handBack()
        onResolveRequested: root.resolve()
        onWhisperRequested: dialog.openFor(Models.Action.Whisper)
        onPrintRequested: root.transcriptPdfRequested(root.conversationId)
        onAssignRequested: assignDialog.openFor(view.customerName, view.assignee)
    }

    Item {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: actionBar.visible ? actionBar.bottom : header.visible ? header.bottom : parent.top
        anchors.bottom: parent.bottom
        visible: root.hasSelection && view.found

        TranscriptView {
            id: transcript
            anchors.left: parent.left
            anchors.right: panel.visible && !root.narrowPane ? panel.left : parent.right
            anchors.top: parent.top
            anchors.bottom: composer.visible ? composer.top : parent.bottom
            model: view.transcript
            loaded: view.loaded
            focusMessageId: root.focusMessageId
            echoModel: echo
            onRetryRequested: id => root.actions.retry(id)
            onDiscardRequested: id => root.actions.discard(id)
            onRulesRequested: version => root.rulesRequested(version)
        }

        Composer {
            id: composer
            objectName: "composer"
            anchors.left: parent.left
            anchors.right: transcript.right
            anchors.bottom: parent.bottom
            // A viewer reads: no editor (the transcript takes the room).
            visible: !(root.actions && root.actions.identity && root.actions.identity.viewer)
            view: view
            actions: root.actions
            availableHeight: body.height
            onLeaveRequested: root.forceActiveFocus()
            onConversationRequested: id => root.conversationActivated(id)
            onSavedRepliesRequested: savedReplies.openPicker()
        }

        CustomerPanel {
            id: panel
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            // The transcript matters most: on a narrow pane the panel is not docked but laid over
            // the transcript on demand (the header's "Customer and drafts").
            width: root.narrowPane ? Math.min(Theme.scaled(300), root.width - Theme.spaceXl)
                                   : Math.min(Theme.scaled(300), Math.max(Theme.scaled(240), root.width * 0.3))
            visible: !root.narrowPane || root.panelOpen
            z: root.narrowPane ? 2 : 0
            view: view
            actions: root.actions
            onConversationActivated: id => root.conversationActivated(id)
            onMergeRequested: (id, subject) => mergeDialog.askFor(id, subject)
            onEraseRequested: eraseDialog.openFor(view.customerName, view.earlierConversations
                                                  ? view.earlierConversations.count + 1 : 1)
        }
    }

    ActionDialog {
        id: dialog
        objectName: "actionDialog"
        customerName: view.customerName
        onConfirmed: (text, outcome) => {
            if (!root.actions)
                return
            if (dialog.mode === Models.Action.Resolve)
                root.pendingResolveId = root.actions.resolve(root.conversationId, outcome, text)
            else if (dialog.mode === Models.Action.Whisper)
                root.actions.whisper(root.conversationId, text)
            else
                root.actions.handBack(root.conversationId, text)
        }
    }

    Connections {
        target: root.actions
        function onCommandAcked(commandId, action, conversationId) {
            if (commandId.length === 0 || commandId !== root.pendingResolveId)
                return
            root.pendingResolveId = ""
            root.resolveAcknowledged(conversationId)
        }
    }

    // The team's saved replies, filled in for this conversation, into the composer.
    SavedReplyPicker {
        id: savedReplies
        objectName: "savedReplyPicker"
        replies: root.workspace ? root.workspace.savedReplies : null
        conversationId: root.conversationId
        onChosen: text => composer.insertText(text)
    }

    // A supervisor gives the conversation to a colleague (their presence and load shown).
    AssignDialog {
        id: assignDialog
        objectName: "assignDialog"
        team: root.workspace ? root.workspace.team : null
        onAssigned: userName => {
            if (root.actions)
                root.actions.transfer(root.conversationId, userName)
        }
    }

    // A supervisor merges the customer's other open conversation into this one: for good.
    MergeDialog {
        id: mergeDialog
        objectName: "mergeDialog"
        onMergeConfirmed: id => {
            if (root.actions)
                root.actions.merge(id, root.conversationId)
        }
    }

    EraseCustomerDialog {
        id: eraseDialog
        objectName: "eraseCustomerDialog"
        onConfirmed: {
            if (root.actions)
                root.actions.eraseCustomer(root.conversationId, view.customerId)
        }
    }

    ConversationKeys {
        active: root.shortcutsEnabled && root.visible && !dialog.visible && !savedReplies.visible && !assignDialog.visible
        hasSelection: root.hasSelection
        composerShown: composer.visible
        canWhisper: composer.canWhisper
        hasDrafts: view.drafts.count > 0
        onTakeOverRequested: root.takeOver()
        onHandBackRequested: root.handBack()
        onResolveRequested: root.resolve()
        onReplyRequested: root.focusComposer()
        onWhisperRequested: composer.startWhisper()
        onNoteToggleRequested: composer.toggleNote()
        onDraftRequested: composer.insertFirstDraft()
        onSavedReplyRequested: savedReplies.openPicker()
    }

    EmptyState {
        objectName: "conversationNothingSelected"
        anchors.fill: parent
        visible: !root.hasSelection
        glyph: "\u2190"
        title: qsTr("No conversation selected")
        body: qsTr("Pick a conversation on the board, or press J to open the first one.")
    }

    LoadingState {
        anchors.fill: parent
        visible: root.hasSelection && !view.found && !view.loaded
        text: qsTr("Loading conversation…")
    }

    EmptyState {
        objectName: "conversationNotFound"
        anchors.fill: parent
        visible: root.hasSelection && !view.found && view.loaded
        glyph: "?"
        tone: Theme.warning
        title: qsTr("Conversation not found")
        body: qsTr("It is not in the local cache. It may have been removed, or it has not synced yet.")
    }
}
