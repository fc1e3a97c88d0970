import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models

// The supervisors' editor of the team's saved replies: add, edit, order and remove them, then
// publish; every console has the new version at once. Checked with the server's own rules before
// it is sent; a colleague's change in the meantime is named, never overwritten silently.
Popup {
    id: dialog

    property SavedRepliesEditor editor

    function openEditor() {
        if (!editor)
            return
        note.clear()
        open()
        editor.load()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.scaled(720), parent ? parent.width - 2 * Theme.spaceXl : Theme.scaled(720))
    height: Math.min(Theme.scaled(680), parent ? parent.height - 2 * Theme.spaceXl : Theme.scaled(680))
    padding: Theme.spaceL
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.window
        border.width: 1
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.shadow
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceM
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Edit saved replies")

        Text {
            text: qsTr("Saved replies")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 1
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Shared by the whole team. Placeholders are filled in when a reply is inserted: {customer.name}, {customer.firstName}, {order.id} (the latest order), {agent.name}, {agent.firstName}.")
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "savedRepliesMessage"
            Layout.fillWidth: true
            visible: dialog.editor !== null && dialog.editor.message.length > 0
            text: dialog.editor ? dialog.editor.message : ""
            textFormat: Text.PlainText
            color: dialog.editor && dialog.editor.messageIsError ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "savedRepliesEditorList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spaceS
            model: dialog.editor
            visible: dialog.editor !== null && dialog.editor.loaded
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Saved replies")
            ScrollBar.vertical: ThinScrollBar {}
            delegate: SavedReplyEditRow {
                width: ListView.view.width - Theme.spaceS
                first: index === 0
                last: index === ListView.view.count - 1
                onTitleEdited: title => dialog.editor.setTitle(index, title)
                onTextEdited: text => dialog.editor.setText(index, text)
                onMoveRequested: step => dialog.editor.move(index, step)
                onRemoveRequested: dialog.editor.remove(index)
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !list.visible
            LoadingState {
                anchors.centerIn: parent
                visible: dialog.editor !== null && dialog.editor.busy
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            ActionButton {
                objectName: "addSavedReply"
                text: qsTr("Add a reply")
                enabled: dialog.editor !== null && dialog.editor.loaded && !dialog.editor.busy
                         && dialog.editor.count < dialog.editor.maxReplies
                onClicked: {
                    const row = dialog.editor.add()
                    if (row >= 0)
                        list.positionViewAtIndex(row, ListView.End)
                }
            }
            TextField {
                id: note
                objectName: "savedRepliesNote"
                Layout.fillWidth: true
                placeholderText: qsTr("What changed (optional)")
                placeholderTextColor: Theme.textFaint
                color: Theme.text
                maximumLength: 1000
                selectByMouse: true
                Accessible.name: qsTr("Note for this version")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Item { Layout.fillWidth: true }
            ActionButton {
                text: qsTr("Discard edits")
                quiet: true
                enabled: dialog.editor !== null && dialog.editor.dirty && !dialog.editor.busy
                onClicked: dialog.editor.discard()
            }
            ActionButton {
                text: qsTr("Close")
                quiet: true
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "publishSavedReplies"
                primary: true
                text: qsTr("Publish")
                enabled: dialog.editor !== null && dialog.editor.loaded && dialog.editor.dirty && !dialog.editor.busy
                onClicked: dialog.editor.publish(note.text)
            }
        }
    }
}
