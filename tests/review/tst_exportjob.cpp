// The History page's export job (models/review/exportjob.h) over a real SQLite cache file: CSV and
// JSON Lines written on a worker equal the golden files, the summary counts conversations and
// what was redacted, a cancelled export leaves the earlier file as it was, and a destination that
// is not a local file is refused with a sentence.

#include "reviewfixtures.h"

#include "review/exportjob.h"
#include "review/historyexport.h"
#include "review/redaction.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::models;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray golden(const QString &name)
{
    return readAll(QStringLiteral(GOLDEN_DIR "/") + name);
}

} // namespace

class TestExportJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsCsv();
    void exportsJsonLinesFromTheCache();
    void summarySaysWhatWasRedacted();
    void cancelLeavesTheEarlierFile();
    void refusesWhatItCannotWrite();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestExportJob::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(u"cache.sqlite"_s);
    // The fixture's messages, and a long conversation that no fixture row names.
    QList<MessageRecord> messages = reviewfixtures::messages();
    for (int i = 0; i < 2'000; ++i) {
        messages.append(reviewfixtures::message(u"long-%1"_s.arg(i), u"c-long"_s, Author::Customer,
            reviewfixtures::kT0 + i, u"Message %1 of a long conversation, call 06 12 34 56 78"_s.arg(i)));
    }
    QCOMPARE(reviewfixtures::writeCache(m_cache, messages, u"fixture"_s), QString());
}

void TestExportJob::exportsCsv()
{
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    const QString path = m_dir.filePath(u"history.csv"_s);
    QVERIFY(job.start(reviewfixtures::rows(), ExportJob::Csv, QUrl::fromLocalFile(path), {}));
    QVERIFY(job.busy());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), u"Exported 6 conversation(s)."_s);
    QVERIFY(!job.busy());
    QCOMPARE(job.progress(), 1.0);
    QCOMPARE(readAll(path), golden(u"history.csv"_s));
}

void TestExportJob::exportsJsonLinesFromTheCache()
{
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    const QString path = m_dir.filePath(u"history.jsonl"_s);
    QVERIFY(job.start(reviewfixtures::rows(), ExportJob::JsonLines, QUrl::fromLocalFile(path), {}, m_cache));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(0).at(1).toString(), u"Exported 6 conversation(s)."_s);
    QCOMPARE(readAll(path), golden(u"history.jsonl"_s));

    ExportJob::Options options;
    options.redact = true;
    options.includeInternal = false;
    QVERIFY(job.start(reviewfixtures::rows(), ExportJob::JsonLines, QUrl::fromLocalFile(path), options, m_cache));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QCOMPARE(finished.at(1).at(1).toString(),
        u"Exported 6 conversation(s); redacted 6 e-mail address(es), 5 phone number(s) and 1 card number(s)."_s);
    QCOMPARE(readAll(path), golden(u"history-redacted.jsonl"_s));
}

void TestExportJob::summarySaysWhatWasRedacted()
{
    QCOMPARE(ExportJob::summary(10'000, false, {}), u"Exported 10,000 conversation(s)."_s);
    QCOMPARE(ExportJob::summary(1, true, {}), u"Exported 1 conversation(s); nothing needed redacting."_s);
    QCOMPARE(ExportJob::summary(2, true, {0, 3, 0}), u"Exported 2 conversation(s); redacted 3 phone number(s)."_s);
    QCOMPARE(ExportJob::summary(2, true, {12, 0, 1}),
        u"Exported 2 conversation(s); redacted 12 e-mail address(es) and 1 card number(s)."_s);
}

void TestExportJob::cancelLeavesTheEarlierFile()
{
    const QString path = m_dir.filePath(u"earlier.jsonl"_s);
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("the earlier export\r\n");
    }
    // Many rows of the long conversation: the whole export would take minutes, so it is still
    // running when the first progress (1 %) arrives, and stops at the next conversation.
    HistoryRow row = reviewfixtures::rows().at(0);
    row.conversationId = u"c-long"_s;
    const QList<HistoryRow> many(5'000, row);
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    double cancelledAt = -1;
    connect(&job, &ExportJob::progressChanged, &job, [&job, &cancelledAt] {
        if (cancelledAt < 0 && job.progress() > 0) {
            cancelledAt = job.progress();
            job.cancel();
        }
    });
    QVERIFY(job.start(many, ExportJob::JsonLines, QUrl::fromLocalFile(path), {}, m_cache));
    QVERIFY(finished.wait(30'000));
    QVERIFY(cancelledAt > 0 && cancelledAt < 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(), u"Export cancelled; %1 was left as it was."_s.arg(path));
    QCOMPARE(readAll(path), QByteArray("the earlier export\r\n"));
    QVERIFY(!job.busy());
    // No temporary file of QSaveFile is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({u"earlier*"_s}, QDir::Files), QStringList {u"earlier.jsonl"_s});

    // Without an earlier file, nothing is left.
    const QString fresh = m_dir.filePath(u"fresh.jsonl"_s);
    cancelledAt = -1;
    QVERIFY(job.start(many, ExportJob::JsonLines, QUrl::fromLocalFile(fresh), {}, m_cache));
    QVERIFY(finished.wait(30'000));
    QVERIFY(cancelledAt > 0 && cancelledAt < 1);
    QCOMPARE(finished.at(1).at(1).toString(), u"Export cancelled; nothing was written."_s);
    QVERIFY(!QFile::exists(fresh));
}

void TestExportJob::refusesWhatItCannotWrite()
{
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    QVERIFY(!job.start(reviewfixtures::rows(), ExportJob::Csv, QUrl(u"https://example.com/history.csv"_s), {}));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(), u"Choose a file on this computer to export to."_s);
    QVERIFY(!job.busy());

    // JSON Lines needs the cache.
    QVERIFY(!job.start(
        reviewfixtures::rows(), ExportJob::JsonLines, QUrl::fromLocalFile(m_dir.filePath(u"x.jsonl"_s)), {}));
    QCOMPARE(finished.size(), 2);

    // A folder that does not exist: a sentence naming the file, and no file.
    const QString missing = m_dir.filePath(u"no/such/folder/history.csv"_s);
    QVERIFY(job.start(reviewfixtures::rows(), ExportJob::Csv, QUrl::fromLocalFile(missing), {}));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(2).at(0).toBool(), false);
    QVERIFY(finished.at(2).at(1).toString().startsWith(u"The export could not be written to %1: "_s.arg(missing)));
    QVERIFY(!QFile::exists(missing));

    // A cache that is not a database.
    const QString notACache = m_dir.filePath(u"not-a-cache.sqlite"_s);
    {
        QFile file(notACache);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    QVERIFY(job.start(reviewfixtures::rows(), ExportJob::JsonLines, QUrl::fromLocalFile(m_dir.filePath(u"y.jsonl"_s)),
        {}, notACache));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.at(3).at(0).toBool(), false);
    QVERIFY(
        finished.at(3).at(1).toString().startsWith(u"The cached messages could not be read from %1"_s.arg(notACache)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"y.jsonl"_s)));
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
