// The real console ended by SIGTERM, as a desktop logging out or a service manager stops it
// (issue 16): it closes as a window close does, logs why, exits 0 (not 143), and leaves its cache
// closed cleanly: the write-ahead log checkpointed and the file opening healthy. On the way it logs
// its start-up phases and the time to the first frame that shows the board's rows.

#include "accountpaths.h"

#include "credentials/tokenstore.h"
#include "store/eventapplier.h"
#include "store/localstore.h"
#include "store/storecheck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pilothouse;

class TestShutdown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sigtermClosesAsAWindowCloseDoes()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("SIGTERM is a POSIX signal");
#else
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QUrl server(u"http://127.0.0.1:8787"_s);
        const QString cache = app::AccountPaths(data.path()).cacheFile(net::TokenStore::accountFor(u"sam"_s, server));
        {
            // A cache holding one conversation, as a first sync leaves one.
            models::LocalStore store;
            QVERIFY2(store.open(cache), qPrintable(store.errorString()));
            models::EventApplier applier(store);
            QVERIFY(applier.prepare());
            protocol::Customer customer;
            customer.id = "cu-1";
            customer.name = "Dana Whitfield";
            protocol::Conversation conversation;
            conversation.id = "cv-1";
            conversation.customerId = customer.id;
            conversation.lastMessage = "Where is my order?";
            conversation.createdAt = conversation.lastMessageAt = QDateTime::currentMSecsSinceEpoch();
            std::vector<protocol::Event> events;
            for (protocol::EventPayload payload :
                {protocol::EventPayload(customer), protocol::EventPayload(conversation)}) {
                protocol::Event event;
                event.seq = std::int64_t(events.size()) + 1;
                event.epoch = "shutdown";
                event.id = "shutdown-" + std::to_string(event.seq);
                event.payload = std::move(payload);
                events.push_back(std::move(event));
            }
            QVERIFY2(applier.applyEvents(events), qPrintable(applier.errorString()));
        }
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::MergedChannels);
        console.start(QStringLiteral(PILOTHOUSE_BIN),
            {u"--offline"_s, u"--server"_s, server.toString(), u"--user"_s, u"sam"_s, u"--data-dir"_s, data.path()});
        QVERIFY(console.waitForStarted(10000));
        const QString log = data.filePath(u"logs/pilothouse.log"_s);
        const auto logged = [&log](const char *text) {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged("cache open"), 20000);
        // The start-up phases, and when the board's rows were first on screen.
        QTRY_VERIFY_WITH_TIMEOUT(logged("start-up: first frame with the board's rows (1 rows) at"), 20000);
        QVERIFY(logged("start-up: user interface loaded at"));
        QVERIFY(QFileInfo::exists(cache + u"-wal"_s)); // the console holds its cache open

        QCOMPARE(::kill(pid_t(console.processId()), SIGTERM), 0);
        QVERIFY(console.waitForFinished(20000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        QVERIFY(logged("signal 15: closing as a window close does"));
        // Closed as on a window close: the WAL checkpointed into the file (or gone), the file healthy.
        const QFileInfo wal(cache + u"-wal"_s);
        QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(QString::number(wal.size())));
        QCOMPARE(models::storecheck::inspect(cache, models::LocalStore::schemaVersion()).verdict,
            models::storecheck::Verdict::Healthy);
#endif
    }
};

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
