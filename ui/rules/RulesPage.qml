pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The escalation rules (Alt+6): the published versions on the left, the chosen version's rules in
// precedence order in words, and the dry run of that version against the rules in force over the
// cached history. Read from the cache, so it works offline. Everyone reads the rules; the rule set
// is published by supervisors (docs/config.md).
Rectangle {
    id: page

    required property Models.RulesModel rules
    property bool offline: false
    signal conversationRequested(string id)

    color: Theme.window
    Binding {
        target: page.rules
        property: "active"
        value: page.visible
    }
    onVisibleChanged: if (visible) versions.forceActiveFocus()
    Component.onCompleted: if (visible) versions.forceActiveFocus()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceL

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(Theme.scaled(280), page.width * 0.28)
            Layout.minimumWidth: 200
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spaceM
                spacing: Theme.spaceS
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Versions")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ListView {
                    id: versions
                    objectName: "ruleVersions"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.rules.versions
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    currentIndex: {
                        for (let i = 0; i < page.rules.versions.length; ++i)
                            if (page.rules.versions[i].version === page.rules.selectedVersion)
                                return i
                        return 0
                    }
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Published versions of the rules")
                    ScrollBar.vertical: ThinScrollBar {}
                    delegate: VersionRow {
                        width: ListView.view.width
                        selected: ListView.isCurrentItem
                        // A current row alone does not say that Tab has landed on the list.
                        focused: ListView.isCurrentItem && versions.activeFocus
                        onChosen: page.rules.selectedVersion = version
                    }
                    Keys.onUpPressed: if (currentIndex > 0) page.rules.selectedVersion = page.rules.versions[currentIndex - 1].version
                    Keys.onDownPressed: if (currentIndex + 1 < count) page.rules.selectedVersion = page.rules.versions[currentIndex + 1].version
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spaceM

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    objectName: "ruleSetTitle"
                    Layout.fillWidth: true
                    text: page.rules.loaded ? qsTr("Escalation rules: %1").arg(page.rules.selectedTitle) : qsTr("Escalation rules")
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.rules.selectedDetail
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "ruleChangesTitle"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spaceXs
                    visible: text.length > 0
                    text: page.rules.changesTitle
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    objectName: "ruleChanges"
                    Layout.fillWidth: true
                    visible: page.rules.changes.length > 0
                    // Rule names are the supervisor's own text: plain, never markup.
                    text: page.rules.changes.map(line => "\u2022 " + line).join("\n")
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 6
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Read top to bottom: the first rule that holds decides whether a person takes over. Guardrails can move but never go.")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // A dry run's result needs the room more than the rules it compares.
                Layout.preferredHeight: page.rules.hasResult ? 150 : 400
                Layout.minimumHeight: 120
                radius: Theme.radiusL
                color: Theme.surface
                // The panel's edge is the list's focus ring: its current row alone does not say
                // that Tab has landed on the list.
                border.width: ruleList.activeFocus ? 2 : 1
                border.color: ruleList.activeFocus ? Theme.focusRing : Theme.border

                ListView {
                    id: ruleList
                    objectName: "ruleList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: page.rules
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Rules, in the order they are read")
                    ScrollBar.vertical: ThinScrollBar {}
                    delegate: RuleRow {
                        width: ListView.view.width
                        selected: ListView.isCurrentItem && ruleList.activeFocus
                    }
                }
                LoadingState {
                    anchors.fill: parent
                    visible: !page.rules.loaded && page.rules.errorText.length === 0
                }
                EmptyState {
                    anchors.fill: parent
                    visible: page.rules.errorText.length > 0
                    title: qsTr("No rules to show")
                    body: page.rules.errorText
                }
            }

            DryRunPanel {
                Layout.fillWidth: true
                Layout.fillHeight: page.rules.hasResult || page.rules.running
                Layout.preferredHeight: page.rules.hasResult ? 500 : implicitHeight
                rules: page.rules
                onConversationRequested: id => page.conversationRequested(id)
            }
        }
    }
}
