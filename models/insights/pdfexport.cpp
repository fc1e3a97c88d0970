#include "insights/pdfexport.h"

#include "insights/analyticsreport.h"
#include "insights/reportpdf.h"

#include <QDateTime>
#include <QLocale>
#include <QSaveFile>

namespace pilothouse::models {

namespace {

/// The table's cells as the page shows them.
PdfSection sectionOf(const AnalyticsReport::TableSpec &spec, QString title, qsizetype maxColumns = -1)
{
    PdfSection section;
    section.title = std::move(title);
    QList<CsvColumn> columns = spec.columns;
    if (maxColumns > 0 && columns.size() > maxColumns)
        columns.resize(maxColumns);
    for (const CsvColumn &column : columns)
        section.headers.append(column.header);
    const QAbstractItemModel &model = *spec.model;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const CsvColumn &column : columns)
            cells.append(model.data(model.index(row, 0), column.role).toString());
        section.rows.append(cells);
    }
    return section;
}

} // namespace

PdfExport::PdfExport(const AnalyticsReport &report, QObject *parent)
    : QObject(parent)
    , m_report(report)
{
    m_pool.setMaxThreadCount(1);
}

PdfExport::~PdfExport()
{
    m_pool.waitForDone();
}

bool PdfExport::busy() const
{
    return m_busy;
}

double PdfExport::progress() const
{
    return m_progress;
}

PdfDocument PdfExport::document() const
{
    using Table = AnalyticsReport::Table;
    PdfDocument doc;
    doc.title = tr("Pilothouse analytics");
    doc.intro
        = {m_report.periodText(), m_report.asOfText(), m_report.costModelSourceText(), m_report.assumptionsText()};
    doc.intro.removeAll(QString());
    doc.footer
        = tr("Pilothouse, exported %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    // The figures without their raw numerator and denominator (the CSV has those).
    doc.sections.append(sectionOf(m_report.tableSpec(Table::MetricsTable), tr("Figures"), 4));
    doc.sections.append(sectionOf(m_report.tableSpec(Table::DaysTable), tr("Outcomes by day")));
    doc.sections.append(sectionOf(m_report.tableSpec(Table::IntentsTable), tr("Intents")));
    doc.sections.append(sectionOf(m_report.tableSpec(Table::ReasonsTable), tr("Hand-off reasons")));
    doc.sections.append(sectionOf(m_report.tableSpec(Table::SegmentsTable), tr("Customer segments")));
    PdfSection calibration = sectionOf(m_report.tableSpec(Table::CalibrationTable), tr("Confidence calibration"));
    calibration.note = m_report.calibration()->summaryText();
    doc.sections.append(calibration);
    return doc;
}

bool PdfExport::start(const QUrl &file)
{
    if (m_busy) {
        Q_EMIT finished(tr("An export is already running."), 0);
        return false;
    }
    if (!file.isLocalFile()) {
        Q_EMIT finished(tr("Choose a file on this computer to export to."), 0);
        return false;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    setProgress(0);
    // The pool is a member: destroying this object waits for the export, so `this` outlives it.
    m_pool.start([this, doc = document(), path = file.toLocalFile()] {
        QSaveFile out(path);
        QString error;
        int pages = 0;
        if (!out.open(QIODevice::WriteOnly)) {
            error = PdfExport::tr("The PDF could not be written to %1: %2").arg(path, out.errorString());
        } else {
            pages = ReportPdf::write(doc, &out, [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { setProgress(double(done) / double(total)); }, Qt::QueuedConnection);
            });
            if (!out.commit())
                error = PdfExport::tr("The PDF could not be written to %1: %2").arg(path, out.errorString());
        }
        QMetaObject::invokeMethod(
            this, [this, error, pages] { done(error, pages); }, Qt::QueuedConnection);
    });
    return true;
}

void PdfExport::setProgress(double progress)
{
    if (qFuzzyCompare(progress + 1, m_progress + 1))
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void PdfExport::done(const QString &error, int pages)
{
    m_busy = false;
    Q_EMIT busyChanged();
    Q_EMIT finished(error, pages);
}

} // namespace pilothouse::models
