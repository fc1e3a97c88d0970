pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Conversation
import Pilothouse.Models as Models

// Review mode: a queue of AI replies (lowest confidence first, a daily sample, or the replies of
// handed-over conversations) beside the selected reply's conversation, labelled from the keyboard:
// J and K move, 1 says right, 2 wrong and then a reason key, N writes a note. Labels go through the
// outbox, so reviewing works offline; below the queue, how far reviewers agree.
Rectangle {
    id: page

    required property Models.ReviewModel review
    required property Models.Workspace workspace
    property bool offline: false

    color: Theme.window
    Binding {
        target: page.review
        property: "active"
        value: page.visible
    }
    onVisibleChanged: if (visible) list.forceActiveFocus()
    Component.onCompleted: if (visible) list.forceActiveFocus()

    /// The review keys, wherever the focus is but the note field.
    function handleKey(event) {
        const key = event.text.toUpperCase()
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
            return
        if (bar.choosingReason) {
            for (const option of page.review.reasonOptions) {
                if (option.key === key) {
                    bar.judge(false, option.value)
                    event.accepted = true
                    return
                }
            }
        }
        event.accepted = true
        if (event.key === Qt.Key_J || event.key === Qt.Key_Down)
            page.review.next()
        else if (event.key === Qt.Key_K || event.key === Qt.Key_Up)
            page.review.previous()
        else if (event.key === Qt.Key_1)
            bar.judge(true, Models.ReviewReason.None)
        else if (event.key === Qt.Key_2)
            bar.choosingReason = bar.hasReply && page.review.canJudge
        else if (event.key === Qt.Key_N)
            bar.note.forceActiveFocus()
        else if (event.key === Qt.Key_Escape)
            bar.choosingReason = false
        else
            event.accepted = false
    }

    Models.ConversationView {
        id: conversation
        workspace: page.workspace
        conversationId: page.review.currentConversationId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceM

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceXl
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            spacing: Theme.spaceL
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    text: qsTr("Review")
                    color: Theme.text
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "reviewSummary"
                    Layout.fillWidth: true
                    text: page.offline ? qsTr("Offline: labels are kept and sent when the link returns. %1").arg(page.review.summary)
                                       : page.review.summary
                    textFormat: Text.PlainText
                    color: page.offline ? Theme.warning : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            Row {
                spacing: Theme.spaceM
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Queue")
                Repeater {
                    model: page.review.queueOptions
                    delegate: RadioChoice {
                        required property var modelData
                        objectName: "reviewQueue" + modelData.value
                        text: modelData.text
                        checked: page.review.queue === modelData.value
                        onClicked: page.review.queue = modelData.value
                    }
                }
            }
            RowLayout {
                visible: page.review.queue === Models.ReviewModel.DailySample
                spacing: Theme.spaceS
                Text {
                    text: qsTr("Per day")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                SpinBox {
                    objectName: "reviewSamplePerDay"
                    from: 1
                    to: 100
                    value: page.review.samplePerDay
                    editable: true
                    onValueModified: page.review.samplePerDay = value
                    Accessible.name: qsTr("Replies sampled per day")
                }
            }
            ActionButton {
                objectName: "reviewRefresh"
                quiet: true
                text: qsTr("Refresh")
                onClicked: page.review.refresh()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            Layout.bottomMargin: Theme.spaceXl
            spacing: Theme.spaceL

            ColumnLayout {
                Layout.preferredWidth: Math.max(320, page.width * 0.36)
                Layout.maximumWidth: 520
                Layout.fillHeight: true
                spacing: Theme.spaceL

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: Theme.radiusL
                    color: Theme.surface
                    border.color: Theme.border

                    ListView {
                        id: list
                        objectName: "reviewList"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        focus: true
                        model: page.review
                        currentIndex: page.review.currentIndex
                        visible: count > 0
                        boundsBehavior: Flickable.StopAtBounds
                        highlightFollowsCurrentItem: false
                        onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Replies to review")
                        Keys.onPressed: event => page.handleKey(event)
                        ScrollBar.vertical: ThinScrollBar {}
                        delegate: ReviewQueueRow {
                            width: ListView.view.width
                            current: index === page.review.currentIndex
                            onSelected: i => {
                                page.review.currentIndex = i
                                list.forceActiveFocus()
                            }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spaceXl
                        visible: list.count === 0 && page.review.loaded
                        title: page.review.errorText.length > 0 ? qsTr("Could not read the replies") : qsTr("Nothing to review")
                        body: page.review.errorText.length > 0 ? page.review.errorText
                                 : page.review.queue === Models.ReviewModel.LowestConfidence ? qsTr("Every cached AI reply has a label.")
                                 : page.review.queue === Models.ReviewModel.DailySample ? qsTr("You have labelled this week's sample.")
                                 : qsTr("No handed-over conversation has a reply you have not labelled.")
                    }
                    LoadingState {
                        anchors.centerIn: parent
                        visible: !page.review.loaded && page.review.busy
                    }
                }

                AgreementPanel {
                    Layout.fillWidth: true
                    review: page.review
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radiusL
                color: Theme.surface
                border.color: Theme.border
                clip: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        Layout.margins: Theme.spaceL
                        text: conversation.found ? qsTr("%1 · %2").arg(conversation.customerName).arg(conversation.subject)
                                                 : qsTr("Select a reply to see its conversation.")
                        textFormat: Text.PlainText
                        color: conversation.found ? Theme.text : Theme.textMuted
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        TranscriptView {
                            objectName: "reviewTranscript"
                            anchors.fill: parent
                            visible: page.review.currentConversationId.length > 0
                            model: conversation.transcript
                            loaded: conversation.loaded
                            focusMessageId: page.review.currentMessageId
                        }
                    }
                    ReviewBar {
                        id: bar
                        objectName: "reviewBar"
                        Layout.fillWidth: true
                        review: page.review
                        Keys.onPressed: event => page.handleKey(event)
                    }
                }
            }
        }
    }

    Connections {
        target: bar.note
        function onAccepted() { list.forceActiveFocus() }
    }
    Shortcut {
        sequence: "Esc"
        enabled: bar.note.activeFocus
        onActivated: list.forceActiveFocus()
    }
}
