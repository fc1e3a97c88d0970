import QtQuick
import QtQuick.Controls
import Pilothouse.App
import Pilothouse.Components

// The console's window: the sign-in page while signed out, the workspace otherwise (also when
// started offline, where the cache is browsed without a connection). Loaded by the app as
// qrc:/Pilothouse/Shell/Main.qml; it needs nothing but the Console singleton.
ApplicationWindow {
    id: window

    readonly property bool signedOut: Console.connectionState === Console.SignedOut

    /// Shows a conversation and brings the window forward (a click on a desktop notification).
    function openConversation(conversationId) { // untyped: invoked from C++ with a QVariant
        if (workspace.item)
            workspace.item.openConversation(conversationId)
        window.show()
        window.raise()
        window.requestActivate()
    }

    width: 1360
    height: 860
    // Every page is made to work from 800 pixels wide (app/appoptions.h, MinWindowWidth).
    minimumWidth: 800
    minimumHeight: 540
    visible: true
    title: Console.connectionState === Console.Connected && Console.identity.displayName.length > 0
           ? qsTr("Pilothouse — %1").arg(Console.identity.displayName) : qsTr("Pilothouse")
    color: Theme.window
    font.pixelSize: Theme.fontBody

    // The theme follows the operator's preferences (the Settings page), which Console persists.
    Binding {
        target: Theme
        property: "dark"
        value: Console.darkTheme
    }
    Binding {
        target: Theme
        property: "textScale"
        value: Console.preferences.textSize / 100
    }
    Binding {
        target: Theme
        property: "reducedMotion"
        value: Console.preferences.reducedMotion
    }
    Binding {
        target: Theme
        property: "compactRows"
        value: Console.preferences.compactRows
    }
    /// The tray badge's colours (app/traynotifier.cpp reads them): the theme's, not a copy.
    readonly property color trayBadgeColor: Theme.danger
    readonly property color trayBadgeTextColor: Theme.textOnAccent

    // A language switch builds the pages again. Qt 6.4's retranslate() re-reads qsTr() only, not
    // the labels models and Models.Labels compute in C++ (statuses, reasons, intents); a new page
    // reads them all in the new language. The page shown and the open conversation are kept.
    property bool rebuilding: false
    property var restore: null
    Connections {
        target: Console.preferences
        function onLanguageChanged() {
            if (workspace.item)
                window.restore = { page: workspace.item.currentPage,
                                   conversation: workspace.item.openConversationId }
            window.rebuilding = true
            Qt.callLater(() => { window.rebuilding = false })
        }
    }

    Loader {
        id: signIn
        anchors.fill: parent
        active: window.signedOut && !window.rebuilding
        visible: active
        sourceComponent: SignInPage {
            objectName: "signInPage"
        }
    }

    Loader {
        id: workspace
        anchors.fill: parent
        // Recreated on each sign-in so no selection or search leaks between accounts.
        active: !window.signedOut && !window.rebuilding
        visible: active
        sourceComponent: WorkspacePage {
            objectName: "workspacePage"
            workspace: Console.workspace
        }
        onLoaded: {
            if (!window.restore)
                return
            item.openConversationId = window.restore.conversation
            item.showPage(window.restore.page)
            window.restore = null
        }
    }
}
