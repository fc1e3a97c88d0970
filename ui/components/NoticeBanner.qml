import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The single surface for errors and notices (docs/conventions.md#errors-and-notices): one
// sentence the user can act on, tinted by its Models.Severity, dismissible. WorkspacePage shows
// one per entry of Console.notices.
Rectangle {
    id: root

    property string text
    property int severity: Models.Severity.Info
    property string actionText
    signal dismissed()
    signal actionTriggered()

    readonly property bool isError: severity === Models.Severity.Error
    readonly property bool isWarning: severity === Models.Severity.Warning
    readonly property color tone: isError ? Theme.danger : isWarning ? Theme.warning : Theme.info
    readonly property color toneSoft: isError ? Theme.dangerSoft : isWarning ? Theme.warningSoft : Theme.infoSoft

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
            text: root.isError ? "\u2716" : root.isWarning ? "\u26a0" : "\u2139"
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
            Accessible.name: qsTr("Dismiss notice: %1").arg(root.text)
            onClicked: root.dismissed()
        }
    }
}
