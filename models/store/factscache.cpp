#include "store/factscache.h"

#include "protocol/facts.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <set>

namespace pilothouse::models {
namespace {

using namespace Qt::StringLiterals;
using nlohmann::json;

constexpr auto kAsOfKey = "facts_as_of";
constexpr auto kCurrencyKey = "facts_currency";
constexpr auto kCostModelKey = "cost_model";
constexpr auto kCompleteKey = "facts_complete";

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

} // namespace

FactsCache::FactsCache(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool FactsCache::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool FactsCache::apply(const protocol::Facts &facts)
{
    m_error.clear();
    if (!m_db.transaction())
        return fail(tr("The figures could not be saved in the local cache (%1).").arg(m_db.lastError().text()));
    QSqlQuery drop(m_db);
    QSqlQuery upsert(m_db);
    QSqlQuery meta(m_db);
    bool ok = drop.prepare(u"DELETE FROM facts WHERE day = ?"_s)
        && upsert.prepare(u"INSERT OR REPLACE INTO facts (day, channel, kind, intent, segment, language, vip, counts)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        && meta.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    for (std::size_t i = 0; ok && i < facts.days.size(); ++i) {
        drop.addBindValue(text(facts.days[i]));
        ok = drop.exec();
    }
    // The codec spells every row; only its counters are kept as JSON, the key has columns.
    const json rows = protocol::factsToJson(facts).at("rows");
    QString newest;
    for (std::size_t i = 0; ok && i < facts.rows.size(); ++i) {
        const protocol::FactsRow &row = facts.rows[i];
        upsert.addBindValue(text(row.day));
        upsert.addBindValue(QString::fromUtf8(protocol::toString(row.channel)));
        upsert.addBindValue(QString::fromUtf8(protocol::toString(row.kind)));
        upsert.addBindValue(text(row.intent));
        upsert.addBindValue(text(row.segment));
        upsert.addBindValue(text(row.language));
        upsert.addBindValue(row.vip ? 1 : 0);
        upsert.addBindValue(text(protocol::encodeJson(rows[i].at("counts"))));
        ok = upsert.exec();
    }
    for (const std::string &day : facts.days)
        newest = std::max(newest, text(day));
    if (ok && !newest.isEmpty()) {
        // Days that left the server's window never change again: they go.
        const QString oldest = QDate::fromString(newest, Qt::ISODate).addDays(-(kKeepDays - 1)).toString(Qt::ISODate);
        QSqlQuery purge(m_db);
        ok = purge.prepare(u"DELETE FROM facts WHERE day < ?"_s);
        purge.addBindValue(oldest);
        ok = ok && purge.exec();
    }
    if (ok) {
        meta.addBindValue(QString::fromLatin1(kAsOfKey));
        meta.addBindValue(qint64(facts.asOf));
        ok = meta.exec();
        meta.addBindValue(QString::fromLatin1(kCurrencyKey));
        meta.addBindValue(text(facts.currency));
        ok = ok && meta.exec();
        if (facts.complete) {
            meta.addBindValue(QString::fromLatin1(kCompleteKey));
            meta.addBindValue(qint64(facts.asOf));
            ok = ok && meta.exec();
        }
    }
    if (!ok) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return fail(tr("The figures could not be saved in the local cache (%1).").arg(detail));
    }
    if (!m_db.commit())
        return fail(tr("The figures could not be saved in the local cache (%1).").arg(m_db.lastError().text()));
    return true;
}

std::optional<protocol::Facts> FactsCache::load()
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    json root = {{"asOf", 0}, {"currency", "USD"}, {"days", json::array()}, {"rows", json::array()}};
    if (!q.exec(u"SELECT key, value FROM meta WHERE key IN ('facts_as_of', 'facts_currency')"_s)) {
        fail(tr("The cached figures could not be read (%1).").arg(q.lastError().text()));
        return std::nullopt;
    }
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String(kAsOfKey))
            root["asOf"] = q.value(1).toLongLong();
        else if (!q.value(1).toString().isEmpty())
            root["currency"] = q.value(1).toString().toStdString();
    }
    if (!q.exec(u"SELECT day, channel, kind, intent, segment, language, vip, counts FROM facts"
                " ORDER BY day, channel, kind, intent, segment, language, vip"_s)) {
        fail(tr("The cached figures could not be read (%1).").arg(q.lastError().text()));
        return std::nullopt;
    }
    std::set<std::string> days;
    json &rows = root["rows"];
    while (q.next()) {
        const std::string day = q.value(0).toString().toStdString();
        days.insert(day);
        rows.push_back({{"day", day}, {"channel", q.value(1).toString().toStdString()},
            {"kind", q.value(2).toString().toStdString()}, {"intent", q.value(3).toString().toStdString()},
            {"segment", q.value(4).toString().toStdString()}, {"language", q.value(5).toString().toStdString()},
            {"vip", q.value(6).toInt() != 0},
            {"counts", json::parse(q.value(7).toString().toStdString(), nullptr, false)}});
    }
    for (const std::string &day : days)
        root["days"].push_back(day);
    // The same strict rules as a frame: a row damaged on disk is reported, not half-read.
    auto decoded = protocol::factsFromJson(root);
    if (!decoded) {
        fail(tr("The cached figures could not be read (%1).").arg(text(decoded.error().message)));
        return std::nullopt;
    }
    return std::move(decoded).value();
}

std::optional<qint64> FactsCache::completeAsOf()
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT value FROM meta WHERE key = ?"_s))
        return std::nullopt;
    q.addBindValue(QString::fromLatin1(kCompleteKey));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool FactsCache::clear()
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!q.exec(u"DELETE FROM facts"_s)
        || !q.exec(
            u"DELETE FROM meta WHERE key IN ('facts_as_of', 'facts_currency', 'facts_complete', 'cost_model')"_s))
        return fail(tr("The cached figures could not be cleared (%1).").arg(q.lastError().text()));
    return true;
}

bool FactsCache::saveCostModel(const QString &body)
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s))
        return fail(tr("The cost model could not be saved in the local cache (%1).").arg(q.lastError().text()));
    q.addBindValue(QString::fromLatin1(kCostModelKey));
    q.addBindValue(body);
    if (!q.exec())
        return fail(tr("The cost model could not be saved in the local cache (%1).").arg(q.lastError().text()));
    return true;
}

std::optional<QString> FactsCache::costModel()
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT value FROM meta WHERE key = ?"_s)) {
        fail(tr("The cached cost model could not be read (%1).").arg(q.lastError().text()));
        return std::nullopt;
    }
    q.addBindValue(QString::fromLatin1(kCostModelKey));
    if (!q.exec()) {
        fail(tr("The cached cost model could not be read (%1).").arg(q.lastError().text()));
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace pilothouse::models
