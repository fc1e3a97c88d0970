import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The supervisor's Overview: today's conversations and the last 30 days' AI resolution (strict,
// with the provisional and the lenient vendor figure named as such), CSAT and AI first response;
// what is happening now on the board; money saved this month so far against the cost of the team
// for the same days (and the same days of the month before); the strict rate's trend; the
// conversations with the newest messages. It shares the console's report with the Analytics page
// (only the account's report gets the facts), so apply() sets the last 30 days and no filter when
// the page is shown.
Rectangle {
    id: page

    required property Models.AnalyticsReport report
    required property Models.Workspace workspace
    property bool offline: false

    signal analyticsRequested()
    /// A conversation behind a figure, to open in the workspace (the cache holds it).
    signal conversationRequested(string conversationId)

    function apply() {
        report.range = Models.AnalyticsReport.Last30Days
        report.channel = -1
        report.kind = -1
        report.vip = -1
        report.intent = ""
        report.segment = ""
        report.language = ""
    }

    color: Theme.window

    // Today is the trend's last day.
    Instantiator {
        id: days
        model: page.report.trend
        delegate: QtObject {
            required property int conversations
        }
    }
    readonly property string todayCount: {
        const last = days.count > 0 ? days.objectAt(days.count - 1) : null
        return last ? String(last.conversations) : ""
    }

    Models.EscalationQueueModel {
        id: queue
        sourceModel: page.workspace.board
        includeOwned: true
    }
    Models.BoardFilterModel {
        id: aiHandling
        sourceModel: page.workspace.board
        filter: Models.BoardFilterModel.AiHandling
    }

    NoFiguresState {
        anchors.fill: parent
        visible: !page.report.hasFacts
        offline: page.offline
    }

    ScrollView {
        id: scroll
        objectName: "overviewScroll"
        anchors.fill: parent
        visible: page.report.hasFacts
        contentWidth: availableWidth
        ScrollBar.vertical: ThinScrollBar {}
        // The content follows the width: never a horizontal bar (nor an unnamed one for a screen reader).
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spaceL

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceXl
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                title: qsTr("Overview")
                report: page.report
                offline: page.offline
            }
            GridLayout {
                objectName: "overviewCards"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                columns: 4
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceM
                MetricCard {
                    objectName: "todayCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    report: page.report
                    metric: Models.MetricId.Conversations
                    labelOverride: qsTr("Conversations today")
                    valueOverride: page.todayCount
                    secondMetric: Models.MetricId.Conversations
                    onActivated: drill.openFor(metric, true)
                }
                MetricCard {
                    objectName: "strictCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    report: page.report
                    metric: Models.MetricId.AiResolutionStrict
                    secondMetric: Models.MetricId.AiResolutionProvisional
                    thirdMetric: Models.MetricId.AiResolutionLenient
                    onActivated: drill.openFor(metric, false)
                }
                MetricCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    report: page.report
                    metric: Models.MetricId.CsatPositive
                    secondMetric: Models.MetricId.CsatMean
                    onActivated: drill.openFor(metric, false)
                }
                MetricCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    report: page.report
                    metric: Models.MetricId.AiFirstResponseMs
                    secondMetric: Models.MetricId.HumanFirstResponseMs
                    onActivated: drill.openFor(metric, false)
                }
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                columns: 2
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceM

                Panel {
                    objectName: "liveActivity"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    title: qsTr("Right now")
                    subtitle: page.offline ? qsTr("From the cache: offline, nothing arrives live")
                                           : qsTr("Conversations on the board")
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spaceM
                        LiveFigure { label: qsTr("AI handling"); value: aiHandling.count; tone: Theme.accent }
                        LiveFigure { label: qsTr("Waiting for a person"); value: queue.waitingCount; tone: Theme.danger }
                        LiveFigure { label: qsTr("With a person"); value: queue.count - queue.waitingCount; tone: Theme.success }
                    }
                }
                Panel {
                    objectName: "moneyPanel"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    title: (page.report.revision, page.report.label(Models.MetricId.MoneySaved))
                    subtitle: (page.report.revision, qsTr("This month so far (%1), against the cost of the team for the same days").arg(page.report.monthText))
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spaceXl
                        ColumnLayout {
                            spacing: Theme.spaceXxs
                            Text {
                                objectName: "moneySaved"
                                text: (page.report.revision, page.report.monthValueText(Models.MetricId.MoneySaved))
                                textFormat: Text.PlainText
                                color: Theme.success
                                font.pixelSize: Theme.fontDisplay + 4
                                font.weight: Font.Bold
                            }
                            DeltaLabel {
                                delta: (page.report.revision, page.report.monthDeltaText(Models.MetricId.MoneySaved))
                                trend: (page.report.revision, page.report.monthDeltaTrend(Models.MetricId.MoneySaved))
                            }
                            ActionButton {
                                objectName: "moneyConversations"
                                quiet: true
                                text: qsTr("Conversations behind it")
                                Accessible.name: qsTr("List the conversations behind the money saved this month")
                                onClicked: drill.openForMonth(Models.MetricId.MoneySaved)
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spaceXxs
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1: %2").arg((page.report.revision, page.report.label(Models.MetricId.TeamCost)))
                                                    .arg(page.report.monthValueText(Models.MetricId.TeamCost))
                                textFormat: Text.PlainText
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1: %2").arg((page.report.revision, page.report.label(Models.MetricId.HoursSaved)))
                                                    .arg(page.report.monthValueText(Models.MetricId.HoursSaved))
                                textFormat: Text.PlainText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1: %2").arg((page.report.revision, page.report.label(Models.MetricId.AiSpend)))
                                                    .arg(page.report.monthValueText(Models.MetricId.AiSpend))
                                textFormat: Text.PlainText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
            RateTrendChart {
                objectName: "overviewTrend"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                chartHeight: 220
                report: page.report
            }
            RecentActivity {
                objectName: "recentActivity"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spaceXl
                Layout.rightMargin: Theme.spaceXl
                board: page.workspace.board
                onConversationRequested: id => page.conversationRequested(id)
            }
            ActionButton {
                Layout.leftMargin: Theme.spaceXl
                Layout.bottomMargin: Theme.spaceXl
                text: qsTr("Open Analytics")
                onClicked: page.analyticsRequested()
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
