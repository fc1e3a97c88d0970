import QtQuick
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Components
import Pilothouse.Models as Models

// Product name, connection state, the pages the role may open (Workspace, Overview, Analytics,
// History, Review, Rules, Settings), the theme switch, and who is signed in: a menu with
// the role, Settings, the audit log and the users for admins, and Sign out (ui/shell/AccountMenu.qml).
Rectangle {
    id: bar

    /// WorkspacePage.currentPage: 0 workspace, 1 overview, 2 analytics, 3 history, 4 review,
    /// 5 rules, 6 settings, 7 audit, 8 users (admins: from the account menu, not tabs).
    property int page: 0
    /// Whether the signed-in role may open a page (WorkspacePage.mayShow): its tab shows only then.
    property var pageAllowed: index => true
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

        // The application icon (resources/icons), as on the window and the tray.
        Image {
            source: "qrc:/icons/pilothouse-64.png"
            sourceSize.width: Theme.scaled(24)
            sourceSize.height: Theme.scaled(24)
            Layout.preferredWidth: Theme.scaled(24)
            Layout.preferredHeight: Theme.scaled(24)
            smooth: true
            Accessible.ignored: true
        }
        Text {
            // The product's name gives way first when the bar is short of room (the window's
            // title still says it).
            visible: bar.width >= Theme.scaled(1000)
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
                    { text: qsTr("Workspace"), page: 0, name: "workspacePageTab" },
                    { text: qsTr("Overview"), page: 1, name: "overviewPageTab" },
                    { text: qsTr("Analytics"), page: 2, name: "analyticsPageTab" },
                    { text: qsTr("History"), page: 3, name: "historyPageTab" },
                    { text: qsTr("Review"), page: 4, name: "reviewPageTab" },
                    { text: qsTr("Rules"), page: 5, name: "rulesPageTab" },
                    { text: qsTr("Settings"), page: 6, name: "settingsPageTab" }
                ]
                delegate: NavTab {
                    required property var modelData
                    objectName: modelData.name
                    visible: bar.pageAllowed(modelData.page)
                    height: parent.height
                    compact: bar.width < Theme.scaled(1100)
                    text: modelData.text
                    checked: bar.page === modelData.page
                    onClicked: bar.pageRequested(modelData.page)
                }
            }
        }

        Item { Layout.fillWidth: true }

        AccountMenu {
            showName: bar.width >= Theme.scaled(1000)
            Layout.fillWidth: true
            Layout.maximumWidth: Math.ceil(implicitWidth) // whole pixels: a layout rounds down, and a text a fraction short elides
            Layout.minimumWidth: Theme.scaled(48)
            visible: Console.identity.userName.length > 0
            onSettingsRequested: bar.pageRequested(6)
            onAuditRequested: bar.pageRequested(7)
            onUsersRequested: bar.pageRequested(8)
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
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
