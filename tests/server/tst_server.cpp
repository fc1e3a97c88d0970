// End-to-end: the real pilothouse-server binary on 127.0.0.1, a real SQLite file in a temporary
// directory, a real QWebSocket client speaking protocol v1.

#include "serverharness.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace testing;
using pilothouse::testing::runServerToExit;
using pilothouse::testing::ServerProcess;
using pilothouse::testing::ServerRun;
namespace protocol = pilothouse::protocol;

namespace {

/// Checks the stream invariant a client relies on: one epoch, seq strictly +1.
bool contiguous(const std::vector<protocol::Event> &events, std::int64_t after, const std::string &epoch)
{
    std::int64_t expected = after + 1;
    for (const auto &event : events) {
        if (event.seq != expected++ || event.epoch != epoch)
            return false;
    }
    return true;
}

const protocol::Message *firstAiMessage(const std::vector<protocol::Event> &events)
{
    for (const auto &event : events) {
        const auto *message = std::get_if<protocol::Message>(&event.payload);
        if (message && message->author == protocol::Author::Ai)
            return message;
    }
    return nullptr;
}

} // namespace

class TestServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badOptionsExitWithTwo_data();
    void badOptionsExitWithTwo();
    void answersInTheSystemLanguage_data();
    void answersInTheSystemLanguage();
    void unusableDataDirExitsWithOne();
    void loginAndHealth();
    void welcomeCarriesTheRole();
    void badTokenIsClosedWith4001();
    void protocolViolationsAreClosed();
    void silentClientsAreClosed();
    void liveEventsResumeAcrossRestartAndWipe();
    void gapLongerThanTheReplayLimitGetsASnapshot();
};

void TestServer::badOptionsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("listen") << QStringList {QStringLiteral("--listen"), QStringLiteral("nowhere")}
                            << QStringLiteral("--listen");
    QTest::newRow("port") << QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
                          << QStringLiteral("--listen");
    QTest::newRow("simulate") << QStringList {QStringLiteral("--simulate"), QStringLiteral("-3")}
                              << QStringLiteral("--simulate");
    QTest::newRow("simulate-too-fast") << QStringList {QStringLiteral("--simulate"), QStringLiteral("601")}
                                       << QStringLiteral("from 0 to 600");
    QTest::newRow("mix") << QStringList {QStringLiteral("--mix"), QStringLiteral("no_such_scenario=1")}
                         << QStringLiteral("--mix");
    QTest::newRow("log-level") << QStringList {QStringLiteral("--log-level"), QStringLiteral("loud")}
                               << QStringLiteral("--log-level");
    QTest::newRow("token-ttl") << QStringList {QStringLiteral("--token-ttl"), QStringLiteral("soon")}
                               << QStringLiteral("--token-ttl");
    QTest::newRow("seed") << QStringList {QStringLiteral("--seed"), QStringLiteral("abc")} << QStringLiteral("--seed");
    QTest::newRow("retention-seconds") << QStringList {QStringLiteral("--retention-seconds"), QStringLiteral("0")}
                                       << QStringLiteral("--retention-seconds");
    QTest::newRow("max-send-queue-bytes") << QStringList {QStringLiteral("--max-send-queue-bytes"),
        QStringLiteral("1024")} << QStringLiteral("--max-send-queue-bytes");
    QTest::newRow("close-grace-ms") << QStringList {QStringLiteral("--close-grace-ms"), QStringLiteral("10")}
                                    << QStringLiteral("--close-grace-ms");
    QTest::newRow("max-replay-events") << QStringList {QStringLiteral("--max-replay-events"), QStringLiteral("0")}
                                       << QStringLiteral("--max-replay-events");
    QTest::newRow("ai-resolve-after-ms") << QStringList {QStringLiteral("--ai-resolve-after-ms"),
        QStringLiteral("soon")} << QStringLiteral("--ai-resolve-after-ms");
    QTest::newRow("abandon-after-ms") << QStringList {QStringLiteral("--abandon-after-ms"), QStringLiteral("-1")}
                                      << QStringLiteral("--abandon-after-ms");
    QTest::newRow("history-days-below") << QStringList {QStringLiteral("--demo"), QStringLiteral("--history-days"),
        QStringLiteral("-1")} << QStringLiteral("from 0 to 365");
    QTest::newRow("history-days-above") << QStringList {QStringLiteral("--demo"), QStringLiteral("--history-days"),
        QStringLiteral("366")} << QStringLiteral("from 0 to 365");
    QTest::newRow("history-days-without-demo")
        << QStringList {QStringLiteral("--history-days"), QStringLiteral("3")} << QStringLiteral("--demo");
    QTest::newRow("history-rate-below") << QStringList {QStringLiteral("--demo"), QStringLiteral("--history-rate"),
        QStringLiteral("0")} << QStringLiteral("from 1 to 5000");
    QTest::newRow("history-rate-above") << QStringList {QStringLiteral("--demo"), QStringLiteral("--history-rate"),
        QStringLiteral("5001")} << QStringLiteral("from 1 to 5000");
    QTest::newRow("unknown") << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
}

void TestServer::badOptionsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const ServerRun result = runServerToExit(arguments + QStringList {QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(mentions), qPrintable(result.standardError));
    QCOMPARE(result.standardError.count(u'\n'), qsizetype(1)); // one clear line
    QVERIFY(result.standardOutput.isEmpty());
}

void TestServer::answersInTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en_US.UTF-8") << QStringLiteral("expected HOST:PORT");
    QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("HOST:PORT attendu");
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("HOST:PORT erwartet");
    QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("HOST:PORT");
    QTest::newRow("ru") << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("HOST:PORT");
}

/// The server's catalogues (translations/pilothouse-server_*.ts) are compiled in and chosen by the
/// system locale: a bad option is explained in the operator's language, options and values stay as typed.
void TestServer::answersInTheSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), lang);
    const ServerRun result = runServerToExit({QStringLiteral("--listen"), QStringLiteral("nope")}, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(QStringLiteral("--listen 'nope'")), qPrintable(result.standardError));
    QVERIFY2(result.standardError.contains(expected), qPrintable(result.standardError));
    const bool english = result.standardError.contains(QStringLiteral("expected HOST:PORT"));
    QVERIFY2(english == lang.startsWith(u"en"), qPrintable(result.standardError));
}

void TestServer::unusableDataDirExitsWithOne()
{
    QTemporaryDir dir;
    // A plain file where the data directory should be.
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    const ServerRun result = runServerToExit({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--data-dir"), blocker + QStringLiteral("/sub")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains(QStringLiteral("data directory")), qPrintable(result.standardError));

    // A database written by a newer server is refused, not migrated backwards or guessed at.
    const QString newer = dir.filePath(QStringLiteral("newer"));
    QVERIFY(QDir().mkpath(newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer + QStringLiteral("/pilothouse-server.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const ServerRun refused = runServerToExit(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), newer});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.standardError.contains(QStringLiteral("newer")), qPrintable(refused.standardError));
}

void TestServer::loginAndHealth()
{
    QTemporaryDir dir;
    ServerProcess server;
    server.keepLog(); // searched for the password below
    QVERIFY2(server.start(dir.path(), {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}),
        qPrintable(server.errorString()));
    QVERIFY(server.standardOutput().contains(QStringLiteral("supervisor-demo")));

    const HttpResult ok = httpPost(
        server.port(), QStringLiteral("/api/v1/login"), R"({"user":"supervisor","password":"supervisor-demo"})");
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.body.value(QStringLiteral("token")).toString().size() >= 40);
    QVERIFY(ok.body.value(QStringLiteral("expiresAt")).toInteger() > QDateTime::currentMSecsSinceEpoch());
    const QJsonObject user = ok.body.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));

    const HttpResult wrong
        = httpPost(server.port(), QStringLiteral("/api/v1/login"), R"({"user":"supervisor","password":"guess"})");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("unauthorized"));
    const HttpResult nobody
        = httpPost(server.port(), QStringLiteral("/api/v1/login"), R"({"user":"nobody","password":"guess"})");
    QCOMPARE(nobody.status, 401);
    const HttpResult malformed = httpPost(server.port(), QStringLiteral("/api/v1/login"), "{\"user\":");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("bad_request"));

    const HttpResult health = httpGet(server.port(), QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!health.body.value(QStringLiteral("epoch")).toString().isEmpty());
    // The seeded customers were announced as events when the log was created.
    QVERIFY(health.body.value(QStringLiteral("head")).toInteger() > 0);
    QCOMPARE(server.stop(), 0);
    QVERIFY2(!server.log().isEmpty(), "the server logged nothing");
    QVERIFY2(!server.log().contains(QStringLiteral("supervisor-demo")), "a password reached the log");
}

void TestServer::welcomeCarriesTheRole()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(server.start(dir.path(), {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}));
    for (const QString &role : {QStringLiteral("supervisor"), QStringLiteral("agent")}) {
        const QString token = login(server.port(), role, role + QStringLiteral("-demo"));
        QVERIFY(!token.isEmpty());
        StreamClient client;
        QVERIFY(client.connectTo(server.port()));
        client.hello(token.toStdString());
        QVERIFY(client.waitFor([&] {
            const auto parts = client.snapshots();
            return !parts.empty() && parts.back().final;
        }));
        const auto welcome = client.welcome();
        QVERIFY(welcome);
        QCOMPARE(QString::fromStdString(welcome->user.role), role);
        QCOMPARE(QString::fromStdString(welcome->user.name), role);
        QCOMPARE(welcome->resume, protocol::ResumeMode::Snapshot);
        QCOMPARE(welcome->limits.maxMessageBytes, protocol::kDefaultMaxMessageBytes);
        QCOMPARE(welcome->retentionSeconds, std::int64_t {7 * 24 * 3600});
        QCOMPARE(client.snapshots().front().position, welcome->head);
        QCOMPARE(client.undecodable(), 0);
    }
    QCOMPARE(server.stop(), 0);
}

void TestServer::badTokenIsClosedWith4001()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(server.start(dir.path(), {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}));
    StreamClient client;
    QVERIFY(client.connectTo(server.port()));
    client.hello("not-a-token");
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode(), protocol::close_codes::Unauthorized);
    QVERIFY(client.lastError());
    QCOMPARE(client.lastError()->code, std::string(protocol::errors::Unauthorized));
    QVERIFY(!client.welcome());
    QCOMPARE(server.stop(), 0);
}

void TestServer::protocolViolationsAreClosed()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(server.start(dir.path(),
        {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0"),
            QStringLiteral("--hello-timeout-ms"), QStringLiteral("400")}));
    const QString token = login(server.port(), QStringLiteral("agent"), QStringLiteral("agent-demo"));

    StreamClient garbage;
    QVERIFY(garbage.connectTo(server.port()));
    garbage.sendRaw(QStringLiteral("{\"type\":"));
    QVERIFY(garbage.waitForClose());
    QCOMPARE(garbage.closeCode(), protocol::close_codes::ProtocolError);
    QCOMPARE(garbage.lastError()->code, std::string(protocol::errors::BadRequest));

    StreamClient future;
    QVERIFY(future.connectTo(server.port()));
    future.hello(token.toStdString(), std::nullopt, 99);
    QVERIFY(future.waitForClose());
    QCOMPARE(future.closeCode(), protocol::close_codes::UnsupportedVersion);
    QCOMPARE(future.lastError()->code, std::string("unsupported_version"));

    // Over maxMessageBytes (1 MiB) but under Qt's hard cap: the protocol's 4009, not Qt's 1009.
    StreamClient huge;
    QVERIFY(huge.connectTo(server.port()));
    huge.sendRaw(QString(1536 * 1024, u'x'));
    QVERIFY(huge.waitForClose());
    QCOMPARE(huge.closeCode(), protocol::close_codes::MessageTooLarge);
    QCOMPARE(huge.lastError()->code, std::string("message_too_large"));

    StreamClient mute;
    QVERIFY(mute.connectTo(server.port()));
    QVERIFY(mute.waitForClose());
    QCOMPARE(mute.closeCode(), protocol::close_codes::HelloTimeout);
    QVERIFY(mute.lastError());

    // Only the stream path upgrades; anything else is refused at the handshake.
    StreamClient lost;
    QVERIFY(!lost.connectTo(server.port(), QStringLiteral("/api/v1/elsewhere")));
    const HttpResult plain = httpGet(server.port(), QStringLiteral("/api/v1/stream"));
    QCOMPARE(plain.status, 426);
    QCOMPARE(server.stop(), 0);
}

void TestServer::silentClientsAreClosed()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(server.start(dir.path(),
        {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0"), QStringLiteral("--heartbeat-ms"),
            QStringLiteral("200"), QStringLiteral("--idle-ms"), QStringLiteral("800")}));
    const QString token = login(server.port(), QStringLiteral("agent"), QStringLiteral("agent-demo"));

    StreamClient alive; // answers pings, so it stays
    StreamClient silent;
    silent.setAnswerPings(false);
    for (StreamClient *client : {&alive, &silent}) {
        QVERIFY(client->connectTo(server.port()));
        client->hello(token.toStdString());
    }
    QVERIFY(silent.waitForClose(10000));
    QCOMPARE(silent.closeCode(), protocol::close_codes::IdleTimeout);
    // The server pinged the silent client before giving up on it.
    QVERIFY(std::any_of(silent.frames().begin(), silent.frames().end(),
        [](const auto &frame) { return std::holds_alternative<protocol::Ping>(frame); }));
    QVERIFY(!alive.closed());

    alive.send(protocol::Ping {42});
    QVERIFY(alive.waitFor([&] { return alive.hasPong(42); }));
    QCOMPARE(server.stop(), 0);
    QVERIFY(alive.waitForClose());
    QCOMPARE(alive.closeCode(), protocol::close_codes::ServerRestarting);
    // A planned shutdown says so: not "internal", which means a fault.
    QVERIFY(alive.lastError());
    QCOMPARE(alive.lastError()->code, std::string(protocol::errors::ShuttingDown));
}

void TestServer::liveEventsResumeAcrossRestartAndWipe()
{
    QTemporaryDir dir;
    const QStringList traffic {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
        QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--heartbeat-ms"), QStringLiteral("1000")};
    ServerProcess server;
    QVERIFY2(server.start(dir.path(), traffic), qPrintable(server.errorString()));
    const QString token = login(server.port(), QStringLiteral("agent"), QStringLiteral("agent-demo"));
    QVERIFY(!token.isEmpty());

    // 1. Live events: one epoch, seq strictly +1 after the snapshot position.
    StreamClient first;
    QVERIFY(first.connectTo(server.port()));
    first.hello(token.toStdString());
    QVERIFY(first.waitFor([&] { return first.events().size() >= 30 && firstAiMessage(first.events()); }, 20000));
    const auto welcome = first.welcome();
    QVERIFY(welcome);
    const std::string epoch = welcome->head.epoch;
    QVERIFY(!epoch.empty());
    QCOMPARE(first.snapshots().back().position, welcome->head);
    QVERIFY(contiguous(first.events(), welcome->head.seq, epoch));

    // 2. A command applies once, however often it is sent.
    const auto live = first.events();
    const std::string aiMessageId = firstAiMessage(live)->id;
    const protocol::Command judge {
        "cmd-judge-1", "message.judge", {{"messageId", aiMessageId}, {"correct", false}, {"reason", "wrong order"}}};
    first.send(judge);
    first.send(judge);
    const auto acks = [&] {
        std::vector<protocol::Ack> found;
        for (const auto &frame : first.frames()) {
            if (const auto *ack = std::get_if<protocol::Ack>(&frame))
                found.push_back(*ack);
        }
        return found;
    };
    QVERIFY(first.waitFor([&] { return acks().size() == 2; }));
    // The judged event is already in the stream when its ack arrives.
    const auto &frames = first.frames();
    const auto ackAt = std::find_if(
        frames.begin(), frames.end(), [](const auto &frame) { return std::holds_alternative<protocol::Ack>(frame); });
    const bool eventBeforeAck = std::any_of(frames.begin(), ackAt, [](const auto &frame) {
        const auto *events = std::get_if<protocol::Events>(&frame);
        return events && std::any_of(events->events.begin(), events->events.end(), [](const auto &event) {
            return event.commandId == "cmd-judge-1";
        });
    });
    QVERIFY(eventBeforeAck);
    QCOMPARE(acks()[0].seq, acks()[1].seq);
    QVERIFY(acks()[0].seq > 0);
    first.send(protocol::Command {"cmd-2", "message.explode", {}});
    first.send(protocol::Command {"cmd-3", "message.judge", {{"messageId", 5}}});
    QVERIFY(first.waitFor([&] {
        int nacks = 0;
        for (const auto &frame : first.frames())
            nacks += std::holds_alternative<protocol::Nack>(frame) ? 1 : 0;
        return nacks == 2;
    }));
    QVERIFY(first.waitFor([&] { return first.events().back().seq > acks()[0].seq; }));
    int judged = 0;
    for (const auto &event : first.events()) {
        if (event.kind == protocol::kinds::MessageJudged) {
            ++judged;
            QCOMPARE(event.commandId, std::string("cmd-judge-1"));
            QCOMPARE(event.seq, acks()[0].seq);
            QCOMPARE(std::get<protocol::Judgement>(event.payload).by, std::string("agent"));
        }
    }
    QCOMPARE(judged, 1);
    QVERIFY(contiguous(first.events(), welcome->head.seq, epoch));

    // 3. Shutdown closes with 4011; a restart keeps the epoch, the log and the token.
    QCOMPARE(server.stop(), 0);
    QVERIFY(first.waitForClose());
    QCOMPARE(first.closeCode(), protocol::close_codes::ServerRestarting);
    const protocol::Cursor seen {epoch, first.events().back().seq};

    QVERIFY(server.start(dir.path(), traffic));
    const HttpResult health = httpGet(server.port(), QStringLiteral("/api/v1/health"));
    QCOMPARE(health.body.value(QStringLiteral("epoch")).toString().toStdString(), epoch);
    QVERIFY(health.body.value(QStringLiteral("head")).toInteger() >= seen.seq);
    StreamClient resumed;
    QVERIFY(resumed.connectTo(server.port()));
    resumed.hello(token.toStdString(), seen);
    QVERIFY(resumed.waitFor([&] { return resumed.events().size() >= 10; }, 20000));
    QCOMPARE(resumed.welcome()->resume, protocol::ResumeMode::Replay);
    QVERIFY(resumed.snapshots().empty());
    QCOMPARE(resumed.events().front().seq, seen.seq + 1);
    QVERIFY(contiguous(resumed.events(), seen.seq, epoch));
    QCOMPARE(server.stop(), 0);

    // 4. A wiped data dir is a new log: new epoch, and the old cursor gets a snapshot.
    QVERIFY(QDir(dir.path()).removeRecursively());
    QVERIFY(server.start(dir.path(), traffic));
    const QString fresh = login(server.port(), QStringLiteral("agent"), QStringLiteral("agent-demo"));
    StreamClient wiped;
    QVERIFY(wiped.connectTo(server.port()));
    wiped.hello(fresh.toStdString(), seen);
    QVERIFY(wiped.waitFor([&] { return !wiped.snapshots().empty() && wiped.snapshots().back().final; }));
    QVERIFY(wiped.welcome()->head.epoch != epoch);
    QCOMPARE(wiped.welcome()->resume, protocol::ResumeMode::Snapshot);
    QCOMPARE(server.stop(), 0);
}

void TestServer::gapLongerThanTheReplayLimitGetsASnapshot()
{
    // A console back after a long absence would get its whole gap replayed in one burst; past the
    // server's replay limit it gets a snapshot instead (its size follows the state, not the history).
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY2(
        server.start(dir.path(),
            {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"), QStringLiteral("--seed"),
                QStringLiteral("3"), QStringLiteral("--max-replay-events"), QStringLiteral("20")}),
        qPrintable(server.errorString()));
    const QString token = login(server.port(), QStringLiteral("agent"), QStringLiteral("agent-demo"));
    QVERIFY(!token.isEmpty());

    StreamClient watcher;
    QVERIFY(watcher.connectTo(server.port()));
    watcher.hello(token.toStdString());
    QVERIFY(watcher.waitFor([&] { return !watcher.events().empty(); }, 20000));
    const protocol::Event first = watcher.events().front();
    const protocol::Cursor old {first.epoch, first.seq};
    QVERIFY(watcher.waitFor([&] { return watcher.events().back().seq >= old.seq + 30; }, 30000));

    StreamClient longAway;
    QVERIFY(longAway.connectTo(server.port()));
    longAway.hello(token.toStdString(), old);
    QVERIFY(longAway.waitFor([&] { return longAway.welcome() && !longAway.snapshots().empty(); }));
    QCOMPARE(longAway.welcome()->resume, protocol::ResumeMode::Snapshot);
    qInfo("cursor %lld, head %lld: snapshot", qlonglong(old.seq), qlonglong(longAway.welcome()->head.seq));

    const protocol::Event recent = watcher.events().back();
    StreamClient briefly;
    QVERIFY(briefly.connectTo(server.port()));
    briefly.hello(token.toStdString(), protocol::Cursor {recent.epoch, recent.seq - 5});
    QVERIFY(briefly.waitFor([&] { return briefly.welcome() && briefly.events().size() >= 5; }));
    QCOMPARE(briefly.welcome()->resume, protocol::ResumeMode::Replay);
    QVERIFY(briefly.snapshots().empty());
    QCOMPARE(briefly.events().front().seq, recent.seq - 4);
    QVERIFY(contiguous(briefly.events(), recent.seq - 5, recent.epoch));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
