#include "review/cachedmessages.h"

#include "domain/convert.h"
#include "store/jsoncolumns.h"

#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"pilothouse-export-%1"_s.arg(counter.fetch_add(1) + 1);
}

/// The cache stores the codec's spellings; empty reads as the default (store/localstore.cpp).
template<typename Value> bool readEnum(const QVariant &column, Value &out)
{
    const QString text = column.toString();
    return text.isEmpty() || fromWireName(text, out);
}

} // namespace

CachedMessages::CachedMessages()
    : m_connectionName(nextConnectionName())
{ }

CachedMessages::~CachedMessages()
{
    m_query.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool CachedMessages::open(const QString &path)
{
    m_path = path;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_error = tr("The cached messages could not be read from %1 (%2).").arg(path, m_db.lastError().text());
        return false;
    }
    m_query = std::make_unique<QSqlQuery>(m_db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(
            u"SELECT id, conversation_id, author, author_name, text, at, has_ai, intent, confidence, "
            "latency_ms, tools, visibility FROM messages WHERE conversation_id = ? ORDER BY at, rowid"_s)) {
        m_error = tr("The cached messages could not be read from %1 (%2).").arg(path, m_query->lastError().text());
        return false;
    }
    return true;
}

std::optional<QList<MessageRecord>> CachedMessages::messages(const QString &conversationId)
{
    if (!m_query)
        return std::nullopt;
    m_query->bindValue(0, conversationId);
    if (!m_query->exec()) {
        m_error = tr("The cached messages could not be read from %1 (%2).").arg(m_path, m_query->lastError().text());
        return std::nullopt;
    }
    QList<MessageRecord> result;
    while (m_query->next()) {
        const QSqlQuery &query = *m_query;
        MessageRecord record;
        record.id = query.value(0).toString();
        record.conversationId = query.value(1).toString();
        if (!readEnum(query.value(2), record.author) || !readEnum(query.value(11), record.visibility))
            continue;
        record.authorName = query.value(3).toString();
        record.text = query.value(4).toString();
        record.at = query.value(5).toLongLong();
        record.hasAi = query.value(6).toBool();
        record.intent = query.value(7).toString();
        record.confidence = query.value(8).toDouble();
        record.latencyMs = query.value(9).toLongLong();
        record.tools = jsoncolumns::toTools(query.value(10).toString());
        result.append(std::move(record));
    }
    m_query->finish();
    return result;
}

} // namespace pilothouse::models
