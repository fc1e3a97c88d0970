import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// One order in the customer panel: number, total, status, date and what was in it.
Rectangle {
    id: row

    required property string orderId
    required property string totalText
    required property string statusLabel
    required property int statusTone
    required property string placedAtText
    required property string summary

    Layout.fillWidth: true
    implicitHeight: layout.implicitHeight + 2 * Theme.spaceS
    radius: Theme.radiusM
    color: Theme.surface
    border.width: 1
    border.color: Theme.border

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Order #%1, %2, %3, %4").arg(orderId).arg(totalText).arg(statusLabel).arg(placedAtText)

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceM - 2
        anchors.rightMargin: Theme.spaceM - 2
        spacing: Theme.spaceXxs + 1

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                Layout.fillWidth: true
                text: qsTr("#%1").arg(row.orderId)
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                text: row.totalText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.summary
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        // Status and date share the last line so a long translation never pushes the total out.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Tag {
                text: row.statusLabel
                textFormat: Text.PlainText
                foreground: Theme.toneColor(row.statusTone)
                background: Theme.toneSoftColor(row.statusTone)
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Placed %1").arg(row.placedAtText)
                color: Theme.textFaint
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
            }
        }
    }
}
