import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// One row of the pages' plain tables: the first cell left-aligned and wide, the rest right-aligned
// figures. The figures arrive as the model gives them (formatted texts or counts).
Rectangle {
    id: row

    // var: typed value lists (list<string>) arrive in Qt 6.5.
    property var cells: []
    property bool heading: false
    property int firstWidthShare: 3
    /// Every cell is words (a list of conversations), left-aligned like the first.
    property bool textColumns: false
    /// Relative widths per cell when they differ (var: list<real> arrives in Qt 6.5); empty: the
    /// first gets firstWidthShare, the rest 1 each.
    property var widthShares: []
    /// The chosen or focused row: the accent bar at its left edge marks it, beside the tint.
    property bool current: false

    implicitHeight: 30
    implicitWidth: 400
    color: heading ? Theme.surfaceAlt : "transparent"
    Accessible.role: heading ? Accessible.ColumnHeader : Accessible.Row
    Accessible.name: cells.join(", ")

    SelectionBar {
        visible: row.current
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceS
        anchors.rightMargin: Theme.spaceS
        spacing: Theme.spaceS
        Repeater {
            model: row.cells.length
            delegate: Text {
                required property int index
                Layout.fillWidth: true
                Layout.preferredWidth: row.widthShares.length > index ? row.widthShares[index] * 100
                                     : index === 0 ? row.firstWidthShare * 100 : 100
                Layout.minimumWidth: 0
                text: row.cells[index]
                textFormat: Text.PlainText
                horizontalAlignment: index === 0 || row.textColumns ? Text.AlignLeft : Text.AlignRight
                color: row.heading ? Theme.textMuted : Theme.text
                font.pixelSize: row.heading ? Theme.fontCaption : Theme.fontSmall
                font.weight: row.heading ? Font.DemiBold : Font.Normal
                elide: Text.ElideRight
            }
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.divider
    }
}
