import QtQuick
import QtQuick.Controls

// A slim scroll bar that only shows while there is something to scroll and the user is
// scrolling or hovering, so lists that fit stay clean.
ScrollBar {
    id: bar

    policy: ScrollBar.AsNeeded
    minimumSize: 0.08
    hoverEnabled: true
    Accessible.name: qsTr("Scroll bar")

    contentItem: Rectangle {
        implicitWidth: bar.hovered || bar.pressed ? 8 : 6
        implicitHeight: implicitWidth
        radius: width / 2
        color: bar.pressed ? Theme.textFaint : Theme.controlBorder
        opacity: bar.size < 1.0 && (bar.active || bar.hovered) ? 1.0 : 0.0
        Behavior on opacity { enabled: !Theme.reducedMotion; NumberAnimation { duration: Theme.motionShort } }
    }
    background: Item {}
}
