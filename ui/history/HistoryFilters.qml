pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Models as Models

// History's filters and sort order: one drop-down each, bound to the model both ways. The option
// lists come from the model ({text, value}); the page never builds or compares a value.
Flow {
    id: root

    required property Models.HistoryModel history

    spacing: Theme.spaceS

    component Choice: SelectBox {
        id: choice
        required property string property
        required property var options
        textRole: "text"
        valueRole: "value"
        model: options
        currentIndex: count > 0 ? Math.max(0, indexOfValue(root.history[property])) : -1
        onActivated: root.history[property] = currentValue
    }

    Choice { objectName: "historyPeriod"; prefix: qsTr("Created:"); property: "period"; options: root.history.periodOptions }
    Choice { objectName: "historyOutcome"; prefix: qsTr("Outcome:"); property: "outcome"; options: root.history.outcomeOptions }
    Choice { prefix: qsTr("Closed by:"); property: "closedBy"; options: root.history.closedByOptions }
    Choice { prefix: qsTr("Intent:"); property: "intent"; options: root.history.intentOptions }
    Choice { prefix: qsTr("Channel:"); property: "channel"; options: root.history.channelOptions }
    Choice { prefix: qsTr("Kind:"); property: "kind"; options: root.history.kindOptions }
    Choice { prefix: qsTr("Segment:"); property: "segment"; options: root.history.segmentOptions }
    Choice { prefix: qsTr("Language:"); property: "language"; options: root.history.languageOptions }
    Choice { objectName: "historyConfidence"; prefix: qsTr("Weakest AI reply:"); property: "confidenceBelow"; options: root.history.confidenceOptions }
    Choice { prefix: qsTr("Hand-off:"); property: "handoff"; options: root.history.handoffOptions }
    Choice { prefix: qsTr("Review:"); property: "reviewed"; options: root.history.reviewedOptions }
    Choice { prefix: qsTr("Rating:"); property: "rating"; options: root.history.ratingOptions }
    Choice { objectName: "historySort"; prefix: qsTr("Sort:"); property: "sortBy"; options: root.history.sortOptions }
}
