// Smoke run of the real binaries: pilothouse-server with simulated traffic on 127.0.0.1, then the
// real `pilothouse` offscreen, signing in as the demo supervisor and saving a screenshot once the
// live board has filled. Checks the picture is a real UI and no password reached disk.

#include "serverprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using pilothouse::testing::ServerProcess;

class TestSmoke : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("120"),
                         QStringLiteral("--seed"), QStringLiteral("3")}),
            qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void consoleFillsTheBoardAndSavesAScreenshot()
    {
        const QString png = m_dir.filePath(QStringLiteral("smoke.png"));
        const QString data = m_dir.filePath(QStringLiteral("console"));
        QProcess console;
        console.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(CONSOLE_BIN),
            {QStringLiteral("--demo"), QStringLiteral("--server"), m_server.url().toString(),
                QStringLiteral("--data-dir"), data, QStringLiteral("--log-level"), QStringLiteral("trace"),
                QStringLiteral("--screenshot"), png, QStringLiteral("--screenshot-timeout"), QStringLiteral("45")});
        QVERIFY(console.waitForStarted());
        QVERIFY(console.waitForFinished(90000));
        const QByteArray log = console.readAll();
        QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0, log.right(4000).constData());

        const QImage image(png);
        QVERIFY2(!image.isNull(), "the screenshot was not saved");
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, "the screenshot looks blank");
        QFile::remove(QStringLiteral(PNG_DIR "/smoke.png"));
        QVERIFY(QFile::copy(png, QStringLiteral(PNG_DIR "/smoke.png")));

        // The demo password went to the server, never to disk: logs, settings, cache and its WAL.
        QVERIFY(!log.contains("supervisor-demo"));
        QDirIterator files(data, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("supervisor-demo"), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY2(checked >= 3, "expected at least settings, a log and a cache file");
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
