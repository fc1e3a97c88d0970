#include "review/exportjob.h"

#include "review/cachedmessages.h"
#include "review/historyexport.h"
#include "review/redaction.h"
#include "review/transcriptpdf.h"

#include <QDateTime>
#include <QFileInfo>

#include <QLocale>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

/// What the worker reports back.
struct Result {
    bool ok = false;
    QString message;
};

constexpr qsizetype kFlushBytes = 1 << 20; // write in chunks of about a megabyte

} // namespace

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ExportJob::~ExportJob()
{
    m_cancel = true;
    m_pool.waitForDone();
}

bool ExportJob::busy() const
{
    return m_busy;
}

double ExportJob::progress() const
{
    return m_progress;
}

void ExportJob::cancel()
{
    if (m_busy)
        m_cancel = true;
}

QString ExportJob::summary(int conversations, bool redacted, const RedactionCounts &counts)
{
    const QString exported = tr("%Ln conversation(s)", "exported", conversations);
    if (!redacted)
        return tr("Exported %1.").arg(exported);
    QStringList parts;
    if (counts.emails > 0)
        parts.append(tr("%Ln e-mail address(es)", "redacted", counts.emails));
    if (counts.phones > 0)
        parts.append(tr("%Ln phone number(s)", "redacted", counts.phones));
    if (counts.cards > 0)
        parts.append(tr("%Ln card number(s)", "redacted", counts.cards));
    if (parts.isEmpty())
        return tr("Exported %1; nothing needed redacting.").arg(exported);
    return tr("Exported %1; redacted %2.").arg(exported, QLocale().createSeparatedList(parts));
}

bool ExportJob::start(const QList<HistoryRow> &rows, Format format, const QUrl &destination, const Options &options,
    const QString &cachePath)
{
    if (m_busy) {
        refuse(tr("An export is already running."));
        return false;
    }
    if (!destination.isLocalFile()) {
        refuse(tr("Choose a file on this computer to export to."));
        return false;
    }
    if (format != Csv && cachePath.isEmpty()) {
        refuse(tr("Transcripts can be exported only from a local cache; none is open."));
        return false;
    }
    m_busy = true;
    m_cancel = false;
    Q_EMIT busyChanged();
    setProgress(0);
    // The pool is a member: destroying this object cancels and waits, so `this` outlives the task.
    const QString footer
        = tr("Pilothouse, exported %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    m_pool.start([this, shown = rows, format, options, cachePath, footer, path = destination.toLocalFile()] {
        const auto report = [this](double share) {
            QMetaObject::invokeMethod(
                this, [this, share] { setProgress(share); }, Qt::QueuedConnection);
        };
        const auto fail = [&path](const QString &detail) {
            return Result {false, ExportJob::tr("The export could not be written to %1: %2").arg(path, detail)};
        };
        const Result outcome = [&]() -> Result {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return fail(out.errorString());
            // The messages (JSON Lines, PDF) and the revenue attributed from the cache; a CSV of
            // rows alone (no cache named) is written as the rows came.
            std::unique_ptr<CachedMessages> cache;
            QList<HistoryRow> lines = shown;
            if (format != Csv || !cachePath.isEmpty()) {
                cache = std::make_unique<CachedMessages>();
                if (!cache->open(cachePath) || !cache->attributeRevenue(lines))
                    return {false, cache->errorString()};
            }
            std::unique_ptr<TranscriptPdf> pdf;
            if (format == Pdf)
                pdf = std::make_unique<TranscriptPdf>(&out, ExportJob::tr("Pilothouse transcripts"), footer);
            Redactor redactor;
            Redactor *redacting = options.redact ? &redactor : nullptr;
            QByteArray buffer;
            if (format == Csv)
                buffer = HistoryExport::byteOrderMark() + HistoryExport::csvHeaderLine().toUtf8();
            int percent = 0;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (m_cancel) {
                    return {false,
                        QFileInfo::exists(path) ? ExportJob::tr("Export cancelled; %1 was left as it was.").arg(path)
                                                : ExportJob::tr("Export cancelled; nothing was written.")};
                }
                if (format == Csv) {
                    buffer += HistoryExport::csvLine(lines[i], redacting).toUtf8();
                } else {
                    const auto messages = cache->messages(lines[i].conversationId);
                    if (!messages)
                        return {false, cache->errorString()};
                    if (pdf)
                        pdf->add(TranscriptPdf::page(lines[i], *messages, options.includeInternal, redacting));
                    else
                        buffer += HistoryExport::jsonLine(lines[i], *messages, options.includeInternal, redacting);
                }
                if (buffer.size() >= kFlushBytes) {
                    if (out.write(buffer) != buffer.size())
                        return fail(out.errorString());
                    buffer.clear();
                }
                if (const int now = int((i + 1) * 100 / lines.size()); now != percent) {
                    percent = now;
                    report(double(i + 1) / double(lines.size()));
                }
            }
            if (pdf)
                pdf->finish();
            if (out.write(buffer) != buffer.size() || !out.commit())
                return fail(out.errorString());
            return {true, summary(int(lines.size()), options.redact, redactor.counts())};
        }();
        QMetaObject::invokeMethod(
            this, [this, outcome] { done(outcome.ok, outcome.message); }, Qt::QueuedConnection);
    });
    return true;
}

void ExportJob::setProgress(double progress)
{
    if (qFuzzyCompare(progress + 1, m_progress + 1))
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void ExportJob::refuse(const QString &message)
{
    Q_EMIT finished(false, message);
}

void ExportJob::done(bool ok, const QString &message)
{
    if (ok)
        setProgress(1);
    m_busy = false;
    Q_EMIT busyChanged();
    Q_EMIT finished(ok, message);
}

} // namespace pilothouse::models
