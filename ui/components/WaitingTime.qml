import QtQuick
import Pilothouse.Components

// How long the customer has been waiting, with a small drawn clock: "14 min". Ticks with Clock.
Row {
    id: root

    /// ms since epoch when the wait began; 0 shows nothing.
    property double since: 0
    property color color: Theme.warning
    property string prefix
    property bool bold: true
    property int pixelSize: Theme.fontSmall

    readonly property string durationText: Clock.since(since, Clock.now)
    readonly property string text: prefix.length > 0 ? prefix + " " + durationText : durationText

    visible: since > 0
    spacing: Theme.spaceXs
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Waiting %1").arg(durationText)

    Canvas {
        anchors.verticalCenter: parent.verticalCenter
        width: root.pixelSize
        height: root.pixelSize
        renderStrategy: Canvas.Immediate
        property color ink: root.color
        onInkChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            const s = width / 12
            ctx.reset()
            ctx.strokeStyle = ink
            ctx.lineWidth = 1.3 * s
            ctx.lineCap = "round"
            ctx.beginPath()
            ctx.arc(6 * s, 6 * s, 4.8 * s, 0, 2 * Math.PI)
            ctx.moveTo(6 * s, 3.4 * s)
            ctx.lineTo(6 * s, 6 * s)
            ctx.lineTo(7.9 * s, 7.3 * s)
            ctx.stroke()
        }
    }
    Text {
        objectName: "waitingText"
        anchors.verticalCenter: parent.verticalCenter
        text: root.text
        color: root.color
        font.pixelSize: root.pixelSize
        font.weight: root.bold ? Font.DemiBold : Font.Normal
    }
}
