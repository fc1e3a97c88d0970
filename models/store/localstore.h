#pragma once
// The console's SQLite cache behind a small interface: one connection, used by the thread that
// opened it (Qt SQL connections must not cross threads), with its own unique connection name so
// several stores (io thread, tests, a future search worker) can coexist.

#include "domain/records.h"
#include "protocol/frames.h"

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pilothouse::models {

/// Opens, migrates and reads the cache file. Writes of event batches go through BatchStatements
/// on the same connection (see StoreWriter).
class LocalStore {
    Q_DECLARE_TR_FUNCTIONS(LocalStore)

public:
    LocalStore();
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    /// The schema version this build writes.
    static int schemaVersion();

    /// Opens `path`, creating or migrating it. A file written by a newer schema, or one that is
    /// not a database, is refused without being modified; errorString() then says why.
    bool open(const QString &path);
    /// Closes the connection and removes it from Qt's registry. Statements using it must be gone.
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    /// The last failure as a sentence for the user; empty when the last call succeeded.
    QString errorString() const { return m_error; }
    /// The open connection, for statements prepared on this same thread.
    QSqlDatabase database() const { return m_db; }

    /// The cursor stored with the last applied batch; nullopt when nothing was ever applied.
    std::optional<protocol::Cursor> cursor();

    // Reads. nullopt on an SQL error (errorString() says which).
    std::optional<QList<CustomerRecord>> customers();
    std::optional<QList<ConversationRecord>> conversations();
    /// Oldest first; messages with the same timestamp keep their arrival order.
    std::optional<QList<MessageRecord>> messages(const QString &conversationId);
    /// The conversation's status changes, oldest first.
    std::optional<QList<TransitionRecord>> transitions(const QString &conversationId);
    /// The message's verdict: its latest judgement by anyone; nullopt when nobody judged it.
    std::optional<JudgementRecord> judgement(const QString &messageId);
    /// The drafts with text for `forUser` in a conversation, oldest first (drafts for others are
    /// cached without text and never returned).
    std::optional<QList<DraftRecord>> drafts(const QString &conversationId, const QString &forUser);

private:
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace pilothouse::models
