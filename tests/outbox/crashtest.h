#pragma once
// The crash test of issue 4: a console process dies after an operator reply is in the outbox and
// before its ack; the next start resends it; the customer receives it exactly once. Drives
// outbox_harness (two runs) against a real pilothouse-server and reads both SQLite files after.

#include "serverlog.h"
#include "serverprocess.h"
#include "store/outbox.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

namespace crashtest {

using pilothouse::testing::ServerProcess;

struct HarnessRun {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString output;
};

inline HarnessRun runHarness(const QUrl &server, const QString &dataDir, const QString &text, const QString &mode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args {QStringLiteral("--server"), server.toString(), QStringLiteral("--data-dir"), dataDir,
        QStringLiteral("--text"), text};
    if (!mode.isEmpty())
        args << mode;
    process.start(QStringLiteral(HARNESS_BIN), args);
    HarnessRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(50000)) {
        process.kill();
        process.waitForFinished(5000);
        run.output = QStringLiteral("harness did not finish: ") + QString::fromUtf8(process.readAllStandardOutput());
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

/// How often the server's event log holds a message.created with this text, each as
/// "author/visibility " (and its id when it is not `messageId`).
inline int deliveries(const QString &serverDataDir, const QString &messageId, const QString &text, QString *authors)
{
    namespace protocol = pilothouse::protocol;
    const auto log = pilothouse::testing::readServerLog(serverDataDir);
    if (!log.error.isEmpty())
        return -1;
    int count = 0;
    for (const auto &message : log.messages()) {
        if (message.text != text.toStdString())
            continue;
        ++count;
        const std::string_view author = protocol::toString(message.author);
        const std::string_view visibility = protocol::toString(message.visibility);
        *authors += QString::fromUtf8(author.data(), qsizetype(author.size())) + QLatin1Char('/')
            + QString::fromUtf8(visibility.data(), qsizetype(visibility.size())) + QLatin1Char(' ');
        if (message.id != messageId.toStdString())
            *authors += QStringLiteral("(unexpected id %1) ").arg(QString::fromStdString(message.id));
    }
    return count;
}

inline void addRows()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<pilothouse::models::OutboxState::Value>("stateAfterCrash");
    namespace S = pilothouse::models::OutboxState;
    // Written, never sent: the restart must send it.
    QTest::newRow("after write, before send") << QStringLiteral("--crash-after-write") << S::Pending;
    // Applied by the server, ack never read: the resend must not apply it again.
    QTest::newRow("after send, before ack") << QStringLiteral("--crash-after-send") << S::Inflight;
}

inline void run(const QString &workDir)
{
    QFETCH(QString, mode);
    QFETCH(pilothouse::models::OutboxState::Value, stateAfterCrash);
    const QString root = QDir(workDir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString serverData = QDir(root).filePath(QStringLiteral("server"));
    const QString consoleData = QDir(root).filePath(QStringLiteral("console"));
    ServerProcess server;
    QVERIFY2(server.start(serverData,
                 {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                     QStringLiteral("--seed"), QStringLiteral("5")}),
        qPrintable(server.errorString()));

    // Unique, so the server's log can only hold it because of this test.
    const QString text = QStringLiteral("Refund %1 is on its way, sorry for the wait!")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const HarnessRun first = runHarness(server.url(), consoleData, text, mode);
#ifdef Q_OS_UNIX
    QVERIFY2(first.status == QProcess::CrashExit, qPrintable(first.output)); // killed by SIGKILL
#else
    QVERIFY2(first.exitCode == 86, qPrintable(first.output));
#endif
    const auto written = QRegularExpression(QStringLiteral(R"(WRITTEN (\S+) (\S+))")).match(first.output);
    QVERIFY2(written.hasMatch(), qPrintable(first.output));
    const QString commandId = written.captured(1);

    // The console that died left the reply in its outbox, not yet acknowledged.
    const auto outboxLine = QRegularExpression(QStringLiteral(R"(OUTBOX (.+))")).match(first.output);
    QVERIFY2(outboxLine.hasMatch(), qPrintable(first.output));
    const QString outboxPath = outboxLine.captured(1).trimmed();
    QVERIFY2(outboxPath.startsWith(consoleData), qPrintable(outboxPath)); // The console's own folder.
    {
        pilothouse::models::Outbox outbox;
        QVERIFY2(outbox.open(outboxPath), qPrintable(outbox.errorString() + QStringLiteral(" ") + outboxPath));
        const auto row = outbox.find(commandId);
        QVERIFY(row.has_value());
        QCOMPARE(row->state, stateAfterCrash);
        QCOMPARE(row->text, text);
    }

    const HarnessRun second = runHarness(server.url(), consoleData, text, QStringLiteral("--resume"));
    QVERIFY2(second.exitCode == 0, qPrintable(second.output));
    QVERIFY2(second.output.contains(QStringLiteral("RESUMING 1")), qPrintable(second.output));
    QVERIFY2(second.output.contains(QStringLiteral("ACKED ") + commandId), qPrintable(second.output));

    QString authors;
    const int count = deliveries(serverData, QStringLiteral("m-") + commandId, text, &authors);
    QVERIFY2(count == 1, qPrintable(QStringLiteral("%1 deliveries: %2").arg(count).arg(authors)));
    QCOMPARE(authors, QStringLiteral("human/public "));

    pilothouse::models::Outbox outbox;
    QVERIFY(outbox.open(outboxPath));
    QCOMPARE(outbox.find(commandId)->state, pilothouse::models::OutboxState::Acked);
}

} // namespace crashtest
