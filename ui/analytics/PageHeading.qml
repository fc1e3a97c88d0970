import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// A page's title with the period it shows and when the figures were computed; offline, it says
// the figures are the cached ones.
RowLayout {
    id: root

    required property Models.AnalyticsReport report
    property string title
    property bool offline: false

    spacing: Theme.spaceM

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceXxs
        Text {
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontHeading + 2
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            objectName: "periodText"
            Layout.fillWidth: true
            text: root.report.periodText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "assumptionsText"
            Layout.fillWidth: true
            text: root.report.assumptionsText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
    Tag {
        objectName: "unsavedAssumptions"
        Layout.alignment: Qt.AlignTop
        maximumWidth: 260
        visible: root.report.usingLocalCostModel
        text: qsTr("Unsaved assumptions")
        foreground: Theme.warning
        background: Theme.warningSoft
    }
    Tag {
        objectName: "asOfText"
        Layout.alignment: Qt.AlignTop
        maximumWidth: 360
        visible: root.report.asOfText.length > 0
        text: root.offline ? qsTr("Offline: %1").arg(root.report.asOfText) : root.report.asOfText
        foreground: root.offline ? Theme.warning : Theme.textMuted
        background: root.offline ? Theme.warningSoft : Theme.neutralSoft
    }
}
