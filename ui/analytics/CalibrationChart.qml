import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Pilothouse.Components
import Pilothouse.Models as Models

// Confidence calibration (docs/metrics.md, "Calibration"): per confidence band, the share of the
// AI's replies reviewers judged wrong; below it, the hand-off threshold that would have caught a
// chosen share of the wrong replies and the hand-offs it would have added. The same figures are a
// table a screen reader can read ("Show as table").
Panel {
    id: root

    required property Models.AnalyticsReport report
    readonly property Models.CalibrationModel calibration: report.calibration

    /// A band's bar or row was activated: list the conversations behind it.
    signal bandActivated(int fromPercent)

    title: qsTr("Confidence calibration")
    subtitle: qsTr("How often reviewers judged the AI's replies wrong, by the confidence the AI gave them")
    tableToggle: true
    tools: CsvExportButton {
        report: root.report
        table: Models.AnalyticsReport.CalibrationTable
        tableName: root.title
    }

    function refill() {
        const bands = [], shares = []
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.objectAt(i)
            if (!row)
                continue
            bands.push(row.fromPercent)
            shares.push(row.wrongShare < 0 ? 0 : Math.round(row.wrongShare * 1000) / 10)
        }
        bandAxis.categories = bands
        wrongSet.values = shares
    }

    Instantiator {
        id: rows
        model: root.calibration
        delegate: QtObject {
            required property int fromPercent
            required property real wrongShare
        }
        onObjectAdded: refillLater.restart()
        onObjectRemoved: refillLater.restart()
    }
    Connections {
        target: root.calibration
        function onChanged() { refillLater.restart() }
    }
    Timer {
        id: refillLater
        interval: 0
        onTriggered: root.refill()
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.scaled(240)
        currentIndex: root.showTable ? 1 : 0

        ChartView {
            id: chart
            antialiasing: true
            backgroundColor: Theme.surface
            backgroundRoundness: 0
            plotAreaColor: Theme.surface
            margins { left: 0; right: 0; top: 0; bottom: 0 }
            legend.visible: false
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Share of judged replies that were wrong, by confidence band, chart; the same figures are in the table")

            BarSeries {
                barWidth: 0.7
                onClicked: (index, barset) => root.bandActivated(index * 10)
                axisX: BarCategoryAxis {
                    id: bandAxis
                    titleText: qsTr("The AI's confidence, from (%)")
                    titleFont.pixelSize: Theme.fontCaption
                    titleBrush: Theme.textMuted
                    labelsColor: Theme.textMuted
                    labelsFont.pixelSize: Theme.fontCaption
                    gridVisible: false
                    color: Theme.border
                }
                axisY: ValueAxis {
                    min: 0
                    max: 100
                    tickCount: 5
                    labelFormat: "%d %"
                    titleText: qsTr("Judged wrong")
                    titleFont.pixelSize: Theme.fontCaption
                    titleBrush: Theme.textMuted
                    labelsColor: Theme.textMuted
                    labelsFont.pixelSize: Theme.fontCaption
                    gridLineColor: Theme.divider
                    color: Theme.border
                }
                BarSet { id: wrongSet; label: qsTr("Judged wrong"); color: Theme.danger; borderColor: Theme.surface }
            }
        }

        ListView {
            id: table
            objectName: "calibrationTable"
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            activeFocusOnTab: true
            model: root.showTable ? root.calibration : null
            Accessible.role: Accessible.Table
            Accessible.name: root.title
            ScrollBar.vertical: ThinScrollBar {}
            header: TableRow {
                heading: true
                firstWidthShare: 2
                cells: [qsTr("Confidence"), qsTr("AI replies"), qsTr("Judged"), qsTr("Judged wrong"), qsTr("Share wrong")]
            }
            delegate: ActivatableRow {
                id: band
                required property string bandText
                required property int fromPercent
                required property int replies
                required property int judged
                required property int wrong
                required property string wrongShareText
                width: ListView.view.width
                onActivated: root.bandActivated(fromPercent)
                firstWidthShare: 2
                cells: [bandText, replies, judged, wrong, wrongShareText]
                Accessible.name: qsTr("Confidence %1: %2 AI replies, %3 judged, %4 judged wrong (%5)")
                    .arg(bandText).arg(replies).arg(judged).arg(wrong).arg(wrongShareText)
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceM
        SelectBox {
            objectName: "catchShareSelect"
            visible: root.calibration.wrong > 0
            prefix: qsTr("Catch:")
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Share of wrong replies the threshold must catch")
            model: [
                { text: qsTr("half of the wrong replies"), value: 0.5 },
                { text: qsTr("80 % of the wrong replies"), value: 0.8 },
                { text: qsTr("90 % of the wrong replies"), value: 0.9 },
                { text: qsTr("95 % of the wrong replies"), value: 0.95 }
            ]
            currentIndex: count > 0 ? indexOfValue(root.calibration.catchShare) : -1
            onActivated: root.calibration.catchShare = currentValue
        }
        Text {
            objectName: "calibrationSummary"
            Layout.fillWidth: true
            text: root.calibration.summaryText
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
