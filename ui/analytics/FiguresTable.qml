import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Every figure of the report in one table (MetricListModel): what a screen reader reads instead of
// the cards, with the previous period and the change in words. Enter, Space or a click on a row
// opens the conversations behind its figure (figureActivated).
Panel {
    id: root

    required property Models.AnalyticsReport report

    signal figureActivated(int metric)

    title: qsTr("All figures")
    subtitle: qsTr("Every figure of this period against the previous one")
    tools: CsvExportButton {
        report: root.report
        table: Models.AnalyticsReport.MetricsTable
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
            firstWidthShare: 3
            cells: [qsTr("Figure"), qsTr("This period"), qsTr("Previous period"), qsTr("Change")]
        }
        Repeater {
            model: root.report.metrics
            delegate: ActivatableRow {
                id: figure
                required property string label
                required property string valueText
                required property string previousText
                required property string deltaText
                required property int deltaTrend
                required property int metric
                Layout.fillWidth: true
                onActivated: root.figureActivated(metric)
                firstWidthShare: 3
                cells: [label, valueText, previousText, ""]
                Accessible.name: deltaText.length > 0
                    ? qsTr("%1: %2, previously %3, %4").arg(label).arg(valueText).arg(previousText).arg(change.Accessible.name)
                    : qsTr("%1: %2").arg(label).arg(valueText)
                DeltaLabel {
                    id: change
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spaceS
                    anchors.verticalCenter: parent.verticalCenter
                    delta: figure.deltaText
                    trend: figure.deltaTrend
                }
            }
        }
    }
}
