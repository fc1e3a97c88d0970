import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The report's customer segments as a table (AnalyticsReport.segments): how large each is, how
// much of it the AI resolved for good, and what its customers thought (CSAT).
Panel {
    id: root

    required property Models.AnalyticsReport report

    /// A segment's row was activated (`key`: its code, `label`: its name).
    signal groupActivated(string key, string label)

    tools: CsvExportButton {
        report: root.report
        table: Models.AnalyticsReport.SegmentsTable
        tableName: root.title
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Accessible.role: Accessible.Table
        Accessible.name: root.title

        TableRow {
            Layout.fillWidth: true
            heading: true
            cells: [qsTr("Segment"), qsTr("Conversations"), qsTr("Not resolved"), qsTr("Resolved by AI"),
                    qsTr("CSAT (4 or 5)")]
        }
        Repeater {
            model: root.report.segments
            delegate: ActivatableRow {
                required property string key
                required property string label
                required property int count
                required property int unresolved
                required property string rateText
                required property string extraText
                Layout.fillWidth: true
                activatable: key.length > 0 // a customer without a segment: no code to filter by
                onActivated: root.groupActivated(key, label)
                cells: [label, count, unresolved, rateText, extraText]
                Accessible.name: qsTr("%1: %2 conversations, %3 not resolved, resolved by AI %4, CSAT %5")
                    .arg(label).arg(count).arg(unresolved).arg(rateText).arg(extraText)
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceS
            visible: root.report.segments.count === 0
            text: qsTr("No conversations in this period.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
