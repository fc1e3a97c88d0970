pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components

// Desktop notifications: on or off, a sound, and which hand-off reasons are announced.
SettingsSection {
    id: section

    required property Preferences prefs

    title: qsTr("Notifications")

    CheckChoice {
        objectName: "notificationsEnabled"
        Layout.fillWidth: true
        text: qsTr("Show a desktop notification when a conversation is handed to people")
        checked: section.prefs.notifications
        onToggled: section.prefs.notifications = checked
    }
    CheckChoice {
        objectName: "notificationSound"
        Layout.fillWidth: true
        enabled: section.prefs.notifications
        text: qsTr("Play a sound with it")
        checked: section.prefs.notificationSound
        onToggled: section.prefs.notificationSound = checked
    }
    SettingLabel {
        Layout.topMargin: Theme.spaceS
        text: qsTr("Notify me of hand-offs for these reasons")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Repeater {
            model: section.prefs.reasons
            delegate: CheckChoice {
                required property var modelData
                width: Math.min(implicitWidth, parent.width)
                enabled: section.prefs.notifications
                text: modelData.text
                checked: !section.prefs.mutedReasons.includes(modelData.value)
                onToggled: section.prefs.setNotifiesFor(modelData.value, checked)
            }
        }
    }
}
