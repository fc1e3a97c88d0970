import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// One live count of the Overview ("Waiting for a person: 3"), with a tone mark beside the label.
ColumnLayout {
    id: root

    property string label
    property int value
    property color tone: Theme.accent

    Layout.fillWidth: true
    Layout.preferredWidth: 100
    spacing: Theme.spaceXxs
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(label).arg(value)

    Text {
        text: root.value
        color: Theme.text
        font.pixelSize: Theme.fontDisplay
        font.weight: Font.DemiBold
    }
    RowLayout {
        spacing: Theme.spaceXs
        Rectangle { implicitWidth: 8; implicitHeight: 8; radius: 4; color: root.tone }
        Text {
            Layout.fillWidth: true
            text: root.label
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
