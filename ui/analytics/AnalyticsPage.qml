import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The supervisor's Analytics page: a period and filters, every figure with its change against the
// previous period, outcomes by day, the strict rate's trend, intents and hand-off reasons, the
// confidence calibration, segments, and the sales figures with the attribution window. Each chart
// has a table; all numbers come formatted from the report. The shell calls apply() when the page
// is shown (the Overview shares the report).
Rectangle {
    id: page

    required property Models.AnalyticsReport report
    property bool offline: false

    /// A conversation behind a figure, to open in the workspace (the cache holds it).
    signal conversationRequested(string conversationId)

    function apply() {
        report.range = filters.range
        if (filters.range === Models.AnalyticsReport.Custom) {
            report.customFrom = filters.customFrom
            report.customTo = filters.customTo
        }
        report.channel = filters.channel
        report.kind = filters.kind
        report.vip = filters.vip
        report.intent = filters.intent
        report.segment = filters.segment
        report.language = filters.language
    }

    color: Theme.window
    Component.onCompleted: filters.takeFrom(report)

    NoFiguresState {
        anchors.fill: parent
        visible: !page.report.hasFacts
        offline: page.offline
    }

    ScrollView {
        id: scroll
        objectName: "analyticsScroll"
        anchors.fill: parent
        visible: page.report.hasFacts
        contentWidth: availableWidth
        ScrollBar.vertical: ThinScrollBar {}
        // The content follows the width: never a horizontal bar (nor an unnamed one for a screen reader).
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spaceL

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceXl
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                spacing: Theme.spaceM
                PageHeading {
                    Layout.fillWidth: true
                    title: qsTr("Analytics")
                    report: page.report
                    offline: page.offline
                }
                PdfExportButton {
                    objectName: "pdfExportButton"
                    Layout.alignment: Qt.AlignTop
                    report: page.report
                }
            }
            AnalyticsFilters {
                id: filters
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                report: page.report
                onEdited: page.apply()
            }
            GridLayout {
                id: cards
                objectName: "analyticsCards"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                columns: page.width >= 1300 ? 4 : 3
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceM
                Repeater {
                    model: [
                        [Models.MetricId.Conversations, -1, -1],
                        [Models.MetricId.AiResolutionStrict, Models.MetricId.AiResolutionProvisional, Models.MetricId.AiResolutionLenient],
                        [Models.MetricId.AutomationRate, Models.MetricId.Containment, -1],
                        [Models.MetricId.HandOffRate, -1, -1],
                        [Models.MetricId.AiFirstResponseMs, -1, -1],
                        [Models.MetricId.HumanFirstResponseMs, -1, -1],
                        [Models.MetricId.DeadlinesMet, -1, -1],
                        [Models.MetricId.ResolutionMs, -1, -1],
                        [Models.MetricId.CsatPositive, Models.MetricId.CsatMean, Models.MetricId.CsatResponseRate],
                        [Models.MetricId.HoursSaved, -1, -1],
                        [Models.MetricId.MoneySaved, Models.MetricId.TeamCost, -1],
                        [Models.MetricId.CostPerResolution, -1, -1],
                        [Models.MetricId.AiSpend, -1, -1]
                    ]
                    delegate: MetricCard {
                        required property var modelData
                        objectName: "card" + modelData[0]
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 100
                        report: page.report
                        metric: modelData[0]
                        secondMetric: modelData[1]
                        thirdMetric: modelData[2]
                        onActivated: drill.openFor(metric, false)
                    }
                }
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                columns: 2
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceM
                OutcomesChart {
                    objectName: "outcomesChart"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.alignment: Qt.AlignTop
                    report: page.report
                }
                RateTrendChart {
                    objectName: "rateChart"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.alignment: Qt.AlignTop
                    chartHeight: 280
                    report: page.report
                }
                BreakdownTable {
                    objectName: "intentsTable"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Intents")
                    subtitle: qsTr("Sorted by conversations nobody resolved: where the AI can gain most")
                    model: page.report.intents
                    report: page.report
                    onGroupActivated: (key, label) => drill.openForGroup(Models.ConversationsBehindModel.IntentGroup, key, label)
                }
                BreakdownTable {
                    objectName: "reasonsTable"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Hand-off reasons")
                    subtitle: qsTr("Why conversations went to a person")
                    intents: false
                    model: page.report.reasons
                    report: page.report
                }
                CalibrationChart {
                    objectName: "calibrationChart"
                    onBandActivated: fromPercent => drill.openForBand(fromPercent)
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    Layout.alignment: Qt.AlignTop
                    report: page.report
                }
                SegmentsTable {
                    objectName: "segmentsTable"
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Customer segments")
                    subtitle: qsTr("Who the conversations came from, and how each segment fared")
                    report: page.report
                    onGroupActivated: (key, label) => drill.openForGroup(Models.ConversationsBehindModel.SegmentGroup, key, label)
                }
            }
            SalesPanel {
                objectName: "salesPanel"
                onFigureActivated: metric => drill.openFor(metric, false)
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                report: page.report
            }
            CostModelPanel {
                objectName: "costModelPanel"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                report: page.report
            }
            FiguresTable {
                objectName: "figuresTable"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                Layout.bottomMargin: Theme.spaceXl
                report: page.report
                onFigureActivated: metric => drill.openFor(metric, false)
            }
        }
    }

    ConversationsBehindDialog {
        id: drill
        objectName: "conversationsBehind"
        report: page.report
        onConversationRequested: id => page.conversationRequested(id)
    }
}
