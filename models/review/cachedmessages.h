#pragma once
// The messages of cached conversations, read for an export on the export's own worker thread: a
// read-only QSQLITE connection of its own (docs/conventions.md, SQLite: one connection per
// thread, each with a unique name), opened and closed by the thread that uses it. Read-only, so
// reading never checkpoints or rewrites the cache the io thread writes (as models/store/storecheck.cpp).

#include "domain/historyrow.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace pilothouse::models {

class CachedMessages {
    Q_DECLARE_TR_FUNCTIONS(CachedMessages)

public:
    CachedMessages();
    ~CachedMessages();
    CachedMessages(const CachedMessages &) = delete;
    CachedMessages &operator=(const CachedMessages &) = delete;

    /// Opens the cache file at `path` read-only; false (errorString() says why) when it cannot.
    bool open(const QString &path);
    /// A conversation's messages, oldest first, decoded as LocalStore::messages() decodes them
    /// (store/localstore.cpp); a row with an enumeration the codec does not know is left out.
    /// nullopt on an SQL error.
    std::optional<QList<MessageRecord>> messages(const QString &conversationId);
    /// Fills each row's revenue attributed (store/revenue.h) where the cache can say: sales
    /// conversations get their sum (0 without an order), the others none. Rows stay as they are
    /// when the cache holds no figures to take the currency from. False on an SQL error.
    bool attributeRevenue(QList<HistoryRow> &rows);
    /// A sentence for the user naming the file, with what SQLite said in brackets.
    QString errorString() const { return m_error; }

private:
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_query; ///< Prepared once; destroyed before the connection.
};

} // namespace pilothouse::models
