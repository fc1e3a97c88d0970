#pragma once
// What the server's durable log and the console's files say, for tests that compare them after
// faults: the server's event log (read with tests/common/serverlog.h), the console's cache and its
// outbox. Read-only connections; safe while the server runs (WAL).

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace pilothouse::testing {

/// A state both sides can be folded into and compared with QCOMPARE.
struct World {
    QString epoch;
    qint64 seq = 0; ///< Head of the server log, or the cache's cursor.
    qint64 events = 0; ///< Events folded (server side only).
    QSet<QString> customers;
    /// conversation id -> "status|assignee|messageCount|lastMessage"
    QMap<QString, QString> conversations;
    QSet<QString> messages;
};

/// Folds the server's event log, in sequence order, as a console applying every event would.
World foldServerLog(const QString &serverDataDir);
/// What the console's cache holds, with its cursor.
World readCache(const QString &cachePath);
/// The server's head (epoch, last seq) without folding.
World serverHead(const QString &serverDataDir);
/// The server log's message.created events: how often each message id occurs, and how many are
/// public messages written by a person (operator replies).
struct MessageAudit {
    QHash<QString, int> perId;
    int humanPublic = 0;
};
MessageAudit auditMessages(const QString &serverDataDir);
/// The console's outbox: number of rows per state (pending, inflight, acked, failed).
QHash<QString, int> outboxStates(const QString &outboxPath);
/// Outbox rows handed to the session more than once (resent after a lost link or answer).
int outboxResent(const QString &outboxPath);
/// Message id the server logged for a command (its message.created), or "".
QString messageIdForCommand(const QString &serverDataDir, const QString &commandId);

} // namespace pilothouse::testing
