import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Who this is and where the conversation stands: name, VIP, status, channel, kind, subject,
// intent, sentiment, last AI confidence and how long the customer has been waiting.
Rectangle {
    id: header

    required property Models.ConversationView view
    property string currentUser
    /// On a narrow pane the customer panel is not docked: this button shows and hides it.
    property bool panelToggleVisible: false
    property bool panelOpen: false
    signal panelToggled()


    readonly property string displayName: view.customerName.length > 0 ? view.customerName : qsTr("Unknown customer")

    color: Theme.surface
    implicitHeight: layout.implicitHeight + 2 * Theme.spaceM

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation with %1").arg(displayName)

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spaceXl - 4
        anchors.rightMargin: Theme.spaceXl - 4
        spacing: Theme.spaceM

        Avatar {
            Layout.alignment: Qt.AlignTop
            size: Theme.scaled(40)
            name: header.displayName
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXs + 1

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS

                Text {
                    objectName: "conversationCustomerName"
                    Layout.fillWidth: true
                    Layout.maximumWidth: Math.ceil(implicitWidth) // whole pixels: a layout rounds down, and a text a fraction short elides
                    Layout.minimumWidth: 60
                    text: header.displayName
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                }
                VipBadge {
                    visible: header.view.customerVip
                }
                StatusChip {
                    status: header.view.status
                }
                Text {
                    // Gives way first on a narrow pane (the status chip still says a person has it).
                    visible: header.view.status === Models.Status.Human && header.view.assignee.length > 0
                             && header.width >= Theme.scaled(520)
                    text: header.view.assignee === header.currentUser ? qsTr("with you")
                                                                      : qsTr("with %1").arg(header.view.assignee)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Item {
                    Layout.fillWidth: true
                }
            }

            // The subject gives way to the deadline, which is never cut.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                Text {
                    Layout.fillWidth: true
                    text: header.view.subject
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                }
                // The first-reply deadline while it runs or once missed (models/queue/sla.h);
                // otherwise how long the customer waits, in a colour that claims no urgency.
                SlaTimer {
                    objectName: "conversationSla"
                    Layout.minimumWidth: implicitWidth
                    slaState: header.view.slaState
                    text: header.view.slaText
                }
                WaitingTime {
                    Layout.minimumWidth: implicitWidth
                    visible: since > 0 && header.view.slaState === Models.SlaState.None
                    since: header.view.waitingSince
                    prefix: qsTr("waiting")
                    color: Theme.textMuted
                }
            }

            // Channel, kind and intent on the left, sentiment and confidence on the right; they
            // wrap onto a second line rather than run off a narrow pane.
            Flow {
                id: factsLine
                Layout.fillWidth: true
                spacing: Theme.spaceS

                RowLayout {
                    id: facts
                    spacing: Theme.spaceS
                    height: Math.max(implicitHeight, signals.implicitHeight)
                    ChannelGlyph {
                        channel: header.view.channel
                        showLabel: true
                        color: Theme.textMuted
                    }
                    Text {
                        text: "·"
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        text: Models.Labels.kind(header.view.kind)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    Tag {
                        Layout.leftMargin: Theme.spaceXs
                        text: header.view.intent
                        textFormat: Text.PlainText
                        maximumWidth: Theme.scaled(200)
                    }
                }
                Item {
                    width: Math.max(0, factsLine.width - facts.implicitWidth - signals.implicitWidth - 2 * factsLine.spacing)
                    height: 1
                    visible: width > 0
                }
                RowLayout {
                    id: signals
                    spacing: Theme.spaceS
                    SentimentIndicator {
                        band: header.view.sentimentBand
                        sentiment: header.view.sentiment
                        showLabel: true
                    }
                    ConfidenceBadge {
                        Layout.leftMargin: Theme.spaceXs
                        confidence: header.view.confidence
                        band: header.view.confidenceBand
                        verbose: true
                    }
                }
            }
        }

        ActionButton {
            objectName: "customerPanelToggle"
            Layout.alignment: Qt.AlignTop
            Layout.minimumWidth: implicitWidth // the name and facts give way, never this
            visible: header.panelToggleVisible
            quiet: true
            text: header.panelOpen ? qsTr("Hide") : qsTr("Details")
            Accessible.name: header.panelOpen ? qsTr("Hide the customer panel") : qsTr("Show the customer panel and the AI's drafts")
            onClicked: header.panelToggled()
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
