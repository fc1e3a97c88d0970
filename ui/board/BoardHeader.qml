pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models

// The board's controls: title and count, sort, search, and the filter pills. It only holds the
// user's choices; BoardView hands them to the BoardFilterModel.
Rectangle {
    id: header

    property int shownCount: 0
    property int filter: BoardFilterModel.All
    /// Whether "Mine" is offered: a viewer is never assigned a conversation.
    property bool offersMine: true
    property int sortKey: BoardFilterModel.ByActivity
    property alias searchText: search.text

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }
    function clearSearch() {
        search.clear()
    }

    color: Theme.surface
    implicitHeight: layout.implicitHeight + Theme.spaceM + Theme.spaceS

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceL
        anchors.topMargin: Theme.spaceM
        spacing: Theme.spaceS + 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS

            // Title and sort shrink (elided) before the board grows past its pane.
            Text {
                Layout.fillWidth: true
                Layout.maximumWidth: Math.ceil(implicitWidth) // whole pixels: a layout rounds down, and a text a fraction short elides
                Layout.minimumWidth: Math.min(implicitWidth, Theme.scaled(60))
                text: qsTr("Conversations")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
                elide: Text.ElideRight
            }
            Rectangle {
                Layout.alignment: Qt.AlignVCenter
                implicitWidth: countText.implicitWidth + 2 * Theme.spaceS - 2
                implicitHeight: Theme.scaled(18)
                radius: height / 2
                color: Theme.neutralSoft
                Text {
                    id: countText
                    objectName: "boardCount"
                    anchors.centerIn: parent
                    text: header.shownCount
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.DemiBold
                }
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%n conversation(s) shown", "", header.shownCount)
            }
            Item {
                Layout.fillWidth: true
            }
            SelectBox {
                id: sortBox
                objectName: "sortBox"
                Layout.fillWidth: true
                Layout.maximumWidth: Math.ceil(implicitWidth) // whole pixels: a layout rounds down, and a text a fraction short elides
                Layout.minimumWidth: Theme.scaled(90)
                prefix: qsTr("Sort:")
                textRole: "text"
                valueRole: "value"
                model: [
                    { text: qsTr("Recent activity"), value: BoardFilterModel.ByActivity },
                    { text: qsTr("Priority"), value: BoardFilterModel.ByPriority },
                    { text: qsTr("Weakest reply"), value: BoardFilterModel.ByConfidence }
                ]
                onActivated: header.sortKey = currentValue
                Component.onCompleted: currentIndex = indexOfValue(header.sortKey)
            }
        }

        SearchField {
            id: search
            objectName: "boardSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search name, message, intent…  ( / )")
            Accessible.name: qsTr("Search conversations")
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceXs + 2

            FilterTab { text: qsTr("All"); filter: BoardFilterModel.All; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { text: qsTr("AI handling"); filter: BoardFilterModel.AiHandling; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { text: qsTr("Escalated"); filter: BoardFilterModel.Escalated; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { visible: header.offersMine; text: qsTr("Mine"); filter: BoardFilterModel.Mine; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { text: qsTr("VIP"); filter: BoardFilterModel.Vip; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { text: qsTr("Today"); filter: BoardFilterModel.Today; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { text: qsTr("Support"); filter: BoardFilterModel.Support; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { text: qsTr("Sales"); filter: BoardFilterModel.Sales; activeFilter: header.filter; onClicked: header.filter = filter }
            FilterTab { text: qsTr("Weak replies"); filter: BoardFilterModel.WeakReplies; activeFilter: header.filter; onClicked: header.filter = filter; Accessible.description: qsTr("Conversations where an AI reply had low confidence") }
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
