import QtQuick
import Pilothouse.Components

// A thin coloured edge for priority 1..3 (nothing for 0), so urgent rows stand out when scanning.
Rectangle {
    id: root

    property int priority: 0

    readonly property string label: {
        switch (priority) {
        case 3: return qsTr("Urgent")
        case 2: return qsTr("High")
        case 1: return qsTr("Normal")
        default: return qsTr("Low")
        }
    }

    implicitWidth: 3
    radius: 1.5
    color: Theme.priorityColor(priority)
    visible: priority > 0

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Priority: %1").arg(label)
}
