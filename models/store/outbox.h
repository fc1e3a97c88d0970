#pragma once
// The durable outbox: every operator command is written here, and committed with
// synchronous=FULL, before it is sent, so neither a crash nor a power cut loses it. Its own SQLite
// file beside the cache: the cache may be deleted and refilled from the server at any time, the
// outbox must not.

#include "domain/records.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace pilothouse::models {

/// One connection, used by the thread that opened it (the io thread's CommandPump, or a test).
/// Rows keep their creation order (an autoincrement key, not the clock) for resending.
class Outbox {
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    /// The outbox file that belongs to a cache file: "<name>.outbox.sqlite" in the same folder.
    static QString pathBeside(const QString &cachePath);
    /// Schema version this build writes.
    static constexpr int kSchemaVersion = 1;
    /// Acknowledged rows older than this are deleted when the outbox opens.
    static constexpr qint64 kKeepAckedMs = qint64(7) * 24 * 60 * 60 * 1000;

    Outbox();
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    /// Opens or creates `path`. A newer schema or a file that is not a database is refused
    /// without being modified; errorString() says why.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    /// The open connection (tests check its durability settings).
    QSqlDatabase database() const { return m_db; }

    /// Inserts a new command. Returns only once the row is durable on disk.
    bool add(const OutboxRecord &record);
    /// Writes state, attempts and error of an existing row.
    bool update(const OutboxRecord &record);
    bool remove(const QString &commandId);
    /// Erasure (store/erasure.h): deletes every command about these conversations, whatever its
    /// state (acknowledged ones too: they keep the text for a week), with `secure_delete` on,
    /// then checkpoints and truncates the WAL so the bytes leave both files. Returns the ids of
    /// the commands that went, or nullopt on an SQL error.
    std::optional<QStringList> removeConversations(const QStringList &conversationIds);
    std::optional<OutboxRecord> find(const QString &commandId);
    /// Rows not acknowledged (pending, inflight, failed), oldest first.
    std::optional<QList<OutboxRecord>> unsettled();
    /// Every row, oldest first (tests, diagnostics).
    std::optional<QList<OutboxRecord>> all();

    /// The columns a row is read from, in the order recordFrom() expects them.
    static constexpr const char *kColumns
        = "id, name, conversation_id, text, args, state, error_code, error, created_at, attempts";
    /// The row of `query` whose kColumns start at `first`; nullopt (logged) for a command name or
    /// state this build does not know, which stays in the file untouched.
    static std::optional<OutboxRecord> recordFrom(const QSqlQuery &query, int first = 0);
    /// How a state is spelled in the file.
    static QString stateName(OutboxState::Value state);

private:
    bool fail(const QString &message);
    bool migrate(int version);
    std::optional<QList<OutboxRecord>> select(const QString &where, const QString &commandId = {});

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace pilothouse::models
