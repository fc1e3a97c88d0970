#pragma once
// The History page's reader: lives on its own thread with its own read-only connection to the
// cache (WAL lets it read beside the io thread's writer), so neither a filter over 10,000
// conversations nor a search over a million messages ever runs on the GUI thread. Internal to
// HistoryModel.

#include "store/historyquery.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace pilothouse::models {

class LocalStore;

/// What one request found; `generation` says which request, so a late answer to a superseded one
/// is dropped.
struct HistoryResult {
    int generation = 0;
    QList<HistoryRow> rows;
    QHash<QString, SearchHit> hits; ///< By conversation id; empty without a search.
    bool searched = false; ///< The request had something to search for.
    bool truncated = false; ///< The search read kMaxSearchHits messages and stopped.
    qint64 unindexed = 0; ///< Messages the search could not see yet (store/searchbacklog.h).
    bool withOptions = false; ///< The three lists below were read.
    QStringList intents; ///< Every intent, segment and language in the cache, for the filters.
    QStringList segments;
    QStringList languages;
    QString error; ///< A sentence for the user; empty on success.
};

class HistoryWorker : public QObject {
    Q_OBJECT
public:
    HistoryWorker();
    ~HistoryWorker() override;

    /// Thread: the worker's. Runs one request; the answer goes to `deliver`, on the worker's thread.
    /// With `withOptions`, also reads what the filters offer (every intent, segment and language).
    HistoryResult run(int generation, const QString &databasePath, const HistoryFilter &filter, const QString &search,
        bool withOptions);
    /// Thread: the worker's. One conversation's row, whatever the filters; nullopt when it is not
    /// cached or cannot be read (`error` says which).
    std::optional<HistoryRow> row(const QString &databasePath, const QString &conversationId, QString &error);
    /// Thread: the worker's. Closes the connection (before the thread ends, or to follow a new path).
    void close();

private:
    bool ensureOpen(const QString &databasePath, QString &error);
    QStringList distinct(const QString &sql);

    std::unique_ptr<LocalStore> m_store;
};

} // namespace pilothouse::models
