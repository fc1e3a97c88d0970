#pragma once
// What the tests that drive the real console's pages share (tests/shell): the process set up as
// the console sets itself up, and the real console started offline on a cache its test wrote,
// with its window shown offscreen.

#include "accountpaths.h"
#include "appoptions.h"
#include "console.h"
#include "qmltesting.h"

#include "credentials/tokenstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

namespace pilothouse::tests {

inline const QUrl kShellServer(QStringLiteral("http://127.0.0.1:8787"));

/// For initTestCase(): the Basic style, warnings recorded (a page test fails on any), the English
/// catalogue as the console loads it (its plural forms) and an en_US locale. QM_DIR is the build's
/// translations folder.
inline void setUpConsoleProcess()
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    WarningRecorder::install();
    static QTranslator english;
    QVERIFY(english.load(QStringLiteral("pilothouse_en"), QStringLiteral(QM_DIR)));
    QCoreApplication::installTranslator(&english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

/// The real console, offline, signed in as `user` of kShellServer on a cache `fill` wrote in a data
/// folder of its own. start() fails the test (and returns false) when any step fails.
struct ShownConsole {
    using Fill = std::function<void(const QString &cachePath)>;

    ShownConsole(const QString &userName, Fill fillCache)
        : user(userName)
        , fill(std::move(fillCache))
    { }

    QTemporaryDir data;
    QString user;
    Fill fill;
    QString dataPath = data.path();
    std::unique_ptr<app::Console> console;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    QString cachePath() const
    {
        return app::AccountPaths(dataPath).cacheFile(net::TokenStore::accountFor(user, kShellServer));
    }

    bool start(QSize size = {1280, 820})
    {
        fill(cachePath());
        if (QTest::currentTestFailed())
            return false;
        app::AppOptions options;
        options.dataDir = dataPath;
        options.offline = true;
        options.serverUrl = kShellServer;
        options.userName = user;
        WarningRecorder::take();
        console = std::make_unique<app::Console>(options);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        if (engine->rootObjects().isEmpty()) {
            QTest::qFail(qPrintable(WarningRecorder::take().join(u'\n')), __FILE__, __LINE__);
            return false;
        }
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        console->start();
        window->resize(size);
        if (!QTest::qWaitForWindowExposed(window)) {
            QTest::qFail("the window was never exposed", __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    ~ShownConsole()
    {
        engine.reset(); // the views go before the models they bind to
        console.reset();
    }
};

} // namespace pilothouse::tests
