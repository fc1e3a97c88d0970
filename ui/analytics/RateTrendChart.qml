import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Pilothouse.Components
import Pilothouse.Models as Models

// The strict AI resolution rate day by day (TrendModel.strictRate), as a line and as a table.
// Days without conversations have no rate and are left out of the line, not drawn as zero.
Panel {
    id: root

    required property Models.AnalyticsReport report
    property int chartHeight: 240

    title: qsTr("Strict AI resolution by day")
    subtitle: qsTr("Share of each day's conversations the AI resolved, durable after 7 days")
    tableToggle: true

    function refill() {
        const days = []
        line.clear()
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.objectAt(i)
            if (!row)
                continue
            days.push(row.dayText)
            if (row.strictRate >= 0)
                line.append(i, row.strictRate * 100)
        }
        // At most about eight day labels, upright and whole, drawn below the plot (the axis's own
        // labels are hidden: Qt Charts elides or overlaps them on a 30- or 90-day line).
        dayAxis.min = -0.5
        dayAxis.max = Math.max(0.5, days.length - 0.5)
        const step = Math.max(1, Math.ceil(days.length / 8))
        const shown = []
        for (let i = 0; i < days.length; i += step)
            shown.push({ index: i, text: days[i] })
        dayLabels.model = shown
    }

    Instantiator {
        id: rows
        model: root.report.trend
        delegate: QtObject {
            required property string dayText
            required property real strictRate
        }
        onObjectAdded: refillLater.restart()
        onObjectRemoved: refillLater.restart()
    }
    Connections {
        target: root.report
        function onComputed() { refillLater.restart() }
    }
    Timer {
        id: refillLater
        interval: 0
        onTriggered: root.refill()
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: root.chartHeight
        currentIndex: root.showTable ? 1 : 0

        ChartView {
            id: chart
            antialiasing: true
            backgroundColor: Theme.surface
            backgroundRoundness: 0
            plotAreaColor: Theme.surface
            // Room below the plot for the day labels (dayLabels).
            margins { left: 0; right: 0; top: 0; bottom: Theme.fontCaption + 2 * Theme.spaceXs }
            legend.visible: false
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Strict AI resolution by day, chart; the same figures are in the table")

            LineSeries {
                id: line
                name: qsTr("Strict AI resolution")
                color: Theme.accent
                width: 2
                pointsVisible: true
                axisX: ValueAxis {
                    id: dayAxis
                    labelsVisible: false
                    gridVisible: false
                    tickCount: 2
                    color: Theme.border
                }
                axisY: ValueAxis {
                    min: 0
                    max: 100
                    tickCount: 5
                    labelFormat: "%d %"
                    labelsColor: Theme.textMuted
                    labelsFont.pixelSize: Theme.fontCaption
                    gridLineColor: Theme.divider
                    color: Theme.border
                }
            }
            Repeater {
                id: dayLabels
                delegate: Text {
                    required property var modelData
                    // Bound to the plot area, so the labels follow a resize.
                    readonly property point at: chart.plotArea.width > 0
                        ? chart.mapToPosition(Qt.point(modelData.index, 0), line) : Qt.point(0, 0)
                    x: at.x - width / 2
                    y: chart.plotArea.y + chart.plotArea.height + Theme.spaceXs
                    text: modelData.text
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    Accessible.ignored: true // the table view has every day
                }
            }
        }

        ListView {
            objectName: "rateTable"
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            activeFocusOnTab: true
            model: root.showTable ? root.report.trend : null
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Strict AI resolution by day")
            ScrollBar.vertical: ThinScrollBar {}
            header: TableRow {
                heading: true
                firstWidthShare: 1
                cells: [qsTr("Day"), qsTr("Conversations"), qsTr("Resolved by AI")]
            }
            delegate: TableRow {
                required property string dayText
                required property int conversations
                required property int aiResolved
                width: ListView.view.width
                firstWidthShare: 1
                cells: [dayText, conversations, aiResolved]
            }
        }
    }
}
