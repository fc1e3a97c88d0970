import QtQuick
import Pilothouse.Components

// A change against the previous period: an arrow and the change in words, coloured by whether it
// is good news (trend 1 better, -1 worse, 0 neutral or no direction). Never colour alone: the
// arrow and the accessible name say it too.
Text {
    id: root

    /// "+3.2 pts", "−12 s"; "" without a comparison.
    property string delta
    /// From AnalyticsReport.deltaTrend(): 1 better, -1 worse, 0 neutral.
    property int trend: 0

    readonly property string verdict: trend > 0 ? qsTr("better", "change against the previous period")
                                    : trend < 0 ? qsTr("worse", "change against the previous period")
                                    : qsTr("no better or worse", "change against the previous period")

    visible: delta.length > 0
    text: (trend > 0 ? "\u25b2 " : trend < 0 ? "\u25bc " : "\u25cf ") + delta
    textFormat: Text.PlainText
    color: trend > 0 ? Theme.success : trend < 0 ? Theme.danger : Theme.textMuted
    font.pixelSize: Theme.fontSmall
    font.weight: Font.DemiBold

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1, %2").arg(delta).arg(verdict)
}
