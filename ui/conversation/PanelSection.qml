import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// A titled block of the customer panel ("Orders", "Earlier conversations") with an optional count.
ColumnLayout {
    id: section

    property string title
    property int count: -1
    default property alias content: body.data

    spacing: Theme.spaceS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Text {
            text: section.title
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.6
        }
        Text {
            visible: section.count >= 0
            text: section.count
            color: Theme.textFaint
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
        }
        Item { Layout.fillWidth: true }
    }

    ColumnLayout {
        id: body
        Layout.fillWidth: true
        spacing: Theme.spaceXs
    }
}
