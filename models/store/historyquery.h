#pragma once
// The History page's reads of the cache: every cached conversation that passes a filter, with its
// review figures (domain/historyrow.h), and full-text search over every cached message (FTS5,
// store/migrations.cpp version 4). Runs on whatever thread owns the connection: the History
// service's own thread, never the GUI's.

#include "domain/historyrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pilothouse::models {

enum class HistorySort {
    Newest, ///< Created, newest first.
    Oldest,
    LowestConfidence, ///< The weakest AI reply first; conversations without AI replies last.
    LongestResolution, ///< Closed ones by time to close, longest first; open ones last.
    LowestRating, ///< Rated ones, unhappiest first; unrated last.
};

struct HistoryFilter {
    enum class Closer { Any, Ai, Person, System };
    enum class Handoff { Any, Never, Ever, Reason };

    qint64 createdFrom = 0; ///< ms since epoch, inclusive; 0 = no bound.
    qint64 createdTo = 0; ///< ms since epoch, exclusive; 0 = no bound.
    /// nullopt = any; Outcome::None = still open; another = closed with that outcome.
    std::optional<Outcome::Value> outcome;
    Closer closedBy = Closer::Any;
    QString intent; ///< "" = any
    std::optional<Channel::Value> channel;
    std::optional<Kind::Value> kind;
    QString segment; ///< "" = any
    QString language; ///< "" = any
    /// Only conversations whose weakest AI reply is below this confidence (0..1).
    std::optional<double> confidenceBelow;
    Handoff handoff = Handoff::Any;
    EscalationReason::Value handoffReason = EscalationReason::None; ///< With Handoff::Reason.
    std::optional<bool> reviewed; ///< At least one AI reply judged (true) or none (false).
    std::optional<int> rating; ///< 1..5; 0 = not rated.
    HistorySort sort = HistorySort::Newest;
    bool operator==(const HistoryFilter &) const = default;
};

/// A conversation's messages that match a search, newest hit first.
struct SearchHit {
    QString messageId; ///< The newest matching message.
    /// Its text around the match, the matched terms between kMarkStart and kMarkEnd. Untrusted:
    /// escape it before showing it as anything but plain text.
    QString snippet;
    int hits = 0; ///< Matching messages in the conversation (of those read).
};

class HistoryQuery {
    Q_DECLARE_TR_FUNCTIONS(HistoryQuery)

public:
    /// Around a matched term in SearchHit::snippet.
    static constexpr QChar kMarkStart = u'\x1';
    static constexpr QChar kMarkEnd = u'\x2';
    /// Search reads at most this many matching messages, newest first.
    static constexpr int kMaxSearchHits = 5000;

    /// `db` is an open cache connection of the calling thread.
    explicit HistoryQuery(QSqlDatabase db);

    /// The conversations that pass `filter`, in its order; nullopt on an SQL error (errorString()).
    /// With `only` set, just those conversations (a search's), still filtered.
    std::optional<QList<HistoryRow>> rows(const HistoryFilter &filter, const QHash<QString, SearchHit> *only = nullptr);

    /// The conversations whose messages match `text`, by conversation id. Empty for a text with
    /// nothing to search for. nullopt on an SQL error.
    std::optional<QHash<QString, SearchHit>> search(const QString &text);

    /// `text` as an FTS5 query that cannot be an error: every run of letters and digits becomes a
    /// quoted prefix term ("refund"*), and all must match; quotes, operators (NEAR, AND, OR, NOT,
    /// -, *, ^, parentheses, column filters) are plain text. Empty when there is no such run.
    static QString ftsQuery(const QString &text);

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace pilothouse::models
