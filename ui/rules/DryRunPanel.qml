pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The dry run: the chosen version replayed against the rules in force over the cached history of
// the last 7, 30 or 90 days, with the same evaluator the server decides with. Shows the hand-offs
// before and after, when in the day they change, every reply decided differently, and the replies
// reviewers said should have been handed over that the version still leaves to the AI.
Rectangle {
    id: panel

    required property Models.RulesModel rules
    signal conversationRequested(string id)

    radius: Theme.radiusL
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: content.implicitHeight + 2 * Theme.spaceM
    clip: true // in a short window the list of flips shrinks first, then the panel cuts off

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS

        Text {
            Layout.fillWidth: true
            text: qsTr("Dry run on the cached history")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            SelectBox {
                objectName: "dryRunWindow"
                model: panel.rules.windowOptions
                textRole: "text"
                valueRole: "value"
                currentIndex: panel.rules.windowOptions.findIndex(option => option.value === panel.rules.windowDays)
                onActivated: panel.rules.windowDays = currentValue
                enabled: !panel.rules.running
                Accessible.name: qsTr("History to replay: %1").arg(displayText)
            }
            ActionButton {
                objectName: "dryRunButton"
                visible: !panel.rules.running
                primary: true
                enabled: panel.rules.canDryRun
                text: qsTr("Replay against the rules in force")
                onClicked: panel.rules.runDryRun()
            }
            ActionButton {
                objectName: "dryRunCancel"
                visible: panel.rules.running
                text: qsTr("Cancel")
                onClicked: panel.rules.cancelDryRun()
            }
            ProgressBar {
                objectName: "dryRunProgress"
                Layout.fillWidth: true
                visible: panel.rules.running
                from: 0
                to: 1
                value: panel.rules.progress
                Accessible.name: qsTr("Replaying: %1 %").arg(Math.round(panel.rules.progress * 100))
            }
            Item {
                Layout.fillWidth: true
                visible: !panel.rules.running
            }
        }
        Text {
            Layout.fillWidth: true
            visible: !panel.rules.canDryRun && !panel.rules.hasResult && panel.rules.loaded
            text: qsTr("Choose another version on the left: its rules are replayed turn by turn over every cached conversation and compared with the rules in force. Nothing is sent to the server.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "dryRunTitle"
            Layout.fillWidth: true
            visible: panel.rules.hasResult
            text: panel.rules.resultTitle
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "dryRunSummary"
            Layout.fillWidth: true
            visible: panel.rules.hasResult
            text: panel.rules.resultSummary
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        HourBars {
            Layout.fillWidth: true
            visible: panel.rules.hasResult && panel.rules.flips.length > 0
            hours: panel.rules.hours
            scale: panel.rules.hourScale
        }
        Text {
            Layout.fillWidth: true
            visible: panel.rules.hasResult && panel.rules.flips.length > 0
            text: qsTr("Above the line, hand-offs the version adds; below it, the ones it removes; by hour of the day, local time.")
            color: Theme.textFaint
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: panel.rules.hasResult
            text: panel.rules.flipsText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        ListView {
            id: flips
            objectName: "dryRunFlips"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: panel.rules.flips.length > 0 ? 60 : 0
            visible: panel.rules.hasResult
            clip: true
            model: panel.rules.flips
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Replies decided differently")
            ScrollBar.vertical: ThinScrollBar {}
            delegate: Rectangle {
                id: flip
                required property var modelData
                required property int index
                readonly property bool current: ListView.isCurrentItem && flips.activeFocus
                width: ListView.view.width
                implicitHeight: flipContent.implicitHeight + 2 * Theme.spaceS
                color: current ? Theme.selection : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2: \"%3\". Now: %4. Would be: %5")
                                 .arg(modelData.change).arg(modelData.time).arg(modelData.text)
                                 .arg(modelData.before).arg(modelData.after)
                Accessible.onPressAction: panel.conversationRequested(modelData.conversationId)
                Keys.onReturnPressed: panel.conversationRequested(modelData.conversationId)
                SelectionBar {
                    visible: flip.current
                }
                ColumnLayout {
                    id: flipContent
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: Theme.spaceS
                    spacing: Theme.spaceXxs
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        Tag {
                            text: flip.modelData.change
                            maximumWidth: 260
                            foreground: flip.modelData.more ? Theme.warning : Theme.success
                            background: flip.modelData.more ? Theme.warningSoft : Theme.successSoft
                        }
                        Text {
                            text: flip.modelData.time
                            textFormat: Text.PlainText
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontCaption
                        }
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            quiet: true
                            text: qsTr("Open")
                            Accessible.name: qsTr("Open the conversation")
                            onClicked: panel.conversationRequested(flip.modelData.conversationId)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: flip.modelData.text
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Now: %1").arg(flip.modelData.before)
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Would be: %1").arg(flip.modelData.after)
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.fontCaption
                        wrapMode: Text.Wrap
                    }
                    ActionButton {
                        objectName: "flipTraceToggle"
                        quiet: true
                        text: traceShown.visible ? qsTr("Hide the rule trace") : qsTr("Show the rule trace")
                        onClicked: traceShown.visible = !traceShown.visible
                    }
                    Text {
                        id: traceShown
                        objectName: "flipTrace"
                        Layout.fillWidth: true
                        visible: false
                        // Rule names are the supervisor's own text: plain, never markup.
                        text: qsTr("Now:") + "\n" + flip.modelData.traceNow.join("\n") + "\n\n"
                              + qsTr("Would be:") + "\n" + flip.modelData.traceThen.join("\n")
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }
        }
        Text {
            objectName: "dryRunStillMissed"
            Layout.fillWidth: true
            visible: panel.rules.hasResult && text.length > 0
            text: panel.rules.stillMissedText
            textFormat: Text.PlainText
            color: panel.rules.stillMissed.length > 0 ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
