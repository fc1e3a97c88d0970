#include "review/historyworker.h"

#include "store/localstore.h"
#include "store/searchbacklog.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pilothouse::models {

HistoryWorker::HistoryWorker() = default;

HistoryWorker::~HistoryWorker()
{
    close();
}

void HistoryWorker::close()
{
    if (m_store)
        m_store->close();
    m_store.reset();
}

bool HistoryWorker::ensureOpen(const QString &databasePath, QString &error)
{
    if (m_store && m_store->isOpen() && m_store->path() == databasePath)
        return true;
    close();
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath)) {
        error = tr("Nothing is cached yet: conversations appear here once the console has been online.");
        return false;
    }
    auto store = std::make_unique<LocalStore>();
    if (!store->open(databasePath)) {
        error = store->errorString();
        return false;
    }
    m_store = std::move(store);
    return true;
}

QStringList HistoryWorker::distinct(const QString &sql)
{
    QStringList values;
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    if (query.exec(sql)) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

std::optional<HistoryRow> HistoryWorker::row(const QString &databasePath, const QString &conversationId, QString &error)
{
    if (!ensureOpen(databasePath, error))
        return std::nullopt;
    HistoryQuery query(m_store->database());
    const QHash<QString, SearchHit> only {{conversationId, SearchHit {}}};
    const auto rows = query.rows(HistoryFilter {}, &only);
    if (!rows) {
        error = tr("Could not read the cached conversations: %1").arg(query.errorString());
        return std::nullopt;
    }
    if (rows->isEmpty()) {
        error = tr("This conversation is not in the cache, so it cannot be printed.");
        return std::nullopt;
    }
    return rows->first();
}

HistoryResult HistoryWorker::run(
    int generation, const QString &databasePath, const HistoryFilter &filter, const QString &search, bool withOptions)
{
    HistoryResult result;
    result.generation = generation;
    if (!ensureOpen(databasePath, result.error))
        return result;
    HistoryQuery query(m_store->database());
    const QString match = HistoryQuery::ftsQuery(search);
    if (!match.isEmpty()) {
        result.searched = true;
        auto hits = query.search(search);
        if (!hits) {
            result.error = tr("The search failed: %1").arg(query.errorString());
            return result;
        }
        result.hits = std::move(*hits);
        int read = 0;
        for (const SearchHit &hit : std::as_const(result.hits))
            read += hit.hits;
        result.truncated = read >= HistoryQuery::kMaxSearchHits;
        result.unindexed = searchbacklog::waiting(m_store->database());
    }
    auto rows = query.rows(filter, result.searched ? &result.hits : nullptr);
    if (!rows) {
        result.error = tr("Could not read the cached conversations: %1").arg(query.errorString());
        return result;
    }
    result.rows = std::move(*rows);
    if (!withOptions)
        return result;
    result.withOptions = true;
    result.intents = distinct(u"SELECT DISTINCT intent FROM conversations WHERE intent <> '' ORDER BY intent"_s);
    result.segments = distinct(u"SELECT DISTINCT segment FROM customers WHERE segment <> '' ORDER BY segment"_s);
    result.languages = distinct(u"SELECT DISTINCT language FROM customers WHERE language <> '' ORDER BY language"_s);
    return result;
}

} // namespace pilothouse::models
