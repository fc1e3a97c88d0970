pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models

// The team's saved replies (docs/config.md, "Saved replies"), searched by title and text as the
// operator types; Enter or a click inserts the chosen one, filled in for the conversation
// (customer's name, latest order, the operator's name). Placeholders with no value stay as
// written, in the preview and in the editor, for the operator to fill in.
Popup {
    id: picker

    property SavedRepliesModel replies
    property string conversationId

    /// The reply's text, filled in.
    signal chosen(string text)

    function openPicker() {
        if (!replies)
            return
        search.text = ""
        open()
        list.currentIndex = replies.count > 0 ? 0 : -1
        search.forceActiveFocus()
    }
    function choose(replyId: string) {
        const text = replies.fill(replyId, conversationId)
        if (text.length === 0)
            return
        chosen(text)
        close()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.scaled(520), parent ? parent.width - 2 * Theme.spaceXl : Theme.scaled(520))
    height: Math.min(Theme.scaled(480), parent ? parent.height - 2 * Theme.spaceXl : Theme.scaled(480))
    padding: Theme.spaceL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: if (replies) replies.filter = ""

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
        Accessible.name: qsTr("Saved replies")

        Text {
            text: qsTr("Saved replies")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 1
            font.weight: Font.Bold
        }
        SearchField {
            id: search
            objectName: "savedReplySearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search saved replies")
            onTextChanged: if (picker.replies) picker.replies.filter = text
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            Keys.onReturnPressed: if (list.currentItem) list.currentItem.choose()
            Keys.onEnterPressed: if (list.currentItem) list.currentItem.choose()
        }

        ListView {
            id: list
            objectName: "savedReplyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: picker.replies
            boundsBehavior: Flickable.StopAtBounds
            visible: count > 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Saved replies")
            ScrollBar.vertical: ThinScrollBar {}
            onCountChanged: currentIndex = count > 0 ? 0 : -1

            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string replyId
                required property string title
                required property string preview

                function choose() {
                    picker.choose(replyId)
                }

                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: qsTr("Insert “%1”").arg(title)
                onClicked: choose()

                background: Rectangle {
                    color: entry.highlighted || entry.hovered ? Theme.accentSoft : "transparent"
                    radius: Theme.radiusM
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spaceXxs
                    Text {
                        Layout.fillWidth: true
                        text: entry.title
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        // As it would be inserted here: filled in for this conversation.
                        text: picker.replies ? picker.replies.fill(entry.replyId, picker.conversationId).replace(/\s+/g, " ")
                                             : entry.preview
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
        Text {
            objectName: "savedReplyEmpty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !list.visible
            text: picker.replies && picker.replies.total === 0
                  ? qsTr("Your team has no saved replies yet. Supervisors add them in the Team view (Saved replies…).")
                  : qsTr("No saved reply matches “%1”.").arg(search.text)
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("↑↓ to choose, Enter to insert, Esc to cancel")
                color: Theme.textFaint
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
            }
            ActionButton {
                text: qsTr("Cancel")
                quiet: true
                onClicked: picker.close()
            }
        }
    }
}
