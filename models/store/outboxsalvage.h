#pragma once
// Recovery of a damaged outbox file. Unsent operator actions must never vanish silently: the
// damaged file is moved aside (never deleted), every unsettled row that can still be read is
// copied, with its command id, into a fresh outbox (so the server's id memory still applies each
// command once), and the caller learns how many were saved and how many were lost.

#include "domain/records.h"

#include <QList>
#include <QString>

namespace pilothouse::models::outboxsalvage {

/// What could be read from a damaged outbox.
struct Rows {
    QList<OutboxRecord> unsettled; ///< pending, inflight and failed rows, in creation order.
    int lost = 0; ///< Unsettled rows known to exist (from an index) that could not be read.
    bool readable = false; ///< False when not even the table could be found (not a database).
};

/// Reads `path` on a read-only connection: a table scan in creation order, then point lookups for
/// rows the scan could not reach (damaged pages) that the state index or the autoincrement
/// counter says exist.
Rows readUnsettled(const QString &path);

struct Outcome {
    QString movedTo; ///< Where the damaged file went; empty when it could not be moved.
    int salvaged = 0; ///< Rows copied into the fresh outbox.
    int lost = -1; ///< Rows that could not be read; -1 when the file could not be read at all.
    QString error; ///< Why the salvage failed (then nothing was changed), for the log and the user.
};

/// Salvages the damaged outbox at `path`: the readable rows are written to "<path>.salvage" first
/// (synchronous=FULL), then the damaged file is moved aside and the new one takes its name. A
/// crash in between is finished by finishInterrupted() on the next start.
Outcome salvage(const QString &path);

/// If a previous salvage stopped after moving the damaged file aside but before renaming the new
/// one into place, completes it. Returns true when it did.
bool finishInterrupted(const QString &path);

} // namespace pilothouse::models::outboxsalvage
