#include "review/historymodel.h"

#include "board/bands.h"
#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/intents.h"
#include "domain/timetext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

/// Typing settles for this long before the list is read again.
constexpr int kDebounceMs = 250;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

/// A search snippet as StyledText: each piece escaped, the matched terms bold. The customer's text
/// can never become markup: only the markers the query put in turn into <b>.
QString styledSnippet(const QString &snippet)
{
    QString out;
    QString piece;
    const auto flush = [&] {
        out += displayText(piece).toHtmlEscaped();
        piece.clear();
    };
    for (const QChar c : snippet) {
        if (c == HistoryQuery::kMarkStart) {
            flush();
            out += u"<b>"_s;
        } else if (c == HistoryQuery::kMarkEnd) {
            flush();
            out += u"</b>"_s;
        } else {
            piece += c;
        }
    }
    flush();
    return out;
}

QString closedText(const HistoryRow &row)
{
    if (row.outcome == Outcome::None)
        return HistoryModel::tr("Open");
    const QString outcome = catalogue::label(row.outcome);
    if (row.closedBy == u"ai"_s)
        return HistoryModel::tr("%1 by the AI").arg(outcome);
    if (row.closedBy == u"system"_s || row.closedBy.isEmpty())
        return HistoryModel::tr("%1 automatically").arg(outcome);
    return HistoryModel::tr("%1 by %2").arg(outcome, isolatedText(row.closedBy));
}

QString handoffText(const HistoryRow &row)
{
    if (!row.handedOff)
        return {};
    return row.handoffReason == EscalationReason::None ? HistoryModel::tr("Taken over")
                                                       : catalogue::label(row.handoffReason);
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryModel::refresh);
}

HistoryModel::~HistoryModel() = default;

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const HistoryRow *HistoryModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const SearchHit hit = m_hits.value(row->conversationId);
    switch (role) {
    case ConversationIdRole:
        return row->conversationId;
    case CustomerNameRole:
        return row->customerName.isEmpty() ? tr("Unknown customer") : displayText(row->customerName);
    case SubjectRole:
        return displayText(row->subject);
    case ChannelRole:
        return row->channel;
    case KindRole:
        return row->kind;
    case StatusRole:
        return row->status;
    case IntentTextRole:
        return row->intent.isEmpty() ? QString() : intents::label(row->intent);
    case CreatedTextRole:
        return TimeText::messageTime(row->createdAt, QDateTime::currentDateTime(), QLocale());
    case OutcomeRole:
        return row->outcome;
    case ClosedTextRole:
        return closedText(*row);
    case MinConfidenceRole:
        return row->minConfidence.value_or(-1.0);
    case MinConfidenceBandRole:
        return bands::confidenceBand(row->minConfidence);
    case HitMessageIdRole:
        return hit.messageId.isEmpty() ? row->minConfidenceMessageId : hit.messageId;
    case RatingRole:
        return row->csat.value_or(0);
    case HandoffTextRole:
        return handoffText(*row);
    case ReviewedRole:
        return row->reviewed();
    case WrongRepliesRole:
        return row->wrongReplies;
    case LanguageRole:
        return row->language;
    case SnippetRole:
        return styledSnippet(hit.snippet);
    case HitsTextRole:
        return hit.hits > 1 ? tr("%Ln matching message(s)", nullptr, hit.hits) : QString();
    case AccessibleTextRole: {
        QStringList parts {data(index, CustomerNameRole).toString(), displayText(row->subject),
            data(index, CreatedTextRole).toString(), closedText(*row)};
        if (row->minConfidence)
            parts.append(tr("weakest AI reply %1%").arg(qRound(*row->minConfidence * 100)));
        if (row->csat)
            parts.append(tr("rated %1 of 5").arg(*row->csat));
        return parts.join(u", "_s);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"}, {CustomerNameRole, "customerName"}, {SubjectRole, "subject"},
        {ChannelRole, "channel"}, {KindRole, "kind"}, {StatusRole, "status"}, {IntentTextRole, "intentText"},
        {CreatedTextRole, "createdText"}, {OutcomeRole, "outcome"}, {ClosedTextRole, "closedText"},
        {MinConfidenceRole, "minConfidence"}, {MinConfidenceBandRole, "minConfidenceBand"},
        {HitMessageIdRole, "hitMessageId"}, {RatingRole, "rating"}, {HandoffTextRole, "handoffText"},
        {ReviewedRole, "reviewed"}, {WrongRepliesRole, "wrongReplies"}, {LanguageRole, "language"},
        {SnippetRole, "snippet"}, {HitsTextRole, "hitsText"}, {AccessibleTextRole, "accessibleText"}};
}

void HistoryModel::setDatabasePath(const QString &path)
{
    if (m_databasePath == path)
        return;
    m_databasePath = path;
    // Another account's conversations never show, not even until the new list arrives.
    beginResetModel();
    m_rows.clear();
    m_hits.clear();
    endResetModel();
    m_loaded = false;
    m_optionsStale = true;
    m_busy = false;
    m_stale = false;
    m_summary.clear();
    m_error.clear();
    ++m_generation; // an answer still on its way is for the old file
    Q_EMIT stateChanged();
    if (path.isEmpty()) {
        m_reader.close();
        return;
    }
    if (m_active)
        refresh();
    else
        m_wanted = true;
}

void HistoryModel::cacheChanged()
{
    m_optionsStale = true; // what the filters offer is read again with the next list
    if (m_loaded && m_rows.isEmpty() && m_active) {
        // An empty list has nothing to hold still: what the cache gains (the first sync) shows.
        if (!m_debounce.isActive())
            m_debounce.start();
        return;
    }
    if (!m_loaded || m_stale)
        return;
    m_stale = true;
    Q_EMIT stateChanged();
}

void HistoryModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && (m_wanted || !m_loaded))
        refresh();
}

HistoryFilter HistoryModel::effectiveFilter() const
{
    HistoryFilter filter = m_filter;
    const int days = m_period == Last7Days ? 7 : m_period == Last30Days ? 30 : m_period == Last90Days ? 90 : 0;
    if (days > 0)
        filter.createdFrom = QDateTime::currentMSecsSinceEpoch() - days * kDayMs;
    return filter;
}

void HistoryModel::refresh()
{
    m_debounce.stop();
    if (!m_active) {
        m_wanted = true;
        return;
    }
    m_wanted = false;
    const int generation = ++m_generation;
    m_busy = true;
    Q_EMIT stateChanged();
    m_reader.post(
        this,
        [generation, path = m_databasePath, filter = effectiveFilter(), text = m_searchText,
            withOptions = m_optionsStale](
            HistoryWorker *worker) { return worker->run(generation, path, filter, text, withOptions); },
        [this](const HistoryResult &result) { deliver(result); });
}

void HistoryModel::deliver(const HistoryResult &result)
{
    if (result.generation != m_generation)
        return; // A newer request is on its way.
    m_busy = false;
    m_loaded = true;
    m_stale = false;
    m_error = result.error;
    beginResetModel();
    m_rows = result.rows;
    m_hits = result.hits;
    m_searched = result.searched;
    m_truncated = result.truncated;
    m_unindexed = result.unindexed;
    endResetModel();
    if (result.withOptions)
        m_optionsStale = false;
    if (result.withOptions
        && (m_intents != result.intents || m_segments != result.segments || m_languages != result.languages)) {
        m_intents = result.intents;
        m_segments = result.segments;
        m_languages = result.languages;
        Q_EMIT optionsChanged();
    }
    updateSummary();
    Q_EMIT stateChanged();
    Q_EMIT refreshed();
}

void HistoryModel::updateSummary()
{
    const int count = int(m_rows.size());
    if (!m_error.isEmpty())
        m_summary.clear();
    else if (!m_searched)
        m_summary = tr("%Ln conversation(s)", nullptr, count);
    else if (m_truncated)
        m_summary = tr("%Ln conversation(s) match; only the newest %1 matching messages were read", nullptr, count)
                        .arg(QLocale().toString(HistoryQuery::kMaxSearchHits));
    else
        m_summary = tr("%Ln conversation(s) match", nullptr, count);
    // After a first sync the search index catches up for a few seconds (store/searchbacklog.h).
    if (m_searched && m_unindexed > 0 && m_error.isEmpty())
        m_summary += u' '
            + tr("%Ln cached message(s) not searchable yet: still being indexed.", nullptr,
                int(std::min<qint64>(m_unindexed, INT_MAX)));
}

bool HistoryModel::exportRows(int format, const QUrl &file, bool redact, bool includeInternal)
{
    if (format < ExportJob::Csv || format > ExportJob::Pdf)
        return false;
    ExportJob::Options options;
    options.redact = redact;
    options.includeInternal = includeInternal;
    return m_export.start(m_rows, ExportJob::Format(format), file, options, m_databasePath);
}

void HistoryModel::exportTranscript(const QString &conversationId, const QUrl &file, bool includeInternal)
{
    struct Found {
        std::optional<HistoryRow> row;
        QString error;
    };
    m_reader.post(
        this,
        [path = m_databasePath, conversationId](HistoryWorker *worker) {
            Found found;
            found.row = worker->row(path, conversationId, found.error);
            return found;
        },
        [this, file, includeInternal, path = m_databasePath](const Found &found) {
            if (!found.row) {
                m_export.refuse(found.error);
                return;
            }
            ExportJob::Options options;
            options.includeInternal = includeInternal;
            m_export.start({*found.row}, ExportJob::Pdf, file, options, path);
        });
}

void HistoryModel::filterEdited()
{
    Q_EMIT filterChanged();
    m_debounce.start();
}

void HistoryModel::resetFilters()
{
    m_filter = HistoryFilter {};
    m_period = Last30Days;
    m_searchText.clear();
    filterEdited();
}

bool HistoryModel::filtered() const
{
    return !(m_filter == HistoryFilter {}) || m_period != Last30Days || !HistoryQuery::ftsQuery(m_searchText).isEmpty();
}

void HistoryModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    const bool sameQuery = HistoryQuery::ftsQuery(m_searchText) == HistoryQuery::ftsQuery(text);
    m_searchText = text;
    if (sameQuery)
        Q_EMIT filterChanged(); // A space or a quote more: the same search, nothing to read again.
    else
        filterEdited();
}

} // namespace pilothouse::models
