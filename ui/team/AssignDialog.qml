pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models

// Assign a conversation to a colleague (supervisors and admins; `conversation.transfer`): the team
// with presence and load, so the choice goes to someone at work with room. Enter or a click
// assigns; Esc cancels.
Popup {
    id: dialog

    property TeamModel team
    property string customerName
    /// The owner now ("" when nobody owns it): listed, but not offered.
    property string currentAssignee

    signal assigned(string userName, string displayName)

    function openFor(name: string, assignee: string) {
        customerName = name
        currentAssignee = assignee
        open()
        members.currentIndex = -1
        members.forceActiveFocus()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.scaled(460), parent ? parent.width - 2 * Theme.spaceXl : Theme.scaled(460))
    height: Math.min(Theme.scaled(520), parent ? parent.height - 2 * Theme.spaceXl : Theme.scaled(520))
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
        Accessible.name: qsTr("Assign the conversation")

        Text {
            text: qsTr("Assign the conversation")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 1
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1's conversation goes to the colleague you choose; they own it from now on.")
                      .arg(dialog.customerName)
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: dialog.team !== null && !dialog.team.known
            text: dialog.team ? dialog.team.summary : ""
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        ListView {
            id: members
            objectName: "assignList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.team
            currentIndex: -1
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Colleagues")
            ScrollBar.vertical: ThinScrollBar {}
            Keys.onReturnPressed: if (currentItem) currentItem.choose()
            Keys.onEnterPressed: if (currentItem) currentItem.choose()

            delegate: ItemDelegate {
                id: choice
                required property int index
                required property string userName
                required property string displayName
                required property string presenceText
                required property int presenceTone
                required property int presence
                required property int held
                readonly property bool owner: userName === dialog.currentAssignee

                function choose() {
                    if (owner)
                        return
                    dialog.assigned(userName, displayName)
                    dialog.close()
                }

                width: ListView.view.width
                enabled: !owner
                highlighted: ListView.isCurrentItem
                text: displayName
                Accessible.name: owner ? qsTr("%1, owns it now").arg(displayName)
                                       : qsTr("Assign to %1, %2, %n conversation(s)", "", held).arg(displayName).arg(presenceText)
                onClicked: choose()

                background: Rectangle {
                    color: choice.highlighted || choice.hovered ? Theme.accentSoft : "transparent"
                    radius: Theme.radiusM
                }
                contentItem: RowLayout {
                    spacing: Theme.spaceM
                    Rectangle {
                        implicitWidth: Theme.scaled(10)
                        implicitHeight: implicitWidth
                        radius: width / 2
                        color: choice.presence === Presence.Unknown ? Theme.textFaint : Theme.toneColor(choice.presenceTone)
                    }
                    Text {
                        Layout.fillWidth: true
                        text: choice.displayName
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: choice.enabled ? Theme.text : Theme.textFaint
                        font.pixelSize: Theme.fontBody
                    }
                    Text {
                        text: choice.owner ? qsTr("owns it now")
                                           : qsTr("%1 · %n conversation(s)", "", choice.held).arg(choice.presenceText)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            ActionButton {
                text: qsTr("Cancel")
                quiet: true
                onClicked: dialog.close()
            }
        }
    }
}
