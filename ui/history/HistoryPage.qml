pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// History: every cached conversation, closed ones included, for review on or off line. A search
// over every cached message (prefixes, accents ignored), filters and a sort; a row opens its
// transcript at the search hit (or at the AI's weakest reply). The list holds still while the
// cache changes and offers to refresh.
Rectangle {
    id: page

    required property Models.HistoryModel history
    /// The console has no link to the server: the page says it shows the cache only.
    property bool offline: false

    /// A conversation to open in the workspace, at a message when `messageId` is set.
    signal conversationRequested(string conversationId, string messageId)

    color: Theme.window
    Binding {
        target: page.history
        property: "active"
        value: page.visible
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceM

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceXl
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            spacing: Theme.spaceM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    text: qsTr("History")
                    color: Theme.text
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "historySummary"
                    Layout.fillWidth: true
                    text: page.offline ? qsTr("Offline: the conversations cached on this computer. %1").arg(page.history.summary)
                                       : page.history.summary
                    textFormat: Text.PlainText
                    color: page.offline ? Theme.warning : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            ActionButton {
                objectName: "historyRefresh"
                visible: page.history.stale
                text: qsTr("New activity — refresh")
                onClicked: page.history.refresh()
            }
            ActionButton {
                quiet: true
                visible: page.history.filtered
                text: qsTr("Clear filters")
                onClicked: page.history.resetFilters()
            }
            HistoryExport {
                history: page.history
            }
        }

        SearchField {
            id: search
            objectName: "historySearch"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            placeholderText: qsTr("Search every cached message")
            text: page.history.searchText
            onTextEdited: page.history.searchText = text
            Keys.onDownPressed: list.focusRow(0)
        }

        HistoryFilters {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            history: page.history
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            Layout.bottomMargin: Theme.spaceXl
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border

            ListView {
                id: list
                objectName: "historyList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: page.history
                visible: count > 0
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Cached conversations")

                /// Moves the keyboard focus to a row, bringing it into view first.
                function focusRow(row: int) {
                    if (row < 0 || row >= count)
                        return
                    positionViewAtIndex(row, ListView.Contain)
                    const item = itemAtIndex(row)
                    if (item)
                        item.forceActiveFocus()
                }
                ScrollBar.vertical: ThinScrollBar {}
                delegate: HistoryRow {
                    width: ListView.view.width
                    onActivated: (id, messageId) => page.conversationRequested(id, messageId)
                    Keys.onUpPressed: index > 0 ? list.focusRow(index - 1) : search.forceActiveFocus()
                    Keys.onDownPressed: list.focusRow(index + 1)
                    onActiveFocusChanged: if (activeFocus) ListView.view.positionViewAtIndex(index, ListView.Contain)
                }
            }

            LoadingState {
                anchors.fill: parent
                visible: page.history.busy && !page.history.loaded
            }
            EmptyState {
                objectName: "historyEmpty"
                anchors.fill: parent
                visible: page.history.loaded && list.count === 0
                searchGlyph: page.history.errorText.length === 0 && page.history.filtered
                title: page.history.errorText.length > 0 ? qsTr("History cannot be read")
                       : page.history.filtered ? qsTr("No conversation matches")
                       : qsTr("No cached conversations yet")
                body: page.history.errorText.length > 0 ? page.history.errorText
                      : page.history.filtered ? qsTr("Try fewer words, or clear the filters.")
                      : qsTr("Conversations appear here once the console has been online; they stay for review offline.")
                actionText: page.history.filtered && page.history.errorText.length === 0 ? qsTr("Clear filters") : ""
                onActionTriggered: page.history.resetFilters()
            }
        }
    }
}
