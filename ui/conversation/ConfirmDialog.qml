import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// A question before an action that matters: a title, what happens (plain text: it may hold a
// customer's name), an optional warning in red ("This cannot be undone."), Cancel and the
// action. Cancel has the focus; Esc or a click outside cancels.
Popup {
    id: dialog

    property string title
    property string body
    property string warning
    property string confirmText: qsTr("Continue")
    property string confirmAccessibleName: confirmText
    property string cancelAccessibleName: qsTr("Cancel")
    /// The action is destructive: its button is red.
    property bool danger: false

    signal confirmed()

    function ask() {
        open()
        cancelButton.forceActiveFocus()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.scaled(480), parent ? parent.width - 2 * Theme.spaceXl : Theme.scaled(480))
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
            Layout.fillWidth: true
            text: dialog.title
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 1
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.body
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.warning
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
                objectName: dialog.objectName + "Cancel"
                text: qsTr("Cancel")
                quiet: true
                Accessible.name: dialog.cancelAccessibleName
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: dialog.objectName + "Confirm"
                primary: true
                tint: dialog.danger ? Theme.danger : Theme.accent
                text: dialog.confirmText
                Accessible.name: dialog.confirmAccessibleName
                onClicked: {
                    dialog.close()
                    dialog.confirmed()
                }
            }
        }
    }
}
