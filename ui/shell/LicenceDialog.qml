import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// A licence's text, read-only and selectable; Esc or Close ends it.
Popup {
    id: dialog

    property string name
    property string licenceText

    function show(componentName: string, text: string) {
        name = componentName
        licenceText = text
        open()
        body.forceActiveFocus()
    }

    parent: Overlay.overlay
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.scaled(640), parent ? parent.width - 2 * Theme.spaceXl : 640)
    height: Math.min(Theme.scaled(560), parent ? parent.height - 2 * Theme.spaceXl : 560)
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

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceM
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Licence of %1").arg(dialog.name)
        Text {
            Layout.fillWidth: true
            text: qsTr("Licence of %1").arg(dialog.name)
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ThinScrollBar {}
            ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
            TextArea {
                // Tab moves on, as from every other field (a tab character has no use here; Tab kept in a
                // text area would trap a keyboard user).
                Keys.onTabPressed: event => {
                    nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                    event.accepted = true
                }
                Keys.onBacktabPressed: event => {
                    nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                    event.accepted = true
                }
                id: body
                text: dialog.licenceText
                textFormat: TextEdit.PlainText
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: Theme.text
                font.family: "monospace"
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Licence text")
                background: Rectangle {
                    color: Theme.surfaceSunken
                    radius: Theme.radiusM
                }
            }
        }
        ActionButton {
            Layout.alignment: Qt.AlignRight
            primary: true
            text: qsTr("Close")
            onClicked: dialog.close()
        }
    }
}
