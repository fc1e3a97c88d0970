#pragma once
// Conversations printed as a PDF transcript (issue 13, section 4: "a transcript printed or saved as
// PDF, with or without internal notes"): per conversation a heading, the facts of the History row,
// then one row per message (time, author, text), internal notes and whispers shaded and labelled.
// Painted like the analytics report (insights/reportpdf.cpp): plain strings on A4 pages through a
// QPdfWriter, so it runs on a worker thread. Text is always plain, never rich text: what a customer
// wrote is drawn as it is.
//
// Unlike the CSV and JSON Lines, this is for people: labels are translated and times are in the
// local time zone and the UI locale's format.

#include "domain/historyrow.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace pilothouse::models {

class Redactor;

/// One printed message.
struct TranscriptLine {
    QString time;
    QString author; ///< "Customer", "AI agent · 62 %", "Sam"…
    QString text;
    QString mark; ///< "Internal note", "Whisper to AI"; empty for the public conversation.
    bool operator==(const TranscriptLine &) const = default;
};

/// One printed conversation.
struct TranscriptPage {
    QString title;
    QStringList facts; ///< Lines under the title: customer, channel, created, outcome…
    QList<TranscriptLine> lines;
};

/// Paints transcripts into a PDF one conversation at a time, so an export of many conversations
/// never holds them all. Create, add() each page, then finish().
class TranscriptPdf {
    Q_DECLARE_TR_FUNCTIONS(TranscriptPdf)

public:
    /// Starts a PDF in `device` (open for writing); `footer` is printed left of the page number.
    TranscriptPdf(QIODevice *device, const QString &title, const QString &footer);
    ~TranscriptPdf();
    TranscriptPdf(const TranscriptPdf &) = delete;
    TranscriptPdf &operator=(const TranscriptPdf &) = delete;

    /// Paints one conversation, starting on a new page.
    void add(const TranscriptPage &page);
    /// Ends the document; returns the number of pages written.
    int finish();

    /// What is printed for `row` and its messages (oldest first). Notes and whispers only with
    /// `includeInternal`; with a `redactor`, texts, names and the e-mail address are redacted.
    static TranscriptPage page(
        const HistoryRow &row, const QList<MessageRecord> &messages, bool includeInternal, Redactor *redactor);

private:
    struct Painter;
    std::unique_ptr<Painter> m_painter;
};

} // namespace pilothouse::models
