// Console command-line options: every option has a defined failure with a message that names it.

#include "accountpaths.h"
#include "appoptions.h"
#include "windowgeometry.h"

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
        // The smallest window the pages are made for is 800x540: at it passes, below it refuses.
        for (const char *size : {"799x600", "800x539", "1024", "1024x", "x768", "1024x768x2", "-800x600", "99999x800"})
            QTest::newRow(size) << QStringList {QStringLiteral("--window-size"), QString::fromLatin1(size)}
                                << QStringLiteral("--window-size");
    }

    void badInputFailsNamingTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const ParseResult result = parse(args);
        QCOMPARE(result.outcome, ParseResult::Outcome::ExitError);
        QVERIFY2(result.output.contains(mentions), qPrintable(result.output));
    }

    void windowSizeAtAndAboveTheMinimum()
    {
        QCOMPARE(
            parse({QStringLiteral("--window-size"), QStringLiteral("800x540")}).options.windowSize, QSize(800, 540));
        QCOMPARE(
            parse({QStringLiteral("--window-size"), QStringLiteral("1440X900")}).options.windowSize, QSize(1440, 900));
        QVERIFY(!parse({}).options.windowSize.isValid());
    }

    void windowFitsTheScreen()
    {
        const QRect laptop(0, 0, 1280, 720);
        const QSize minimum(800, 540);
        // The 1360x860 default on a 1280x720 laptop: as large as the screen, not larger.
        QCOMPARE(WindowGeometry::fitted(QRect(0, 0, 1360, 860), laptop, minimum), laptop);
        // A saved place that fits stays; one on a monitor since unplugged comes back, centred.
        QCOMPARE(WindowGeometry::fitted(QRect(100, 50, 900, 600), laptop, minimum), QRect(100, 50, 900, 600));
        QCOMPARE(WindowGeometry::fitted(QRect(2000, 100, 900, 600), laptop, minimum), QRect(190, 60, 900, 600));
        // Half off the right edge: pulled back onto the screen whole.
        QCOMPARE(WindowGeometry::fitted(QRect(700, 0, 900, 600), laptop, minimum), QRect(380, 0, 900, 600));
        // Never below the minimum, unless the screen itself is smaller.
        QCOMPARE(WindowGeometry::fitted(QRect(0, 0, 300, 200), laptop, minimum).size(), minimum);
        QCOMPARE(
            WindowGeometry::fitted(QRect(0, 0, 1360, 860), QRect(0, 0, 640, 480), minimum).size(), QSize(640, 480));
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
