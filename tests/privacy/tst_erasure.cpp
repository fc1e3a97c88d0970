// Issue 13, section 5: an admin erases a customer. Every console that hears of it, live, by
// replay or by a snapshot, purges the customer; and no byte of their e-mail address or of the
// texts written about them stays in any file of the console's data folder (cache, outbox, their
// -wal and -shm) nor of the server's. The right of access exports everything held about one.

#include "bytescan.h"
#include "consolerig.h"
#include "operator.h"
#include "restclient.h"
#include "serverlog.h"
#include "serverprocess.h"

#include "protocol/commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <chrono>

using namespace pilothouse;
using namespace std::chrono_literals;
namespace pt = pilothouse::testing;
using pilothouse::testing::ConsoleRig;
using pilothouse::testing::ServerProcess;
using ::testing::Operator;

namespace {

namespace commands = protocol::commands;

std::string newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

/// A word no simulated customer, agent or catalogue ever writes, so finding it means it leaked.
QString uniqueWord(const char *stem)
{
    return QString::fromLatin1(stem) + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

/// A customer's conversation the server's simulator is running, its customer and their e-mail.
struct Target {
    std::string conversationId;
    std::string customerId;
    QByteArray email;
};

Target pickTarget(Operator &admin, const QString &serverData)
{
    Target target;
    for (const auto &[id, row] : admin.conversations()) {
        if (row.status == protocol::ConversationStatus::Ai && !row.customerId.empty()) {
            target.conversationId = id;
            target.customerId = row.customerId;
            break;
        }
    }
    pt::withReadOnlyDatabase(pt::serverDatabasePath(serverData), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT json_extract(data, '$.email') FROM customers WHERE id = ?"));
        query.addBindValue(QString::fromStdString(target.customerId));
        if (query.exec() && query.next())
            target.email = query.value(0).toString().toUtf8();
    });
    return target;
}

int countRows(const QString &path, const QString &sql, const QString &bound)
{
    int count = -1;
    pt::withReadOnlyDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(bound);
        if (query.exec() && query.next())
            count = query.value(0).toInt();
    });
    return count;
}

QStringList traffic(int perMinute, int seed, QStringList more = {})
{
    return ::testing::traffic(perMinute, seed) + more;
}

} // namespace

class TestErasure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noByteOfTheErasedCustomerRemainsInEitherDataFolder();
    void aConsoleThatResumesBySnapshotForgetsTheCustomer();
    void onlyAnAdminErasesAndTheLogKeepsOnlyTombstones();
    void rightOfAccessExportsEverythingHeld();
};

void TestErasure::noByteOfTheErasedCustomerRemainsInEitherDataFolder()
{
    QTemporaryDir dir;
    const QString serverData = dir.filePath(QStringLiteral("server"));
    const QString consoleData = dir.filePath(QStringLiteral("console"));
    ServerProcess server;
    QVERIFY2(server.start(serverData, traffic(120, 31)), qPrintable(server.errorString()));
    Operator admin;
    QVERIFY(admin.connect(quint16(server.port()), QStringLiteral("admin")));
    QTRY_VERIFY_WITH_TIMEOUT(!::testing::aiConversation(admin).empty(), 30000);
    const Target target = pickTarget(admin, serverData);
    QVERIFY(!target.conversationId.empty());
    QVERIFY2(target.email.contains('@'), target.email.constData());
    const QString conversationId = QString::fromStdString(target.conversationId);

    // The console (a supervisor) caches the customer, an internal note of its own and an admin's
    // whisper, each with words found nowhere else.
    const QString noteWord = uniqueWord("quokkanote");
    const QString whisperWord = uniqueWord("wombatwhisper");
    const QString pendingWord = uniqueWord("numbatpending");
    const QString note = QStringLiteral("Called back about %1, see ticket").arg(noteWord);
    const QString whisper = QStringLiteral("Offer %1 as a gesture").arg(whisperWord);
    const QString pending = QStringLiteral("Follow up %1 tomorrow").arg(pendingWord);
    const QString token = pt::signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
    QVERIFY(!token.isEmpty());
    ConsoleRig rig(consoleData + QStringLiteral("/cache.sqlite"), net::Backoff(100ms, 1000ms));
    rig.start(server.url(), token);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.welcomes.isEmpty(), 20000);
    QVERIFY(::testing::ackOf(
        admin.run(commands::Whisper {target.conversationId, whisper.toStdString()}.toCommand(newId()))));
    QVERIFY(!rig.actions.addNote(conversationId, note).isEmpty());
    const QString cachePath = rig.cachePath;
    const auto cachedTexts = [&] {
        rig.settle();
        return countRows(cachePath,
            QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND visibility <> 'public'"),
            conversationId);
    };
    QTRY_COMPARE_WITH_TIMEOUT(cachedTexts(), 2, 20000);

    // Offline, the supervisor writes another note: it waits in the outbox.
    rig.account.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.states.isEmpty() && rig.states.constLast() == net::ConnectionState::Stopped, 10000);
    QVERIFY(!rig.actions.addNote(conversationId, pending).isEmpty());

    // The test can fail: before the erasure every one of these is on disk.
    // The words whole, and their last 8 characters: FTS5 stores each term after the prefix it shares
    // with the previous one, so only a word's tail is sure to be in the index's pages as it is.
    QList<QByteArray> needles {target.email};
    for (const QString &word : {noteWord, whisperWord, pendingWord})
        needles << word.toUtf8() << word.right(8).toLower().toUtf8();
    QTRY_VERIFY_WITH_TIMEOUT(pt::bytesFound(consoleData, {pendingWord.toUtf8()}).size() > 0, 10000);
    const QStringList consoleBefore = pt::bytesFound(consoleData, needles);
    const QStringList serverBefore = pt::bytesFound(serverData, needles);
    QVERIFY2(
        consoleBefore.join(u'\n').contains(QString::fromUtf8(target.email)), qPrintable(consoleBefore.join(u'\n')));
    QVERIFY2(consoleBefore.join(u'\n').contains(noteWord), qPrintable(consoleBefore.join(u'\n')));
    QVERIFY2(consoleBefore.join(u'\n').contains(whisperWord), qPrintable(consoleBefore.join(u'\n')));
    QVERIFY2(serverBefore.join(u'\n').contains(QString::fromUtf8(target.email)), qPrintable(serverBefore.join(u'\n')));
    QVERIFY2(serverBefore.join(u'\n').contains(noteWord), qPrintable(serverBefore.join(u'\n')));

    // The admin erases while the console is offline; it resumes later (replay).
    const auto erased = admin.run(commands::EraseCustomer {target.customerId}.toCommand(newId()));
    if (!::testing::ackOf(erased))
        qWarning() << "closed" << admin.client().closed() << admin.client().closeCode() << "undecodable"
                   << admin.client().undecodable() << "frames" << admin.client().frames().size();
    QVERIFY2(::testing::ackOf(erased), ::testing::nackOf(erased) ? ::testing::nackOf(erased)->message.c_str() : "");
    rig.start(server.url(), token);
    QTRY_COMPARE_WITH_TIMEOUT(rig.welcomes.size(), 2, 20000);
    QVERIFY(rig.welcomes.constLast().resume == protocol::ResumeMode::Replay);

    const auto leftovers = [&] {
        rig.settle();
        return pt::bytesFound(consoleData, needles) + pt::bytesFound(serverData, needles);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(leftovers().isEmpty(), qPrintable(leftovers().join(u'\n')), 90000);

    // What a user notices: the customer and the conversation are gone from the cache, the board
    // and the outbox.
    QCOMPARE(countRows(cachePath, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"),
                 QString::fromStdString(target.customerId)),
        0);
    QCOMPARE(
        countRows(cachePath, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE id = ?"), conversationId), 0);
    QCOMPARE(countRows(rig.outboxPath, QStringLiteral("SELECT COUNT(*) FROM commands WHERE conversation_id = ?"),
                 conversationId),
        0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.workspace.board()->rowOf(conversationId), -1, 10000);
    QVERIFY(rig.actions.items(conversationId).isEmpty());
}

void TestErasure::aConsoleThatResumesBySnapshotForgetsTheCustomer()
{
    QTemporaryDir dir;
    const QString serverData = dir.filePath(QStringLiteral("server"));
    const QString consoleData = dir.filePath(QStringLiteral("console"));
    ServerProcess server;
    // A replay limit of one event: any console that was away gets a snapshot.
    QVERIFY2(server.start(serverData, traffic(240, 32, {QStringLiteral("--max-replay-events"), QStringLiteral("1")})),
        qPrintable(server.errorString()));
    Operator admin;
    QVERIFY(admin.connect(quint16(server.port()), QStringLiteral("admin")));
    QTRY_VERIFY_WITH_TIMEOUT(!::testing::aiConversation(admin).empty(), 30000);
    const Target target = pickTarget(admin, serverData);
    QVERIFY(!target.conversationId.empty());
    const QString customerId = QString::fromStdString(target.customerId);
    const QString noteWord = uniqueWord("bilbynote");
    QVERIFY(::testing::ackOf(admin.run(
        commands::AddNote {target.conversationId, QString(QStringLiteral("Note ") + noteWord).toStdString()}.toCommand(
            newId()))));

    const QString token = pt::signIn(server.url(), QStringLiteral("agent"), QStringLiteral("agent-demo"));
    ConsoleRig rig(consoleData + QStringLiteral("/cache.sqlite"), net::Backoff(100ms, 1000ms));
    rig.start(server.url(), token);
    const QString cachePath = rig.cachePath;
    const auto cachedCustomer = [&] {
        rig.settle();
        return countRows(cachePath, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), customerId);
    };
    QTRY_COMPARE_WITH_TIMEOUT(cachedCustomer(), 1, 20000);
    QVERIFY(!pt::bytesFound(consoleData, {noteWord.toUtf8()}).isEmpty());
    rig.account.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.states.isEmpty() && rig.states.constLast() == net::ConnectionState::Stopped, 10000);

    QVERIFY(::testing::ackOf(admin.run(commands::EraseCustomer {target.customerId}.toCommand(newId()))));
    QTest::qWait(1500); // the simulator writes more than one event meanwhile
    rig.start(server.url(), token);
    QTRY_COMPARE_WITH_TIMEOUT(rig.welcomes.size(), 2, 20000);
    QVERIFY(rig.welcomes.constLast().resume == protocol::ResumeMode::Snapshot);
    QTRY_COMPARE_WITH_TIMEOUT(cachedCustomer(), 0, 20000);
    QCOMPARE(
        countRows(cachePath, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE customer_id = ?"), customerId),
        0);
    QTRY_VERIFY_WITH_TIMEOUT(pt::bytesFound(consoleData, {noteWord.toUtf8(), target.email}).isEmpty(), 30000);

    // A console that never saw the customer never does.
    ConsoleRig fresh(dir.filePath(QStringLiteral("fresh/cache.sqlite")), net::Backoff(100ms, 1000ms));
    fresh.start(server.url(), token);
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.welcomes.isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(fresh.workspace.board()->rowCount() > 0, 20000);
    QCOMPARE(countRows(fresh.cachePath, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), customerId), 0);
    QCOMPARE(countRows(fresh.cachePath, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE customer_id = ?"),
                 customerId),
        0);
}

void TestErasure::onlyAnAdminErasesAndTheLogKeepsOnlyTombstones()
{
    QTemporaryDir dir;
    const QString serverData = dir.filePath(QStringLiteral("server"));
    ServerProcess server;
    QVERIFY2(server.start(serverData, traffic(120, 33)), qPrintable(server.errorString()));
    Operator admin;
    Operator agent;
    Operator supervisor;
    QVERIFY(admin.connect(quint16(server.port()), QStringLiteral("admin")));
    QVERIFY(agent.connect(quint16(server.port()), QStringLiteral("agent")));
    QVERIFY(supervisor.connect(quint16(server.port()), QStringLiteral("supervisor")));
    QTRY_VERIFY_WITH_TIMEOUT(!::testing::aiConversation(admin).empty(), 30000);
    const Target target = pickTarget(admin, serverData);
    QVERIFY(!target.conversationId.empty());
    const std::string noteText = "Customer asked about " + uniqueWord("dugongnote").toStdString();
    QVERIFY(::testing::ackOf(admin.run(commands::AddNote {target.conversationId, noteText}.toCommand(newId()))));

    // Roles: an agent and a supervisor are refused, with the documented code.
    for (Operator *op : {&agent, &supervisor}) {
        const auto refused = op->run(commands::EraseCustomer {target.customerId}.toCommand(newId()));
        QVERIFY(::testing::nackOf(refused));
        QCOMPARE(::testing::nackOf(refused)->code, std::string(protocol::errors::Forbidden));
        QCOMPARE(::testing::nackOf(refused)->retryable, false);
    }
    const auto unknown = admin.run(commands::EraseCustomer {"no-such-customer"}.toCommand(newId()));
    QVERIFY(::testing::nackOf(unknown));
    QCOMPARE(::testing::nackOf(unknown)->code, std::string(protocol::errors::NotFound));
    const auto empty = admin.run(protocol::Command {newId(), commands::EraseCustomer::kName, {{"customerId", ""}}});
    QVERIFY(::testing::nackOf(empty));
    QCOMPARE(::testing::nackOf(empty)->code, std::string(protocol::errors::BadRequest));

    // The erasure: open conversations close first, then the announcement, with no personal data.
    const std::string commandId = newId();
    const auto erased = admin.run(commands::EraseCustomer {target.customerId}.toCommand(commandId));
    if (!::testing::ackOf(erased))
        qWarning() << "closed" << admin.client().closed() << admin.client().closeCode() << "undecodable"
                   << admin.client().undecodable() << "frames" << admin.client().frames().size();
    QVERIFY2(::testing::ackOf(erased), ::testing::nackOf(erased) ? ::testing::nackOf(erased)->message.c_str() : "");
    const auto announced = [&] {
        for (const auto &event : agent.events())
            if (const auto *e = std::get_if<protocol::CustomerErasure>(&event.payload))
                return *e;
        return protocol::CustomerErasure {};
    };
    QTRY_COMPARE_WITH_TIMEOUT(announced().customerId, target.customerId, 10000);
    QCOMPARE(announced().by, std::string("admin"));
    const pt::ServerLog log = pt::readServerLog(serverData);
    const auto caused = log.causedBy(commandId);
    QVERIFY(!caused.empty());
    QCOMPARE(caused.back().kind, std::string(protocol::kinds::CustomerErased));
    for (const auto &row : log.conversations()) {
        if (row.second.customerId == target.customerId) {
            QVERIFY(row.second.status == protocol::ConversationStatus::Resolved);
            QCOMPARE(row.second.subject, std::string(protocol::kErasedText));
        }
    }
    // Replayed from the log, the customer's messages are tombstones only.
    for (const auto &message : log.messages()) {
        if (message.conversationId == target.conversationId)
            QCOMPARE(message.text, std::string(protocol::kErasedText));
    }
    for (const auto &[id, customer] : log.customers()) {
        if (id == target.customerId) {
            QCOMPARE(customer.name, std::string(protocol::kErasedText));
            QCOMPARE(customer.email, std::string());
        }
    }
    // Nothing more is written about them: the conversation refuses commands, a second erasure
    // finds nobody, and a new connection's snapshot leaves them out.
    const auto late = admin.run(commands::AddNote {target.conversationId, "late"}.toCommand(newId()));
    QVERIFY(::testing::nackOf(late));
    QCOMPARE(::testing::nackOf(late)->code, std::string(protocol::errors::NotFound));
    const auto again = admin.run(commands::EraseCustomer {target.customerId}.toCommand(newId()));
    QVERIFY(::testing::nackOf(again));
    QCOMPARE(::testing::nackOf(again)->code, std::string(protocol::errors::NotFound));
    Operator later;
    QVERIFY(later.connect(quint16(server.port()), QStringLiteral("supervisor")));
    for (const auto &snapshot : later.client().snapshots()) {
        for (const auto &customer : snapshot.customers)
            QVERIFY(customer.id != target.customerId);
        for (const auto &conversation : snapshot.conversations)
            QVERIFY(conversation.customerId != target.customerId);
    }
    // The audit trail names who erased, as what, and when.
    int audited = 0;
    pt::withReadOnlyDatabase(pt::serverDatabasePath(serverData), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM audit WHERE command_id = ? AND user = 'admin' AND outcome = 'applied'"));
        query.addBindValue(QString::fromStdString(commandId));
        if (query.exec() && query.next())
            audited = query.value(0).toInt();
    });
    QCOMPARE(audited, 1);
}

void TestErasure::rightOfAccessExportsEverythingHeld()
{
    QTemporaryDir dir;
    const QString serverData = dir.filePath(QStringLiteral("server"));
    ServerProcess server;
    QVERIFY2(server.start(serverData, traffic(120, 34)), qPrintable(server.errorString()));
    Operator admin;
    QVERIFY(admin.connect(quint16(server.port()), QStringLiteral("admin")));
    QTRY_VERIFY_WITH_TIMEOUT(!::testing::aiConversation(admin).empty(), 30000);
    const Target target = pickTarget(admin, serverData);
    QVERIFY(!target.conversationId.empty());
    const std::string noteText = "Export check " + uniqueWord("potoroo").toStdString();
    QVERIFY(::testing::ackOf(admin.run(commands::AddNote {target.conversationId, noteText}.toCommand(newId()))));

    const QString path = QStringLiteral("/api/v1/customers/%1/export").arg(QString::fromStdString(target.customerId));
    const QString adminToken = pt::signIn(server.url(), QStringLiteral("admin"));
    const QString supervisorToken = pt::signIn(server.url(), QStringLiteral("supervisor"));
    QCOMPARE(pt::httpGet(server.url(), {}, path).status, 401);
    QCOMPARE(pt::httpGet(server.url(), supervisorToken, path).status, 403);
    QCOMPARE(pt::httpGet(server.url(), adminToken, QStringLiteral("/api/v1/customers/nobody/export")).status, 404);

    const pt::HttpReply reply = pt::httpGet(server.url(), adminToken, path);
    QCOMPARE(reply.status, 200);
    const QJsonObject document = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(document.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString(),
        QString::fromStdString(target.customerId));
    QCOMPARE(document.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString().toUtf8(),
        target.email);
    bool conversationListed = false;
    for (const auto &c : document.value(QStringLiteral("conversations")).toArray())
        conversationListed = conversationListed
            || c.toObject().value(QStringLiteral("id")).toString().toStdString() == target.conversationId;
    QVERIFY(conversationListed);
    bool noteListed = false;
    for (const auto &m : document.value(QStringLiteral("messages")).toArray())
        noteListed = noteListed || m.toObject().value(QStringLiteral("text")).toString().toStdString() == noteText;
    QVERIFY(noteListed);
    for (const char *member : {"orders", "transitions", "judgements", "ratings", "drafts"})
        QVERIFY2(document.value(QLatin1StringView(member)).isArray(), member);

    // After the erasure the export says so and holds tombstones only.
    QVERIFY(::testing::ackOf(admin.run(commands::EraseCustomer {target.customerId}.toCommand(newId()))));
    const pt::HttpReply after = pt::httpGet(server.url(), adminToken, path);
    QCOMPARE(after.status, 200);
    QVERIFY(!after.body.contains(QByteArray::fromStdString(noteText)));
    QVERIFY(!after.body.contains(target.email));
    QCOMPARE(QJsonDocument::fromJson(after.body)
                 .object()
                 .value(QStringLiteral("customer"))
                 .toObject()
                 .value(QStringLiteral("erased"))
                 .toBool(),
        true);
}

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
