import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// A day typed as YYYY-MM-DD (the custom period's ends): ISO, so it reads the same in every UI
// language. `dayEdited` fires with a valid day only.
RowLayout {
    id: root

    property string label
    property date day

    signal dayEdited(date day)

    spacing: Theme.spaceXs

    Text {
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    TextField {
        id: field
        implicitWidth: Theme.scaled(110)
        implicitHeight: Theme.controlHeight - 4
        font.pixelSize: Theme.fontSmall
        color: Theme.text
        placeholderText: "YYYY-MM-DD"
        placeholderTextColor: Theme.textFaint
        text: isNaN(root.day.getTime()) ? "" : Qt.formatDate(root.day, "yyyy-MM-dd")
        validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
        Accessible.name: qsTr("%1, date as year-month-day").arg(root.label)
        onEditingFinished: {
            const parsed = Date.fromLocaleDateString(Qt.locale("C"), text, "yyyy-MM-dd")
            if (!isNaN(parsed.getTime()))
                root.dayEdited(parsed)
        }
        background: Rectangle {
            radius: Theme.radiusM
            color: Theme.surface
            border.width: field.activeFocus ? 2 : 1
            border.color: field.activeFocus ? Theme.focusRing : Theme.controlBorder
        }
    }
}
