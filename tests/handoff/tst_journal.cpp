// The server's command memory and audit trail on a real SQLite file: results come back exactly as
// given, refusals are audited, and a database from before the audit (schema v1) upgrades in place
// with its remembered commands still answering resends.

#include "auth/userstore.h"
#include "db/database.h"
#include "db/schema.h"
#include "handoff/commandjournal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::server;
namespace protocol = pilothouse::protocol;

namespace {

const User kSam {QStringLiteral("sam"), QStringLiteral("Sam Ortiz"), protocol::Role::Agent};

protocol::Command takeOver(const std::string &id, const std::string &conversation)
{
    return protocol::Command {id, "conversation.take_over", {{"conversationId", conversation}}};
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultsComeBackAsGiven();
    void refusalsAreAuditedAndRememberedOnRequest();
    void schemaOneUpgradesWithItsCommands();
};

void TestJournal::resultsComeBackAsGiven()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.path(), &error), qPrintable(error));
    CommandJournal journal(db);
    const auto command = takeOver("c-1", "cv-1");
    const QString hash = CommandJournal::argsHash(command);
    QCOMPARE(hash, CommandJournal::argsHash(takeOver("c-2", "cv-1"))); // the id is not the payload
    QVERIFY(hash != CommandJournal::argsHash(takeOver("c-1", "cv-2")));
    QVERIFY(hash != CommandJournal::argsHash(protocol::Command {"c-1", "conversation.hand_back", command.args}));

    QVERIFY(db.begin());
    QVERIFY(journal.remember(command, kSam, hash, protocol::Ack {"c-1", 42}));
    QVERIFY(journal.audit(command, kSam, "cv-1", protocol::Ack {"c-1", 42}));
    QVERIFY(db.commit());
    const auto seen = journal.find("c-1");
    QVERIFY(seen);
    QCOMPARE(seen->user, kSam.name);
    QCOMPARE(seen->name, std::string("conversation.take_over"));
    QCOMPARE(seen->argsHash, hash);
    QVERIFY(std::get<protocol::Ack>(seen->result) == (protocol::Ack {"c-1", 42}));
    QVERIFY(!journal.find("c-unknown"));

    QSqlQuery audit = db.query();
    QVERIFY(audit.exec(QStringLiteral("SELECT user, role, command_id, name, conversation_id, outcome, code, seq"
                                      " FROM audit")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("sam"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("agent"));
    QCOMPARE(audit.value(2).toString(), QStringLiteral("c-1"));
    QCOMPARE(audit.value(4).toString(), QStringLiteral("cv-1"));
    QCOMPARE(audit.value(5).toString(), QStringLiteral("applied"));
    QCOMPARE(audit.value(6).toString(), QString());
    QCOMPARE(audit.value(7).toLongLong(), 42);
}

void TestJournal::refusalsAreAuditedAndRememberedOnRequest()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.path(), &error), qPrintable(error));
    CommandJournal journal(db);
    const auto command = takeOver("c-9", "cv-1");
    const protocol::Nack lost {"c-9", "conflict", "owned by Ada", false, {{"owner", "ada"}, {"ownerName", "Ada"}}};
    QVERIFY(journal.recordRefusal(command, kSam, CommandJournal::argsHash(command), "cv-1", lost, true));
    const auto seen = journal.find("c-9");
    QVERIFY(seen);
    QVERIFY(std::get<protocol::Nack>(seen->result) == lost); // details included

    // A refusal that must not be remembered (a reused id, a transient fault) is still audited.
    const auto reused = takeOver("c-9", "cv-2");
    QVERIFY(journal.recordRefusal(reused, kSam, CommandJournal::argsHash(reused), "cv-2",
        protocol::Nack {"c-9", "id_reused", "reused", false}, false));
    QVERIFY(std::get<protocol::Nack>(journal.find("c-9")->result) == lost);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE outcome = 'refused'")), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE code = 'id_reused'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM commands")), 1);
}

void TestJournal::schemaOneUpgradesWithItsCommands()
{
    QTemporaryDir dir;
    {
        // A database as the first server release left it: schema 1, results stored as {"seq": n}.
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        old.setDatabaseName(dir.filePath(QStringLiteral("pilothouse-server.sqlite")));
        QVERIFY(old.open());
        QSqlQuery q(old);
        for (const QString &statement : schema::migration(1))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO commands (id, user, name, args_hash, result, at)"
                                      " VALUES ('c-old', 'sam', 'message.judge', 'h', '{\"seq\":17}', 1)")));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Database db;
    QString error;
    QVERIFY2(db.open(dir.path(), &error), qPrintable(error));
    QCOMPARE(count(db, QStringLiteral("PRAGMA user_version")), schema::kVersion);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit")), 0);
    CommandJournal journal(db);
    const auto seen = journal.find("c-old");
    QVERIFY(seen);
    QVERIFY(std::get<protocol::Ack>(seen->result) == (protocol::Ack {"c-old", 17}));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
