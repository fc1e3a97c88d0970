pragma ComponentBehavior: Bound
import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// One conversation: header, transcript and customer panel, with clear states for nothing
// selected, loading and not found. All data comes from Models.ConversationView (C++).
Rectangle {
    id: root

    required property Models.Workspace workspace
    /// The conversation to show; "" shows the "nothing selected" state.
    property string conversationId
    property string currentUser: workspace ? workspace.currentUser : ""

    /// The operator opened another conversation (an earlier one of this customer).
    signal conversationActivated(string conversationId)

    readonly property bool hasSelection: conversationId.length > 0

    color: Theme.surface
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation")

    Models.ConversationView {
        id: view
        workspace: root.workspace
        conversationId: root.conversationId
    }

    ConversationHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: root.hasSelection && view.found
        view: view
        currentUser: root.currentUser
    }

    Item {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.visible ? header.bottom : parent.top
        anchors.bottom: parent.bottom
        visible: root.hasSelection && view.found

        TranscriptView {
            id: transcript
            anchors.left: parent.left
            anchors.right: panel.visible ? panel.left : parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            model: view.transcript
            loaded: view.loaded
        }

        CustomerPanel {
            id: panel
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            // The transcript matters most: the panel yields on narrow windows.
            width: Math.min(300, Math.max(240, root.width * 0.3))
            visible: root.width >= 640
            view: view
            onConversationActivated: id => root.conversationActivated(id)
        }
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
