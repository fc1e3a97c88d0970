// The crash matrix of issue 5: outbox_harness (the console's real command path: OperatorActions ->
// CommandPump -> outbox -> SessionWorker) runs a script of operator commands against one real
// pilothouse-server and dies by SIGKILL at a random point of the send path: at an instrumented
// point of a random command (before the outbox write, after it, after the server applied it, after
// its ack arrived) or from outside after a random delay. Then it is restarted, and killed again now
// and then, until its outbox holds nothing pending or in flight. For every run: every outbox row
// was applied exactly once by the server, or failed with a stated server reason and had no effect;
// and at the end no server effect exists without an outbox row. PILOTHOUSE_CRASH_RUNS (default 50)
// and PILOTHOUSE_CRASH_SEED make it longer or reproducible.

#include "serverlog.h"
#include "serverprocess.h"
#include "domain/catalogue.h"
#include "store/outbox.h"

#include "rest/loginclient.h"
#include "session/metatypes.h"

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using pilothouse::testing::ServerProcess;
namespace protocol = pilothouse::protocol;

namespace {

/// Kill points (first run). "external" is a SIGKILL from this test after a random delay.
const QStringList kPoints {QStringLiteral("before-write"), QStringLiteral("after-write"), QStringLiteral("after-apply"),
    QStringLiteral("after-ack"), QStringLiteral("external")};
constexpr int kScriptLength = 6; // take over, reply, note, reply, hand back, a review label
constexpr int kMaxRestarts = 8;

/// Server reasons a command may fail with here, none of them caused by the crash: the simulated
/// customer or the AI changed the conversation at the same moment (conflict), or it was no longer
/// in a state that allows the command (invalid_state; e.g. the customer ended it).
const QSet<QString> kStatedFailures {QStringLiteral("conflict"), QStringLiteral("invalid_state")};

struct Run {
    bool crashed = false;
    bool timedOut = false;
    int exitCode = 0;
    QString output;
};

} // namespace

class TestCrashMatrix : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_token;

    Run runHarness(const QString &dataDir, const QStringList &extra, int killAfterMs)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PILOTHOUSE_HARNESS_TOKEN"), m_token);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HARNESS_BIN),
            QStringList {QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--data-dir"), dataDir,
                QStringLiteral("--matrix")}
                + extra);
        Run run;
        if (!process.waitForStarted(10000)) {
            run.timedOut = true;
            return run;
        }
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs) && process.state() == QProcess::Running)
            process.kill(); // SIGKILL
        // waitForFinished() is false for a process that already ended.
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(40000)) {
            process.kill();
            process.waitForFinished(5000);
            run.timedOut = true;
        }
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
        run.output = QString::fromUtf8(process.readAll());
        return run;
    }

    /// Rows of the run's outbox (none when the file was never created).
    std::optional<QList<models::OutboxRecord>> outboxRows(const QString &dataDir)
    {
        QDir dir(dataDir);
        const auto files = dir.entryList({QStringLiteral("*.outbox.sqlite")}, QDir::Files, QDir::NoSort);
        QList<models::OutboxRecord> rows;
        const auto subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QStringList paths;
        for (const QString &f : files)
            paths << dir.filePath(f);
        for (const QString &sub : subdirs) {
            QDir subdir(dir.filePath(sub));
            for (const QString &f : subdir.entryList({QStringLiteral("*.outbox.sqlite")}, QDir::Files))
                paths << subdir.filePath(f);
        }
        for (const QString &path : std::as_const(paths)) {
            models::Outbox outbox;
            if (!outbox.open(path))
                return std::nullopt;
            const auto all = outbox.all();
            if (!all)
                return std::nullopt;
            rows += *all;
        }
        return rows;
    }

    QString serverData() const { return QDir(m_dir.path()).filePath(QStringLiteral("server")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        net::registerMetaTypes();
        QVERIFY2(m_server.start(serverData(),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("120"),
                         QStringLiteral("--seed"), QStringLiteral("17")}),
            qPrintable(m_server.errorString()));
        // One sign-in for all runs; the token goes to the harness in its environment only.
        net::LoginClient login;
        QSignalSpy finished(&login, &net::LoginClient::finished);
        login.login(m_server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
        QVERIFY(finished.wait(30000));
        const auto result = finished.constFirst().constFirst().value<net::LoginResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        m_token = result.token;
    }

    void cleanupTestCase() { m_server.stop(); }

    void everyCommandAppliedExactlyOnce()
    {
        const int runs = qEnvironmentVariableIsSet("PILOTHOUSE_CRASH_RUNS")
            ? qEnvironmentVariableIntValue("PILOTHOUSE_CRASH_RUNS")
            : 50;
        const quint32 seed = qEnvironmentVariableIsSet("PILOTHOUSE_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("PILOTHOUSE_CRASH_SEED"))
            : QRandomGenerator::system()->generate();
        qInfo("crash matrix: %d runs, seed %u (PILOTHOUSE_CRASH_SEED=%u reproduces the choices)", runs, seed, seed);
        QRandomGenerator random(seed);

        QMap<QString, int> killed; // "point step" -> runs killed there
        QMap<QString, int> notReached; // chosen point never reached (the script ended earlier)
        QMap<QString, int> failures; // failed rows by server code
        QMap<QString, int> acked; // acked rows by command name
        QSet<QString> everyRow;
        int restarts = 0;
        int restartKills = 0;
        int rowsTotal = 0;

        for (int i = 0; i < runs; ++i) {
            const QString dataDir = QDir(m_dir.path()).filePath(QStringLiteral("console-%1").arg(i));
            const QString point = kPoints.at(random.bounded(int(kPoints.size())));
            const int step = random.bounded(kScriptLength);
            Run first;
            QString label;
            if (point == u"external") {
                const int delay = random.bounded(0, 1500);
                first = runHarness(dataDir, {}, delay);
                label = QStringLiteral("external");
            } else {
                first = runHarness(dataDir,
                    {QStringLiteral("--kill-at"), point, QStringLiteral("--kill-step"), QString::number(step)}, -1);
                label = QStringLiteral("%1 #%2").arg(point).arg(step);
            }
            QVERIFY2(
                !first.timedOut, qPrintable(QStringLiteral("run %1 (%2) hung: %3").arg(i).arg(label, first.output)));
            if (first.crashed)
                ++killed[label];
            else if (first.exitCode == 0)
                ++notReached[label];
            else
                QFAIL(qPrintable(QStringLiteral("run %1 (%2) exited %3: %4")
                                     .arg(i)
                                     .arg(label)
                                     .arg(first.exitCode)
                                     .arg(first.output)));

            // Restart until nothing is pending or in flight; now and then kill the restart too.
            int attempt = 0;
            for (;; ++attempt) {
                const auto rows = outboxRows(dataDir);
                QVERIFY2(rows, qPrintable(QStringLiteral("run %1: outbox unreadable").arg(i)));
                const bool unsettled = std::any_of(rows->cbegin(), rows->cend(), [](const models::OutboxRecord &r) {
                    return r.state == pilothouse::models::OutboxState::Pending
                        || r.state == pilothouse::models::OutboxState::Inflight;
                });
                if (!unsettled)
                    break;
                QVERIFY2(attempt < kMaxRestarts, qPrintable(QStringLiteral("run %1 never drained").arg(i)));
                ++restarts;
                const bool kill = attempt < 2 && random.bounded(3) == 0;
                const Run again
                    = runHarness(dataDir, {QStringLiteral("--resume")}, kill ? random.bounded(20, 600) : -1);
                QVERIFY2(!again.timedOut, qPrintable(again.output));
                if (again.crashed)
                    ++restartKills;
                else
                    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
            }

            // Every row settled, applied exactly once, or failed for a stated reason with no effect.
            const auto rows = outboxRows(dataDir);
            QVERIFY(rows);
            const auto log = testing::readServerLog(serverData());
            QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
            const QSet<QString> remembered = testing::rememberedCommands(serverData());
            for (const models::OutboxRecord &row : *rows) {
                ++rowsTotal;
                everyRow.insert(row.commandId);
                const QString what = QStringLiteral("run %1 (%2) %3 %4 [%5 %6]")
                                         .arg(i)
                                         .arg(label, QLatin1String(models::catalogue::commandName(row.action)),
                                             row.commandId, models::Outbox::stateName(row.state), row.errorCode);
                QVERIFY2(remembered.contains(row.commandId),
                    qPrintable(what + QStringLiteral(": the server does not remember it")));
                const bool message
                    = row.action == pilothouse::models::Action::Send || row.action == pilothouse::models::Action::Note;
                // Its effect: the message it names (m-<command id>), or the transition it caused.
                const auto caused = log.causedBy(row.commandId.toStdString());
                const std::string messageId = "m-" + row.commandId.toStdString();
                const auto effects = std::count_if(caused.cbegin(), caused.cend(), [&](const protocol::Event &event) {
                    if (message) {
                        const auto *created = std::get_if<protocol::Message>(&event.payload);
                        return event.kind == protocol::kinds::MessageCreated && created && created->id == messageId;
                    }
                    if (row.action == pilothouse::models::Action::Judge)
                        return event.kind == protocol::kinds::MessageJudged;
                    return event.kind == protocol::kinds::ConversationTransitioned;
                });
                if (row.state == pilothouse::models::OutboxState::Acked) {
                    QVERIFY2(effects == 1, qPrintable(what + QStringLiteral(": %1 effects").arg(effects)));
                    ++acked[QLatin1String(models::catalogue::commandName(row.action))];
                } else {
                    QVERIFY2(row.state == pilothouse::models::OutboxState::Failed,
                        qPrintable(what + QStringLiteral(": not settled")));
                    QVERIFY2(
                        kStatedFailures.contains(row.errorCode), qPrintable(what + QStringLiteral(": ") + row.error));
                    QVERIFY2(caused.empty(), qPrintable(what + QStringLiteral(": a failed command left an effect")));
                    ++failures[row.errorCode];
                }
            }
        }

        // No server effect without an outbox row: every remembered command and every event caused
        // by one belongs to a row some run wrote.
        const QSet<QString> remembered = testing::rememberedCommands(serverData());
        QSet<QString> caused;
        for (const protocol::Event &event : testing::readServerLog(serverData()).events) {
            if (!event.commandId.empty())
                caused.insert(QString::fromStdString(event.commandId));
        }
        QVERIFY2(remembered.size() > 0, "the server remembers no command at all");
        const QSet<QString> strayCommands = remembered - everyRow;
        const QSet<QString> strayEvents = caused - everyRow;
        QVERIFY2(
            strayCommands.isEmpty(), qPrintable(QStringList(strayCommands.cbegin(), strayCommands.cend()).join(u' ')));
        QVERIFY2(strayEvents.isEmpty(), qPrintable(QStringList(strayEvents.cbegin(), strayEvents.cend()).join(u' ')));

        qInfo("kill-point histogram (first run of each; point #command index):");
        for (auto it = killed.cbegin(); it != killed.cend(); ++it)
            qInfo("  killed at %-16s %3d", qPrintable(it.key()), it.value());
        for (auto it = notReached.cbegin(); it != notReached.cend(); ++it)
            qInfo("  not reached %-14s %3d (the script ended before it, or the delay outlived the run)",
                qPrintable(it.key()), it.value());
        int ackedTotal = 0;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            qInfo("  acked %-24s %4d, each applied exactly once", qPrintable(it.key()), it.value());
            ackedTotal += it.value();
        }
        for (auto it = failures.cbegin(); it != failures.cend(); ++it)
            qInfo("  failed %-23s %4d, no effect", qPrintable(it.key()), it.value());
        qInfo("totals: %d runs, %d outbox rows (%d acked), %d restarts (%d of them killed too), %lld commands "
              "remembered by the server, 0 without a row",
            runs, rowsTotal, ackedTotal, restarts, restartKills, static_cast<long long>(remembered.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashMatrix)
#include "tst_crashmatrix.moc"
