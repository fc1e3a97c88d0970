pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One small dialog for the actions that need words: hand back (a note for the AI and the team),
// resolve (an outcome and an optional note) and whisper (an instruction to the AI). Enter in the
// text confirms with Ctrl; Esc cancels.
Popup {
    id: dialog

    /// Models.Action.HandBack, Resolve or Whisper.
    property int mode: Models.Action.HandBack
    property string customerName
    readonly property string note: noteField.text
    readonly property int outcome: outcomeGroup.checkedButton ? outcomeGroup.checkedButton.value
                                                              : Models.Outcome.Resolved

    signal confirmed(string text, int outcome)

    function openFor(newMode: int) {
        mode = newMode
        noteField.clear()
        if (outcomeGroup.buttons.length > 0)
            outcomeGroup.buttons[0].checked = true // "Resolved" is the usual ending
        open()
        noteField.forceActiveFocus()
    }
    function confirm() {
        if (mode === Models.Action.Whisper && noteField.text.trim().length === 0)
            return
        confirmed(noteField.text.trim(), dialog.outcome)
        close()
    }

    readonly property string title: mode === Models.Action.Resolve ? qsTr("Resolve the conversation")
                                  : mode === Models.Action.Whisper ? qsTr("Whisper to the AI")
                                  : qsTr("Hand back to the AI")
    readonly property string explanation: mode === Models.Action.Resolve
        ? qsTr("How did it end? The customer is not notified; a new message reopens it.")
        : mode === Models.Action.Whisper
          ? qsTr("A private instruction: the AI follows it in its next reply. %1 never sees it.").arg(customerName)
          : qsTr("The AI takes the conversation again. Leave a note for it and your team (%1 never sees it).").arg(customerName)

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(460, parent ? parent.width - 2 * Theme.spaceXl : 460)
    padding: Theme.spaceL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.width: 1
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.shadow
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceM
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title

        Text {
            text: dialog.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 1
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            text: dialog.explanation
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ButtonGroup { id: outcomeGroup }
        ColumnLayout {
            visible: dialog.mode === Models.Action.Resolve
            spacing: Theme.spaceXxs
            Repeater {
                model: Models.Labels.outcomeOptions
                delegate: RadioChoice {
                    required property var modelData
                    readonly property int value: modelData.value
                    objectName: "outcome_" + value
                    text: modelData.text
                    ButtonGroup.group: outcomeGroup
                }
            }
        }
        ScrollView {
            // The text wraps: never a horizontal bar (nor an unnamed one for a screen reader).
            ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
            Layout.fillWidth: true
            Layout.preferredHeight: 96
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
                id: noteField
                objectName: "actionDialogText"
                placeholderText: dialog.mode === Models.Action.Whisper ? qsTr("e.g. Offer free express shipping")
                                                           : qsTr("Note (optional)")
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                placeholderTextColor: Theme.textFaint
                Accessible.name: dialog.mode === Models.Action.Whisper ? qsTr("Instruction for the AI") : qsTr("Note")
                background: Rectangle {
                    radius: Theme.radiusM
                    color: Theme.surfaceAlt
                    border.width: noteField.activeFocus ? 2 : 1
                    border.color: noteField.activeFocus ? Theme.focusRing : Theme.controlBorder
                }
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        dialog.confirm()
                        event.accepted = true
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                text: qsTr("Ctrl+Enter to confirm, Esc to cancel")
                color: Theme.textFaint
                font.pixelSize: Theme.fontCaption
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                text: qsTr("Cancel")
                quiet: true
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "actionDialogConfirm"
                primary: true
                text: dialog.mode === Models.Action.Resolve ? qsTr("Resolve") : dialog.mode === Models.Action.Whisper ? qsTr("Whisper")
                                                                                                : qsTr("Hand back")
                enabled: dialog.mode !== Models.Action.Whisper || noteField.text.trim().length > 0
                onClicked: dialog.confirm()
            }
        }
    }
}
