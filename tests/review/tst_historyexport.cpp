// The History page's CSV and JSON Lines (models/review/historyexport.h), byte for byte against
// tests/review/golden/. On a mismatch the actual output is written to <build>/tests/review/
// golden-actual/; after checking it by eye, copy it over the golden file. The CSV is also read back
// with a small RFC 4180 reader: every cell round-trips, formula cells carry their apostrophe, and
// the numbers (a negative amount included) are written without one.

#include "reviewfixtures.h"

#include "review/historyexport.h"
#include "review/redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pilothouse::models;
using namespace Qt::StringLiterals;

namespace {

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(GOLDEN_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Compares with the golden file; on a difference writes the actual bytes for updating it.
bool matchesGolden(const QString &name, const QByteArray &actual)
{
    if (golden(name) == actual)
        return true;
    QDir().mkpath(QStringLiteral(ACTUAL_DIR));
    QFile out(QStringLiteral(ACTUAL_DIR "/") + name);
    if (out.open(QIODevice::WriteOnly))
        out.write(actual);
    qWarning("%s differs from the golden file; the actual output is in %s", qPrintable(name), ACTUAL_DIR);
    return false;
}

/// RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(std::exchange(field, QString()));
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(std::exchange(field, QString()));
            records.append(std::exchange(record, QStringList()));
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestHistoryExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvMatchesGolden();
    void csvReadsBack();
    void csvRedacted();
    void jsonLinesMatchGolden();
    void jsonLinesRedactedWithoutInternal();
    void formats();
};

void TestHistoryExport::csvMatchesGolden()
{
    QVERIFY(matchesGolden(u"history.csv"_s, HistoryExport::csv(reviewfixtures::rows())));
}

void TestHistoryExport::csvReadsBack()
{
    const QByteArray bytes = HistoryExport::csv(reviewfixtures::rows());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = readCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), 7);
    QCOMPARE(records[0], HistoryExport::csvHeaders());
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 20);
    const QList<HistoryRow> rows = reviewfixtures::rows();
    QCOMPARE(records[1][1], rows[0].customerName); // a comma
    QCOMPARE(records[2][1], rows[1].customerName); // quotes
    QCOMPARE(records[3][1], u"'"_s + rows[2].customerName); // a formula, defused
    QCOMPARE(records[4][1], u"'+Ñoño Peña"_s);
    QCOMPARE(records[5][1], u"'-5 Иван Петров"_s);
    QCOMPARE(records[6][1], u"'"_s + rows[5].customerName); // @ and a line break
    QCOMPARE(records[6][10], u"agent\tB"_s);
    QCOMPARE(records[4][19], u"-5.05"_s); // a refund stays a number
    QCOMPARE(records[4][18], u"'-1"_s); // a negative-looking text does not
    // Every outcome in the protocol's spelling, and none for the open conversation.
    QStringList outcomes;
    for (qsizetype i = 1; i < records.size(); ++i)
        outcomes.append(records[i][11]);
    QCOMPARE(
        outcomes, (QStringList {u"resolved"_s, u"not_resolved"_s, u"spam"_s, u"abandoned"_s, u""_s, u"resolved"_s}));
    QCOMPARE(records[2][16], u"asked_for_human"_s);
    QCOMPARE(records[2][3], u"email"_s);
    QCOMPARE(records[2][4], u"sales"_s);
    // Absent optionals are empty cells.
    QCOMPARE(records[3][8], QString());
    QCOMPARE(records[3][13], QString());
    QCOMPARE(records[3][14], QString());
    QCOMPARE(records[5][12], QString());
}

void TestHistoryExport::csvRedacted()
{
    Redactor redactor;
    const QByteArray bytes = HistoryExport::csv(reviewfixtures::rows(), &redactor);
    QVERIFY(matchesGolden(u"history-redacted.csv"_s, bytes));
    QVERIFY(!bytes.contains("7946"));
    QVERIFY(bytes.contains("Dupont, Jean-Noël"));
    QCOMPARE(redactor.counts(), (RedactionCounts {0, 1, 0}));
}

void TestHistoryExport::jsonLinesMatchGolden()
{
    QByteArray all;
    for (const HistoryRow &row : reviewfixtures::rows())
        all += HistoryExport::jsonLine(row, reviewfixtures::messagesOf(row.conversationId), true);
    QVERIFY(matchesGolden(u"history.jsonl"_s, all));
    // Every line is one JSON object with the two keys.
    const QList<QByteArray> lines = all.split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.last().isEmpty());
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError error {};
        const QJsonObject object = QJsonDocument::fromJson(lines[i], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(object.contains(u"conversation"_s));
        QVERIFY(object.contains(u"messages"_s));
    }
}

void TestHistoryExport::jsonLinesRedactedWithoutInternal()
{
    Redactor redactor;
    QByteArray all;
    for (const HistoryRow &row : reviewfixtures::rows())
        all += HistoryExport::jsonLine(row, reviewfixtures::messagesOf(row.conversationId), false, &redactor);
    QVERIFY(matchesGolden(u"history-redacted.jsonl"_s, all));
    QVERIFY(!all.contains("\"note\""));
    QVERIFY(!all.contains("\"whisper\""));
    QVERIFY(!all.contains("jean.dupont"));
    QVERIFY(!all.contains("4111 1111 1111 1111"));
    QVERIFY(all.contains("4111 1111 1111 1112")); // fails Luhn: not a card
    QVERIFY(all.contains("#81860"));
    // Four customers' e-mails, one in a message and one in a tool summary; a phone in the customer
    // name of c-1006 and one in each of four messages; one card.
    QCOMPARE(redactor.counts(), (RedactionCounts {6, 5, 1}));
}

void TestHistoryExport::formats()
{
    QCOMPARE(HistoryExport::seconds(1'250), u"1.250"_s);
    QCOMPARE(HistoryExport::seconds(0), u"0.000"_s);
    QCOMPARE(HistoryExport::seconds(-1'500), u"-1.500"_s);
    QCOMPARE(HistoryExport::currencyUnits(12'345), u"123.45"_s);
    QCOMPARE(HistoryExport::currencyUnits(-5), u"-0.05"_s);
    QCOMPARE(HistoryExport::confidence(0.625), u"0.63"_s); // half rounds up
    QCOMPARE(HistoryExport::confidence(1.0), u"1.00"_s);
    QCOMPARE(HistoryExport::isoTime(reviewfixtures::kT0), u"2026-11-30T00:53:20.000Z"_s);
    // As QDateTime writes it, before the epoch and on a leap day too.
    for (const qint64 ms :
        {qint64(0), qint64(-1), qint64(-86'400'001), qint64(951'782'400'123), reviewfixtures::kT0 + 999}) {
        QCOMPARE(HistoryExport::isoTime(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    QCOMPARE(HistoryExport::outcomeCode(Outcome::NotResolved), u"not_resolved"_s);
    QCOMPARE(HistoryExport::outcomeCode(Outcome::None), QString());
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
