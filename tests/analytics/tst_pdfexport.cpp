// "Export PDF" of the Analytics page (models/insights/pdfexport.h): the document holds the period,
// the assumptions and every table as the page shows it; the PDF is written on a worker thread with
// progress, spans as many pages as its rows need, refuses a second export while one runs, and a
// target it cannot write gets a sentence and no file.

#include "workedexample.h"

#include "analytics/factsbuilder.h"
#include "insights/analyticsreport.h"
#include "insights/pdfexport.h"
#include "insights/reportpdf.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::models;

namespace {

void showExample(AnalyticsReport &report)
{
    report.setCostModel(workedexample::costModel());
    report.setFacts(
        analytics::FactsBuilder::build(workedexample::history(), workedexample::asOf(), QStringLiteral("USD")),
        workedexample::asOf());
    report.setToday(QDate(2025, 3, 8));
    report.setRange(AnalyticsReport::Custom);
    report.setCustomFrom(QDate(2025, 3, 1));
    report.setCustomTo(QDate(2025, 3, 8));
}

int pageObjects(const QByteArray &pdf)
{
    // "/Type /Page" also prefixes "/Type /Pages": count the exact object type.
    int count = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1))
        count += pdf.mid(at + 11, 1) != "s" ? 1 : 0;
    return count;
}

} // namespace

class TestPdfExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentIsThePageInTables();
    void writesOnAWorkerWithProgress();
    void longTablesSpanPages();
    void refusesWhatItCannotWrite();
};

void TestPdfExport::documentIsThePageInTables()
{
    AnalyticsReport report;
    showExample(report);
    const PdfDocument doc = report.pdfExport()->document();
    QVERIFY(doc.intro.contains(report.periodText()));
    QVERIFY(doc.intro.contains(report.assumptionsText()));
    QVERIFY(doc.intro.contains(report.costModelSourceText()));
    QCOMPARE(doc.sections.size(), 6);
    const PdfSection &figures = doc.sections.at(0);
    QCOMPARE(figures.headers.size(), 4); // metric, value, previous, change
    QCOMPARE(figures.rows.size(), int(analytics::kMetricCount));
    // The strict AI resolution rate of the worked example, as the page's card shows it.
    const auto strict = std::find_if(figures.rows.cbegin(), figures.rows.cend(),
        [&report](const QStringList &row) { return row.at(0) == report.label(MetricId::AiResolutionStrict); });
    QVERIFY(strict != figures.rows.cend());
    QCOMPARE(strict->at(1), QStringLiteral("40.0 %"));
    QCOMPARE(doc.sections.at(1).rows.size(), 8); // 1 to 8 March
    QCOMPARE(doc.sections.at(5).note, report.calibration()->summaryText());
    QCOMPARE(doc.sections.at(5).rows.size(), 10);
}

void TestPdfExport::writesOnAWorkerWithProgress()
{
    AnalyticsReport report;
    showExample(report);
    PdfExport *pdf = report.pdfExport();
    QSignalSpy finished(pdf, &PdfExport::finished);
    QSignalSpy progress(pdf, &PdfExport::progressChanged);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(pdf->start(QUrl::fromLocalFile(path)));
    QVERIFY(pdf->busy());
    // A second export while the first runs is refused, and says so.
    QVERIFY(!pdf->start(QUrl::fromLocalFile(dir.filePath(QStringLiteral("other.pdf")))));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.takeFirst().at(0).toString().contains(QStringLiteral("already running")));

    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).toString().isEmpty(), qPrintable(finished.at(0).at(0).toString()));
    QVERIFY(!pdf->busy());
    QCOMPARE(pdf->progress(), 1.0);
    QVERIFY(progress.size() >= 2); // per table, not only at the end
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    const int pages = finished.at(0).at(1).toInt();
    QVERIFY(pages >= 2); // six tables do not fit one A4 page
    QCOMPARE(pageObjects(bytes), pages);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.pdf"))));
}

void TestPdfExport::longTablesSpanPages()
{
    PdfDocument doc;
    doc.title = QStringLiteral("Long");
    PdfSection section;
    section.title = QStringLiteral("Days");
    section.headers = {QStringLiteral("Day"), QStringLiteral("Conversations")};
    for (int i = 0; i < 400; ++i)
        section.rows.append({QStringLiteral("Day %1").arg(i), QString::number(i)});
    doc.sections = {section};
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const int pages = ReportPdf::write(doc, &out);
    // About 40 rows of 9 pt fit a page: 400 rows need about 10 pages, never 1.
    QVERIFY2(pages >= 8 && pages <= 14, qPrintable(QString::number(pages)));
    QCOMPARE(pageObjects(out.data()), pages);

    // An empty table says so rather than showing a bare header.
    doc.sections[0].rows.clear();
    QBuffer empty;
    QVERIFY(empty.open(QIODevice::WriteOnly));
    QCOMPARE(ReportPdf::write(doc, &empty), 1);
}

void TestPdfExport::refusesWhatItCannotWrite()
{
    AnalyticsReport report;
    showExample(report);
    PdfExport *pdf = report.pdfExport();
    QSignalSpy finished(pdf, &PdfExport::finished);
    QVERIFY(!pdf->start(QUrl(QStringLiteral("https://example.com/report.pdf"))));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.takeFirst().at(0).toString().contains(QStringLiteral("on this computer")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    QVERIFY(pdf->start(QUrl::fromLocalFile(path)));
    QVERIFY(finished.wait(20000));
    const QString error = finished.at(0).at(0).toString();
    QVERIFY2(error.contains(QStringLiteral("could not be written")) && error.contains(path), qPrintable(error));
    QVERIFY(!pdf->busy());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
