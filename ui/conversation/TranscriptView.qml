// Not `ComponentBehavior: Bound`: Qt 6.4 cannot create a bound footer component in the context
// the view gives it ("Component is not ready"); the delegates still take required properties.
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
    /// What the operator sent that the transcript does not hold yet (pending, sent, failed).
    property Models.LocalEchoModel echoModel
    readonly property int echoCount: echoModel ? echoModel.count : 0
    /// A message to show and mark once the transcript holds it (a search hit opened from History).
    property string focusMessageId

    signal retryRequested(string commandId)
    signal discardRequested(string commandId)
    /// An AI reply's "Decided by rules version n" was chosen.
    signal rulesRequested(int version)

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
        visible: root.loaded && (count > 0 || root.echoCount > 0)
        boundsBehavior: Flickable.StopAtBounds
        topMargin: Theme.spaceL
        bottomMargin: Theme.spaceL

        property bool pinnedToEnd: true
        onMovementEnded: pinnedToEnd = atYEnd
        onCountChanged: if (pinnedToEnd) Qt.callLater(list.positionViewAtEnd)
        // The composer opening, a growing echo or a failed item's reason all change the
        // content or the view's height: stay at the end if the operator was there.
        onContentHeightChanged: if (pinnedToEnd) Qt.callLater(list.positionViewAtEnd)
        onHeightChanged: if (pinnedToEnd) Qt.callLater(list.positionViewAtEnd)
        onVisibleChanged: if (visible) Qt.callLater(list.positionViewAtEnd)

        // Opened at a message: show it in the middle and mark it, instead of following the end.
        function showFocus() {
            const row = root.model && root.focusMessageId.length > 0 ? root.model.rowOf(root.focusMessageId) : -1
            if (row < 0)
                return
            pinnedToEnd = false
            currentIndex = row
            positionViewAtIndex(row, ListView.Center)
        }
        Connections {
            target: root.model
            function onCountChanged() { Qt.callLater(list.showFocus) }
        }
        Connections {
            target: root
            function onFocusMessageIdChanged() { Qt.callLater(list.showFocus) }
            function onLoadedChanged() { Qt.callLater(list.showFocus) }
        }
        highlightFollowsCurrentItem: false
        highlight: Rectangle {
            visible: root.focusMessageId.length > 0 && list.currentItem !== null
            y: list.currentItem ? list.currentItem.y - Theme.spaceXs : 0
            width: list.width
            height: list.currentItem ? list.currentItem.height + 2 * Theme.spaceXs : 0
            radius: Theme.radiusM
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
            z: 2
        }

        Accessible.role: Accessible.List
        Accessible.name: qsTr("Transcript")

        ScrollBar.vertical: scrollBar

        delegate: MessageBubble {
            width: ListView.view.width
            onRulesRequested: version => root.rulesRequested(version)
        }

        // The local echo follows the last message until the server's copy replaces it.
        footer: Column {
            width: ListView.view ? ListView.view.width : 0
            topPadding: root.echoCount > 0 ? Theme.spaceM : 0
            spacing: Theme.spaceM
            Repeater {
                model: root.echoModel
                delegate: EchoBubble {
                    required property var model
                    width: parent ? parent.width : 0
                    echoState: model.state
                    onRetryRequested: id => root.retryRequested(id)
                    onDiscardRequested: id => root.discardRequested(id)
                }
            }
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
        visible: root.loaded && list.count === 0 && root.echoCount === 0
        glyph: "\u2026"
        title: qsTr("No messages yet")
        body: qsTr("Messages appear here as soon as the customer or the AI writes.")
    }
}
