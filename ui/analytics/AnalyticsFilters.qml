import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The Analytics page's selection: the period and the filters. It keeps its own values (the
// Overview shares the report and sets its own period), and says `edited()` when the user changes
// one; the page then applies them to the report.
Flow {
    id: root

    required property Models.AnalyticsReport report
    property int range: Models.AnalyticsReport.Last30Days
    property date customFrom
    property date customTo
    property int channel: -1
    property int kind: -1
    property int vip: -1
    property string intent
    property string segment
    property string language

    signal edited()

    /// Takes the report's current selection (when the page is first shown).
    function takeFrom(source: Models.AnalyticsReport) {
        range = source.range
        customFrom = source.customFrom
        customTo = source.customTo
        channel = source.channel
        kind = source.kind
        vip = source.vip
        intent = source.intent
        segment = source.segment
        language = source.language
    }

    spacing: Theme.spaceS

    SelectBox {
        objectName: "rangeSelect"
        prefix: qsTr("Period:")
        textRole: "text"
        valueRole: "value"
        model: [
            { text: qsTr("Today"), value: Models.AnalyticsReport.Today },
            { text: qsTr("Last 7 days"), value: Models.AnalyticsReport.Last7Days },
            { text: qsTr("Last 30 days"), value: Models.AnalyticsReport.Last30Days },
            { text: qsTr("Last 90 days"), value: Models.AnalyticsReport.Last90Days },
            { text: qsTr("This month"), value: Models.AnalyticsReport.ThisMonth },
            { text: qsTr("Custom"), value: Models.AnalyticsReport.Custom }
        ]
        currentIndex: count > 0 ? indexOfValue(root.range) : -1
        Accessible.name: qsTr("Period: %1").arg(displayText)
        onActivated: { root.range = currentValue; root.edited() }
    }
    DateField {
        visible: root.range === Models.AnalyticsReport.Custom
        label: qsTr("From")
        day: root.customFrom
        onDayEdited: day => { root.customFrom = day; root.edited() }
    }
    DateField {
        visible: root.range === Models.AnalyticsReport.Custom
        label: qsTr("To")
        day: root.customTo
        onDayEdited: day => { root.customTo = day; root.edited() }
    }
    SelectBox {
        prefix: qsTr("Channel:")
        textRole: "text"
        valueRole: "value"
        model: [
            { text: qsTr("All"), value: -1 },
            { text: Models.Labels.channel(Models.Channel.Chat), value: Models.Channel.Chat },
            { text: Models.Labels.channel(Models.Channel.Email), value: Models.Channel.Email },
            { text: Models.Labels.channel(Models.Channel.Sms), value: Models.Channel.Sms },
            { text: Models.Labels.channel(Models.Channel.Voice), value: Models.Channel.Voice }
        ]
        currentIndex: count > 0 ? indexOfValue(root.channel) : -1
        onActivated: { root.channel = currentValue; root.edited() }
    }
    SelectBox {
        prefix: qsTr("Kind:")
        textRole: "text"
        valueRole: "value"
        model: [
            { text: qsTr("Support and sales"), value: -1 },
            { text: Models.Labels.kind(Models.Kind.Support), value: Models.Kind.Support },
            { text: Models.Labels.kind(Models.Kind.Sales), value: Models.Kind.Sales }
        ]
        currentIndex: count > 0 ? indexOfValue(root.kind) : -1
        onActivated: { root.kind = currentValue; root.edited() }
    }
    SelectBox {
        prefix: qsTr("Intent:")
        textRole: "text"
        valueRole: "value"
        model: [{ text: qsTr("All"), value: "" }].concat(
                   root.report.intentOptions.map(code => ({ text: Models.Labels.intent(code), value: code })))
        currentIndex: count > 0 ? Math.max(0, indexOfValue(root.intent)) : -1
        onActivated: { root.intent = currentValue; root.edited() }
    }
    SelectBox {
        prefix: qsTr("Segment:")
        textRole: "text"
        valueRole: "value"
        model: [{ text: qsTr("All"), value: "" }].concat(
                   root.report.segmentOptions.map(name => ({ text: name, value: name })))
        currentIndex: count > 0 ? Math.max(0, indexOfValue(root.segment)) : -1
        onActivated: { root.segment = currentValue; root.edited() }
    }
    SelectBox {
        prefix: qsTr("Language:")
        textRole: "text"
        valueRole: "value"
        model: [{ text: qsTr("All"), value: "" }].concat(
                   root.report.languageOptions.map(code => ({ text: code, value: code })))
        currentIndex: count > 0 ? Math.max(0, indexOfValue(root.language)) : -1
        onActivated: { root.language = currentValue; root.edited() }
    }
    SelectBox {
        prefix: qsTr("VIP:")
        textRole: "text"
        valueRole: "value"
        model: [
            { text: qsTr("All customers"), value: -1 },
            { text: qsTr("VIP only"), value: 1 },
            { text: qsTr("Not VIP"), value: 0 }
        ]
        currentIndex: count > 0 ? indexOfValue(root.vip) : -1
        onActivated: { root.vip = currentValue; root.edited() }
    }
}
