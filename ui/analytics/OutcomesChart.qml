import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Pilothouse.Components
import Pilothouse.Models as Models

// How the conversations created each day ended so far, stacked (TrendModel), with the same
// figures as a table a screen reader can read ("Show as table").
Panel {
    id: root

    required property Models.AnalyticsReport report

    title: qsTr("Outcomes by day")
    subtitle: qsTr("Conversations by the day they started, and how they ended so far")
    tableToggle: true
    tools: CsvExportButton {
        report: root.report
        table: Models.AnalyticsReport.DaysTable
        tableName: root.title
    }

    function refill() {
        const days = [], ai = [], lenient = [], human = [], unresolved = [], abandoned = [], open = []
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.objectAt(i)
            if (!row)
                continue
            days.push(row.dayText)
            ai.push(row.aiResolved)
            lenient.push(row.aiLenientOnly)
            human.push(row.humanResolved)
            unresolved.push(row.notResolved)
            abandoned.push(row.abandoned)
            open.push(row.open)
        }
        dayAxis.categories = days
        // At most about eight day labels, upright and whole, drawn below the plot (the axis's own
        // labels are hidden: Qt Charts elides or overlaps them on 30 or 90 days of bars).
        const step = Math.max(1, Math.ceil(days.length / 8))
        const shown = []
        for (let i = 0; i < days.length; i += step)
            shown.push({ index: i, text: days[i] })
        dayLabels.model = shown
        aiSet.values = ai
        lenientSet.values = lenient
        humanSet.values = human
        unresolvedSet.values = unresolved
        abandonedSet.values = abandoned
        openSet.values = open
        countAxis.max = Math.max(1, root.report.trend.maxConversations)
        countAxis.applyNiceNumbers()
    }

    Instantiator {
        id: rows
        model: root.report.trend
        delegate: QtObject {
            required property string dayText
            required property int conversations
            required property int aiResolved
            required property int aiLenientOnly
            required property int humanResolved
            required property int notResolved
            required property int abandoned
            required property int open
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
        Layout.preferredHeight: Theme.scaled(280)
        currentIndex: root.showTable ? 1 : 0

        ColumnLayout {
            spacing: Theme.spaceXs
            ChartView {
                id: chart
                Layout.fillWidth: true
                Layout.fillHeight: true
                antialiasing: true
                backgroundColor: Theme.surface
                backgroundRoundness: 0
                plotAreaColor: Theme.surface
                // Room below the plot for the day labels (dayLabels).
                margins { left: 0; right: 0; top: 0; bottom: Theme.fontCaption + 2 * Theme.spaceXs }
                // Qt Charts elides legend labels it cannot fit; the legend below wraps instead.
                legend.visible: false
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Outcomes by day, chart; the same figures are in the table")

                StackedBarSeries {
                    id: bars
                    axisX: BarCategoryAxis {
                        id: dayAxis
                        labelsVisible: false
                        gridVisible: false
                        color: Theme.border
                    }
                    axisY: ValueAxis {
                        id: countAxis
                        min: 0
                        max: 1
                        labelFormat: "%d"
                        tickCount: 5
                        labelsColor: Theme.textMuted
                        labelsFont.pixelSize: Theme.fontCaption
                        gridLineColor: Theme.divider
                        color: Theme.border
                    }
                    BarSet { id: aiSet; label: qsTr("Resolved by AI"); color: Theme.accent; borderColor: Theme.surface }
                    BarSet { id: lenientSet; label: qsTr("Closed by AI, lenient only"); color: Theme.info; borderColor: Theme.surface }
                    BarSet { id: humanSet; label: qsTr("Resolved by a person"); color: Theme.success; borderColor: Theme.surface }
                    BarSet { id: unresolvedSet; label: qsTr("Not resolved"); color: Theme.danger; borderColor: Theme.surface }
                    BarSet { id: abandonedSet; label: qsTr("Abandoned"); color: Theme.warning; borderColor: Theme.surface }
                    BarSet { id: openSet; label: qsTr("Still open"); color: Theme.neutral; borderColor: Theme.surface }
                }
                Repeater {
                    id: dayLabels
                    delegate: Text {
                        required property var modelData
                        // Bound to the plot area, so the labels follow a resize.
                        readonly property point at: chart.plotArea.width > 0
                            ? chart.mapToPosition(Qt.point(modelData.index, 0), bars) : Qt.point(0, 0)
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
        }

        ListView {
            id: table
            objectName: "outcomesTable"
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            activeFocusOnTab: true
            model: root.showTable ? root.report.trend : null
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Outcomes by day")
            ScrollBar.vertical: ThinScrollBar {}
            header: TableRow {
                heading: true
                cells: [qsTr("Day"), qsTr("Conversations"), qsTr("By AI"), qsTr("AI, lenient only"),
                        qsTr("By a person"), qsTr("Not resolved"), qsTr("Abandoned"), qsTr("Open")]
            }
            delegate: TableRow {
                required property string dayText
                required property int conversations
                required property int aiResolved
                required property int aiLenientOnly
                required property int humanResolved
                required property int notResolved
                required property int abandoned
                required property int open
                width: ListView.view.width
                cells: [dayText, conversations, aiResolved, aiLenientOnly, humanResolved, notResolved, abandoned, open]
                Accessible.name: qsTr("%1: %2 conversations, %3 resolved by AI, %4 closed by AI counted only by the lenient figure, %5 resolved by a person, %6 not resolved, %7 abandoned, %8 still open")
                    .arg(dayText).arg(conversations).arg(aiResolved).arg(aiLenientOnly).arg(humanResolved)
                    .arg(notResolved).arg(abandoned).arg(open)
            }
        }
    }

    // Below the chart rather than inside its fixed height, so a legend that wraps onto more
    // lines (larger text, a narrow window) makes the panel taller instead of running over
    // the next one.
    Flow {
        objectName: "outcomesLegend"
        Layout.fillWidth: true
        visible: !root.showTable
        spacing: Theme.spaceM
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Legend")
        Repeater {
            model: [aiSet, lenientSet, humanSet, unresolvedSet, abandonedSet, openSet]
            delegate: Row {
                required property var modelData
                spacing: Theme.spaceXs
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.label
                Rectangle {
                    width: Theme.scaled(10)
                    height: width
                    radius: 2
                    anchors.verticalCenter: parent.verticalCenter
                    color: modelData.color
                }
                Text {
                    text: modelData.label
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
