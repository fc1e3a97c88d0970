pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// The dry run's hand-offs by hour of the day: the ones a version adds above the line, the ones it
// removes below, so a supervisor sees when the queue would grow or shrink.
Item {
    id: bars

    required property var hours // [{hour, label, more, fewer}]
    required property int scale

    implicitHeight: 80
    Accessible.role: Accessible.Chart
    Accessible.name: {
        const parts = []
        for (const h of hours)
            if (h.more > 0 || h.fewer > 0)
                parts.push(qsTr("%1:00, %2 more, %3 fewer").arg(h.label).arg(h.more).arg(h.fewer))
        return parts.length > 0 ? qsTr("Hand-offs by hour: %1").arg(parts.join("; "))
                                : qsTr("Hand-offs by hour: no change")
    }

    Rectangle {
        id: axis
        x: 0
        width: parent.width
        y: (parent.height - 14) / 2
        height: 1
        color: Theme.border
    }
    Row {
        anchors.fill: parent
        anchors.bottomMargin: 14
        Repeater {
            model: bars.hours
            delegate: Item {
                required property var modelData
                width: bars.width / 24
                height: parent.height
                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(2, parent.width - 4)
                    height: (axis.y - 2) * parent.modelData.more / bars.scale
                    y: axis.y - height
                    radius: 1
                    color: Theme.warning
                }
                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(2, parent.width - 4)
                    height: (axis.y - 2) * parent.modelData.fewer / bars.scale
                    y: axis.y + 1
                    radius: 1
                    color: Theme.success
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: bars.height - 12
                    visible: parent.modelData.hour % 3 === 0
                    text: parent.modelData.label
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontCaption - 1
                }
            }
        }
    }
}
