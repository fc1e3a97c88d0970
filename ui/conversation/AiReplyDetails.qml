pragma ComponentBehavior: Bound
import QtQuick
import Pilothouse.Components

// Under every AI reply: how sure it was (colour and number), what it understood (intent), how
// long it took, and what it did ("looked up order #12345"), so an operator can judge it quickly.
Column {
    id: root

    property double confidence: -1
    property int confidenceBand: 0
    property string intent
    property double latencyMs: 0
    property list<string> toolSummaries
    /// The escalation rule set that decided the turn (-1: none ran), and that in words.
    property int rulesVersion: -1
    property string rulesText
    /// The conversation's weakest AI reply (the board's figure points here).
    property bool weakest: false
    /// "Mentions #77189; the customer asked about #81860.", or "" when the reply matches.
    property string mismatchText
    signal rulesRequested(int version)

    readonly property string latencyText: latencyMs <= 0 ? ""
        : latencyMs < 1000 ? qsTr("%1 ms").arg(Math.round(latencyMs))
        : qsTr("%1 s").arg(Number(latencyMs / 1000).toLocaleString(Qt.locale(), 'f', 1))

    spacing: Theme.spaceXs

    // Positioners, not layouts: each line hugs its content against the bubble's right edge.
    Row {
        anchors.right: parent.right
        spacing: Theme.spaceS - 2

        Text {
            objectName: "replyLatency"
            anchors.verticalCenter: parent.verticalCenter
            visible: root.latencyText.length > 0
            text: qsTr("replied in %1").arg(root.latencyText)
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Tag {
            objectName: "weakestReplyTag"
            anchors.verticalCenter: parent.verticalCenter
            visible: root.weakest
            text: qsTr("Weakest reply")
            foreground: Theme.danger
            background: Theme.dangerSoft
            Accessible.name: qsTr("The weakest AI reply in this conversation")
        }
        Tag {
            anchors.verticalCenter: parent.verticalCenter
            text: root.intent
            textFormat: Text.PlainText
            maximumWidth: Theme.scaled(200)
            Accessible.name: qsTr("Intent: %1").arg(root.intent)
        }
        ConfidenceBadge {
            objectName: "replyConfidence"
            anchors.verticalCenter: parent.verticalCenter
            confidence: root.confidence
            band: root.confidenceBand
            verbose: true
        }
    }

    // Which rules decided the turn; opens them on the Rules page.
    Text {
        objectName: "replyRules"
        anchors.right: parent.right
        visible: root.rulesVersion >= 0 && root.rulesText.length > 0
        text: root.rulesText
        color: rulesMouse.containsMouse ? Theme.accentHover : Theme.accent
        font.pixelSize: Theme.fontCaption
        font.underline: rulesMouse.containsMouse || activeFocus
        activeFocusOnTab: visible
        Accessible.role: Accessible.Link
        Accessible.name: qsTr("%1: show these rules").arg(text)
        Accessible.onPressAction: root.rulesRequested(root.rulesVersion)
        Keys.onReturnPressed: root.rulesRequested(root.rulesVersion)
        Keys.onSpacePressed: root.rulesRequested(root.rulesVersion)
        MouseArea {
            id: rulesMouse
            anchors.fill: parent
            hoverEnabled: true
            cursorShape: Qt.PointingHandCursor
            onClicked: root.rulesRequested(root.rulesVersion)
        }
    }

    // A reply about another order than the one asked about: a fact from the texts (entitycheck.h).
    Row {
        anchors.right: parent.right
        visible: root.mismatchText.length > 0
        spacing: Theme.spaceXs + 1
        Accessible.role: Accessible.StaticText
        Accessible.name: root.mismatchText
        Text {
            id: warningSign
            text: "\u26A0"
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
        Text {
            objectName: "replyMismatch"
            width: Math.min(implicitWidth, root.width - warningSign.width - parent.spacing)
            text: root.mismatchText
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
    }

    Repeater {
        model: root.toolSummaries
        delegate: Row {
            id: toolRow
            required property string modelData
            anchors.right: parent ? parent.right : undefined
            spacing: Theme.spaceXs + 1
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Tool used: %1").arg(modelData)

            Text {
                id: gear
                text: "\u2699"
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
            }
            Text {
                objectName: "toolSummary"
                width: Math.min(implicitWidth, root.width - gear.width - toolRow.spacing)
                text: toolRow.modelData
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }
}
