import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// Above the composer: the customer has another open conversation ("Lisa Chen also has an open
// conversation by email, started 5 min ago"), so a reply here may cross one there. "Open it"
// opens that one. The sentence comes from C++ (CustomerConversationsModel.openElsewhereText).
Rectangle {
    id: notice

    property string text
    signal openRequested()

    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spaceS : 0
    radius: Theme.radiusM
    color: Theme.infoSoft
    border.width: 1
    border.color: Theme.info

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceM
        anchors.rightMargin: Theme.spaceS
        spacing: Theme.spaceS

        Text {
            text: "\u2139"
            color: Theme.info
            font.pixelSize: Theme.fontBody
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            text: notice.text
            textFormat: Text.PlainText // the customer's name is their own text
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        ActionButton {
            objectName: "openElsewhereButton"
            quiet: true
            text: qsTr("Open it")
            Accessible.name: qsTr("Open the customer's other open conversation")
            onClicked: notice.openRequested()
        }
    }
}
