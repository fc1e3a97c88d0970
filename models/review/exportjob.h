#pragma once
// "Export" on the History page (issue 13, section 4): writes the page's rows as CSV or, with every
// cached message, as JSON Lines (review/historyexport.h) or as printed transcripts
// (review/transcriptpdf.h), on a worker thread, so a long export never blocks the window; it shows
// progress and can be cancelled. Follows "Export PDF" of the Analytics
// page (insights/pdfexport.cpp): one pool thread, results posted back with queued calls, the pool a
// member so destroying the job waits for (and here first cancels) a running export.
//
// The file is written through QSaveFile: a cancelled or failed export leaves any earlier file as it
// was. Cancellation is checked between conversations.
//
// Registered for QML but not creatable there: the History page's model owns a job and passes its
// own rows to start(), which takes C++ values (HistoryRow) QML cannot build; QML binds busy and
// progress, calls cancel() and shows finished()'s message.

#include "domain/historyrow.h"

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>

namespace pilothouse::models {

struct RedactionCounts;

class ExportJob : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The History page's model owns the export job")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// 0..1 while busy: the share of conversations written.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    enum Format {
        Csv, ///< One row per conversation.
        JsonLines, ///< One line per conversation with its messages.
        Pdf, ///< Transcripts, each conversation from a new page (one row: one transcript).
    };
    Q_ENUM(Format)

    struct Options {
        bool redact = false; ///< Replace e-mail addresses, phone and card numbers (review/redaction.h).
        bool includeInternal = true; ///< JSON Lines and PDF: notes and whispers, marked as such.
    };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    bool busy() const;
    double progress() const;

    /// Starts writing `rows` in `format` to the local file `destination`. JSON Lines and PDF read
    /// each conversation's messages from the cache file `cachePath` (read-only, on the worker).
    /// False, and finished(false, why) at once, when it cannot start: not a local file, no cache
    /// for messages, or an export already running.
    bool start(const QList<HistoryRow> &rows, Format format, const QUrl &destination, const Options &options,
        const QString &cachePath = {});

    /// Stops a running export before its next conversation; finished(false, …) follows.
    Q_INVOKABLE void cancel();
    /// Reports an export its caller could not even prepare (the conversation is not cached) as
    /// finished(false, message), as start() reports one it cannot start.
    void refuse(const QString &message);

    /// The sentence finished() reports on success: "Exported 3 conversations; redacted 2 e-mail
    /// addresses and 1 phone number." (the redaction part only when `redacted`).
    static QString summary(int conversations, bool redacted, const RedactionCounts &counts);

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    /// `message` is a sentence for the user: the summary on success, else what went wrong.
    void finished(bool ok, const QString &message);

private:
    void setProgress(double progress);
    void done(bool ok, const QString &message);

    bool m_busy = false;
    double m_progress = 0;
    std::atomic<bool> m_cancel {false};
    QThreadPool m_pool; ///< Last: destroyed first, waiting for a running export.
};

} // namespace pilothouse::models
