import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components

// How long closed conversations stay cached: a few periods, and the one in settings.ini when it is
// none of them (an administrator may have set 45 days by hand).
SelectBox {
    id: box

    required property Preferences prefs
    readonly property var periods: [7, 30, 90, 180, 365, 730, 3650]

    objectName: "retentionSelect"
    Layout.preferredWidth: Theme.scaled(220)
    Accessible.name: qsTr("Keep closed conversations for: %1").arg(displayText)
    textRole: "text"
    valueRole: "value"
    model: (periods.includes(prefs.retentionDays) ? periods : periods.concat([prefs.retentionDays]).sort((a, b) => a - b))
        .map(days => ({ text: days === prefs.defaultRetentionDays ? qsTr("%n day(s) (the default)", "", days) : qsTr("%n day(s)", "", days),
                        value: days }))
    // The list is rebuilt when the language changes: show the choice again.
    function showChoice() { currentIndex = Math.max(0, indexOfValue(prefs.retentionDays)) }
    onModelChanged: Qt.callLater(showChoice)
    Component.onCompleted: showChoice()
    onActivated: prefs.retentionDays = currentValue
}
