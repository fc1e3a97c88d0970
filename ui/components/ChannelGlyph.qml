import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// The channel (Models.Channel) as a line glyph drawn in the theme's colour, so it needs no icon
// font and stays crisp in both themes. `showLabel` adds the channel's name.
Row {
    id: root

    property int channel: Models.Channel.Chat
    property color color: Theme.textMuted
    property int size: Theme.scaled(14)
    property bool showLabel: false

    readonly property string label: Models.Labels.channel(channel)

    spacing: Theme.spaceXs
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Channel: %1").arg(label)

    Canvas {
        id: canvas
        anchors.verticalCenter: parent.verticalCenter
        width: root.size
        height: root.size
        renderStrategy: Canvas.Immediate

        property color ink: root.color
        property int kind: root.channel
        onInkChanged: requestPaint()
        onKindChanged: requestPaint()

        onPaint: {
            const ctx = getContext("2d")
            const w = width, h = height, s = w / 14
            ctx.reset()
            ctx.strokeStyle = ink
            ctx.fillStyle = ink
            ctx.lineWidth = 1.4 * s
            ctx.lineJoin = "round"
            ctx.lineCap = "round"
            ctx.beginPath()
            if (kind === Models.Channel.Email) {
                ctx.rect(1.5 * s, 3 * s, 11 * s, 8 * s)
                ctx.moveTo(1.8 * s, 3.5 * s)
                ctx.lineTo(7 * s, 7.6 * s)
                ctx.lineTo(12.2 * s, 3.5 * s)
                ctx.stroke()
            } else if (kind === Models.Channel.Sms) {
                ctx.roundedRect(3.5 * s, 1.2 * s, 7 * s, 11.6 * s, 1.6 * s, 1.6 * s)
                ctx.stroke()
                ctx.beginPath()
                ctx.moveTo(6 * s, 10.4 * s)
                ctx.lineTo(8 * s, 10.4 * s)
                ctx.stroke()
            } else if (kind === Models.Channel.Voice) {
                const bars = [3, 7, 11, 6, 3]
                for (let i = 0; i < bars.length; ++i) {
                    const x = (2.5 + i * 2.25) * s
                    ctx.moveTo(x, (7 - bars[i] / 2) * s)
                    ctx.lineTo(x, (7 + bars[i] / 2) * s)
                }
                ctx.stroke()
            } else {
                // Chat: a speech bubble with a tail.
                ctx.moveTo(3.5 * s, 2 * s)
                ctx.lineTo(10.5 * s, 2 * s)
                ctx.quadraticCurveTo(12.5 * s, 2 * s, 12.5 * s, 4 * s)
                ctx.lineTo(12.5 * s, 7.5 * s)
                ctx.quadraticCurveTo(12.5 * s, 9.5 * s, 10.5 * s, 9.5 * s)
                ctx.lineTo(6 * s, 9.5 * s)
                ctx.lineTo(3 * s, 12 * s)
                ctx.lineTo(3.5 * s, 9.4 * s)
                ctx.quadraticCurveTo(1.5 * s, 9.2 * s, 1.5 * s, 7.5 * s)
                ctx.lineTo(1.5 * s, 4 * s)
                ctx.quadraticCurveTo(1.5 * s, 2 * s, 3.5 * s, 2 * s)
                ctx.stroke()
            }
        }
    }

    Text {
        anchors.verticalCenter: parent.verticalCenter
        visible: root.showLabel
        text: root.label
        color: root.color
        font.pixelSize: Theme.fontSmall
    }
}
