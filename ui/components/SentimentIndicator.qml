import QtQuick
import Pilothouse.Components

// Customer sentiment as a small face (frown, flat, smile) in the band's colour; the band
// (-1 negative, 0 neutral, 1 positive) comes from the model. The shape carries the meaning
// without colour; the tooltip-free accessible name carries it for screen readers.
Row {
    id: root

    property int band: 0
    property real sentiment: 0
    property int size: Theme.scaled(14)
    property bool showLabel: false

    readonly property string label: band < 0 ? qsTr("Negative") : band > 0 ? qsTr("Positive") : qsTr("Neutral")

    spacing: Theme.spaceXs
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Sentiment: %1").arg(label)

    Canvas {
        anchors.verticalCenter: parent.verticalCenter
        width: root.size
        height: root.size
        renderStrategy: Canvas.Immediate

        property color ink: Theme.sentimentColor(root.band)
        property int mood: root.band
        onInkChanged: requestPaint()
        onMoodChanged: requestPaint()

        onPaint: {
            const ctx = getContext("2d")
            const s = width / 14
            ctx.reset()
            ctx.strokeStyle = ink
            ctx.fillStyle = ink
            ctx.lineWidth = 1.4 * s
            ctx.lineCap = "round"
            ctx.beginPath()
            ctx.arc(7 * s, 7 * s, 5.8 * s, 0, 2 * Math.PI)
            ctx.stroke()
            ctx.beginPath()
            ctx.arc(5 * s, 5.6 * s, 0.9 * s, 0, 2 * Math.PI)
            ctx.arc(9 * s, 5.6 * s, 0.9 * s, 0, 2 * Math.PI)
            ctx.fill()
            ctx.beginPath()
            if (mood > 0) {
                ctx.moveTo(4.6 * s, 8.2 * s)
                ctx.quadraticCurveTo(7 * s, 10.8 * s, 9.4 * s, 8.2 * s)
            } else if (mood < 0) {
                ctx.moveTo(4.6 * s, 10 * s)
                ctx.quadraticCurveTo(7 * s, 7.6 * s, 9.4 * s, 10 * s)
            } else {
                ctx.moveTo(4.8 * s, 9.2 * s)
                ctx.lineTo(9.2 * s, 9.2 * s)
            }
            ctx.stroke()
        }
    }

    Text {
        anchors.verticalCenter: parent.verticalCenter
        visible: root.showLabel
        text: root.label
        color: Theme.sentimentColor(root.band)
        font.pixelSize: Theme.fontSmall
    }
}
