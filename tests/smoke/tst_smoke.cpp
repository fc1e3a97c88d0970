// Smoke run of the real binaries: pilothouse-server with simulated traffic on 127.0.0.1, then the
// real `pilothouse` offscreen, signing in as the demo supervisor and saving a screenshot once the
// live board has filled. Checks the picture is a real UI and no password reached disk.

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestSmoke : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setProcessChannelMode(QProcess::SeparateChannels);
        m_server.start(QStringLiteral(SERVER_BIN),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                m_dir.filePath(QStringLiteral("server")), QStringLiteral("--demo"), QStringLiteral("--simulate"),
                QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(m_server.waitForStarted(), qPrintable(m_server.errorString()));
        const QRegularExpression listening(QStringLiteral(R"(listening on http://127\.0\.0\.1:(\d+))"));
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                output += m_server.readAllStandardOutput();
                const auto match = listening.match(QString::fromUtf8(output));
                if (match.hasMatch())
                    m_port = match.captured(1).toInt();
                return m_port > 0 || m_server.state() == QProcess::NotRunning;
            },
            15000));
        QVERIFY2(m_port > 0, output.constData());
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
    }

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
            {QStringLiteral("--demo"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(m_port),
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
