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
        dayAxis.categories = days
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
            antialiasing: true
            backgroundColor: Theme.surface
            backgroundRoundness: 0
            plotAreaColor: Theme.surface
            margins { left: 0; right: 0; top: 0; bottom: 0 }
            legend.visible: false
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Strict AI resolution by day, chart; the same figures are in the table")

            LineSeries {
                id: line
                name: qsTr("Strict AI resolution")
                color: Theme.accent
                width: 2
                pointsVisible: true
                axisX: BarCategoryAxis {
                    id: dayAxis
                    labelsColor: Theme.textMuted
                    labelsFont.pixelSize: Theme.fontCaption
                    gridVisible: false
                    color: Theme.border
                    labelsAngle: rows.count > 10 ? -60 : 0
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
