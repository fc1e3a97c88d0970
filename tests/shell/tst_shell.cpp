// The Shell module loads offscreen with zero QML warnings, with the real Console behind it, in the
// states a user meets before any server is involved: signed out, and offline with no cache.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "console.h"
#include "qmltesting.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::app;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

class TestShell : public QObject {
    Q_OBJECT

private:
    void loadAndSettle(const AppOptions &options, const QString &pngName)
    {
        WarningRecorder::take();
        Console console(options);
        QQmlApplicationEngine engine;
        // Qt 6.4 does not search the resource root for the statically linked modules by itself.
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(WarningRecorder::take().join(u'\n')));
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
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        WarningRecorder::install();
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

    void queueTabAndShortcutSheet()
    {
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.offline = true;
        WarningRecorder::take();
        Console console(options);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(WarningRecorder::take().join(u'\n')));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Ctrl+2 shows the queue (empty here), Ctrl+1 the board again.
        auto *queue = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("queueView")));
        QVERIFY(queue);
        QVERIFY(!queue->isVisible());
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(queue->isVisible());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/shell-queue-empty.png"));

        // F1 opens the shortcut sheet and Esc closes it; "?" opens it too.
        QTest::keyClick(window, Qt::Key_F1);
        QObject *sheet = nullptr;
        QTRY_VERIFY((sheet = findByName(window->contentItem(), QStringLiteral("shortcutSheetPopup"))) != nullptr
            && sheet->property("visible").toBool());
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/shell-shortcut-sheet.png"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Question, Qt::ShiftModifier);
        QTRY_VERIFY(sheet->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(!queue->isVisible());
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
