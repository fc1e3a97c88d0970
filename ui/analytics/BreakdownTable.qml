import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// A BreakdownModel as a table: the intents (sorted by the conversations nobody resolved, where the
// AI can gain most) or the hand-off reasons (by how often they happened).
Panel {
    id: root

    required property Models.BreakdownModel model
    /// Intents have a "not resolved" column; reasons do not.
    property bool intents: true
    /// The report the table comes from, for its CSV export.
    required property Models.AnalyticsReport report

    /// An intent's row was activated (`key`: its code, `label`: its name); reasons open nothing.
    signal groupActivated(string key, string label)

    tools: CsvExportButton {
        report: root.report
        table: root.intents ? Models.AnalyticsReport.IntentsTable : Models.AnalyticsReport.ReasonsTable
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
            cells: root.intents
                   ? [qsTr("Intent"), qsTr("Conversations"), qsTr("Not resolved"), qsTr("Resolved by AI")]
                   : [qsTr("Reason"), qsTr("Hand-offs"), qsTr("Share of hand-offs")]
        }
        Repeater {
            model: root.model
            delegate: ActivatableRow {
                required property string key
                required property string label
                required property int count
                required property int unresolved
                required property string rateText
                Layout.fillWidth: true
                // "No intent detected" has no code the server could filter by.
                activatable: root.intents && key.length > 0
                onActivated: root.groupActivated(key, label)
                cells: root.intents ? [label, count, unresolved, rateText] : [label, count, rateText]
                Accessible.name: root.intents
                    ? qsTr("%1: %2 conversations, %3 not resolved, resolved by AI %4").arg(label).arg(count).arg(unresolved).arg(rateText)
                    : qsTr("%1: %2 hand-offs, %3 of all hand-offs").arg(label).arg(count).arg(rateText)
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceS
            visible: root.model.count === 0
            text: root.intents ? qsTr("No conversations in this period.") : qsTr("No hand-offs in this period.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }
}
