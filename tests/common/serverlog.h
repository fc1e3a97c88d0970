#pragma once
// What the real pilothouse-server wrote to its SQLite file (<data dir>/pilothouse-server.sqlite):
// its event log decoded as a client decodes it, the log's epoch and head, and the command journal
// and audit trail. Every read opens its own read-only connection under a unique name, so it is safe
// while the server runs (WAL) and from any test, and leaves no connection behind.

#include "protocol/codec.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::testing {

/// The server's database file in the data dir it was started with (--data-dir).
QString serverDatabasePath(const QString &serverDataDir);

/// Runs `body` on a read-only connection of its own (any SQLite file: the server's, a console's
/// cache or outbox), closed and removed afterwards. False, with a warning, when it cannot be opened.
bool withReadOnlyDatabase(const QString &path, const std::function<void(QSqlDatabase &)> &body);

/// The server's event log (table events) and its head, read in one read transaction.
struct ServerLog {
    QString epoch; ///< meta 'epoch'
    qint64 prunedThrough = 0; ///< meta 'pruned_through': events up to it were deleted
    /// Every stored event in seq order, its payload decoded as the server sends it
    /// (protocol::eventFromJson); one that does not decode keeps its data as UnknownPayload.
    std::vector<protocol::Event> events;
    QString error; ///< Empty when the file was read.

    /// Seq of the last stored event, 0 when none is stored.
    qint64 lastSeq() const;
    /// The log's head as the server announces it: the last seq, or prunedThrough when higher.
    qint64 head() const;

    // Folds, in log order, as a console applying every event would.
    /// Every message.created payload.
    std::vector<protocol::Message> messages() const;
    /// The latest conversation.upserted row of each conversation, by id.
    std::map<std::string, protocol::Conversation> conversations() const;
    /// The latest customer.upserted of each customer, by id.
    std::map<std::string, protocol::Customer> customers() const;
    /// Every conversation.transitioned of one conversation.
    std::vector<protocol::Transition> transitions(std::string_view conversationId) const;
    /// The events a command caused (its command id echoed).
    std::vector<protocol::Event> causedBy(std::string_view commandId) const;
};

/// Reads the whole event log of the server started with `serverDataDir`.
ServerLog readServerLog(const QString &serverDataDir);

/// The log's head without decoding it (cheap enough to poll).
struct ServerHead {
    QString epoch;
    qint64 lastSeq = 0; ///< Seq of the last stored event, 0 when none is stored.
    qint64 events = 0; ///< Events stored.
    qint64 prunedThrough = 0;
    /// As ServerLog::head().
    qint64 head() const { return std::max(lastSeq, prunedThrough); }
};
ServerHead readServerHead(const QString &serverDataDir);

/// Ids of the commands the server remembers having answered (table commands).
QSet<QString> rememberedCommands(const QString &serverDataDir);

/// One row of the server's audit trail (table audit): every operator command, applied or refused.
struct AuditRecord {
    QString commandId;
    QString name;
    QString user;
    QString role;
    QString outcome; ///< "applied" or "refused"
    QString code; ///< The refusal's error code, "" when applied.
    QString conversationId;
    qint64 seq = 0; ///< The first event it caused, 0 when none.
};
/// The audit trail in the order it was written, without the sign-ins (every client's REST sign-in
/// writes one; the tests that read this count what operators did).
std::vector<AuditRecord> readAudit(const QString &serverDataDir);

} // namespace pilothouse::testing
