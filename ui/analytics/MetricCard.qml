import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// One figure of the report: its name, its value, the change against the previous period, and up to
// two related figures in smaller type (the provisional and the lenient AI resolution beside the
// strict one). Focus or hover shows what it counts; Enter, Space or a click opens the conversations
// behind it (activated()). Every text comes formatted from the report.
Rectangle {
    id: card

    required property Models.AnalyticsReport report
    required property int metric
    property int secondMetric: -1
    property int thirdMetric: -1
    /// Replaces the report's value (the Overview's "today" count); "" uses the report's.
    property string valueOverride
    property string labelOverride

    readonly property int rev: report.revision
    readonly property string label: labelOverride.length > 0 ? labelOverride : (rev, report.label(metric))
    readonly property string valueText: valueOverride.length > 0 ? valueOverride : (rev, report.valueText(metric))
    readonly property string deltaText: valueOverride.length > 0 ? "" : (rev, report.deltaText(metric))
    readonly property string previousText: (rev, report.previousText(metric))

    /// Enter, Space or a click: the page opens the conversations behind the figure.
    signal activated()

    implicitWidth: 220
    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radiusL
    color: Theme.surface
    border.width: activeFocus ? 2 : 1
    border.color: activeFocus ? Theme.focusRing : Theme.border
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.onPressAction: card.activated()
    Accessible.name: {
        let words = qsTr("%1: %2").arg(label).arg(valueText)
        if (deltaText.length > 0)
            words += ", " + qsTr("%1 against %2 (%3)").arg(deltaText).arg(previousText).arg(delta.verdict)
        if (second.visible)
            words += ", " + second.text
        if (third.visible)
            words += ", " + third.text
        return words
    }
    Accessible.description: (rev, report.explanation(metric)) + " "
                            + qsTr("Press Enter to list the conversations behind it.")
    Keys.onReturnPressed: card.activated()
    Keys.onEnterPressed: card.activated()
    Keys.onSpacePressed: card.activated()

    HoverHandler {
        id: hover
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        onTapped: {
            card.forceActiveFocus()
            card.activated()
        }
    }
    ToolTip.visible: hover.hovered || activeFocus
    ToolTip.delay: 600
    ToolTip.text: (rev, report.explanation(metric))

    ColumnLayout {
        id: column
        // Anchored at the top: cards of one row share a height, their figures a baseline.
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceXs

        Text {
            Layout.fillWidth: true
            text: card.label
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Medium
            elide: Text.ElideRight
        }
        Text {
            objectName: "metricValue"
            Layout.fillWidth: true
            text: card.valueText
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            DeltaLabel {
                id: delta
                delta: card.deltaText
                trend: (card.rev, card.report.deltaTrend(card.metric))
            }
            Text {
                Layout.fillWidth: true
                visible: card.deltaText.length > 0
                text: qsTr("vs %1", "the previous period's value").arg(card.previousText)
                textFormat: Text.PlainText
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Text {
            id: second
            Layout.fillWidth: true
            visible: card.secondMetric >= 0
            text: visible ? qsTr("%1: %2").arg((card.rev, card.report.label(card.secondMetric)))
                                          .arg(card.report.valueText(card.secondMetric)) : ""
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Text {
            id: third
            Layout.fillWidth: true
            visible: card.thirdMetric >= 0
            text: visible ? qsTr("%1: %2").arg((card.rev, card.report.label(card.thirdMetric)))
                                          .arg(card.report.valueText(card.thirdMetric)) : ""
            textFormat: Text.PlainText
            color: Theme.textFaint
            font.pixelSize: Theme.fontCaption
            elide: Text.ElideRight
        }
    }
}
