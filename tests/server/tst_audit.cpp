// The audit log on the real pilothouse-server (docs/protocol.md 2.1, "Audit log";
// server/audit/auditlog.h): sign-ins, refused sign-ins, operator commands applied and refused,
// customer exports and the users tool are listed with who, when and from where, newest first;
// admins alone read it; filters and pages compose; bad queries get a 400 naming the parameter;
// and the database itself refuses to change or delete a row.

#include "protocol/audit.h"
#include "restclient.h"
#include "serverharness.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using pilothouse::testing::HttpReply;
using pilothouse::testing::ServerProcess;
using testing::StreamClient;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;

namespace {

bool answered(const StreamClient &client, const std::string &commandId)
{
    for (const auto &frame : client.frames()) {
        if (const auto *ack = std::get_if<protocol::Ack>(&frame); ack && ack->commandId == commandId)
            return true;
        if (const auto *nack = std::get_if<protocol::Nack>(&frame); nack && nack->commandId == commandId)
            return true;
    }
    return false;
}

/// "action user outcome code" of each entry, newest first, for comparing lists.
QStringList lines(const protocol::AuditPage &page)
{
    QStringList out;
    for (const protocol::AuditEntry &e : page.entries)
        out << QString::fromStdString(
            e.action + ' ' + e.user + ' ' + std::string(protocol::toString(e.outcome)) + ' ' + e.code)
                   .trimmed();
    return out;
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}), qPrintable(m_server.errorString()));
        m_startedAt = QDateTime::currentMSecsSinceEpoch();

        // A wrong password, then the agent signs in and sends one command it may send and one
        // it may not.
        QCOMPARE(testing::login(quint16(m_server.port()), u"agent"_s, u"not-it"_s), QString());
        StreamClient agent;
        const QString agentToken = pilothouse::testing::signIn(m_server.url(), u"agent"_s);
        QVERIFY(!agentToken.isEmpty());
        QVERIFY(agent.connectTo(quint16(m_server.port())));
        agent.hello(agentToken.toStdString());
        QVERIFY(agent.waitFor([&] { return agent.welcome().has_value(); }));
        agent.send(protocol::Command {"presence-1", "presence.set", {{"presence", "away"}}});
        agent.send(protocol::Command {"erase-1", "customer.erase", {{"customerId", "cus_0001"}}});
        QVERIFY(agent.waitFor([&] { return answered(agent, "presence-1") && answered(agent, "erase-1"); }));

        m_admin = pilothouse::testing::signIn(m_server.url(), u"admin"_s);
        QVERIFY(!m_admin.isEmpty());
    }

    void everyKindOfActionIsListedWithWhoWhenAndWhere()
    {
        const auto page = read({});
        QVERIFY(page);
        QCOMPARE(lines(*page),
            (QStringList {u"sign_in admin applied"_s, u"customer.erase agent refused forbidden"_s,
                u"presence.set agent applied"_s, u"sign_in agent applied"_s, u"sign_in agent refused unauthorized"_s}));
        QCOMPARE(page->total, 5);
        QVERIFY(!page->more);
        for (std::size_t i = 0; i < page->entries.size(); ++i) {
            const protocol::AuditEntry &e = page->entries[i];
            QCOMPARE(e.source, std::string("127.0.0.1")); // where from, as people read an address
            QVERIFY(e.at >= m_startedAt - 60'000 && e.at <= QDateTime::currentMSecsSinceEpoch());
            if (i > 0)
                QVERIFY(e.id < page->entries[i - 1].id);
        }
        // A refused sign-in names no role (whether the user exists is not said); a command does.
        QVERIFY(!page->entries[4].role);
        QVERIFY(page->entries[1].role == protocol::Role::Agent);
        QCOMPARE(page->entries[1].commandId, std::string("erase-1"));
        QVERIFY(page->entries[0].role == protocol::Role::Admin);
    }

    void filtersCompose()
    {
        QCOMPARE(lines(*read({{u"user"_s, u"agent"_s}, {u"outcome"_s, u"refused"_s}})),
            (QStringList {u"customer.erase agent refused forbidden"_s, u"sign_in agent refused unauthorized"_s}));
        QCOMPARE(lines(*read({{u"action"_s, u"presence.set"_s}, {u"action"_s, u"customer.erase"_s}})),
            (QStringList {u"customer.erase agent refused forbidden"_s, u"presence.set agent applied"_s}));
        QCOMPARE(read({{u"user"_s, u"nobody"_s}})->total, 0);
        // A time window: nothing happened an hour from now; everything since the start.
        const QString later = QString::number(QDateTime::currentMSecsSinceEpoch() + 3'600'000);
        QCOMPARE(read({{u"from"_s, later}})->entries.size(), std::size_t(0));
        QCOMPARE(read({{u"from"_s, QString::number(m_startedAt - 60'000)}, {u"to"_s, later}})->total, 5);
    }

    void pagesWalkTheWholeLog()
    {
        const auto whole = read({});
        std::vector<protocol::AuditEntry> walked;
        std::optional<std::int64_t> before;
        for (int pages = 0; pages < 10; ++pages) {
            QList<QPair<QString, QString>> query {{u"limit"_s, u"2"_s}};
            if (before)
                query.append({u"before"_s, QString::number(*before)});
            const auto page = read(query);
            QVERIFY(page);
            QCOMPARE(page->total, whole->total); // the whole filter's count on every page
            QVERIFY(page->entries.size() <= 2);
            walked.insert(walked.end(), page->entries.begin(), page->entries.end());
            if (!page->more)
                break;
            before = page->entries.back().id;
        }
        QCOMPARE(walked, whole->entries);
    }

    void onlyAdminsRead()
    {
        QCOMPARE(pilothouse::testing::httpGet(m_server.url(), {}, u"/api/v1/audit"_s).status, 401);
        for (const QString &user : {u"agent"_s, u"supervisor"_s}) {
            const HttpReply reply = pilothouse::testing::httpGet(
                m_server.url(), pilothouse::testing::signIn(m_server.url(), user), u"/api/v1/audit"_s);
            QCOMPARE(reply.status, 403);
            QVERIFY(reply.body.contains("forbidden"));
        }
    }

    void badQueriesAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("named");
        QTest::newRow("limit 0") << u"limit=0"_s << 400 << u"limit"_s;
        QTest::newRow("limit 1") << u"limit=1"_s << 200 << QString();
        QTest::newRow("limit 1000") << u"limit=1000"_s << 200 << QString();
        QTest::newRow("limit 1001") << u"limit=1001"_s << 400 << u"limit"_s;
        QTest::newRow("limit words") << u"limit=many"_s << 400 << u"limit"_s;
        QTest::newRow("before 0") << u"before=0"_s << 400 << u"before"_s;
        QTest::newRow("from negative") << u"from=-1"_s << 400 << u"from"_s;
        QTest::newRow("to before from") << u"from=2000&to=1000"_s << 400 << u"to"_s;
        QTest::newRow("outcome") << u"outcome=maybe"_s << 400 << u"outcome"_s;
        QTest::newRow("user 128") << u"user="_s + QString(128, u'a') << 200 << QString();
        QTest::newRow("user 129") << u"user="_s + QString(129, u'a') << 400 << u"user"_s;
    }
    void badQueriesAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, named);
        const HttpReply reply = pilothouse::testing::httpGet(m_server.url(), m_admin, u"/api/v1/audit?"_s + query);
        QCOMPARE(reply.status, status);
        if (status == 400) {
            QVERIFY2(reply.body.contains("bad_request"), reply.body.constData());
            // The message names the parameter, in quotes (escaped in the JSON string).
            const QByteArray quoted = QByteArray("\\\"") + named.toUtf8() + QByteArray("\\\"");
            QVERIFY2(reply.body.contains(quoted), reply.body.constData());
        }
    }

    /// Last: stops the server.
    void theUsersToolIsAuditedAndRowsCannotBeChanged()
    {
        QCOMPARE(m_server.stop(), 0);
        const auto run = pilothouse::testing::runServerToExit(
            {u"users"_s, u"set-role"_s, u"agent"_s, u"supervisor"_s, u"--data-dir"_s, m_dir.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(m_dir.filePath(u"pilothouse-server.sqlite"_s));
        {
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT user, role, target, detail, source FROM audit ORDER BY id DESC LIMIT 1"_s));
            QVERIFY(q.next());
            // Who ran the tool is the operating system's account; what changed, to whom.
            const QString account = QProcessEnvironment::systemEnvironment().value(u"USER"_s);
            QCOMPARE(q.value(0).toString(), account);
            QCOMPARE(q.value(1).toString(), QString());
            QCOMPARE(q.value(2).toString(), u"agent"_s);
            QCOMPARE(q.value(3).toString(), u"supervisor"_s);
            QCOMPARE(q.value(4).toString(), u"command-line"_s);

            QVERIFY(q.exec(u"SELECT count(*) FROM audit"_s) && q.next());
            const int rows = q.value(0).toInt();
            QVERIFY(rows >= 7);
            QVERIFY(!q.exec(u"UPDATE audit SET user = 'someone else' WHERE name = 'sign_in'"_s));
            QVERIFY2(
                q.lastError().text().contains(u"audit rows cannot be changed"_s), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(u"DELETE FROM audit"_s));
            QVERIFY2(
                q.lastError().text().contains(u"audit rows cannot be deleted"_s), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"SELECT count(*) FROM audit WHERE user = 'someone else'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(u"SELECT count(*) FROM audit"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), rows);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"audit"_s);
    }

private:
    std::optional<protocol::AuditPage> read(const QList<QPair<QString, QString>> &items)
    {
        QUrlQuery query;
        query.setQueryItems(items);
        const HttpReply reply = pilothouse::testing::httpGet(m_server.url(), m_admin,
            u"/api/v1/audit"_s + (items.isEmpty() ? QString() : u"?"_s + query.toString(QUrl::FullyEncoded)));
        if (reply.status != 200) {
            qWarning("HTTP %d: %s", reply.status, reply.body.constData());
            return std::nullopt;
        }
        auto page = protocol::decodeAuditPage(reply.body.toStdString());
        if (!page) {
            qWarning("undecodable: %s", page.error().message.c_str());
            return std::nullopt;
        }
        return page.value();
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    qint64 m_startedAt = 0;
    QString m_admin;
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
