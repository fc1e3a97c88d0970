// TokenStore against the real Secret Service. Run through run-in-private-keyring.sh (ctest does),
// which provides a private D-Bus session with an unlocked throwaway keyring.

#include "credentials/tokenstore.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using pilothouse::net::TokenStore;
using namespace std::chrono_literals;

namespace {

constexpr const char *kHungBusChild = "--hung-bus-child";

/// Child mode: the session bus accepts the connection and never answers. A load must still
/// report a failure, through the store's own timeout.
int runHungBusChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TokenStore store;
    store.setTimeout(1s);
    QObject::connect(&store, &TokenStore::loaded, &app, [](bool ok, const QString &token, const QString &message) {
        std::printf(
            "RESULT ok=%d token=%d message=%s\n", ok ? 1 : 0, token.isEmpty() ? 0 : 1, message.toUtf8().constData());
        std::fflush(stdout);
        // The keychain job is still stuck on the bus; do not wait for it at exit.
        std::_Exit(0);
    });
    QTimer::singleShot(20000, &app, [] {
        std::printf("RESULT none: no answer at all\n");
        std::fflush(stdout);
        std::_Exit(3);
    });
    store.load(QStringLiteral("ada@demo.example:443"));
    return app.exec();
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private:
    const QString m_account
        = TokenStore::accountFor(QStringLiteral("ada"), QUrl(QStringLiteral("https://Demo.Example:8443/")));

private Q_SLOTS:
    void accountNamesUserHostAndPort()
    {
        QCOMPARE(m_account, QStringLiteral("ada@demo.example:8443"));
        QCOMPARE(TokenStore::accountFor(QStringLiteral("bo"), QUrl(QStringLiteral("https://x.example"))),
            QStringLiteral("bo@x.example:443"));
        QCOMPARE(TokenStore::accountFor(QStringLiteral("bo"), QUrl(QStringLiteral("http://127.0.0.1:8080"))),
            QStringLiteral("bo@127.0.0.1:8080"));
    }

    void saveLoadRemoveRoundTrip()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run this test through run-in-private-keyring.sh");
        TokenStore store;
        QSignalSpy saved(&store, &TokenStore::saved);
        QSignalSpy loaded(&store, &TokenStore::loaded);
        QSignalSpy removed(&store, &TokenStore::removed);
        const QString token = QStringLiteral("tok-\u00e9\u4e2d-123");

        store.save(m_account, token);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));

        store.load(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(2).toString()));
        QCOMPARE(loaded.first().at(1).toString(), token);

        // Another account on the same server is a different entry.
        store.load(TokenStore::accountFor(QStringLiteral("bo"), QUrl(QStringLiteral("https://demo.example:8443"))));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QVERIFY(loaded.at(1).at(0).toBool());
        QVERIFY(loaded.at(1).at(1).toString().isEmpty());

        store.remove(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QVERIFY2(removed.first().at(0).toBool(), qPrintable(removed.first().at(1).toString()));

        store.load(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
        QVERIFY(loaded.at(2).at(0).toBool()); // ok ...
        QVERIFY(loaded.at(2).at(1).toString().isEmpty()); // ... and none stored
    }

    void lateResultAfterTimeoutIsIgnored()
    {
        TokenStore store;
        QSignalSpy saved(&store, &TokenStore::saved);
        QSignalSpy loaded(&store, &TokenStore::loaded);
        store.save(m_account, QStringLiteral("late-token"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QVERIFY(saved.first().at(0).toBool());

        // A zero timeout expires before the bus can answer: the caller hears "timed out" once.
        store.setTimeout(0ms);
        store.load(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(!loaded.first().at(0).toBool());
        QVERIFY(loaded.first().at(1).toString().isEmpty());
        QVERIFY(loaded.first().at(2).toString().contains(QStringLiteral("did not answer")));

        // QtKeychain runs jobs one after another, so the late answer of the first load arrives
        // before this one: it must not show up as an extra signal.
        store.setTimeout(TokenStore::kDefaultTimeout);
        store.load(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QVERIFY(loaded.at(1).at(0).toBool());
        QCOMPARE(loaded.at(1).at(1).toString(), QStringLiteral("late-token"));
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 2);

        QSignalSpy removed(&store, &TokenStore::removed);
        store.remove(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    }

    void hungSecretServiceTimesOut()
    {
        // A bus that accepts connections and never says a word.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer bus;
        bus.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(bus.listen(dir.filePath(QStringLiteral("bus"))));
        QList<QLocalSocket *> held;
        connect(&bus, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *socket = bus.nextPendingConnection())
                held.append(socket); // read nothing, answer nothing
        });

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + bus.fullServerName());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kHungBusChild)});
        QVERIFY(child.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 30000);
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("RESULT ok=0 token=0")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("keychain")), qPrintable(output));
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], kHungBusChild) == 0)
            return runHungBusChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
