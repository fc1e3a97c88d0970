import QtQuick
import Pilothouse.Components

// Initials on a calm colour picked from the name, so the same customer always looks the same.
Rectangle {
    id: root

    property string name
    property int size: Theme.scaled(32)

    // First letters of the first and last word; ASCII punctuation and symbols never become an
    // initial (a name like "(Eve) <Stone>" shows "ES", not "(<").
    readonly property string initials: {
        const letters = name.trim().split(/\s+/).map(word => word.replace(/[!-\/:-@\[-`{-~]/g, "").charAt(0))
                                              .filter(c => c.length > 0)
        if (letters.length === 0)
            return "?"
        const last = letters.length > 1 ? letters[letters.length - 1] : ""
        return (letters[0] + last).toUpperCase()
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
