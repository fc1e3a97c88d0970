import QtQuick
import Pilothouse.Components

// Initials on a calm colour picked from the name, so the same customer always looks the same.
Rectangle {
    id: root

    property string name
    property int size: 32

    readonly property string initials: {
        const parts = name.trim().split(/\s+/).filter(p => p.length > 0)
        if (parts.length === 0)
            return "?"
        const first = parts[0].charAt(0)
        const last = parts.length > 1 ? parts[parts.length - 1].charAt(0) : ""
        return (first + last).toUpperCase()
    }
    readonly property int hue: {
        let h = 0
        for (let i = 0; i < name.length; ++i)
            h = (h * 31 + name.charCodeAt(i)) % 997
        return h % Theme.avatarColors.length
    }

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Theme.avatarColors[hue]

    Accessible.role: Accessible.Graphic
    Accessible.name: name

    Text {
        anchors.centerIn: parent
        text: root.initials
        textFormat: Text.PlainText
        color: Theme.avatarText
        font.pixelSize: Math.round(root.size * 0.4)
        font.weight: Font.DemiBold
    }
}
