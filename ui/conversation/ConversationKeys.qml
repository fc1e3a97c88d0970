import QtQuick

// The open conversation's keys: T take over, H hand back, E resolve, R reply, W whisper
// (supervisors, while the AI talks), Ctrl+Shift+N note or reply, Ctrl+Shift+D the AI's newest
// draft, Ctrl+/ a saved reply. Letters reach a text field first (it takes them as text), so they act only outside one;
// the Ctrl+Shift keys act in the composer too. Listed in ui/shell/ShortcutSheet.qml.
Item {
    id: keys

    /// The view is on screen, its shortcuts are on and no dialog is open.
    property bool active: false
    property bool hasSelection: false
    property bool composerShown: false
    property bool canWhisper: false
    property bool hasDrafts: false

    signal takeOverRequested()
    signal handBackRequested()
    signal resolveRequested()
    signal replyRequested()
    signal whisperRequested()
    signal noteToggleRequested()
    signal draftRequested()
    signal savedReplyRequested()

    Shortcut {
        sequence: "T"
        enabled: keys.active && keys.hasSelection
        onActivated: keys.takeOverRequested()
    }
    Shortcut {
        sequence: "H"
        enabled: keys.active && keys.hasSelection
        onActivated: keys.handBackRequested()
    }
    Shortcut {
        sequence: "E"
        enabled: keys.active && keys.hasSelection
        onActivated: keys.resolveRequested()
    }
    Shortcut {
        sequence: "R"
        enabled: keys.active && keys.composerShown
        onActivated: keys.replyRequested()
    }
    Shortcut {
        sequence: "W"
        enabled: keys.active && keys.hasSelection && keys.canWhisper
        onActivated: keys.whisperRequested()
    }
    Shortcut {
        sequence: "Ctrl+Shift+N"
        enabled: keys.active && keys.composerShown
        onActivated: keys.noteToggleRequested()
    }
    Shortcut {
        sequence: "Ctrl+/"
        enabled: keys.active && keys.composerShown
        onActivated: keys.savedReplyRequested()
    }
    Shortcut {
        sequence: "Ctrl+Shift+D"
        enabled: keys.active && keys.composerShown && keys.hasDrafts
        onActivated: keys.draftRequested()
    }
}
