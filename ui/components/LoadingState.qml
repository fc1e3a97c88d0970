import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// "Loading…" with three pulsing dots; used while the cache or a transcript is being read.
Item {
    id: root

    property string text: qsTr("Loading…")
    property bool running: visible

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spaceM

        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spaceS
            Repeater {
                model: 3
                delegate: Rectangle {
                    id: dot
                    required property int index
                    width: 8
                    height: 8
                    radius: 4
                    color: Theme.accent
                    opacity: 0.3
                    SequentialAnimation on opacity {
                        running: root.running && !Theme.reducedMotion
                        loops: Animation.Infinite
                        PauseAnimation { duration: dot.index * 160 }
                        NumberAnimation { to: 1.0; duration: 320 }
                        NumberAnimation { to: 0.3; duration: 320 }
                        PauseAnimation { duration: (2 - dot.index) * 160 }
                    }
                }
            }
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: root.text
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }
}
