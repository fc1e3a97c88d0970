import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// A titled surface of a page (a chart, a table, a group of figures). `showTable` is the chart's
// "Show as table" switch, offered when `tableToggle` is set; the content goes in the default slot.
Rectangle {
    id: root

    property string title
    property string subtitle
    property bool tableToggle: false
    property bool showTable: false
    default property alias content: body.data
    /// Extra controls at the right of the title (the attribution window).
    property alias tools: toolRow.data

    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    implicitWidth: 320
    radius: Theme.radiusL
    color: Theme.surface
    border.width: 1
    border.color: Theme.border

    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    Layout.fillWidth: true
                    text: root.title
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.subtitle
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
            RowLayout {
                id: toolRow
                spacing: Theme.spaceS
            }
            ActionButton {
                objectName: "tableToggle"
                visible: root.tableToggle
                quiet: true
                text: root.showTable ? qsTr("Show as chart") : qsTr("Show as table")
                Accessible.name: (root.showTable ? qsTr("Show %1 as chart") : qsTr("Show %1 as table")).arg(root.title)
                onClicked: root.showTable = !root.showTable
            }
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spaceS
        }
    }
}
