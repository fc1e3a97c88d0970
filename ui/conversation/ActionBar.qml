pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The conversation's actions: Take over (T), Hand back (H), Resolve (E), Whisper (supervisors).
// Each is shown only when the role could ever do it and enabled when the state allows it now;
// both rules are OperatorActions.can (C++), the server stays authoritative.
Rectangle {
    id: bar

    required property Models.ConversationView view
    property Models.OperatorActions actions
    /// The escalation line (reason, rule, SLA) is shown while escalated or owned after one.
    readonly property bool escalated: view.escalationReason.length > 0
                                      && (view.status === "escalated" || view.status === "human")

    signal takeOverRequested()
    signal handBackRequested()
    signal resolveRequested()
    signal whisperRequested()

    function can(action: string): bool {
        return actions !== null && actions.can(action, view.status, view.assignee)
    }
    // Whether the role can ever do it (hide) as opposed to not right now (disable).
    readonly property bool lead: actions !== null && (actions.role === "supervisor" || actions.role === "admin")

    color: Theme.surfaceAlt
    implicitHeight: layout.implicitHeight + 2 * Theme.spaceS
    visible: actions !== null

    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Conversation actions")

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spaceXl - 4
        anchors.rightMargin: Theme.spaceXl - 4
        spacing: Theme.spaceS

        // Why it was escalated and how long the person has to answer.
        ReasonChip {
            visible: bar.escalated
            reason: bar.view.escalationReason
            text: bar.view.escalationReasonText
        }
        Text {
            visible: bar.escalated && bar.view.escalationRule.length > 0
            Layout.maximumWidth: 220
            text: bar.view.escalationRule
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        SlaTimer {
            objectName: "conversationSla"
            slaState: bar.view.slaState
            text: bar.view.slaText
        }
        Item { Layout.fillWidth: true }

        ActionButton {
            objectName: "takeOverButton"
            primary: bar.view.status === "escalated"
            text: qsTr("Take over  T")
            visible: bar.view.status !== "human" && bar.view.status !== "resolved"
            enabled: bar.can("take_over")
            Accessible.name: qsTr("Take over")
            Accessible.description: qsTr("Shortcut: T")
            onClicked: bar.takeOverRequested()
        }
        ActionButton {
            objectName: "handBackButton"
            text: qsTr("Hand back  H")
            visible: bar.view.status === "human"
            enabled: bar.can("hand_back")
            Accessible.name: qsTr("Hand back to the AI")
            Accessible.description: qsTr("Shortcut: H")
            onClicked: bar.handBackRequested()
        }
        ActionButton {
            objectName: "resolveButton"
            text: qsTr("Resolve  E")
            visible: bar.view.status !== "resolved"
            enabled: bar.can("resolve")
            Accessible.name: qsTr("Resolve")
            Accessible.description: qsTr("Shortcut: E")
            onClicked: bar.resolveRequested()
        }
        ActionButton {
            objectName: "whisperButton"
            quiet: true
            text: qsTr("Whisper to AI")
            visible: bar.lead && bar.view.status === "ai"
            enabled: bar.can("whisper")
            onClicked: bar.whisperRequested()
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
