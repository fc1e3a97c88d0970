import QtQuick
import QtQuick.Controls.impl as ControlsImpl
import Pilothouse.Components

// One interface icon, `size` pixels square, in `color`: `name` is a file of resources/icons/ui
// (Lucide's outlines, ISC licence, compiled in under qrc:/icons/ui/) without ".svg". Decorative:
// whatever shows it carries the accessible name.
//
// Qt 6.4 has no tint for an Image (MultiEffect is 6.5) and Qt5Compat.GraphicalEffects is not among
// the packages the console depends on, so the SVG is drawn by IconImage, the item Qt Quick Controls
// draw their own icons with: it renders the SVG at the item's device pixel ratio and fills what it
// drew with `color` (QPainter SourceIn), again whenever the colour changes. The SVG itself is
// loaded by Qt's SVG image plugin (Debian: libqt6svg6); without it the image fails with a warning.
Item {
    id: root

    property string name
    property int size: Theme.scaled(14)
    property color color: Theme.text

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    ControlsImpl.IconImage {
        anchors.fill: parent
        source: root.name.length > 0 ? "qrc:/icons/ui/" + root.name + ".svg" : ""
        sourceSize.width: root.size
        sourceSize.height: root.size
        color: root.color
    }
}
