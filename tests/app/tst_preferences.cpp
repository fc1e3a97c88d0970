// The operator's preferences as the Settings page keeps them (issue 14, section 3): every choice
// read back from a real settings.ini after a restart; limits held at, below and above them; a file
// that cannot be read moved aside with the defaults used and a sentence saying so; single values
// that cannot be read back to their defaults, named; start at login as a real XDG autostart entry.

#include "autostart.h"
#include "preferences.h"
#include "uilanguage.h"

#include "store/retention.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pilothouse::app::Preferences;
namespace Reason = pilothouse::models::EscalationReason;
namespace retention = pilothouse::models::retention;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_count));
        // Start at login writes under $XDG_CONFIG_HOME: keep it inside the test's folder.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
    }

    void defaultsWithoutAFile()
    {
        const Preferences prefs(m_file, false);
        QCOMPARE(prefs.language(), QString());
        QCOMPARE(prefs.theme(), Preferences::Theme::FollowSystem);
        QCOMPARE(prefs.textSize(), 100);
        QVERIFY(!prefs.reducedMotion());
        QVERIFY(!prefs.compactRows());
        QVERIFY(!prefs.nextAfterResolve());
        QVERIFY(prefs.notifications());
        QVERIFY(!prefs.notificationSound());
        QVERIFY(prefs.notifiesFor(Reason::LegalOrPolicy));
        QCOMPARE(prefs.retentionDays(), retention::kDefaultDays);
        QVERIFY(!prefs.startAtLogin());
        QCOMPARE(prefs.problem(), QString());
    }

    void everyChoiceSurvivesARestart()
    {
        {
            Preferences prefs(m_file, false);
            QSignalSpy dark(&prefs, &Preferences::darkChanged);
            prefs.setLanguage(u"fr"_s);
            prefs.setTheme(Preferences::Theme::Dark);
            QVERIFY(prefs.dark());
            QCOMPARE(dark.count(), 1);
            prefs.setTextSize(150);
            prefs.setReducedMotion(true);
            prefs.setCompactRows(true);
            QSignalSpy next(&prefs, &Preferences::nextAfterResolveChanged);
            prefs.setNextAfterResolve(true);
            prefs.setNextAfterResolve(true); // no change, no signal
            QCOMPARE(next.count(), 1);
            prefs.setNotificationSound(true);
            prefs.setNotifiesFor(Reason::LowConfidence, false);
            prefs.setNotifiesFor(Reason::Vip, false);
            prefs.setNotifiesFor(Reason::Vip, true);
            prefs.setRetentionDays(30);
        }
        const Preferences again(m_file, false);
        QCOMPARE(again.language(), u"fr"_s);
        QCOMPARE(again.theme(), Preferences::Theme::Dark);
        QCOMPARE(again.textSize(), 150);
        QVERIFY(again.reducedMotion());
        QVERIFY(again.compactRows());
        QVERIFY(again.nextAfterResolve());
        QVERIFY(again.notificationSound());
        QVERIFY(!again.notifiesFor(Reason::LowConfidence));
        QVERIFY(again.notifiesFor(Reason::Vip));
        QCOMPARE(again.mutedReasons(), QVariantList {int(Reason::LowConfidence)});
        QCOMPARE(again.retentionDays(), 30);
        QCOMPARE(again.problem(), QString());

        // Notifications off silences every reason, and keeps the chosen ones for later.
        Preferences off(m_file, false);
        off.setNotifications(false);
        QVERIFY(!off.notifiesFor(Reason::AskedForHuman));
        off.setNotifications(true);
        QVERIFY(off.notifiesFor(Reason::AskedForHuman));
        QVERIFY(!off.notifiesFor(Reason::LowConfidence));
    }

    void darkOptionIsForThisRunOnly()
    {
        {
            Preferences prefs(m_file, false);
            prefs.setTheme(Preferences::Theme::Light);
        }
        const Preferences forced(m_file, true);
        QVERIFY(forced.dark());
        const Preferences later(m_file, false);
        QCOMPARE(later.theme(), Preferences::Theme::Light);
    }

    void theDarkSwitchOfEarlierVersionsIsKept()
    {
        writeFile(m_file, "[ui]\ndark=true\n");
        const Preferences prefs(m_file, false);
        QCOMPARE(prefs.theme(), Preferences::Theme::Dark);
        QCOMPARE(prefs.problem(), QString());
    }

    void limitsAtBelowAndAbove()
    {
        limitsOfTheSetters();
        // In the file: at the limits read, beyond them fall back and are named.
        writeFile(m_file, "[ui]\ntextSize=200\n[cache]\nretentionDays=7\n");
        const Preferences atLimits(m_file, false);
        QCOMPARE(atLimits.textSize(), 200);
        QCOMPARE(atLimits.retentionDays(), 7);
        QCOMPARE(atLimits.problem(), QString());
        // Another file: Qt keeps a file it read in memory while it has the same size and time.
        const QString other = m_file + u".beyond"_s;
        writeFile(other, "[ui]\ntextSize=201\n[cache]\nretentionDays=6\n");
        const Preferences beyond(other, false);
        QCOMPARE(beyond.textSize(), 100);
        QCOMPARE(beyond.retentionDays(), retention::kDefaultDays);
        QVERIFY2(beyond.problem().contains(u"text size"_s), qPrintable(beyond.problem()));
        QVERIFY2(beyond.problem().contains(u"how long closed conversations are kept"_s), qPrintable(beyond.problem()));
    }

    void unreadableValuesAreNamedAndTheRestKept()
    {
        writeFile(m_file,
            "[ui]\ntheme=purple\ntextSize=huge\nreducedMotion=maybe\ncompactRows=2\nlanguage=klingon\n"
            "[notifications]\nsound=true\n[account]\nuser=lena\n");
        const Preferences prefs(m_file, false);
        QCOMPARE(prefs.theme(), Preferences::Theme::FollowSystem);
        QCOMPARE(prefs.textSize(), 100);
        QVERIFY(!prefs.reducedMotion());
        QCOMPARE(prefs.language(), QString());
        QVERIFY(prefs.notificationSound()); // readable values stay
        QVERIFY(!prefs.compactRows());
        for (const QString &name : {u"theme"_s, u"text size"_s, u"reduced motion"_s, u"compact rows"_s, u"language"_s})
            QVERIFY2(prefs.problem().contains(name), qPrintable(prefs.problem()));
        QVERIFY(!prefs.problem().contains(u"sound"_s));
        // Nothing was lost: the file still holds what it held.
        QCOMPARE(QSettings(m_file, QSettings::IniFormat).value(u"account/user"_s).toString(), u"lena"_s);
    }

    void aDamagedFileIsMovedAsideAndTheDefaultsUsed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("zeros, as a crash mid-write leaves") << QByteArray(512, '\0');
        QTest::newRow("binary") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452ff00fe");
        QTest::newRow("not UTF-8") << QByteArray("[ui]\ntheme=dark\nname=\xff\xfe\xfd\n");
    }
    void aDamagedFileIsMovedAsideAndTheDefaultsUsed()
    {
        QFETCH(QByteArray, bytes);
        writeFile(m_file, bytes);
        {
            Preferences prefs(m_file, false);
            QCOMPARE(prefs.theme(), Preferences::Theme::FollowSystem);
            QVERIFY2(prefs.problem().contains(u"could not be read"_s), qPrintable(prefs.problem()));
            QVERIFY2(prefs.problem().contains(u".damaged"_s), qPrintable(prefs.problem()));
            prefs.setTextSize(125); // the fresh file takes new choices
        }
        QFile aside(m_file + u".damaged"_s);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), bytes); // kept as it was, for whoever wants to look
        const Preferences again(m_file, false);
        QCOMPARE(again.textSize(), 125);
        QCOMPARE(again.problem(), QString());
    }

    void startAtLoginIsAnAutostartEntry()
    {
        Preferences prefs(m_file, false);
        QSignalSpy changed(&prefs, &Preferences::startAtLoginChanged);
        const QString entry = m_dir.filePath(u"config/autostart/pilothouse.desktop"_s);
        QCOMPARE(pilothouse::app::autostart::location(), entry);
        prefs.setStartAtLogin(true);
        QVERIFY(prefs.startAtLogin());
        QCOMPARE(prefs.startAtLoginError(), QString());
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(text.startsWith(u"[Desktop Entry]\n"_s));
        QVERIFY2(text.contains(u"Exec=\""_s + QCoreApplication::applicationFilePath() + u'"'), qPrintable(text));
        // The entry is the state: removed by hand, it reads as off.
        QVERIFY(QFile::remove(entry));
        QVERIFY(!prefs.startAtLogin());
        prefs.setStartAtLogin(true);
        prefs.setStartAtLogin(false);
        QVERIFY(!QFile::exists(entry));
        QCOMPARE(changed.count(), 3);

        // A folder that cannot be made: the reason, and the state unchanged.
        writeFile(m_dir.filePath(u"blocked"_s), "a file where the config folder should be");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"blocked"_s).toLocal8Bit());
        prefs.setStartAtLogin(true);
        QVERIFY(!prefs.startAtLogin());
        QVERIFY2(prefs.startAtLoginError().contains(u"could not be changed"_s), qPrintable(prefs.startAtLoginError()));
    }

    void languagesAreTheCompiledInCatalogues()
    {
        const QStringList codes = Preferences::availableLanguages(pilothouse::app::UiLanguage::kCatalogueDir);
        QCOMPARE(codes, (QStringList {u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ru"_s}));
        const Preferences prefs(m_file, false);
        const QVariantList languages = prefs.languages();
        QCOMPARE(languages.size(), 5);
        QCOMPARE(languages.at(1).toMap().value(u"name"_s).toString(), u"English"_s);
        QCOMPARE(languages.at(3).toMap().value(u"name"_s).toString(), u"Français"_s);
        QCOMPARE(languages.at(4).toMap().value(u"name"_s).toString(), u"Русский"_s);
    }

private:
    void limitsOfTheSetters()
    {
        Preferences prefs(m_dir.filePath(u"setters.ini"_s), false);
        prefs.setTextSize(Preferences::kMaxTextSize);
        QCOMPARE(prefs.textSize(), 200);
        prefs.setTextSize(Preferences::kMaxTextSize + 1);
        QCOMPARE(prefs.textSize(), 200);
        prefs.setTextSize(Preferences::kMinTextSize - 1);
        QCOMPARE(prefs.textSize(), 100);
        prefs.setRetentionDays(retention::kMinDays - 1);
        QCOMPARE(prefs.retentionDays(), retention::kMinDays);
        prefs.setRetentionDays(retention::kMaxDays + 1);
        QCOMPARE(prefs.retentionDays(), retention::kMaxDays);
        // A language without a catalogue is refused, not saved.
        prefs.setLanguage(u"xx"_s);
        QCOMPARE(prefs.language(), QString());
    }

    QTemporaryDir m_dir;
    QString m_file;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
