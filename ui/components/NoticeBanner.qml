import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// The single surface for errors and notices (STYLE.md 13): one sentence the user can act on,
// tinted by severity (0 info, 1 warning, 2 error, matching Console.Severity), dismissible.
Rectangle {
    id: root

    property string text
    property int severity: 0
    property string actionText
    signal dismissed()
    signal actionTriggered()

    readonly property color tone: severity >= 2 ? Theme.danger : severity === 1 ? Theme.warning : Theme.info
    readonly property color toneSoft: severity >= 2 ? Theme.dangerSoft : severity === 1 ? Theme.warningSoft : Theme.infoSoft

    visible: text.length > 0
    implicitHeight: visible ? layout.implicitHeight + 2 * Theme.spaceS : 0
    color: toneSoft

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 3
        color: root.tone
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.divider
    }

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceS
        spacing: Theme.spaceM

        Text {
            text: root.severity >= 2 ? "\u2716" : root.severity === 1 ? "\u26a0" : "\u2139"
            color: root.tone
            font.pixelSize: Theme.fontTitle
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        ActionButton {
            visible: root.actionText.length > 0
            text: root.actionText
            tint: root.tone
            onClicked: root.actionTriggered()
        }
        ActionButton {
            quiet: true
            text: qsTr("Dismiss")
            onClicked: root.dismissed()
        }
    }
}
