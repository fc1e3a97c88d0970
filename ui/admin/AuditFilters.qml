pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Models as Models

// The audit log's filters: a user name (applied on Enter), and one drop-down each for the action,
// the outcome and the period, bound to the model both ways. The option lists come from the model.
Flow {
    id: root

    required property Models.AuditModel audit

    spacing: Theme.spaceS

    component Choice: SelectBox {
        required property string property
        required property var options
        textRole: "text"
        valueRole: "value"
        model: options
        currentIndex: count > 0 ? Math.max(0, indexOfValue(root.audit[property])) : -1
        onActivated: root.audit[property] = currentValue
    }

    SearchField {
        id: user
        objectName: "auditUser"
        width: Theme.scaled(220)
        placeholderText: qsTr("User name")
        Accessible.name: qsTr("Filter by user name")
        Accessible.description: qsTr("Press Enter to apply")
        text: root.audit.userFilter
        onAccepted: root.audit.userFilter = text
        onTextChanged: if (text.length === 0) root.audit.userFilter = ""
    }
    Choice { objectName: "auditAction"; prefix: qsTr("Action:"); property: "actionFilter"; options: root.audit.actionOptions }
    Choice { objectName: "auditOutcome"; prefix: qsTr("Outcome:"); property: "outcomeFilter"; options: root.audit.outcomeOptions }
    Choice { objectName: "auditPeriod"; prefix: qsTr("When:"); property: "period"; options: root.audit.periodOptions }
}
