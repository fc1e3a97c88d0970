import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// A labelled text input for forms (sign-in, settings): the label sits above the field and is
// also its accessible name.
ColumnLayout {
    id: root

    property string label
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias echoMode: field.echoMode
    property alias field: field
    property bool invalid: false

    signal accepted()

    spacing: Theme.spaceXs + 1

    Text {
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Medium
    }

    TextField {
        id: field
        Layout.fillWidth: true
        implicitHeight: Theme.controlHeight + 6
        leftPadding: Theme.spaceM
        rightPadding: Theme.spaceM
        // A field that cannot be changed now (the sign-in's code step) looks it.
        color: enabled ? Theme.text : Theme.textMuted
        placeholderTextColor: Theme.textFaint
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        font.pixelSize: Theme.fontBody + 1
        selectByMouse: true
        // Qt Quick reports no name for a password field (QQuickAccessibleAttached::name() in 6.4
        // and later), and TextField makes its placeholder the description: a password field
        // needs a placeholder, which is what a screen reader says it is.
        Accessible.name: root.label
        onAccepted: root.accepted()

        background: Rectangle {
            radius: Theme.radiusM
            color: field.enabled ? Theme.surface : Theme.window
            border.width: field.activeFocus || root.invalid ? 2 : 1
            border.color: root.invalid ? Theme.danger : field.activeFocus ? Theme.focusRing : Theme.controlBorder
        }
    }
}
