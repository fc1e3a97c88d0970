pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The conversation's actions: Take over (T), Hand back (H), Resolve (E), Whisper (supervisors),
// and Save as PDF (the transcript, printed from the cache).
// Each is shown when OperatorActions.offers it for this role and status, and enabled when
// OperatorActions.can says it is allowed now (both C++); the server stays authoritative.
Rectangle {
    id: bar

    required property Models.ConversationView view
    property Models.OperatorActions actions
    /// The escalation line (reason, rule, SLA) is shown while escalated or owned after one.
    readonly property bool escalated: view.escalationShown

    signal takeOverRequested()
    signal handBackRequested()
    signal resolveRequested()
    signal whisperRequested()
    signal printRequested()
    /// Supervisors and admins give the conversation to a colleague (`conversation.transfer`).
    signal assignRequested()

    // Reading actions.identity makes every binding that calls these depend on the identity too.
    function can(action: int): bool {
        return actions !== null && actions.identity !== null && actions.can(action, view.status, view.assignee)
    }
    function offers(action: int): bool {
        return actions !== null && actions.identity !== null && actions.offers(action, view.status)
    }

    color: Theme.surfaceAlt
    implicitHeight: layout.implicitHeight + 2 * Theme.spaceS
    visible: actions !== null
    /// A viewer's conversation: nothing is offered, and the bar says so.
    readonly property bool readOnly: actions !== null && actions.identity !== null && actions.identity.viewer

    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Conversation actions")

    // Why and how long on the left, the actions on the right; when both do not fit (a narrow
    // pane, larger text) the actions wrap under the reason instead of running off the edge.
    Flow {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spaceXl - 4
        anchors.rightMargin: Theme.spaceXl - 4
        spacing: Theme.spaceS

        RowLayout {
            id: why
            height: Math.max(implicitHeight, Theme.controlHeight) // centred on the first line of buttons
            spacing: Theme.spaceS
            visible: bar.escalated || bar.readOnly
            // A viewer is told why no action is offered (docs/protocol.md 1.2).
            Text {
                objectName: "viewOnlyNote"
                visible: bar.readOnly
                text: qsTr("View only: your role reads conversations and acts on none.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            // Why it was escalated (the deadline is in the header).
            ReasonChip {
                visible: bar.escalated
                reason: bar.view.escalationReason
            }
            Text {
                id: ruleText
                objectName: "escalationRuleText"
                visible: bar.escalated && bar.view.escalationRule.length > 0
                Layout.maximumWidth: Theme.scaled(220)
                text: bar.view.escalationRule
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                // The rule's id is a detail for supervisors, who edit the rules.
                HoverHandler { id: ruleHover }
                ToolTip.visible: ruleHover.hovered && bar.actions !== null && bar.actions.identity !== null
                                 && bar.actions.identity.lead && bar.view.escalationRuleCode.length > 0
                ToolTip.delay: 600
                ToolTip.text: qsTr("Rule id: %1").arg(bar.view.escalationRuleCode)
            }
        }
        Item {
            // Pushes the actions to the right edge while they fit on the reason's line.
            width: Math.max(0, layout.width - (why.visible ? why.implicitWidth + layout.spacing : 0)
                            - buttons.width - layout.spacing)
            height: 1
            visible: width > 0
        }
        // The buttons wrap among themselves too, so none runs off a narrow pane.
        Flow {
            id: buttons
            spacing: Theme.spaceS
            width: Math.min(layout.width, rowWidth)
            readonly property real rowWidth: {
                let total = 0
                let shown = 0
                for (let i = 0; i < children.length; ++i) {
                    const child = children[i]
                    if (child.visible) {
                        total += child.implicitWidth
                        ++shown
                    }
                }
                return total + Math.max(0, shown - 1) * spacing
            }

            ActionButton {
                objectName: "takeOverButton"
                primary: bar.view.status === Models.Status.Escalated
                text: qsTr("Take over  T")
                visible: bar.offers(Models.Action.TakeOver)
                enabled: bar.can(Models.Action.TakeOver)
                Accessible.name: qsTr("Take over")
                Accessible.description: qsTr("Shortcut: T")
                onClicked: bar.takeOverRequested()
            }
            ActionButton {
                objectName: "handBackButton"
                text: qsTr("Hand back  H")
                visible: bar.offers(Models.Action.HandBack)
                enabled: bar.can(Models.Action.HandBack)
                Accessible.name: qsTr("Hand back to the AI")
                Accessible.description: qsTr("Shortcut: H")
                onClicked: bar.handBackRequested()
            }
            ActionButton {
                objectName: "resolveButton"
                text: qsTr("Resolve  E")
                visible: bar.offers(Models.Action.Resolve)
                enabled: bar.can(Models.Action.Resolve)
                Accessible.name: qsTr("Resolve")
                Accessible.description: qsTr("Shortcut: E")
                onClicked: bar.resolveRequested()
            }
            ActionButton {
                objectName: "whisperButton"
                quiet: true
                text: qsTr("Whisper to AI")
                visible: bar.offers(Models.Action.Whisper)
                enabled: bar.can(Models.Action.Whisper)
                onClicked: bar.whisperRequested()
            }
            ActionButton {
                objectName: "assignButton"
                quiet: true
                text: qsTr("Assign…")
                visible: bar.offers(Models.Action.Transfer)
                enabled: bar.can(Models.Action.Transfer)
                Accessible.name: qsTr("Assign the conversation to a colleague")
                onClicked: bar.assignRequested()
            }
            ActionButton {
                objectName: "printTranscriptButton"
                quiet: true
                text: qsTr("Save as PDF…")
                Accessible.name: qsTr("Save the transcript as PDF")
                onClicked: bar.printRequested()
            }
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
