import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// One pill of the board's filter bar; checked when it is the active filter. A TabButton, so
// assistive technology meets a page tab; the board decides which one is checked.
TabButton {
    id: tab

    /// A BoardFilterModel.Filter value.
    property int filter
    /// The board's current filter; this tab is checked when it matches.
    property int activeFilter

    objectName: "filterTab_" + filter
    checkable: false
    checked: activeFilter === filter

    hoverEnabled: true
    focusPolicy: Qt.TabFocus
    implicitHeight: Theme.scaled(24)
    implicitWidth: label.implicitWidth + 2 * Theme.spaceM - 2
    font.pixelSize: Theme.fontSmall
    font.weight: checked ? Font.DemiBold : Font.Medium

    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checked: checked
    Accessible.selected: checked
    Accessible.onPressAction: clicked()

    contentItem: Text {
        id: label
        text: tab.text
        font: tab.font
        color: tab.checked ? Theme.accentSoftText : tab.hovered ? Theme.text : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: height / 2
        color: tab.checked ? Theme.accentSoft : tab.hovered ? Theme.hover : "transparent"
        border.width: tab.visualFocus ? 2 : (tab.checked ? 0 : 1)
        border.color: tab.visualFocus ? Theme.focusRing : Theme.border
    }
}
