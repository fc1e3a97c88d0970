pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// One audit entry: when, who (and their role then), what, what it was about, how it ended, and
// where from. Everything a client or a customer could have typed is plain text.
Rectangle {
    id: row

    required property int index
    required property string timeText
    required property string userText
    required property string roleText
    required property string actionText
    required property string subjectText
    required property bool refused
    required property string outcomeText
    required property string source
    required property string accessibleText
    required property AuditColumns columns

    implicitHeight: content.implicitHeight + 2 * Theme.spaceS
    color: activeFocus ? Theme.selection : index % 2 === 1 ? Theme.surfaceAlt : "transparent"
    activeFocusOnTab: true

    Accessible.role: Accessible.ListItem
    Accessible.name: accessibleText

    SelectionBar {
        visible: row.activeFocus
    }

    component Cell: Text {
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
        Layout.alignment: Qt.AlignVCenter
    }

    RowLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spaceXl
        anchors.rightMargin: Theme.spaceXl
        spacing: Theme.spaceL

        Cell {
            Layout.preferredWidth: row.columns.time
            text: row.timeText
            color: Theme.textMuted
        }
        Column {
            Layout.preferredWidth: row.columns.user
            Layout.alignment: Qt.AlignVCenter
            Cell {
                width: parent.width
                text: row.userText
                font.weight: Font.DemiBold
            }
            Cell {
                width: parent.width
                visible: row.roleText.length > 0
                text: row.roleText
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
        }
        Cell {
            Layout.preferredWidth: row.columns.action
            text: row.actionText
        }
        Cell {
            Layout.preferredWidth: row.columns.about
            text: row.subjectText
            color: Theme.textMuted
        }
        Cell {
            Layout.preferredWidth: row.columns.outcome
            text: row.outcomeText
            color: row.refused ? Theme.danger : Theme.success
        }
        Cell {
            Layout.preferredWidth: row.columns.source
            text: row.source
            color: Theme.textMuted
        }
    }
}
