import QtQuick
import Pilothouse.Components

// A small rounded label (intent, segment, kind). `tone` picks foreground and background together
// so contrast stays right in both themes.
Rectangle {
    id: root

    property string text
    property color foreground: Theme.textMuted
    property color background: Theme.neutralSoft
    /// Tags can carry customer-influenced text (intent names): never interpret it as markup.
    property int textFormat: Text.PlainText
    property int maximumWidth: Theme.scaled(160)

    implicitHeight: Theme.scaled(18)
    implicitWidth: Math.min(maximumWidth, label.implicitWidth + 2 * Theme.spaceS - 2)
    radius: height / 2
    color: background
    visible: text.length > 0

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceS - 1
        anchors.rightMargin: Theme.spaceS - 1
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        text: root.text
        textFormat: root.textFormat
        color: root.foreground
        font.pixelSize: Theme.fontCaption
        font.weight: Font.Medium
        elide: Text.ElideRight
    }
}
