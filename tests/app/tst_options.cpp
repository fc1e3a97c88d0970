// Console command-line options: every option has a defined failure with a message that names it.

#include "accountpaths.h"
#include "appoptions.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::app;

class TestOptions : public QObject {
    Q_OBJECT

private:
    static ParseResult parse(QStringList args)
    {
        args.prepend(QStringLiteral("pilothouse"));
        return parseArguments(args);
    }

private Q_SLOTS:
    void defaultsRunWithNoServer()
    {
        const ParseResult result = parse({});
        QCOMPARE(result.outcome, ParseResult::Outcome::Run);
        QVERIFY(result.options.serverUrl.isEmpty());
        QCOMPARE(result.options.logLevel, QStringLiteral("info"));
    }

    void demoDefaultsToLocalSupervisor()
    {
        const ParseResult result = parse({QStringLiteral("--demo")});
        QCOMPARE(result.outcome, ParseResult::Outcome::Run);
        QCOMPARE(result.options.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8787")));
        QCOMPARE(result.options.userName, QStringLiteral("supervisor"));
        // An explicit server wins over the demo default.
        const ParseResult other
            = parse({QStringLiteral("--demo"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9000")});
        QCOMPARE(other.options.serverUrl.port(), 9000);
    }

    void helpAndVersionExitZero()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).outcome, ParseResult::Outcome::ExitOk);
        QVERIFY(parse({QStringLiteral("--help")}).output.contains(QStringLiteral("--offline")));
        QCOMPARE(parse({QStringLiteral("--version")}).outcome, ParseResult::Outcome::ExitOk);
    }

    void badInputFailsNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("server not a url")
            << QStringList {QStringLiteral("--server"), QStringLiteral("ftp://x")} << QStringLiteral("--server");
        QTest::newRow("server missing value") << QStringList {QStringLiteral("--server")} << QStringLiteral("server");
        QTest::newRow("empty user") << QStringList {QStringLiteral("--user"), QStringLiteral("  ")}
                                    << QStringLiteral("--user");
        QTest::newRow("unknown language")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("xx")} << QStringLiteral("--lang");
        QTest::newRow("bad log level") << QStringList {QStringLiteral("--log-level"), QStringLiteral("loud")}
                                       << QStringLiteral("--log-level");
        QTest::newRow("demo and offline")
            << QStringList {QStringLiteral("--demo"), QStringLiteral("--offline")} << QStringLiteral("--offline");
        QTest::newRow("unreadable ca file")
            << QStringList {QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
            << QStringLiteral("--ca-file");
        QTest::newRow("bad timeout") << QStringList {QStringLiteral("--screenshot-timeout"), QStringLiteral("0")}
                                     << QStringLiteral("--screenshot-timeout");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")} << QStringLiteral("extra");
    }

    void badInputFailsNamingTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const ParseResult result = parse(args);
        QCOMPARE(result.outcome, ParseResult::Outcome::ExitError);
        QVERIFY2(result.output.contains(mentions), qPrintable(result.output));
    }

    void dataDirThatIsAFileIsRefused()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plain")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const ParseResult result = parse({QStringLiteral("--data-dir"), file.fileName()});
        QCOMPARE(result.outcome, ParseResult::Outcome::ExitError);
        QVERIFY(result.output.contains(QStringLiteral("--data-dir")));
    }

    void cachePerAccountIsFileNameSafe()
    {
        QTemporaryDir dir;
        const AccountPaths paths(dir.path());
        const QString a = paths.cacheFile(QStringLiteral("supervisor@127.0.0.1:8787"));
        const QString b = paths.cacheFile(QStringLiteral("agent@127.0.0.1:8787"));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(dir.path()));
        QVERIFY(!QFileInfo(a).fileName().contains(u':'));
        QVERIFY(!QFileInfo(a).fileName().contains(u'/'));
        QVERIFY(!QFileInfo(paths.cacheFile(QStringLiteral("../../etc@x"))).fileName().contains(u'/'));
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
