// Sign-in that resists guessing, on the real pilothouse-server on loopback (docs/protocol.md 2.1,
// "Failed sign-ins"; server/auth/signinguard.h): a name's attempts wait a growing delay after three
// failures and lock after --signin-lock-after; a locked name refuses even its right password, and
// says how long in `retryAfterMs` and Retry-After; an unknown name is answered exactly as a real
// one; one address trying many names is slowed and locked too; the lockout is audited.

#include "serverprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using pilothouse::testing::ServerProcess;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLockAfter = 5;
constexpr int kLockSeconds = 4;

struct Answer {
    int status = 0;
    QString code;
    qint64 retryAfterMs = -1; ///< -1: absent
    QByteArray retryAfterHeader;
    QString token;
};

Answer attempt(const ServerProcess &server, const QString &user, const QString &password)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.url().resolved(QUrl(u"/api/v1/login"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = manager.post(request,
        QJsonDocument(QJsonObject {{u"user"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QJsonObject error = body.value(u"error"_s).toObject();
    Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        error.value(u"code"_s).toString(),
        error.contains(u"retryAfterMs"_s) ? qint64(error.value(u"retryAfterMs"_s).toDouble()) : -1,
        reply->rawHeader("Retry-After"), body.value(u"token"_s).toString()};
    reply->deleteLater();
    return answer;
}

/// What a sequence of wrong guesses got, status and whether it was a lock, for comparing names.
QList<int> guess(const ServerProcess &server, const QString &user, int times)
{
    QList<int> statuses;
    for (int i = 0; i < times; ++i)
        statuses.append(attempt(server, user, u"wrong-%1"_s.arg(i)).status);
    return statuses;
}

} // namespace

class TestSignIn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void guessesAreDelayedThenLocked()
    {
        startServer();
        if (QTest::currentTestFailed())
            return;
        // Three free failures, answered as a wrong password.
        for (int i = 0; i < 3; ++i) {
            const Answer wrong = attempt(*m_server, u"agent"_s, u"guess"_s);
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.code, u"unauthorized"_s);
        }
        // The fourth at once waits the first delay (a second); its refusal counts as a failure.
        const Answer delayed = attempt(*m_server, u"agent"_s, u"guess"_s);
        QCOMPARE(delayed.status, 429);
        QCOMPARE(delayed.code, u"rate_limited"_s);
        QVERIFY2(delayed.retryAfterMs > 0 && delayed.retryAfterMs <= 1000,
            qPrintable(QString::number(delayed.retryAfterMs)));
        QCOMPARE(delayed.retryAfterHeader, QByteArray("1"));
        // The fifth failure locks the name for the lock period.
        const Answer locking = attempt(*m_server, u"agent"_s, u"guess"_s);
        QCOMPARE(locking.status, 429);
        QCOMPARE(locking.retryAfterMs, qint64(kLockSeconds) * 1000);
        QCOMPARE(locking.retryAfterHeader, QByteArray::number(kLockSeconds));
        // The right password during the lock is refused as well, and the lock does not grow.
        const Answer right = attempt(*m_server, u"agent"_s, u"agent-demo"_s);
        QCOMPARE(right.status, 429);
        QVERIFY(right.token.isEmpty());
        QVERIFY(right.retryAfterMs > 0 && right.retryAfterMs <= kLockSeconds * 1000);
        // Another name is not affected.
        QCOMPARE(attempt(*m_server, u"supervisor"_s, u"supervisor-demo"_s).status, 200);
        // Once the period has passed, the right password signs in and the count starts afresh.
        QTest::qWait(int(right.retryAfterMs) + 100);
        const Answer after = attempt(*m_server, u"agent"_s, u"agent-demo"_s);
        QCOMPARE(after.status, 200);
        QVERIFY(!after.token.isEmpty());
        QCOMPARE(attempt(*m_server, u"agent"_s, u"guess"_s).status, 401);

        // The lockout is in the audit log, by the name as typed, without a role.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(m_dir->filePath(u"pilothouse-server.sqlite"_s));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(
                u"SELECT user, role, name, outcome, code FROM audit WHERE name = 'sign_in' AND code = 'rate_limited'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"agent"_s);
            QCOMPARE(query.value(1).toString(), QString());
            QCOMPARE(query.value(3).toString(), u"refused"_s);
            QCOMPARE(query.value(4).toString(), u"rate_limited"_s);
            QVERIFY(!query.next());
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"audit"_s);
    }

    void anUnknownNameIsAnsweredAsAKnownOne()
    {
        startServer();
        if (QTest::currentTestFailed())
            return;
        // The same answers, in the same order, for a user who exists and one who does not; and
        // names differing only in case share a count.
        const QList<int> known = guess(*m_server, u"admin"_s, kLockAfter + 1);
        const QList<int> unknown = guess(*m_server, u"nobody-here"_s, kLockAfter + 1);
        QCOMPARE(unknown, known);
        QCOMPARE(known, (QList<int> {401, 401, 401, 429, 429, 429}));
        QCOMPARE(attempt(*m_server, u"ADMIN"_s, u"x"_s).status, 429);
    }

    void oneAddressTryingManyNamesIsLocked()
    {
        startServer();
        if (QTest::currentTestFailed())
            return;
        // Twenty failures over twenty names are free; then every attempt from the address waits,
        // and a hundred lock it: even a right password from it is refused.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(attempt(*m_server, u"spray-%1"_s.arg(i), u"x"_s).status, 401);
        QCOMPARE(attempt(*m_server, u"spray-new"_s, u"x"_s).status, 429);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(attempt(*m_server, u"spray-more-%1"_s.arg(i), u"x"_s).status, 429);
        const Answer right = attempt(*m_server, u"agent"_s, u"agent-demo"_s);
        QCOMPARE(right.status, 429);
        QVERIFY(right.token.isEmpty());
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("lock after 2") << QStringList {u"--signin-lock-after"_s, u"2"_s} << u"signin-lock-after"_s;
        QTest::newRow("lock after 1001") << QStringList {u"--signin-lock-after"_s, u"1001"_s} << u"signin-lock-after"_s;
        QTest::newRow("lock seconds 0") << QStringList {u"--signin-lock-seconds"_s, u"0"_s} << u"signin-lock-seconds"_s;
        QTest::newRow("lock seconds words")
            << QStringList {u"--signin-lock-seconds"_s, u"soon"_s} << u"signin-lock-seconds"_s;
    }
    void badOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QTemporaryDir dir;
        ServerProcess server;
        server.keepLog();
        QVERIFY(!server.start(dir.path(), arguments));
        QVERIFY2(server.errorString().contains(u"code 2"_s), qPrintable(server.errorString()));
        QVERIFY2(server.log().contains(named), qPrintable(server.log()));
    }

private:
    /// A demo server with the lock at kLockAfter failures for kLockSeconds; the option checks need none.
    void startServer()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_dir->path(),
                     {u"--demo"_s, u"--simulate"_s, u"0"_s, u"--signin-lock-after"_s, QString::number(kLockAfter),
                         u"--signin-lock-seconds"_s, QString::number(kLockSeconds)}),
            qPrintable(m_server->errorString()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
