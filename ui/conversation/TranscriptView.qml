pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Models as Models

// The transcript, oldest first, following new messages while the operator is at the bottom
// (and staying put while they read further up).
Rectangle {
    id: root

    property Models.TranscriptModel model
    property bool loaded: false

    color: Theme.transcriptBackground

    ListView {
        id: list
        objectName: "transcriptList"
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceXl - 4
        anchors.rightMargin: Theme.spaceXl - 4
        clip: true
        model: root.model
        spacing: Theme.spaceM
        visible: root.loaded && count > 0
        boundsBehavior: Flickable.StopAtBounds
        topMargin: Theme.spaceL
        bottomMargin: Theme.spaceL

        property bool pinnedToEnd: true
        onMovementEnded: pinnedToEnd = atYEnd
        onCountChanged: if (pinnedToEnd) Qt.callLater(list.positionViewAtEnd)
        onVisibleChanged: if (visible) Qt.callLater(list.positionViewAtEnd)

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Transcript")

        ScrollBar.vertical: scrollBar

        delegate: MessageBubble {
            width: ListView.view.width
        }
    }

    // At the panel's edge, not over the right-aligned replies.
    ThinScrollBar {
        id: scrollBar
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.rightMargin: 2
    }

    LoadingState {
        anchors.fill: parent
        visible: !root.loaded
        text: qsTr("Loading transcript…")
    }

    EmptyState {
        anchors.fill: parent
        visible: root.loaded && list.count === 0
        glyph: "\u2026"
        title: qsTr("No messages yet")
        body: qsTr("Messages appear here as soon as the customer or the AI writes.")
    }
}
