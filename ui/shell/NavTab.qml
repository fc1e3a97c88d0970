import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// One tab of the workspace's left pane (Board, Queue), with an optional count badge.
// A TabButton, so assistive technology meets a page tab (an AbstractButton that is checkable
// reports itself as a check box whatever Accessible.role says). The page decides which tab is
// checked; a click only asks for it.
TabButton {
    id: tab

    property int badge: 0
    property bool alert: false
    property string shortcutHint
    /// Less room around the label (the top bar of a narrow window).
    property bool compact: false

    checkable: false
    hoverEnabled: true
    focusPolicy: Qt.TabFocus
    implicitHeight: Theme.scaled(36)
    implicitWidth: row.implicitWidth + 2 * (compact ? Theme.spaceS : Theme.spaceL)
    font.pixelSize: Theme.fontBody
    font.weight: checked ? Font.DemiBold : Font.Medium

    Accessible.role: Accessible.PageTab
    Accessible.name: badge > 0 ? qsTr("%1, %n waiting", "", badge).arg(text) : text
    Accessible.checked: checked
    Accessible.selected: checked
    Accessible.onPressAction: clicked()

    contentItem: Item {
        implicitWidth: row.implicitWidth
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.spaceS - 2
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: tab.text
                font: tab.font
                color: tab.checked ? Theme.text : tab.hovered ? Theme.text : Theme.textMuted
            }
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                visible: tab.badge > 0
                implicitWidth: Math.max(18, badgeText.implicitWidth + 10)
                implicitHeight: Theme.scaled(18)
                radius: 9
                color: tab.alert ? Theme.danger : Theme.neutralSoft
                Text {
                    id: badgeText
                    objectName: "navBadge"
                    anchors.centerIn: parent
                    text: tab.badge
                    color: tab.alert ? Theme.textOnAccent : Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.Bold
                }
            }
        }
    }
    background: Rectangle {
        color: tab.hovered && !tab.checked ? Theme.hover : "transparent"
        border.width: tab.visualFocus ? 2 : 0
        border.color: Theme.focusRing
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 2
            color: Theme.accent
            visible: tab.checked
        }
    }
}
