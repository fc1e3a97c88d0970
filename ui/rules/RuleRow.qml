import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// One rule in words: its place in the order, the supervisor's name for it, when it holds and what
// it does. Guardrails and switched-off rules say so.
Rectangle {
    id: row

    required property int position
    required property string name
    required property string when
    required property string then
    required property bool switchedOn
    required property bool guardrail
    property bool selected: false

    implicitHeight: content.implicitHeight + 2 * Theme.spaceM
    color: selected ? Theme.selection : "transparent"
    // A switched-off rule is not faded (its texts would lose their contrast): its Off tag says
    // so, and its name steps down to the muted text colour.

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1. %2%3. When: %4. Then: %5")
                     .arg(position).arg(name)
                     .arg(guardrail ? qsTr(", guardrail") : !switchedOn ? qsTr(", switched off") : "")
                     .arg(when).arg(then)

    SelectionBar {
        visible: row.selected
    }
    RowLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spaceM
        anchors.rightMargin: Theme.spaceM
        spacing: Theme.spaceM

        Text {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 24
            text: row.position
            color: Theme.textFaint
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignRight
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXxs
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Text {
                    Layout.fillWidth: true
                    text: row.name
                    textFormat: Text.PlainText
                    color: row.switchedOn ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Tag {
                    visible: row.guardrail
                    text: qsTr("Guardrail")
                    foreground: Theme.accentSoftText
                    background: Theme.accentSoft
                }
                Tag {
                    visible: !row.switchedOn
                    text: qsTr("Off")
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("When: %1").arg(row.when)
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Then: %1").arg(row.then)
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
