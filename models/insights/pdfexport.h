#pragma once
// "Export PDF" of the Analytics page: takes the report's tables as the page shows them (on the GUI
// thread, a snapshot of strings), then paints and saves the PDF on a worker thread, reporting
// progress per table, so a long report never blocks the window. The file is replaced atomically:
// a failed export leaves any earlier file as it was.

#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class AnalyticsReport;
struct PdfDocument;

class PdfExport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AnalyticsReport.pdfExport")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// 0..1 while busy.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    explicit PdfExport(const AnalyticsReport &report, QObject *parent = nullptr);
    ~PdfExport() override;

    bool busy() const;
    double progress() const;

    /// Starts writing the report to the local file `file`; false (and finished() with the reason)
    /// when it cannot start: not a local file, or an export already running.
    Q_INVOKABLE bool start(const QUrl &file);

    /// The document start() writes: the report's title lines and tables, in the UI language.
    PdfDocument document() const;

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    /// An empty `error` on success, else a sentence for the user; `pages` written.
    void finished(const QString &error, int pages);

private:
    void setProgress(double progress);
    void done(const QString &error, int pages);

    const AnalyticsReport &m_report;
    bool m_busy = false;
    double m_progress = 0;
    QThreadPool m_pool; ///< Last: destroyed first, waiting for a running export.
};

} // namespace pilothouse::models
