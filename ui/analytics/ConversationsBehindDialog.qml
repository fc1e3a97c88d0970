pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// "Conversations behind <figure>": the conversations the server counts in a figure's numerator
// and denominator (two tabs with their counts), for the page's period and filter. A row opens its
// conversation in the workspace when the cache holds it (Enter, Space or a click); otherwise the
// dialog says so. Loading, empty, failed (offline: it needs the server) and cut-short lists each
// say what they are. Esc closes.
Popup {
    id: dialog

    required property Models.AnalyticsReport report
    readonly property Models.ConversationsBehindModel list: report.conversationsBehind

    /// Customer, created, intent, outcome, in this console: room for "Resolved by a person".
    readonly property var columnShares: [2.2, 1.5, 1.4, 1.7, 1.1]

    signal conversationRequested(string conversationId)

    function openFor(metric: int, todayOnly: bool) {
        list.open(metric, todayOnly)
        open()
        tabs.forceActiveFocus()
    }
    function openForGroup(dimension: int, key: string, label: string) {
        list.openGroup(dimension, key, label)
        open()
        tabs.forceActiveFocus()
    }
    function openForMonth(metric: int) {
        list.openMonth(metric)
        open()
        tabs.forceActiveFocus()
    }
    function openForBand(fromPercent: int) {
        list.openBand(fromPercent)
        open()
        tabs.forceActiveFocus()
    }
    function activate(row: int) {
        const id = list.conversationToOpen(row)
        if (id.length > 0) {
            close()
            conversationRequested(id)
        }
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(820, parent ? parent.width - 2 * Theme.spaceXl : 820)
    height: Math.min(620, parent ? parent.height - 2 * Theme.spaceXl : 620)
    padding: Theme.spaceL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.width: 1
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.shadow
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceM
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.list.title

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            Text {
                objectName: "drillTitle"
                Layout.fillWidth: true
                text: dialog.list.title
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontTitle + 1
                font.weight: Font.Bold
                elide: Text.ElideRight
            }
            ActionButton {
                quiet: true
                text: qsTr("Close")
                Accessible.name: qsTr("Close the list of conversations")
                onClicked: dialog.close()
            }
        }
        Text {
            Layout.fillWidth: true
            text: dialog.list.periodText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        TabBar {
            id: tabs
            objectName: "drillTabs"
            Layout.fillWidth: true
            currentIndex: dialog.list.side
            onCurrentIndexChanged: dialog.list.side = currentIndex
            Accessible.name: qsTr("Which side of the figure")
            background: Item {} // the Basic style paints a light bar, also in the dark theme
            Repeater {
                model: 2
                delegate: TabButton {
                    required property int index
                    text: (dialog.list.numeratorTotal, dialog.list.denominatorTotal, dialog.list.sideText(index))
                    Accessible.name: text
                    font.pixelSize: Theme.fontBody
                    contentItem: Text {
                        text: parent.text
                        textFormat: Text.PlainText
                        font: parent.font
                        color: parent.checked ? Theme.accent : Theme.textMuted
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                    }
                    background: Rectangle {
                        color: parent.activeFocus ? Theme.hover : "transparent"
                        Rectangle {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            height: 2
                            color: parent.parent.checked ? Theme.accent : Theme.divider
                        }
                    }
                }
            }
            Keys.onDownPressed: rows.forceActiveFocus()
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.list.membershipText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        // The list, or what stands instead of it.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            LoadingState {
                anchors.fill: parent
                visible: dialog.list.state === Models.ConversationsBehindModel.Loading
                text: qsTr("Asking the server for the conversations…")
            }
            ColumnLayout {
                objectName: "drillError"
                anchors.centerIn: parent
                width: Math.min(parent.width, 480)
                visible: dialog.list.state === Models.ConversationsBehindModel.Failed
                spacing: Theme.spaceM
                Text {
                    Layout.fillWidth: true
                    text: dialog.list.errorText
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                ActionButton {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Try again")
                    onClicked: dialog.list.retry()
                }
            }
            Text {
                objectName: "drillEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width, 480)
                visible: dialog.list.state === Models.ConversationsBehindModel.Ready && dialog.list.count === 0
                text: qsTr("No conversation is behind this side of the figure for this period and filter.")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                visible: dialog.list.state === Models.ConversationsBehindModel.Ready && dialog.list.count > 0

                TableRow {
                    Layout.fillWidth: true
                    heading: true
                    textColumns: true
                    widthShares: dialog.columnShares
                    cells: [qsTr("Customer"), qsTr("Created"), qsTr("Intent"), qsTr("Outcome"), qsTr("In this console")]
                }
                ListView {
                    id: rows
                    objectName: "drillRows"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: dialog.list
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ThinScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: (dialog.list.numeratorTotal, dialog.list.denominatorTotal,
                                      dialog.list.sideText(dialog.list.side))
                    // Arriving by keyboard lands on the first row, highlighted.
                    onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
                    Keys.onReturnPressed: dialog.activate(currentIndex)
                    Keys.onEnterPressed: dialog.activate(currentIndex)
                    Keys.onSpacePressed: dialog.activate(currentIndex)

                    delegate: TableRow {
                        id: row
                        required property int index
                        required property string customer
                        required property string createdText
                        required property string intentText
                        required property string outcomeText
                        required property bool cached
                        width: ListView.view.width
                        textColumns: true
                        widthShares: dialog.columnShares
                        current: ListView.isCurrentItem && rows.activeFocus
                        color: current ? Theme.selection : tap.hovered ? Theme.hover : "transparent"
                        cells: [customer, createdText, intentText, outcomeText,
                                cached ? qsTr("Cached", "the conversation is in the local cache") : qsTr("Not cached")]
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("%1, created %2, %3, %4, %5")
                            .arg(customer).arg(createdText).arg(intentText).arg(outcomeText)
                            .arg(cached ? qsTr("opens in the workspace") : qsTr("not in the local cache"))
                        Accessible.onPressAction: dialog.activate(index)
                        HoverHandler { id: tap }
                        TapHandler {
                            onTapped: {
                                rows.currentIndex = row.index
                                dialog.activate(row.index)
                            }
                        }
                    }
                }
            }
        }

        Text {
            objectName: "drillNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.list.noticeText
            textFormat: Text.PlainText
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Text {
            objectName: "drillTruncated"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.list.truncatedText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
