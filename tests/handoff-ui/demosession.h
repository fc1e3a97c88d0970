#pragma once
// What the end-to-end UI tests share (tests/handoff-ui): the real pilothouse-server in demo mode with
// simulated customers on a data folder of its own, and the console's options to sign in to it as the
// demo supervisor with a data folder of its own.

#include "appoptions.h"
#include "serverprocess.h"

#include <QStringList>
#include <QTemporaryDir>

namespace pilothouse::tests {

struct DemoSession {
    QTemporaryDir serverData;
    QTemporaryDir consoleData;
    testing::ServerProcess server;

    /// Starts the server with `conversationsPerMinute` simulated conversations and `seed`; false
    /// (with server.errorString()) when it did not start.
    bool start(int conversationsPerMinute, int seed)
    {
        return server.start(serverData.path(),
            {QStringLiteral("--demo"), QStringLiteral("--simulate"), QString::number(conversationsPerMinute),
                QStringLiteral("--seed"), QString::number(seed)});
    }

    /// The console signed in to this server as the demo supervisor.
    app::AppOptions consoleOptions() const
    {
        app::AppOptions options;
        options.demo = true;
        options.serverUrl = server.url();
        options.userName = QString::fromLatin1(app::AppOptions::DemoUser);
        options.dataDir = consoleData.path();
        return options;
    }
};

} // namespace pilothouse::tests
