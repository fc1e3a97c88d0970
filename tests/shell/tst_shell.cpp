// The Shell module loads offscreen with zero QML warnings, with the real Console behind it, in the
// states a user meets before any server is involved: signed out, and offline with no cache.

#include "appoptions.h"
#include "console.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Pilothouse_AppPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_BoardPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ConversationPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_QueuePlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ShellPlugin)

using namespace pilothouse::app;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestShell : public QObject {
    Q_OBJECT

private:
    void loadAndSettle(const AppOptions &options, const QString &pngName)
    {
        g_warnings.clear();
        Console console(options);
        QQmlApplicationEngine engine;
        // Qt 6.4 does not search the resource root for the statically linked modules by itself.
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(g_warnings.join(u'\n')));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(500);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/") + pngName);
        // Toggle the theme: both palettes must bind cleanly.
        console.setDarkTheme(!console.darkTheme());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/dark-") + pngName);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        g_previous = qInstallMessageHandler(recordWarnings);
    }

    void signedOutShowsSignIn()
    {
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        loadAndSettle(options, QStringLiteral("shell-signed-out.png"));
    }

    void offlineWithoutCache()
    {
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.offline = true;
        loadAndSettle(options, QStringLiteral("shell-offline-empty.png"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
