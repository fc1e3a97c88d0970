#include "review/cachedmessages.h"

#include "store/revenue.h"

#include "store/messagerows.h"

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
    if (!m_query->prepare(messagerows::selectByConversation())) {
        m_error = tr("The cached messages could not be read from %1 (%2).").arg(path, m_query->lastError().text());
        return false;
    }
    return true;
}

bool CachedMessages::attributeRevenue(QList<HistoryRow> &rows)
{
    QString detail;
    const auto found = revenue::attributed(m_db, &detail);
    if (!found) {
        m_error = tr("Could not read the orders in %1 (%2).").arg(m_path, detail);
        return false;
    }
    if (found->currency.isEmpty())
        return true;
    for (HistoryRow &row : rows) {
        if (row.kind == Kind::Sales && row.outcome != Outcome::Spam)
            row.revenueCents = found->centsByConversation.value(row.conversationId, 0);
        else
            row.revenueCents.reset();
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
        MessageRecord record;
        if (messagerows::read(*m_query, record)) // a damaged row is left out, as LocalStore does
            result.append(std::move(record));
    }
    m_query->finish();
    return result;
}

} // namespace pilothouse::models
