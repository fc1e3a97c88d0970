import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// The app's button, drawn from the Theme so it looks the same under any Controls style.
// `primary` for the one main action of a surface, `quiet` for toolbar actions.
Button {
    id: control

    property bool primary: false
    property bool quiet: false
    property color tint: Theme.accent

    implicitHeight: Theme.controlHeight
    leftPadding: text.length > 0 ? Theme.spaceM : Theme.spaceS
    rightPadding: leftPadding
    topPadding: 0
    bottomPadding: 0
    font.pixelSize: Theme.fontBody
    font.weight: Font.Medium
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus

    Accessible.name: text
    Accessible.onPressAction: clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.textFaint
             : control.primary ? Theme.textOnAccent
             : control.quiet ? Theme.textMuted : control.tint
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: control.primary
               ? (control.down || control.hovered ? Theme.accentHover : Theme.accent)
               : control.down ? Theme.selection
               : control.hovered ? Theme.hover : "transparent"
        opacity: control.enabled ? 1 : 0.5
        border.width: control.primary || control.quiet ? 0 : 1
        border.color: Theme.border

        // The focus ring sits outside the button, so it shows on a primary (accent) one too.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: Theme.radiusM + 3
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
            visible: control.visualFocus
        }
    }
}
