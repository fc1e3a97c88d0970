pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Writing to the customer (or to the team, or to the AI): one editor whose keys follow the
// channel. Chat: Enter sends, Shift+Enter starts a new line. Email: a taller editor (about eight
// lines, growing to a cap, then scrolling) where Enter starts a new line and Ctrl+Enter sends.
// Ctrl+Enter sends everywhere; Esc leaves the editor. "Internal note" (Ctrl+Shift+N) turns the
// text into a note the customer never sees; a supervisor's whisper mode (W) makes it an
// instruction to the AI. The AI's drafts for the owner sit beside it (Ctrl+Shift+D inserts the
// newest). When the customer has another open conversation, a notice says so and the first reply
// here asks once whether to reply here anyway.
Rectangle {
    id: composer

    required property Models.ConversationView view
    property Models.OperatorActions actions
    /// The height the conversation can give the composer: the email editor's cap follows it.
    property real availableHeight: 600

    // Reading actions.identity makes these depend on who is signed in, too.
    readonly property bool canReply: actions !== null && actions.identity !== null
                                     && actions.can(Models.Action.Send, view.status, view.assignee)
    readonly property bool canNote: actions !== null && actions.identity !== null
                                    && actions.can(Models.Action.Note, view.status, view.assignee)
    readonly property bool canWhisper: actions !== null && actions.identity !== null
                                       && actions.can(Models.Action.Whisper, view.status, view.assignee)
    /// Whisper mode, asked for with W (supervisors, while the AI talks); ends after a whisper.
    property bool whisperMode: false
    readonly property bool asWhisper: whisperMode && canWhisper
    /// A note when toggled, or when a reply is not possible (not the owner).
    readonly property bool asNote: !asWhisper && (noteToggle.checked || !canReply)
    /// Email: Enter is a new line, Ctrl+Enter sends, and the editor is taller.
    readonly property bool email: view.channel === Models.Channel.Email
    /// Room for the AI's suggestions beside the editor; otherwise the newest shows above it.
    readonly property bool draftsBeside: width > Theme.scaled(640)
    readonly property string sendKeyHint: email ? qsTr("Enter: new line · Ctrl+Enter: send")
                                                : qsTr("Enter: send · Shift+Enter: new line")
    /// The customer's other open conversation, "" when there is none.
    readonly property string otherOpenId: view.earlierConversations ? view.earlierConversations.openConversationId : ""
    /// The conversation in which the operator answered "Reply here anyway?" (asked once each).
    property string confirmedConversationId
    property alias text: editorBox.text
    readonly property TextArea editor: editorBox.area

    /// Emitted when the operator leaves the editor with Esc (the page takes the focus back).
    signal leaveRequested()
    /// The operator asked for the team's saved replies (the button, or Ctrl+/).
    signal savedRepliesRequested()
    /// "Open it" on the notice about the customer's other open conversation.
    signal conversationRequested(string conversationId)

    function focusEditor() {
        composer.editor.forceActiveFocus()
    }
    /// Inserts `text` at the cursor of the editor (over the selection, if any) and focuses it:
    /// the hook for saved replies.
    function insertText(text: string) {
        if (composer.editor.selectedText.length > 0)
            composer.editor.remove(composer.editor.selectionStart, composer.editor.selectionEnd)
        const at = composer.editor.cursorPosition
        composer.editor.insert(at, text)
        composer.editor.cursorPosition = at + text.length
        composer.editor.forceActiveFocus()
    }
    function insertDraft(draft: string) {
        composer.editor.text = draft
        composer.editor.forceActiveFocus()
        composer.editor.cursorPosition = composer.editor.length
    }
    /// Ctrl+Shift+D: the newest AI suggestion, when there is one.
    function insertFirstDraft() {
        const draft = (draftsBeside ? draftColumn : draftsAbove).firstDraftText()
        if (draft.length > 0)
            insertDraft(draft)
    }
    /// Ctrl+Shift+N: a note, or a reply again (the owner only; others can only write notes).
    function toggleNote() {
        whisperMode = false
        if (canReply)
            noteToggle.checked = !noteToggle.checked
        composer.editor.forceActiveFocus()
    }
    /// W: whisper mode, focused; false when the operator may not whisper here.
    function startWhisper(): bool {
        if (!canWhisper)
            return false
        whisperMode = true
        composer.editor.forceActiveFocus()
        return true
    }
    function send() {
        if (composer.editor.text.trim().length === 0 || actions === null)
            return
        // A reply while the customer waits elsewhere too: asked once per conversation.
        if (!asNote && !asWhisper && otherOpenId.length > 0 && confirmedConversationId !== view.conversationId) {
            replyHere.ask()
            return
        }
        sendNow()
    }
    function sendNow() {
        const text = composer.editor.text.trim()
        if (text.length === 0 || actions === null)
            return
        const whispered = asWhisper
        const id = whispered ? actions.whisper(view.conversationId, text)
                             : asNote ? actions.addNote(view.conversationId, text)
                                      : actions.sendReply(view.conversationId, text)
        if (id.length === 0)
            return
        composer.editor.clear()
        if (whispered)
            whisperMode = false
    }

    visible: canReply || canNote || canWhisper
    color: Theme.surface
    implicitHeight: layout.implicitHeight + 2 * Theme.spaceM

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Composer")

    Connections {
        target: composer.view
        function onConversationIdChanged() {
            composer.whisperMode = false
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 1
        color: Theme.border
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        anchors.leftMargin: Theme.spaceXl - 4
        anchors.rightMargin: Theme.spaceXl - 4
        spacing: Theme.spaceS

        OpenElsewhereNotice {
            objectName: "openElsewhereNotice"
            Layout.fillWidth: true
            text: composer.otherOpenId.length > 0 && composer.view.earlierConversations
                  ? composer.view.earlierConversations.openElsewhereText(composer.view.customerName, Clock.now) : ""
            onOpenRequested: composer.conversationRequested(composer.otherOpenId)
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spaceS

                WhisperBar {
                    Layout.fillWidth: true
                    visible: composer.asWhisper
                    onCancelled: composer.whisperMode = false
                }

                // No room beside the editor: the newest suggestion above it.
                ComposerDrafts {
                    id: draftsAbove
                    objectName: "draftsAbove"
                    Layout.fillWidth: true
                    visible: composer.view.drafts.count > 0 && !composer.draftsBeside && !composer.asWhisper
                    limit: 1
                    drafts: composer.view.drafts
                    onInsertRequested: text => composer.insertDraft(text)
                }

                ComposerEditor {
                    id: editorBox
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                    email: composer.email
                    roomHeight: composer.availableHeight
                    keyHint: composer.sendKeyHint
                    tone: composer.asWhisper ? Theme.infoSoft : composer.asNote ? Theme.warningSoft : Theme.surfaceAlt
                    placeholderText: composer.asWhisper ? qsTr("Instruction for the AI — the customer never sees it")
                                     : composer.asNote ? qsTr("Internal note for your team — the customer never sees it")
                                                       : qsTr("Reply to %1…").arg(composer.view.customerName)
                    accessibleName: composer.asWhisper ? qsTr("Instruction for the AI")
                                    : composer.asNote ? qsTr("Internal note") : qsTr("Reply to the customer")
                    onSendRequested: composer.send()
                    onLeaveRequested: composer.leaveRequested()
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spaceS
                    NoteSwitch {
                        id: noteToggle
                        objectName: "internalNoteToggle"
                        visible: composer.canReply && !composer.asWhisper
                    }
                    Text {
                        visible: !composer.canReply && !composer.asWhisper
                        Layout.fillWidth: true
                        text: qsTr("Take over to reply; notes stay internal.")
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    ActionButton {
                        objectName: "savedRepliesButton"
                        visible: !composer.asWhisper
                        quiet: true
                        text: qsTr("Saved replies")
                        Accessible.name: qsTr("Insert a saved reply")
                        Accessible.description: qsTr("Ctrl+/")
                        onClicked: composer.savedRepliesRequested()
                    }
                    Item {
                        Layout.fillWidth: true
                        visible: composer.canReply || composer.asWhisper
                    }
                    Text {
                        objectName: "sendKeyHint"
                        // On a narrow pane the buttons need the room; Send says its keys to a
                        // screen reader, and the shortcut sheet lists them.
                        visible: composer.width >= Theme.scaled(600)
                        Layout.minimumWidth: 0
                        horizontalAlignment: Text.AlignRight
                        text: composer.sendKeyHint
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideLeft
                        Layout.maximumWidth: Math.max(Theme.scaled(80), composer.width * 0.35)
                    }
                    ActionButton {
                        objectName: "sendButton"
                        primary: true
                        text: composer.asWhisper ? qsTr("Whisper") : composer.asNote ? qsTr("Add note") : qsTr("Send")
                        Accessible.description: composer.sendKeyHint
                        enabled: composer.editor.text.trim().length > 0
                        onClicked: composer.send()
                    }
                }
            }

            ComposerDrafts {
                id: draftColumn
                Layout.preferredWidth: Theme.scaled(260)
                Layout.maximumWidth: Theme.scaled(260)
                Layout.alignment: Qt.AlignTop
                visible: composer.view.drafts.count > 0 && composer.draftsBeside
                drafts: composer.view.drafts
                onInsertRequested: text => composer.insertDraft(text)
            }
        }
    }

    ConfirmDialog {
        id: replyHere
        objectName: "replyHereDialog"
        title: qsTr("Reply here anyway?")
        body: composer.view.earlierConversations
              ? composer.view.earlierConversations.openElsewhereText(composer.view.customerName, Clock.now)
                + "\n\n" + qsTr("Your reply goes to this conversation only. You are asked once per conversation.")
              : ""
        confirmText: qsTr("Reply here")
        confirmAccessibleName: qsTr("Send the reply in this conversation")
        cancelAccessibleName: qsTr("Cancel, do not send yet")
        onConfirmed: {
            composer.confirmedConversationId = composer.view.conversationId
            composer.sendNow()
            composer.focusEditor()
        }
    }
}
