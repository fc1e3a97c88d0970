pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Writing to the customer (or to the team): a multi-line editor, Ctrl+Enter sends, Esc leaves it;
// "Internal note" turns the text into a note the customer never sees; the AI's drafts for the
// owner sit beside it and one click puts a draft into the editor for editing.
Rectangle {
    id: composer

    required property Models.ConversationView view
    property Models.OperatorActions actions

    // Reading actions.identity makes these depend on who is signed in, too.
    readonly property bool canReply: actions !== null && actions.identity !== null
                                     && actions.can(Models.Action.Send, view.status, view.assignee)
    readonly property bool canNote: actions !== null && actions.identity !== null
                                    && actions.can(Models.Action.Note, view.status, view.assignee)
    /// A note when toggled, or when a reply is not possible (not the owner).
    readonly property bool asNote: noteToggle.checked || !canReply
    property alias text: editor.text

    /// Emitted when the operator leaves the editor with Esc (the page takes the focus back).
    signal leaveRequested()

    function focusEditor() {
        editor.forceActiveFocus()
    }
    function insertDraft(draft: string) {
        editor.text = draft
        editor.forceActiveFocus()
        editor.cursorPosition = editor.length
    }
    function send() {
        const text = editor.text.trim()
        if (text.length === 0 || actions === null)
            return
        const id = asNote ? actions.addNote(view.conversationId, text) : actions.sendReply(view.conversationId, text)
        if (id.length > 0)
            editor.clear()
    }

    visible: canReply || canNote
    color: Theme.surface
    implicitHeight: layout.implicitHeight + 2 * Theme.spaceM

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Composer")

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        anchors.leftMargin: Theme.spaceXl - 4
        anchors.rightMargin: Theme.spaceXl - 4
        spacing: Theme.spaceM

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spaceS

            ScrollView {
                // The text wraps: never a horizontal bar (nor an unnamed one for a screen reader).
                ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(160, Math.max(68, editor.implicitHeight))
                TextArea {
                    // Tab moves on, as from every other field (a tab character has no use here; Tab kept in a
                    // text area would trap a keyboard user).
                    Keys.onTabPressed: event => {
                        nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                        event.accepted = true
                    }
                    Keys.onBacktabPressed: event => {
                        nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                        event.accepted = true
                    }
                    id: editor
                    objectName: "composerEditor"
                    placeholderText: composer.asNote ? qsTr("Internal note for your team — the customer never sees it")
                                                     : qsTr("Reply to %1…  (Ctrl+Enter to send)").arg(composer.view.customerName)
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.pixelSize: Theme.fontBody + 1
                    color: Theme.text
                    placeholderTextColor: Theme.textFaint
                    selectByMouse: true
                    Accessible.name: composer.asNote ? qsTr("Internal note") : qsTr("Reply to the customer")
                    background: Rectangle {
                        radius: Theme.radiusM
                        color: composer.asNote ? Theme.warningSoft : Theme.surfaceAlt
                        border.width: editor.activeFocus ? 2 : 1
                        border.color: editor.activeFocus ? Theme.focusRing : Theme.controlBorder
                    }
                    Keys.onPressed: event => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                && (event.modifiers & Qt.ControlModifier)) {
                            composer.send()
                            event.accepted = true
                        } else if (event.key === Qt.Key_Escape) {
                            composer.leaveRequested()
                            event.accepted = true
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Switch {
                    id: noteToggle
                    objectName: "internalNoteToggle"
                    visible: composer.canReply
                    text: qsTr("Internal note")
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: text
                    // Drawn from the Theme: the Basic style's knob does not match the app.
                    indicator: Rectangle {
                        implicitWidth: Theme.scaled(30)
                        implicitHeight: Theme.scaled(16)
                        x: noteToggle.leftPadding
                        y: (noteToggle.height - height) / 2
                        radius: 8
                        color: noteToggle.checked ? Theme.warning : Theme.neutralSoft
                        border.width: noteToggle.visualFocus ? 2 : 1
                        border.color: noteToggle.visualFocus ? Theme.focusRing : Theme.controlBorder
                        Rectangle {
                            x: noteToggle.checked ? parent.width - width - 2 : 2
                            y: 2
                            width: Theme.scaled(12)
                            height: Theme.scaled(12)
                            radius: 6
                            // Off, the knob takes the edge's colour: on the pale track it is what shows the state.
                            color: noteToggle.checked ? Theme.surface : Theme.controlBorder
                        }
                    }
                    contentItem: Text {
                        leftPadding: noteToggle.indicator.width + noteToggle.spacing
                        text: noteToggle.text
                        font: noteToggle.font
                        color: noteToggle.checked ? Theme.warning : Theme.textMuted
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Text {
                    visible: !composer.canReply
                    text: qsTr("Take over to reply; notes stay internal.")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
                Item { Layout.fillWidth: true }
                Text {
                    text: qsTr("Ctrl+Enter")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontCaption
                }
                ActionButton {
                    objectName: "sendButton"
                    primary: true
                    text: composer.asNote ? qsTr("Add note") : qsTr("Send")
                    enabled: editor.text.trim().length > 0
                    onClicked: composer.send()
                }
            }
        }

        // The AI's suggestions for the owner.
        ColumnLayout {
            Layout.preferredWidth: Theme.scaled(260)
            Layout.maximumWidth: Theme.scaled(260)
            Layout.alignment: Qt.AlignTop
            visible: composer.view.drafts.count > 0 && composer.width > 620
            spacing: Theme.spaceXs
            Text {
                text: qsTr("AI suggestions")
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
                font.weight: Font.Bold
                font.capitalization: Font.AllUppercase
            }
            Repeater {
                model: composer.view.drafts
                delegate: DraftCard {
                    Layout.fillWidth: true
                    onInsertRequested: text => composer.insertDraft(text)
                }
            }
        }
    }
}
