import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The sales funnel: qualification, conversion, revenue influenced and order value, with the
// attribution window (how many days after a conversation an order still counts for it).
Panel {
    id: root

    required property Models.AnalyticsReport report

    /// A figure was activated: list the conversations behind it.
    signal figureActivated(int metric)

    title: qsTr("Sales")
    subtitle: qsTr("Sales conversations, and the orders placed within %n day(s) of one", "", report.attributionDays)

    tools: SelectBox {
        objectName: "attributionSelect"
        prefix: qsTr("Attribution window:")
        textRole: "text"
        valueRole: "value"
        model: [
            { text: qsTr("%n day(s)", "", 1), value: 1 },
            { text: qsTr("%n day(s)", "", 5), value: 5 },
            { text: qsTr("%n day(s)", "", 7), value: 7 },
            { text: qsTr("%n day(s)", "", 30), value: 30 }
        ]
        currentIndex: count > 0 ? indexOfValue(root.report.attributionDays) : -1
        onActivated: root.report.attributionDays = currentValue
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: Theme.spaceM
        rowSpacing: Theme.spaceM
        Repeater {
            model: [Models.MetricId.QualificationRate, Models.MetricId.ConversionRate,
                    Models.MetricId.RevenueInfluenced, Models.MetricId.AverageOrderValue]
            delegate: MetricCard {
                required property int modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                report: root.report
                metric: modelData
                color: Theme.surfaceAlt
                onActivated: root.figureActivated(metric)
            }
        }
    }
}
