// Printed transcripts (models/review/transcriptpdf.h): what is printed for a conversation with and
// without internal notes, redacted, and with hidden controls removed; the PDF has a page per
// conversation at least, and a message longer than a page continues on the next ones; the export
// job writes transcripts from the cache.

#include "reviewfixtures.h"

#include "review/exportjob.h"
#include "review/redaction.h"
#include "review/transcriptpdf.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::models;
using namespace Qt::StringLiterals;

namespace {

int pageObjects(const QByteArray &pdf)
{
    // "/Type /Page" also prefixes "/Type /Pages": count the exact object type.
    int count = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1))
        count += pdf.mid(at + 11, 1) != "s" ? 1 : 0;
    return count;
}

QByteArray pdfOf(const QList<TranscriptPage> &pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TranscriptPdf pdf(&buffer, u"Transcripts"_s, u"Pilothouse, test"_s);
    for (const TranscriptPage &page : pages)
        pdf.add(page);
    pdf.finish();
    return buffer.data();
}

} // namespace

class TestTranscript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageWithAndWithoutInternalNotes();
    void pageRedactedAndPlain();
    void pdfHasAPagePerConversation();
    void longMessageContinues();
    void exportJobWritesTranscripts();
};

void TestTranscript::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestTranscript::pageWithAndWithoutInternalNotes()
{
    const HistoryRow row = reviewfixtures::rows().at(0);
    const QList<MessageRecord> messages = reviewfixtures::messagesOf(row.conversationId);
    const TranscriptPage all = TranscriptPdf::page(row, messages, true, nullptr);
    QCOMPARE(all.title, u"Conversation with Dupont, Jean-Noël"_s);
    QVERIFY(all.facts.contains(u"Conversation c-1001"_s));
    QVERIFY(all.facts.contains(u"jean.dupont+shop@mail.example.fr · VIP"_s));
    QCOMPARE(all.lines.size(), 5);
    QCOMPARE(all.lines.at(0).author, u"Customer"_s);
    QCOMPARE(all.lines.at(0).mark, QString());
    QCOMPARE(all.lines.at(1).author, u"Pilot (AI, 62.5 %)"_s);
    QCOMPARE(all.lines.at(2).mark, u"Internal note"_s);
    QCOMPARE(all.lines.at(3).mark, u"Whisper to AI"_s);
    QCOMPARE(all.lines.at(3).text, u"Offer a \"discount\"\n10 %"_s);

    const TranscriptPage publicOnly = TranscriptPdf::page(row, messages, false, nullptr);
    QCOMPARE(publicOnly.lines.size(), 3);
    for (const TranscriptLine &line : publicOnly.lines)
        QCOMPARE(line.mark, QString());
}

void TestTranscript::pageRedactedAndPlain()
{
    HistoryRow row = reviewfixtures::rows().at(0);
    QList<MessageRecord> messages = reviewfixtures::messagesOf(row.conversationId);
    messages[4].text = u"Merci \u202Eevil\u202C !"_s; // a right-to-left override
    Redactor redactor;
    const TranscriptPage page = TranscriptPdf::page(row, messages, true, &redactor);
    QVERIFY(page.facts.contains(u"[email] · VIP"_s));
    QCOMPARE(page.lines.at(0).text, u"Où est ma commande #81860 ? Écrivez à [email] ou au [phone]."_s);
    QCOMPARE(page.lines.at(4).text, u"Merci evil !"_s);
    QCOMPARE(redactor.counts(), (RedactionCounts {2, 1, 0}));
}

void TestTranscript::pdfHasAPagePerConversation()
{
    QList<TranscriptPage> pages;
    for (const HistoryRow &row : reviewfixtures::rows())
        pages.append(TranscriptPdf::page(row, reviewfixtures::messagesOf(row.conversationId), true, nullptr));
    const QByteArray pdf = pdfOf(pages);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pageObjects(pdf), 6);
}

void TestTranscript::longMessageContinues()
{
    const HistoryRow row = reviewfixtures::rows().at(5);
    QList<MessageRecord> messages = reviewfixtures::messagesOf(row.conversationId);
    // One message of about twelve pages, then 200 short ones.
    messages[0].text = u"All work and no play makes Jack a dull boy.\n"_s.repeated(600);
    for (int i = 0; i < 200; ++i)
        messages.append(reviewfixtures::message(
            u"x-%1"_s.arg(i), row.conversationId, Author::Customer, reviewfixtures::kT0 + i, u"Line %1"_s.arg(i)));
    const QByteArray pdf = pdfOf({TranscriptPdf::page(row, messages, true, nullptr)});
    QVERIFY2(pageObjects(pdf) > 12, qPrintable(QString::number(pageObjects(pdf))));
}

void TestTranscript::exportJobWritesTranscripts()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    QCOMPARE(reviewfixtures::writeCache(cache, reviewfixtures::messages(), u"fixture"_s), QString());
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    const QString path = dir.filePath(u"transcripts.pdf"_s);
    ExportJob::Options options;
    options.redact = true;
    options.includeInternal = false;
    QVERIFY(job.start(reviewfixtures::rows(), ExportJob::Pdf, QUrl::fromLocalFile(path), options, cache));
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    // The customers' e-mail addresses are printed (redacted) under each title, besides the messages.
    QCOMPARE(finished.at(0).at(1).toString(),
        u"Exported 6 conversation(s); redacted 5 e-mail address(es), 5 phone number(s) and 1 card number(s)."_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pageObjects(file.readAll()), 6);
}

QTEST_MAIN(TestTranscript)
#include "tst_transcript.moc"
