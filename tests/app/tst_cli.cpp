// The console's command line as a person meets it over SSH or in a script: no display, no
// QT_QPA_PLATFORM. --help and --version answer and exit 0, a bad option exits 2 naming it, and
// --lang changes the language of both.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runConsole(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PILOTHOUSE_BIN), arguments);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpWorksWithoutADisplay()
    {
        const Run run = runConsole({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--server <url>")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("watch, steer and take over")), qPrintable(run.out));
        QVERIFY2(!run.err.contains(QStringLiteral("platform plugin")), qPrintable(run.err));
    }

    void versionWorksWithoutADisplay()
    {
        const Run run = runConsole({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("pilothouse ")), qPrintable(run.out + run.err));
    }

    void badOptionExitsTwoNamingIt()
    {
        const Run run = runConsole({QStringLiteral("--sever"), QStringLiteral("https://x.example")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("sever")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("pilothouse --help")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void langTranslatesHelpAndErrors()
    {
        const Run help = runConsole({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("KI-Kundenunterhaltungen")), qPrintable(help.out));
        const Run bad
            = runConsole({QStringLiteral("--lang=fr"), QStringLiteral("--log-level"), QStringLiteral("loud")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("Lancez 'pilothouse --help'")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
