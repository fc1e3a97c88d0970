pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components

// About: the console's version, and the software it is built with, each with its version and
// licence; "Licence" shows the licence's text.
SettingsSection {
    id: section

    title: qsTr("About Pilothouse")

    SettingLabel {
        text: qsTr("Pilothouse %1").arg(AboutInfo.version)
        hint: qsTr("The operator console for AI customer conversations.")
    }
    SettingLabel {
        Layout.topMargin: Theme.spaceS
        text: qsTr("Built with")
    }
    Repeater {
        model: AboutInfo.components
        delegate: RowLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spaceM
            Accessible.role: Accessible.Row
            Accessible.name: qsTr("%1 %2, licence %3").arg(modelData.name).arg(modelData.version).arg(modelData.licence)
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 %2").arg(row.modelData.name).arg(row.modelData.version)
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Text {
                text: row.modelData.licence
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            ActionButton {
                quiet: true
                text: qsTr("Licence")
                Accessible.name: qsTr("Licence of %1").arg(row.modelData.name)
                onClicked: licence.show(row.modelData.name, AboutInfo.licenceText(row.modelData.file))
            }
        }
    }

    LicenceDialog {
        id: licence
    }
}
