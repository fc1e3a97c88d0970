import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// One saved reply in the supervisors' editor: its title and text, each with the problem the
// check found, and buttons to move it in the list or remove it.
Rectangle {
    id: row

    required property int index
    required property string title
    required property string text
    required property string titleError
    required property string textError
    property bool first: false
    property bool last: false

    signal titleEdited(string title)
    signal textEdited(string text)
    signal moveRequested(int step)
    signal removeRequested()

    implicitHeight: layout.implicitHeight + 2 * Theme.spaceM
    color: Theme.surface
    radius: Theme.radiusM
    border.width: 1
    border.color: row.titleError.length > 0 || row.textError.length > 0 ? Theme.danger : Theme.border

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            TextField {
                id: titleField
                objectName: "savedReplyTitle"
                Layout.fillWidth: true
                text: row.title
                placeholderText: qsTr("Title, e.g. Refund timeline")
                placeholderTextColor: Theme.textFaint
                color: Theme.text
                font.pixelSize: Theme.fontBody
                selectByMouse: true
                maximumLength: 200 // the check says 80; the field lets a paste through to be told so
                Accessible.name: qsTr("Title of saved reply %1").arg(row.index + 1)
                onTextEdited: row.titleEdited(text)
            }
            ActionButton {
                quiet: true
                text: "\u2191"
                enabled: !row.first
                Accessible.name: qsTr("Move saved reply %1 up").arg(row.index + 1)
                onClicked: row.moveRequested(-1)
            }
            ActionButton {
                quiet: true
                text: "\u2193"
                enabled: !row.last
                Accessible.name: qsTr("Move saved reply %1 down").arg(row.index + 1)
                onClicked: row.moveRequested(1)
            }
            ActionButton {
                quiet: true
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove saved reply %1").arg(row.index + 1)
                onClicked: row.removeRequested()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: row.titleError.length > 0
            text: row.titleError
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        TextArea {
            id: textField
            objectName: "savedReplyText"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.scaled(72), implicitHeight)
            text: row.text
            placeholderText: qsTr("The reply. Placeholders: {customer.firstName}, {order.id}, {agent.firstName}…")
            placeholderTextColor: Theme.textFaint
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontBody
            selectByMouse: true
            Accessible.name: qsTr("Text of saved reply %1").arg(row.index + 1)
            // Tab moves on (a tab character has no use in a reply).
            Keys.onTabPressed: event => {
                nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                event.accepted = true
            }
            Keys.onBacktabPressed: event => {
                nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                event.accepted = true
            }
            onTextChanged: if (activeFocus) row.textEdited(text)
            background: Rectangle {
                radius: Theme.radiusM
                color: Theme.surfaceAlt
                border.width: textField.activeFocus ? 2 : 1
                border.color: textField.activeFocus ? Theme.focusRing : Theme.controlBorder
            }
        }
        Text {
            Layout.fillWidth: true
            visible: row.textError.length > 0
            text: row.textError
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
