import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components

// Connection state, unobtrusive but unmistakable: a dot and a word ("Connected", "Connecting…",
// "Reconnecting in 4 s" with Retry now, "Offline"), the full sentence for screen readers.
RowLayout {
    id: root

    readonly property int connection: Console.connectionState
    readonly property string label: {
        switch (connection) {
        case Console.Connected: return qsTr("Connected")
        case Console.Connecting: return qsTr("Connecting…")
        case Console.Reconnecting: return qsTr("Reconnecting in %n s", "", Console.reconnectInSeconds)
        case Console.Offline: return qsTr("Offline")
        default: return qsTr("Signed out")
        }
    }
    readonly property color tone: {
        switch (connection) {
        case Console.Connected: return Theme.success
        case Console.Connecting: return Theme.warning
        case Console.Reconnecting: return Theme.danger
        default: return Theme.neutral
        }
    }

    spacing: Theme.spaceS

    Rectangle {
        implicitWidth: pill.implicitWidth + 2 * Theme.spaceS + 2
        implicitHeight: Theme.scaled(24)
        radius: 12
        color: root.connection === Console.Connected ? "transparent"
             : root.connection === Console.Reconnecting ? Theme.dangerSoft
             : root.connection === Console.Connecting ? Theme.warningSoft : Theme.neutralSoft

        Accessible.role: Accessible.StaticText
        Accessible.name: Console.connectionDetail.length > 0 ? root.label + ". " + Console.connectionDetail : root.label

        RowLayout {
            id: pill
            anchors.centerIn: parent
            spacing: Theme.spaceS - 2

            Rectangle {
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: root.tone
                // A slow pulse while the link is not up, so it reads as "in progress".
                SequentialAnimation on opacity {
                    running: !Theme.reducedMotion
                             && (root.connection === Console.Connecting || root.connection === Console.Reconnecting)
                    loops: Animation.Infinite
                    onRunningChanged: if (!running) parent.opacity = 1
                    NumberAnimation { to: 0.35; duration: Theme.motionPulse }
                    NumberAnimation { to: 1.0; duration: Theme.motionPulse }
                }
            }
            Text {
                objectName: "connectionLabel"
                text: root.label
                color: root.connection === Console.Connected ? Theme.textMuted : root.tone
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Medium
            }
        }
    }

    ActionButton {
        objectName: "retryNow"
        visible: root.connection === Console.Reconnecting
        implicitHeight: Theme.scaled(24)
        text: qsTr("Retry now")
        onClicked: Console.retryNow()
    }
}
