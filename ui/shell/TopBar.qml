import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Product name, connection state, the pages (Workspace, Overview and Analytics for supervisors and
// admins, History, Review, Rules, Settings), who is signed in (and as what), theme toggle, sign out.
Rectangle {
    id: bar

    /// WorkspacePage.currentPage: 0 workspace, 1 overview, 2 analytics, 3 history, 4 review,
    /// 5 rules, 6 settings.
    property int page: 0
    signal pageRequested(int page)

    color: Theme.surface
    implicitHeight: Theme.topBarHeight

    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Top bar")

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceM
        spacing: Theme.spaceM

        Text {
            text: "\u2388"
            color: Theme.accent
            font.pixelSize: Theme.fontHeading + 4
            Accessible.ignored: true
        }
        Text {
            text: qsTr("Pilothouse")
            color: Theme.text
            font.pixelSize: Theme.fontTitle + 1
            font.weight: Font.Bold
        }
        Rectangle {
            implicitWidth: 1
            implicitHeight: Theme.scaled(20)
            color: Theme.border
        }
        ConnectionIndicator {}

        Row {
            objectName: "pageTabs"
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spaceM
            visible: Console.identity.userName.length > 0 || Console.connectionState === Console.Offline
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Pages")
            Repeater {
                model: [
                    { text: qsTr("Workspace"), page: 0, name: "workspacePageTab", lead: false },
                    { text: qsTr("Overview"), page: 1, name: "overviewPageTab", lead: true },
                    { text: qsTr("Analytics"), page: 2, name: "analyticsPageTab", lead: true },
                    { text: qsTr("History"), page: 3, name: "historyPageTab", lead: false },
                    { text: qsTr("Review"), page: 4, name: "reviewPageTab", lead: false },
                    { text: qsTr("Rules"), page: 5, name: "rulesPageTab", lead: false },
                    { text: qsTr("Settings"), page: 6, name: "settingsPageTab", lead: false }
                ]
                delegate: NavTab {
                    required property var modelData
                    objectName: modelData.name
                    visible: !modelData.lead || Console.identity.lead
                    height: parent.height
                    text: modelData.text
                    checked: bar.page === modelData.page
                    onClicked: bar.pageRequested(modelData.page)
                }
            }
        }

        Item { Layout.fillWidth: true }

        RowLayout {
            spacing: Theme.spaceS
            visible: Console.identity.userName.length > 0
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Signed in as %1, %2").arg(Console.identity.displayName).arg(Models.Labels.role(Console.identity.role))

            Avatar {
                size: Theme.scaled(26)
                name: Console.identity.displayName
            }
            Text {
                text: Console.identity.displayName
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
            }
            Tag {
                visible: Console.identity.role !== Models.Role.Unknown
                text: Models.Labels.role(Console.identity.role)
                foreground: Theme.accentSoftText
                background: Theme.accentSoft
            }
        }

        ActionButton {
            id: themeSwitch
            quiet: true
            implicitWidth: Theme.controlHeight
            Accessible.name: Theme.dark ? qsTr("Switch to light theme") : qsTr("Switch to dark theme")
            onClicked: Console.darkTheme = !Console.darkTheme
            Icon {
                anchors.centerIn: parent
                name: Theme.dark ? "sun" : "moon"
                size: Theme.scaled(16)
                color: themeSwitch.hovered ? Theme.text : Theme.textMuted
            }
        }
        ActionButton {
            visible: Console.connectionState !== Console.Offline
            text: qsTr("Sign out")
            onClicked: Console.signOut()
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
