#pragma once
// Runs the real pilothouse-server for a test: a QProcess on 127.0.0.1, its data dir, and the port
// it printed. Shared by the end-to-end tests.

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class ServerProcess {
public:
    /// Starts the server; `port` 0 lets it pick one. Returns false (with `error`) on failure.
    bool start(const QString &dataDir, const QStringList &extra, int port, QString *error)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--data-dir"), dataDir};
        m_process.start(QStringLiteral(SERVER_BIN), args + extra);
        if (!m_process.waitForStarted()) {
            *error = m_process.errorString();
            return false;
        }
        const QRegularExpression listening(QStringLiteral(R"(listening on http://127\.0\.0\.1:(\d+))"));
        QByteArray output;
        m_port = 0;
        (void)QTest::qWaitFor(
            [&] {
                output += m_process.readAllStandardOutput();
                const auto match = listening.match(QString::fromUtf8(output));
                if (match.hasMatch())
                    m_port = match.captured(1).toInt();
                return m_port > 0 || m_process.state() == QProcess::NotRunning;
            },
            15000);
        if (m_port == 0)
            *error = QString::fromUtf8(output);
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    ~ServerProcess() { stop(); }

    int port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QProcess m_process;
    int m_port = 0;
};
