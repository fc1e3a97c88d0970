#pragma once
// The analytics report as a PDF: a title, the lines that say what the figures are (period, time,
// assumptions), then each table with its header repeated on every page it spans. Tables only: each
// chart of the pages is a table here, as on screen behind "Show as table". Pure painting of plain
// strings, so it runs on a worker thread (QPainter on a QPdfWriter needs no GUI thread).

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace pilothouse::models {

struct PdfSection {
    QString title;
    QString note; ///< A sentence under the title (e.g. the calibration's finding); may be empty.
    QStringList headers;
    QList<QStringList> rows;
};

struct PdfDocument {
    QString title;
    QStringList intro; ///< Lines under the title.
    QString footer; ///< Left of the page number: "Pilothouse, 6 Dec 2026 14:05".
    QList<PdfSection> sections;
};

class ReportPdf {
public:
    /// Called after each section with (sections done, all sections).
    using Progress = std::function<void(int, int)>;

    /// Paints `document` on A4 pages into `device` (open for writing). Returns the pages written.
    static int write(const PdfDocument &document, QIODevice *device, const Progress &progress = {});
};

} // namespace pilothouse::models
