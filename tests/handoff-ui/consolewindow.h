#pragma once
// The real Console with Main.qml offscreen, for the end-to-end UI tests (tests/handoff-ui): signed
// out at first against a DemoSession's server, as someone opening the console would find it.

#include "console.h"
#include "demosession.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSize>
#include <QTest>

#include <memory>

namespace pilothouse::tests {

struct ConsoleWindow {
    std::unique_ptr<app::Console> console;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    /// Starts a console for `user` (not in demo mode: it does not sign in by itself) and shows
    /// Main.qml at `size`; true once the sign-in page is up.
    bool open(const DemoSession &demo, const QString &user, QSize size)
    {
        return show(demo, user, size) && console->connectionState() == app::Console::ConnectionState::SignedOut;
    }

    /// Shows the console as open() does and signs in with the demo password ("<user>-demo"),
    /// unless the keychain still held a sign-in of `user` from an earlier test; true once connected.
    bool signIn(const DemoSession &demo, const QString &user, QSize size)
    {
        if (!show(demo, user, size))
            return false;
        if (console->connectionState() == app::Console::ConnectionState::SignedOut)
            console->signIn(demo.server.url().toString(), user, user + QStringLiteral("-demo"));
        return QTest::qWaitFor(
            [this] { return console->connectionState() == app::Console::ConnectionState::Connected; }, 20000);
    }

private:
    /// Starts the console and shows Main.qml; true once it is signed out or connected.
    bool show(const DemoSession &demo, const QString &user, QSize size)
    {
        app::AppOptions options = demo.consoleOptions();
        options.demo = false;
        options.userName = user;
        console = std::make_unique<app::Console>(options);
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return false;
        window->resize(size);
        console->start();
        using State = app::Console::ConnectionState;
        return QTest::qWaitForWindowExposed(window)
            && QTest::qWaitFor(
                [this] {
                    return console->connectionState() == State::SignedOut
                        || console->connectionState() == State::Connected;
                },
                10000);
    }
};

} // namespace pilothouse::tests
