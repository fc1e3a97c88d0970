// Secrets sweep: the real `pilothouse` binary runs a full session at trace log level against the
// real pilothouse-server (signs in as the demo supervisor, receives simulated traffic into its
// cache), then dies by SIGKILL so the cache's -wal file stays as written. The session token is read
// back from the keychain (secret-tool, in the private keyring this test runs in). Every file under
// the console's data dir and everything it printed is searched for the token and the password in
// plain, percent-encoded, base64 and hex forms, and for any token the server ever issued: zero hits.

#include "secretscan.h"
#include "serverprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using pilothouse::testing::ServerProcess;

namespace {

constexpr const char *kPassword = "supervisor-demo";

QString secretToolLookup(const QString &account)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Pilothouse"), QStringLiteral("user"),
            account});
    if (!tool.waitForFinished(10000))
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

qint64 largestWal(const QString &dir)
{
    qint64 size = 0;
    QDirIterator it(dir, {QStringLiteral("*.sqlite-wal")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        size = std::max(size, QFileInfo(it.next()).size());
    return size;
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullSessionLeavesNoSecretBehind()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString serverData = root.filePath(QStringLiteral("server"));
        const QString data = root.filePath(QStringLiteral("console"));
        ServerProcess server;
        QVERIFY2(server.start(serverData,
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                         QStringLiteral("--seed"), QStringLiteral("9")}),
            qPrintable(server.errorString()));

        QProcess console;
        console.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(CONSOLE_BIN),
            {QStringLiteral("--demo"), QStringLiteral("--server"), server.url().toString(),
                QStringLiteral("--data-dir"), data, QStringLiteral("--log-level"), QStringLiteral("trace")});
        QVERIFY2(console.waitForStarted(), qPrintable(console.errorString()));
        QByteArray out;
        QByteArray err;
        const auto drain = [&] {
            out += console.readAllStandardOutput();
            err += console.readAllStandardError();
        };

        // Signed in: the token is in the keychain. Then traffic: the cache's WAL grows past a few
        // pages of applied events.
        const QString account = QStringLiteral("supervisor@127.0.0.1:%1").arg(server.port());
        QString token;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         drain();
                         if (console.state() != QProcess::Running)
                             return true;
                         token = secretToolLookup(account);
                         return !token.isEmpty();
                     },
                     60000),
            "the console did not store a token");
        QVERIFY2(console.state() == QProcess::Running, err.right(3000).constData());
        QVERIFY2(token.size() >= 32, "the keychain entry is not a token");
        constexpr qint64 kWalBytes = 64 * 1024;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         drain();
                         // The log file is flushed every 2 s: wait until it holds the session's
                         // trace lines too (the hello, which carries the token, and the keychain).
                         QFile log(QDir(data).filePath(QStringLiteral("logs/pilothouse.log")));
                         const QByteArray logText = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
                         const bool traced = logText.contains("sent a hello frame")
                             && logText.contains("received a welcome frame")
                             && logText.contains("keychain: token saved");
                         return (largestWal(data) >= kWalBytes && traced) || console.state() != QProcess::Running;
                     },
                     60000),
            "the console's cache did not receive traffic");
        QVERIFY2(console.state() == QProcess::Running, err.right(3000).constData());

        console.kill(); // SIGKILL: no clean shutdown, the WAL stays as written
        QVERIFY(console.waitForFinished(10000));
        drain();
        qInfo("console ran a session and was killed; wal %lld bytes, stdout %lld bytes, stderr %lld bytes",
            largestWal(data), qint64(out.size()), qint64(err.size()));

        QList<QByteArray> needles = pilothouse::tests::secretForms(token.toUtf8());
        needles += pilothouse::tests::secretForms(QByteArray(kPassword));
        const auto digests = pilothouse::tests::issuedTokenDigests(
            QDir(serverData).filePath(QStringLiteral("pilothouse-server.sqlite")));
        QVERIFY(!digests.isEmpty());
        pilothouse::tests::ScanReport report;
        pilothouse::tests::scanBytes(QStringLiteral("<stdout>"), out, needles, digests, &report);
        pilothouse::tests::scanBytes(QStringLiteral("<stderr>"), err, needles, digests, &report);
        QStringList kinds;
        QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            kinds << QDir(data).relativeFilePath(path) + QStringLiteral(" (%1 bytes)").arg(QFileInfo(path).size());
        }
        pilothouse::tests::scanDirectory(data, needles, digests, &report);
        qInfo("searched %d files and streams, %lld bytes, %lld token-sized windows, %d secret forms, %lld issued "
              "tokens: %lld hits",
            report.files, report.bytes, report.tokenWindows, int(needles.size()), qint64(digests.size()),
            qint64(report.hits.size()));
        for (const QString &file : std::as_const(kinds))
            qInfo("  %s", qPrintable(file));
        // The scan itself can fail: the token hidden in base64 inside other text is found both as
        // a known secret and as an issued token.
        pilothouse::tests::ScanReport probe;
        pilothouse::tests::scanBytes(QStringLiteral("probe"),
            "x=" + token.toUtf8() + ";y=" + QByteArray("ab" + token.toUtf8()).toBase64(), needles, digests, &probe);
        QVERIFY2(probe.hits.size() >= 3, qPrintable(probe.hits.join(u'\n')));
        QVERIFY2(kinds.filter(QStringLiteral(".sqlite-wal")).size() >= 1, "no -wal file was left to search");
        QVERIFY2(kinds.filter(QStringLiteral("settings.ini")).size() == 1, qPrintable(kinds.join(u'\n')));
        QVERIFY2(kinds.filter(QStringLiteral(".log")).size() >= 1, qPrintable(kinds.join(u'\n')));
        QVERIFY2(report.hits.isEmpty(), qPrintable(report.hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
