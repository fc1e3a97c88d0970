#include "configreader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::models::configreader {

std::optional<ConfigVersionRecord> latest(const QSqlDatabase &db, const QString &document, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, author, at, note, restored_from, body FROM config_versions "
                             "WHERE document = ? ORDER BY version DESC LIMIT 1"));
    q.addBindValue(document);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    ConfigVersionRecord record;
    record.document = document;
    record.version = q.value(0).toLongLong();
    record.author = q.value(1).toString();
    record.at = q.value(2).toLongLong();
    record.note = q.value(3).toString();
    if (!q.value(4).isNull())
        record.restoredFrom = q.value(4).toLongLong();
    record.body = q.value(5).toString();
    return record;
}

bool publishes(const std::vector<protocol::Event> &events, const QString &document)
{
    const std::string name = document.toStdString();
    for (const protocol::Event &event : events) {
        const auto *config = std::get_if<protocol::ConfigPublished>(&event.payload);
        if (config && config->document == name)
            return true;
    }
    return false;
}

} // namespace pilothouse::models::configreader
