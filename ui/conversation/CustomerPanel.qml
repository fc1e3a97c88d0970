pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The customer beside the transcript: who they are, what they are worth, what they ordered and
// what they asked before. Values arrive formatted from the model.
Rectangle {
    id: panel

    required property Models.ConversationView view
    /// The operator's actions; the privacy section shows only when they allow an erasure (admins).
    property Models.OperatorActions actions

    signal conversationActivated(string conversationId)
    /// "Merge into this conversation" on another open conversation (supervisors and admins); the
    /// view asks for confirmation.
    signal mergeRequested(string conversationId, string subject)
    /// "Erase customer…" was pressed; the view asks for confirmation.
    signal eraseRequested()

    readonly property string displayName: view.customerName.length > 0 ? view.customerName : qsTr("Unknown customer")

    color: Theme.surfaceAlt
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Customer details")

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 1
        color: Theme.border
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.leftMargin: 1
        contentHeight: content.implicitHeight + 2 * Theme.spaceL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ThinScrollBar {}

        ColumnLayout {
            id: content
            x: Theme.spaceL
            y: Theme.spaceL
            width: flick.width - 2 * Theme.spaceL
            spacing: Theme.spaceL + 4

            // Profile
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXs
                Avatar {
                    Layout.bottomMargin: Theme.spaceXs
                    size: Theme.scaled(48)
                    name: panel.displayName
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spaceS
                    Text {
                        Layout.minimumWidth: 60
                        text: panel.displayName
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        elide: Text.ElideRight
                    }
                    VipBadge {
                        visible: panel.view.customerVip
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: panel.view.customerEmail
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideMiddle
                }
                Tag {
                    Layout.topMargin: Theme.spaceXs
                    visible: text.length > 0
                    text: panel.view.customerSegmentText
                    textFormat: Text.PlainText
                    foreground: Theme.accentSoftText
                    background: Theme.accentSoft
                    Accessible.name: qsTr("Segment: %1").arg(panel.view.customerSegmentText)
                }
            }

            // Key figures
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spaceM
                rowSpacing: Theme.spaceM

                component Figure: ColumnLayout {
                    id: figure
                    property string label
                    property string value
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: Theme.spaceXxs
                    Accessible.role: Accessible.StaticText
                    Accessible.name: label + ": " + value
                    Text {
                        Layout.fillWidth: true
                        text: figure.label
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        // Translations run long ("Пожизненная ценность"): wrap, never overlap.
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: figure.value.length > 0 ? figure.value : "—"
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                }

                Figure {
                    objectName: "lifetimeValue"
                    label: qsTr("Lifetime value")
                    value: panel.view.lifetimeValueText
                }
                Figure {
                    label: qsTr("Orders")
                    value: String(panel.view.orderCount)
                }
                Figure {
                    Layout.columnSpan: 2
                    label: qsTr("Customer since")
                    value: panel.view.customerSinceText
                }
            }

            PanelSection {
                Layout.fillWidth: true
                title: qsTr("Recent orders")
                count: panel.view.orders ? panel.view.orders.count : 0

                Repeater {
                    model: panel.view.orders
                    delegate: OrderRow {}
                }
                Text {
                    visible: !panel.view.orders || panel.view.orders.count === 0
                    text: qsTr("No orders yet")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
            }

            PanelSection {
                Layout.fillWidth: true
                // Open ones too (their status says so): not all of them are "earlier".
                title: qsTr("Other conversations")
                count: panel.view.earlierConversations ? panel.view.earlierConversations.count : 0

                Repeater {
                    model: panel.view.earlierConversations
                    delegate: EarlierConversationRow {
                        // Reading actions.identity makes this depend on who is signed in, too.
                        mergeOffered: panel.actions !== null && panel.actions.identity !== null
                                      && panel.actions.canMerge(status, panel.view.status)
                        onActivated: panel.conversationActivated(conversationId)
                        onMergeRequested: panel.mergeRequested(conversationId, subject)
                    }
                }
                Text {
                    visible: !panel.view.earlierConversations || panel.view.earlierConversations.count === 0
                    text: qsTr("This is their first conversation")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
            }

            // The right to erasure (docs/protocol.md section 9.1), for admins only.
            PanelSection {
                Layout.fillWidth: true
                visible: panel.actions !== null && panel.view.customerId.length > 0
                         && panel.actions.offers(Models.Action.EraseCustomer, panel.view.status)
                title: qsTr("Privacy")

                ActionButton {
                    objectName: "eraseCustomerButton"
                    text: qsTr("Erase customer…")
                    quiet: true
                    tint: Theme.danger
                    Accessible.name: qsTr("Erase this customer's personal data")
                    onClicked: panel.eraseRequested()
                }
            }
        }
    }
}
