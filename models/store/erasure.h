#pragma once
// A customer's erasure in the console's cache (docs/protocol.md, "Erasure"; issue 13): on
// `customer.erased`, live or replayed, the customer and every conversation of theirs go with all
// that belongs to them, their search index entries included; and the bytes leave the file.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pilothouse::models::erasure {

/// Inside the caller's transaction (with `secure_delete` on, so deleted cells are zeroed):
/// deletes the customer, their conversations, messages and the messages' full-text entries
/// (external content: each text is handed to FTS5's 'delete'), judgements, ratings, drafts and
/// review figures. Returns the ids of the conversations that went, or nullopt on an SQL error
/// (`error` says why; the caller rolls back).
std::optional<QStringList> purgeCustomer(QSqlDatabase db, const QString &customerId, QString *error);

/// After the commit: FTS5 'optimize' merges the index into one b-tree, so the tokens of the
/// deleted texts leave it (a 'delete' alone only adds a tombstone segment beside the old one).
/// Its cost grows with the whole index (docs/architecture.md, tests/bench/bench_erase.cpp).
bool optimizeSearchIndex(QSqlDatabase db, QString *error);

/// The customer ids the cache holds (a snapshot that leaves some out erased them).
QStringList customerIds(QSqlDatabase db);

} // namespace pilothouse::models::erasure
