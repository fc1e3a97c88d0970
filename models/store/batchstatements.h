#pragma once
// The prepared statements of the write path. Prepared once per connection and reused for every
// batch, so a batch costs binds and steps only, never SQL parsing.

#include "domain/records.h"
#include "protocol/frames.h"

#include <QSqlDatabase>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace pilothouse::models {

/// Upserts of records and the cursor, on the connection of a LocalStore. Callers own the
/// transaction; every method returns false on an SQL error and lastError() says which.
class BatchStatements {
public:
    explicit BatchStatements(const QSqlDatabase &db);

    /// Prepares every statement; false (with lastError()) if the schema does not match.
    bool prepare();

    bool upsert(const CustomerRecord &customer);
    bool upsert(const ConversationRecord &conversation);
    bool upsert(const JudgementRecord &judgement);
    bool upsert(const DraftRecord &draft);
    bool upsert(const RatingRecord &rating);
    bool upsert(const ConfigVersionRecord &config);
    bool upsert(const TransitionRecord &transition);
    /// Drafts are suggestions for the owner: once a conversation leaves a person, they are moot.
    bool dropDrafts(const QString &conversationId);
    /// Messages never change once created: a second insert of the same id is ignored and
    /// `inserted` is false, so callers do not report it as new.
    /// A new message is also added to the search index (messages_fts), unless the index has a
    /// backlog that holds it (store/searchbacklog.h).
    bool insert(const MessageRecord &message, bool &inserted);
    /// Recomputes conversation_stats for every conversation whose judgements were written since
    /// the last refresh (store/statssql.h); insert() folds each new message in as it goes. Call
    /// before the batch commits.
    bool refreshStats();
    /// Until refreshAllStats() or resumeStats(), insert() leaves conversation_stats alone: a
    /// snapshot recounts the whole cache once at its end.
    void deferStats() { m_statsDeferred = true; }
    void resumeStats() { m_statsDeferred = false; }
    /// Recomputes conversation_stats for the whole cache (after a snapshot), and resumes stats.
    bool refreshAllStats();
    bool writeCursor(const protocol::Cursor &cursor);
    /// Empties the cache tables and the search index before a snapshot is written. Judgements and
    /// ratings survive for messages and conversations that the snapshot brings back: the
    /// snapshot's own replace them, and a snapshot from a server that sends none keeps what the
    /// cache knew.
    bool clearForSnapshot();
    /// Judgements of messages, and ratings and transitions of conversations, a snapshot no longer has.
    bool dropOrphanJudgements();
    /// Drafts of conversations a snapshot no longer has.
    bool dropOrphanDrafts();
    /// Where the search index's backlog starts (store/searchbacklog.h), as the database says;
    /// insert() indexes a message at once only below it. Call after anything moved the mark.
    void reloadSearchBacklog();
    /// A snapshot stores its messages unindexed: every message from here on waits (inside the
    /// caller's transaction).
    bool startSearchBacklog();

    QString lastError() const { return m_error; }

private:
    bool run(QSqlQuery &query);
    bool appendStats(const MessageRecord &message);

    QSqlDatabase m_db;
    QSqlQuery m_customer;
    QSqlQuery m_conversation;
    QSqlQuery m_message;
    QSqlQuery m_judgement;
    QSqlQuery m_draft;
    QSqlQuery m_dropDrafts;
    QSqlQuery m_meta;
    QSqlQuery m_rating;
    QSqlQuery m_config;
    QSqlQuery m_transition;
    QSqlQuery m_indexMessage;
    QSqlQuery m_refreshStats;
    QSqlQuery m_foldStats;
    QSqlQuery m_insertStats;
    std::optional<qint64> m_backlogFrom; ///< store/searchbacklog.h; nullopt: every message indexed
    QSet<QString> m_touched; ///< Conversations whose stats are stale until refreshStats().
    bool m_statsDeferred = false;
    QString m_error;
};

} // namespace pilothouse::models
