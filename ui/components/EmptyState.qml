import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// A calm, centred message for a view with nothing to show, saying why and what to do next.
Item {
    id: root

    property string title
    property string body
    /// One character drawn large in a soft circle (e.g. "✓", "⌕").
    property string glyph: "\u25cb"
    /// Draw a magnifier instead of `glyph` (search results).
    property bool searchGlyph: false
    property color tone: Theme.textMuted
    property string actionText
    signal actionTriggered()

    Accessible.role: Accessible.StaticText
    Accessible.name: body.length > 0 ? title + ". " + body : title

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.spaceXl, 340)
        spacing: Theme.spaceS

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.spaceXs
            width: Theme.scaled(56)
            height: Theme.scaled(56)
            radius: 28
            color: Theme.neutralSoft
            MagnifierGlyph {
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: -1
                anchors.verticalCenterOffset: -1
                visible: root.searchGlyph
                size: Theme.scaled(22)
                color: root.tone
            }
            Text {
                anchors.centerIn: parent
                visible: !root.searchGlyph
                text: root.glyph
                color: root.tone
                font.pixelSize: Theme.scaled(24)
            }
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.title
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: root.body
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            lineHeight: 1.2
            wrapMode: Text.WordWrap
        }
        ActionButton {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spaceS
            visible: root.actionText.length > 0
            text: root.actionText
            onClicked: root.actionTriggered()
        }
    }
}
