import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models

// The team: who is online, away or offline, how many conversations each holds and their oldest
// wait (docs/protocol.md section 7.2; the load is counted from the board). The signed-in user sets
// their own presence here.
Rectangle {
    id: root

    required property Workspace workspace
    readonly property TeamModel team: workspace ? workspace.team : null

    /// Online or Away for the signed-in user (the shell sends it through Console.actions).
    signal presenceRequested(int presence)

    color: Theme.surface
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Team")

    ColumnLayout {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            Text {
                text: qsTr("Team")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "teamSummary"
                Layout.fillWidth: true
                text: root.team ? root.team.summary : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            PresenceSwitch {
                objectName: "presenceSwitch"
                // A viewer is not on the team's roster: there is no presence to set.
                visible: !(root.workspace && root.workspace.identity.viewer)
                presence: root.team ? root.team.selfPresence : Presence.Unknown
                onPresenceRequested: presence => root.presenceRequested(presence)
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "editSavedReplies"
                // Supervisors and admins keep the team's saved replies.
                visible: root.workspace !== null && root.workspace.identity.lead
                quiet: true
                text: qsTr("Saved replies…")
                Accessible.name: qsTr("Edit the team's saved replies")
                onClicked: repliesEditor.openEditor()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.team !== null && root.team.selfPresence === Presence.Away
            text: qsTr("While you are away, Take next gives you no conversations. Colleagues see you as away.")
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    Rectangle {
        id: rule
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.topMargin: Theme.spaceM
        height: 1
        color: Theme.border
    }

    ListView {
        id: list
        objectName: "teamList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: rule.bottom
        anchors.bottom: parent.bottom
        clip: true
        model: root.team
        boundsBehavior: Flickable.StopAtBounds
        visible: count > 0
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Colleagues")
        ScrollBar.vertical: ThinScrollBar {}
        delegate: TeamMemberRow {
            width: ListView.view.width
        }
    }

    SavedRepliesEditorDialog {
        id: repliesEditor
        objectName: "savedRepliesEditor"
        editor: root.workspace ? root.workspace.savedRepliesEditor : null
    }

    EmptyState {
        objectName: "teamEmpty"
        anchors.fill: list
        visible: list.count === 0
        glyph: "\u263a"
        tone: Theme.textFaint
        title: qsTr("No team to show yet")
        body: root.team ? root.team.summary : ""
    }
}
