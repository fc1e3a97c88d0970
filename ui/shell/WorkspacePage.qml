import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Admin
import Pilothouse.Analytics
import Pilothouse.App
import Pilothouse.Board
import Pilothouse.Components
import Pilothouse.Conversation
import Pilothouse.History
import Pilothouse.Models as Models
import Pilothouse.Queue
import Pilothouse.Rules
import Pilothouse.Team

// The main workspace: top bar, the one notice banner, and the board, the escalation queue or the
// team (tabs, Ctrl+1 / Ctrl+2 / Ctrl+3) beside the open conversation in a resizable split. F1 or ? opens the
// shortcut sheet. Supervisors and admins also get the Overview and Analytics pages (top bar tabs,
// Alt+1/2/3: Ctrl+1/2 already switch board and queue); everyone gets History (Alt+4), every cached
// conversation, Review (Alt+5), the AI's replies to label, and Rules (Alt+6), the escalation rules
// with their dry run. The workspace stays the start page.
Rectangle {
    id: page

    required property Models.Workspace workspace
    property string openConversationId
    /// The message to open the conversation at (from History's search); cleared by any other opening.
    property string openMessageId
    onOpenConversationIdChanged: openMessageId = ""
    /// 0 board, 1 queue, 2 team.
    property int pane: 0
    /// The signed-in user set themselves away: Take next gives them nothing.
    readonly property bool away: page.workspace.team.selfPresence === Models.Presence.Away
    /// 0 workspace, 1 overview, 2 analytics, 3 history, 4 review, 5 rules, 6 settings, 7 audit,
    /// 8 users; which of them the role may open, mayShow says.
    property int currentPage: 0
    readonly property bool readsAnalytics: Console.identity.readsAnalytics
    readonly property bool viewer: Console.identity.viewer
    property bool overviewShown: false
    property bool analyticsShown: false
    property bool historyShown: false
    property bool reviewShown: false
    property bool rulesShown: false
    property bool settingsShown: false
    property bool auditShown: false
    property bool usersShown: false
    readonly property bool admin: Console.identity.admin

    /// Whether the signed-in role may open page `index`: Overview and Analytics for those who read
    /// the analytics (viewers, supervisors, admins), Review (judging replies) for those who work
    /// conversations, Audit and Users for admins. The server refuses the rest anyway.
    function mayShow(index: int): bool {
        if (index === 1 || index === 2)
            return readsAnalytics
        if (index === 4)
            return !viewer
        if (index >= 7)
            return admin
        return true
    }

    function showPage(index: int) {
        currentPage = mayShow(index) ? index : 0
        overviewShown = overviewShown || currentPage === 1
        analyticsShown = analyticsShown || currentPage === 2
        historyShown = historyShown || currentPage === 3
        reviewShown = reviewShown || currentPage === 4
        rulesShown = rulesShown || currentPage === 5
        settingsShown = settingsShown || currentPage === 6
        auditShown = auditShown || currentPage === 7
        usersShown = usersShown || currentPage === 8
        if (currentPage === 1 && overview.item)
            overview.item.apply()
        else if (currentPage === 2 && analytics.item)
            analytics.item.apply()
    }
    onReadsAnalyticsChanged: if (!mayShow(currentPage)) currentPage = 0
    onViewerChanged: if (!mayShow(currentPage)) currentPage = 0
    onAdminChanged: if (!mayShow(currentPage)) currentPage = 0
    readonly property int queueWaiting: queue.waitingCount

    function showQueue() {
        showPage(0)
        pane = 1
    }
    /// The operator's resolve of `resolvedId` was applied: with the preference on and that
    /// conversation still open, the next one opens (QueueView.nextAfterResolve), or nothing changes.
    function openNextAfterResolve(resolvedId: string) {
        if (!Console.preferences.nextAfterResolve || openConversationId !== resolvedId)
            return
        const next = queue.nextAfterResolve(resolvedId)
        if (next.length > 0)
            openConversationId = next
    }
    /// Opens a conversation from outside (a click on a desktop notification).
    function openConversation(id: string) {
        openConversationId = id
    }

    color: Theme.window

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            page: page.currentPage
            pageAllowed: index => page.mayShow(index)
            onPageRequested: index => page.showPage(index)
        }

        // Every open notice, oldest first, each dismissable on its own.
        Repeater {
            model: Console.notices
            delegate: NoticeBanner {
                required property var model
                objectName: "noticeBanner"
                Layout.fillWidth: true
                text: model.text
                severity: model.severity
                onDismissed: Console.notices.dismiss(model.noticeId)
                // Missed deadlines: the queue is one click away.
                actionText: model.topic === Models.Notices.Deadlines ? qsTr("Open the queue") : ""
                onActionTriggered: page.showQueue()
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.currentPage

            SplitView {
                orientation: Qt.Horizontal

                handle: Rectangle {
                    implicitWidth: 5
                    color: SplitHandle.pressed || SplitHandle.hovered ? Theme.accentSoft : Theme.window
                    Accessible.role: Accessible.Separator
                    Accessible.name: qsTr("Resize board")
                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: 1
                        height: parent.height
                        color: Theme.border
                    }
                }

                ColumnLayout {
                    clip: true // nothing of the board is drawn under the conversation
                    // Wider with larger text, up to the most the conversation can give up.
                    SplitView.preferredWidth: Math.min(page.width * 0.6, Math.max(Theme.scaled(400), page.width * 0.34))
                    SplitView.minimumWidth: 340
                    SplitView.maximumWidth: page.width * 0.6
                    spacing: 0

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: tabs.implicitHeight
                        color: Theme.surface
                        Accessible.role: Accessible.PageTabList
                        Accessible.name: qsTr("Views")
                        Row {
                            id: tabs
                            leftPadding: Theme.spaceS
                            NavTab {
                                objectName: "boardTab"
                                text: qsTr("Board")
                                checked: page.pane === 0
                                onClicked: page.pane = 0
                            }
                            NavTab {
                                objectName: "queueTab"
                                text: qsTr("Queue")
                                // Red with the missed deadlines once there are any, else the waiting count.
                                badge: queue.missedCount > 0 ? queue.missedCount : queue.waitingCount
                                alert: queue.missedCount > 0
                                Accessible.name: queue.missedCount > 0
                                                 ? qsTr("%1, %n past the first-reply deadline", "", queue.missedCount).arg(text)
                                                 : queue.waitingCount > 0 ? qsTr("%1, %n waiting", "", queue.waitingCount).arg(text) : text
                                checked: page.pane === 1
                                onClicked: page.pane = 1
                            }
                            NavTab {
                                objectName: "teamTab"
                                text: qsTr("Team")
                                checked: page.pane === 2
                                onClicked: page.pane = 2
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

                    StackLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        currentIndex: page.pane

                        BoardView {
                            id: board
                            workspace: page.workspace
                            selectedConversationId: page.openConversationId
                            shortcutsEnabled: !sheet.visible && page.currentPage === 0
                            offline: Console.connectionState === Console.Offline
                            onConversationActivated: id => page.openConversationId = id
                        }
                        QueueView {
                            id: queue
                            objectName: "queueView"
                            workspace: page.workspace
                            selectedConversationId: page.openConversationId
                            shortcutsEnabled: !sheet.visible && page.currentPage === 0
                            canTakeOver: Console.identity.operates && !page.away
                            readOnly: page.viewer
                            away: page.away
                            onConversationActivated: id => page.openConversationId = id
                            onTakeNextRequested: id => Console.actions.takeOver(id)
                        }
                        TeamView {
                            id: team
                            objectName: "teamView"
                            workspace: page.workspace
                            onPresenceRequested: presence => Console.actions.setPresence(presence)
                        }
                    }
                }

                ConversationView {
                    id: conversation
                    objectName: "conversationView"
                    clip: true
                    SplitView.fillWidth: true
                    SplitView.minimumWidth: 360
                    workspace: page.workspace
                    actions: Console.actions
                    conversationId: page.openConversationId
                    focusMessageId: page.openMessageId
                    shortcutsEnabled: !sheet.visible && page.currentPage === 0
                    onConversationActivated: id => page.openConversationId = id
                    onResolveAcknowledged: id => page.openNextAfterResolve(id)
                    onTranscriptPdfRequested: id => transcriptPdf.openFor(id)
                    onRulesRequested: version => {
                        Console.rules.selectedVersion = version
                        page.showPage(5)
                    }
                }
            }

            // Created when first shown: the charts need Qt Charts (and a QApplication).
            Loader {
                id: overview
                active: page.readsAnalytics && page.overviewShown
                sourceComponent: OverviewPage {
                    objectName: "overviewPage"
                    report: Console.analytics
                    workspace: page.workspace
                    offline: Console.connectionState === Console.Offline
                    onAnalyticsRequested: page.showPage(2)
                    onConversationRequested: id => {
                        page.showPage(0)
                        page.openConversationId = id
                    }
                }
                onLoaded: if (page.currentPage === 1) item.apply()
            }
            Loader {
                id: analytics
                active: page.readsAnalytics && page.analyticsShown
                sourceComponent: AnalyticsPage {
                    objectName: "analyticsPage"
                    report: Console.analytics
                    offline: Console.connectionState === Console.Offline
                    onConversationRequested: id => {
                        page.showPage(0)
                        page.openConversationId = id
                    }
                }
                onLoaded: if (page.currentPage === 2) item.apply()
            }
            Loader {
                id: history
                active: page.historyShown
                sourceComponent: HistoryPage {
                    objectName: "historyPage"
                    history: Console.history
                    offline: Console.connectionState !== Console.Connected
                    onConversationRequested: (id, messageId) => {
                        page.showPage(0)
                        page.openConversationId = id
                        page.openMessageId = messageId
                    }
                }
            }
            Loader {
                id: review
                active: page.reviewShown
                sourceComponent: ReviewPage {
                    objectName: "reviewPage"
                    review: Console.review
                    workspace: page.workspace
                    offline: Console.connectionState !== Console.Connected
                }
            }
            Loader {
                id: rulesPage
                active: page.rulesShown
                sourceComponent: RulesPage {
                    objectName: "rulesPage"
                    rules: Console.rules
                    offline: Console.connectionState !== Console.Connected
                    onConversationRequested: id => {
                        page.showPage(0)
                        page.openConversationId = id
                    }
                }
            }
            Loader {
                active: page.settingsShown
                sourceComponent: SettingsPage {
                    objectName: "settingsPage"
                }
            }
            Loader {
                active: page.admin && page.auditShown
                sourceComponent: AuditPage {
                    objectName: "auditPage"
                    audit: Console.audit
                    offline: Console.connectionState !== Console.Connected
                }
            }
            Loader {
                active: page.admin && page.usersShown
                sourceComponent: UsersPage {
                    objectName: "usersPage"
                    users: Console.users
                    offline: Console.connectionState !== Console.Connected
                }
            }
        }
    }

    // A new hand-off, said to assistive technology: an alert whose name is the latest arrival
    // (Qt 6.4 has no announcement API; screen readers read an alert as its name changes). It
    // draws nothing: the queue tab's badge and the tray say it to the eye.
    Item {
        id: announcer
        objectName: "handoffAnnouncer"
        property string text
        width: 1
        height: 1
        visible: text.length > 0
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        Connections {
            target: queue.model
            function onEscalationArrived(conversationId: string) {
                announcer.text = queue.model.arrivalSentence(conversationId)
            }
        }
    }

    // Missed first-reply deadlines: a notice when they rise past 0 and each time they double
    // (the rule is C++: EscalationQueueModel.missedDeadlinesRose); it goes once none is missed.
    Connections {
        id: deadlines
        target: queue.model
        function onMissedDeadlinesRose(count: int) {
            Console.notices.post(Models.Notices.Deadlines, Models.Severity.Warning,
                                 qsTr("%n conversation(s) in the queue passed the first-reply deadline.", "", count))
        }
        // Already missed when the page was made (the alarm rang before this listened).
        Component.onCompleted: if (queue.model.missedCount > 0) deadlines.onMissedDeadlinesRose(queue.model.missedCount)
        function onMissedCountChanged() {
            if (queue.model.missedCount === 0)
                Console.notices.clear(Models.Notices.Deadlines)
        }
    }

    TranscriptPdfDialog {
        id: transcriptPdf
        objectName: "transcriptPdfDialog"
        history: Console.history
    }
    ShortcutSheet {
        id: sheet
        objectName: "shortcutSheetPopup"
    }
    Shortcut {
        sequences: ["F1", "?", "Shift+?"] // "?" arrives with Shift on most layouts
        onActivated: sheet.visible ? sheet.close() : sheet.open()
    }
    Shortcut {
        sequence: "Ctrl+1"
        onActivated: {
            page.showPage(0)
            page.pane = 0
        }
    }
    // "/" searches the board; from the queue it switches to the board first.
    Shortcut {
        sequence: "/"
        enabled: page.pane === 1 && page.currentPage === 0 && !sheet.visible
        onActivated: {
            page.pane = 0
            board.focusSearch()
        }
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: {
            page.showPage(0)
            page.pane = 1
        }
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: {
            page.showPage(0)
            page.pane = 2
        }
    }
    Shortcut {
        sequence: "Alt+1"
        onActivated: page.showPage(0)
    }
    Shortcut {
        sequence: "Alt+2"
        enabled: page.readsAnalytics
        onActivated: page.showPage(1)
    }
    Shortcut {
        sequence: "Alt+3"
        enabled: page.readsAnalytics
        onActivated: page.showPage(2)
    }
    Shortcut {
        sequence: "Alt+4"
        onActivated: page.showPage(3)
    }
    Shortcut {
        sequence: "Alt+5"
        enabled: !page.viewer
        onActivated: page.showPage(4)
    }
    Shortcut {
        sequence: "Alt+6"
        onActivated: page.showPage(5)
    }
    Shortcut {
        sequence: "Alt+7"
        onActivated: page.showPage(6)
    }
    Shortcut {
        sequence: "Alt+8"
        enabled: page.admin
        onActivated: page.showPage(7)
    }
    Shortcut {
        sequence: "Alt+9"
        enabled: page.admin
        onActivated: page.showPage(8)
    }
}
