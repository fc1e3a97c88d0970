import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// The admin's confirmation before a customer is erased (docs/protocol.md section 9.1): it says
// what goes, where, and that it cannot be undone. Nothing is preselected; Esc cancels.
Popup {
    id: dialog

    property string customerName
    property int conversationCount: 0

    signal confirmed()

    function openFor(name: string, conversations: int) {
        customerName = name
        conversationCount = conversations
        open()
        cancelButton.forceActiveFocus()
    }

    readonly property string title: qsTr("Erase this customer?")

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, parent ? parent.width - 2 * Theme.spaceXl : 480)
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
            // The name is the customer's own text: plain, never markup.
            text: qsTr("%1's name, e-mail address and every message of their conversations (%2) are erased on the server and in every console, notes and drafts included. Their open conversations are closed first. The figures keep counting the conversations.")
                  .arg(dialog.customerName).arg(dialog.conversationCount)
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("This cannot be undone.")
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Item { Layout.fillWidth: true }
            ActionButton {
                id: cancelButton
                objectName: "eraseCustomerCancel"
                text: qsTr("Cancel")
                quiet: true
                Accessible.name: qsTr("Cancel, keep the customer")
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "eraseCustomerConfirm"
                primary: true
                tint: Theme.danger
                text: qsTr("Erase customer")
                Accessible.name: qsTr("Erase the customer for good")
                onClicked: {
                    dialog.confirmed()
                    dialog.close()
                }
            }
        }
    }
}
