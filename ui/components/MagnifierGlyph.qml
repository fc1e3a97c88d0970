import QtQuick
import Pilothouse.Components

// A magnifying glass drawn from two shapes, so it renders the same with any installed font.
Item {
    id: root

    property int size: Theme.scaled(12)
    property color color: Theme.textFaint

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Rectangle {
        width: root.size * 0.75
        height: width
        radius: width / 2
        color: "transparent"
        border.width: Math.max(1.5, root.size / 9)
        border.color: root.color
    }
    Rectangle {
        x: root.size * 0.62
        y: root.size * 0.74
        width: root.size * 0.42
        height: Math.max(1.6, root.size / 8)
        radius: height / 2
        rotation: 45
        transformOrigin: Item.Left
        color: root.color
    }
}
