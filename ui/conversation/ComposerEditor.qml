import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// The composer's text box. Chat: 68 to 160 px. Email: about eight lines, growing to twice that
// (or to less than half of what the conversation has), then scrolling. The keys follow the
// channel: Enter sends in chat (Shift+Enter is a new line), Enter is a new line in email; Ctrl+Enter
// sends in both. Esc asks to leave; Tab moves on.
ScrollView {
    id: box

    /// Email: taller, and Enter is a new line.
    property bool email: false
    /// The height the conversation can give the composer: the email editor's cap follows it.
    property real roomHeight: 600
    /// Background: Theme.surfaceAlt for a reply, the note's or the whisper's soft tone otherwise.
    property color tone: Theme.surfaceAlt
    property alias placeholderText: editor.placeholderText
    property string accessibleName
    property string keyHint
    readonly property alias area: editor
    property alias text: editor.text

    signal sendRequested()
    signal leaveRequested()

    // Held as a property, not a child: a ScrollView's children are its content.
    readonly property FontMetrics metrics: FontMetrics {
        font: editor.font
    }
    readonly property real editorPadding: editor.topPadding + editor.bottomPadding
    readonly property real emailCap: Math.max(metrics.lineSpacing * 4 + editorPadding,
                                              Math.min(metrics.lineSpacing * 16 + editorPadding, roomHeight * 0.45))
    readonly property real emailMin: Math.min(metrics.lineSpacing * 8 + editorPadding, emailCap)

    // The view's own padding comes on top, so the text area is never taller than what shows it.
    implicitHeight: (email ? Math.min(emailCap, Math.max(emailMin, editor.implicitHeight))
                           : Math.min(160, Math.max(68, editor.implicitHeight))) + topPadding + bottomPadding
    // The text wraps: never a horizontal bar (nor an unnamed one for a screen reader).
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    TextArea {
        id: editor
        objectName: "composerEditor"
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
        Keys.onPressed: event => {
            const enter = event.key === Qt.Key_Return || event.key === Qt.Key_Enter
            const plain = !(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier | Qt.AltModifier))
            if (enter && ((event.modifiers & Qt.ControlModifier) || (!box.email && plain))) {
                box.sendRequested()
                event.accepted = true
            } else if (event.key === Qt.Key_Escape) {
                box.leaveRequested()
                event.accepted = true
            }
        }
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        font.pixelSize: Theme.fontBody + 1
        color: Theme.text
        placeholderTextColor: Theme.textFaint
        selectByMouse: true
        Accessible.name: box.accessibleName
        Accessible.description: box.keyHint
        background: Rectangle {
            radius: Theme.radiusM
            color: box.tone
            border.width: editor.activeFocus ? 2 : 1
            border.color: editor.activeFocus ? Theme.focusRing : Theme.controlBorder
        }
    }
}
