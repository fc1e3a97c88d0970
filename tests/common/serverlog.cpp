#include "serverlog.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pilothouse::testing {

namespace {

/// meta 'epoch' and 'pruned_through'.
void readMeta(QSqlDatabase &db, QString &epoch, qint64 &prunedThrough)
{
    QSqlQuery meta(db);
    meta.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('epoch', 'pruned_through')"));
    while (meta.next()) {
        if (meta.value(0).toString() == u"epoch")
            epoch = meta.value(1).toString();
        else
            prunedThrough = meta.value(1).toLongLong();
    }
}

/// One stored event as the server sends it (server/eventlog/eventlog.cpp, EventLog::read): the
/// stored data round-tripped through the wire form, typed when it decodes.
protocol::Event decodeEvent(const QSqlQuery &row, const std::string &epoch)
{
    protocol::Event event;
    event.seq = row.value(0).toLongLong();
    event.id = row.value(1).toString().toStdString();
    event.epoch = epoch;
    event.at = row.value(2).toLongLong();
    event.kind = row.value(3).toString().toStdString();
    event.commandId = row.value(4).toString().toStdString();
    auto data = nlohmann::json::parse(row.value(5).toString().toStdString(), nullptr, false);
    event.payload = protocol::UnknownPayload {data.is_discarded() ? nlohmann::json::object() : std::move(data)};
    auto typed = protocol::eventFromJson(protocol::toJson(event));
    return typed ? std::move(typed).value() : event;
}

template<typename Payload, typename Body> void forEachPayload(const std::vector<protocol::Event> &events, Body &&body)
{
    for (const auto &event : events) {
        if (const auto *payload = std::get_if<Payload>(&event.payload))
            body(event, *payload);
    }
}

} // namespace

QString serverDatabasePath(const QString &serverDataDir)
{
    return QDir(serverDataDir).filePath(QStringLiteral("pilothouse-server.sqlite"));
}

bool withReadOnlyDatabase(const QString &path, const std::function<void(QSqlDatabase &)> &body)
{
    const QString name = QStringLiteral("readonly-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool opened = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        opened = db.open();
        if (opened)
            body(db);
        else
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

qint64 ServerLog::lastSeq() const
{
    return events.empty() ? 0 : events.back().seq;
}

qint64 ServerLog::head() const
{
    return std::max(lastSeq(), prunedThrough);
}

std::vector<protocol::Message> ServerLog::messages() const
{
    std::vector<protocol::Message> out;
    forEachPayload<protocol::Message>(events, [&](const auto &, const auto &message) { out.push_back(message); });
    return out;
}

std::map<std::string, protocol::Conversation> ServerLog::conversations() const
{
    std::map<std::string, protocol::Conversation> out;
    forEachPayload<protocol::Conversation>(events, [&](const auto &, const auto &row) { out[row.id] = row; });
    return out;
}

std::map<std::string, protocol::Customer> ServerLog::customers() const
{
    std::map<std::string, protocol::Customer> out;
    forEachPayload<protocol::Customer>(events, [&](const auto &, const auto &row) { out[row.id] = row; });
    return out;
}

std::vector<protocol::Transition> ServerLog::transitions(std::string_view conversationId) const
{
    std::vector<protocol::Transition> out;
    forEachPayload<protocol::Transition>(events, [&](const auto &, const auto &transition) {
        if (transition.conversationId == conversationId)
            out.push_back(transition);
    });
    return out;
}

std::vector<protocol::Event> ServerLog::causedBy(std::string_view commandId) const
{
    std::vector<protocol::Event> out;
    for (const auto &event : events) {
        if (!event.commandId.empty() && event.commandId == commandId)
            out.push_back(event);
    }
    return out;
}

ServerLog readServerLog(const QString &serverDataDir)
{
    ServerLog log;
    const QString path = serverDatabasePath(serverDataDir);
    const bool opened = withReadOnlyDatabase(path, [&](QSqlDatabase &db) {
        // One read transaction: the head and the events come from the same snapshot of the file.
        db.transaction();
        readMeta(db, log.epoch, log.prunedThrough);
        const std::string epoch = log.epoch.toStdString();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT seq, id, at, kind, command_id, data FROM events ORDER BY seq")))
            log.error = query.lastError().text();
        while (query.next())
            log.events.push_back(decodeEvent(query, epoch));
        db.commit();
    });
    if (!opened)
        log.error = QStringLiteral("cannot open ") + path;
    return log;
}

ServerHead readServerHead(const QString &serverDataDir)
{
    ServerHead head;
    withReadOnlyDatabase(serverDatabasePath(serverDataDir), [&](QSqlDatabase &db) {
        db.transaction();
        readMeta(db, head.epoch, head.prunedThrough);
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0), COUNT(*) FROM events")) && query.next()) {
            head.lastSeq = query.value(0).toLongLong();
            head.events = query.value(1).toLongLong();
        }
        db.commit();
    });
    return head;
}

QSet<QString> rememberedCommands(const QString &serverDataDir)
{
    QSet<QString> ids;
    withReadOnlyDatabase(serverDatabasePath(serverDataDir), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id FROM commands"));
        while (query.next())
            ids.insert(query.value(0).toString());
    });
    return ids;
}

std::vector<AuditRecord> readAudit(const QString &serverDataDir)
{
    std::vector<AuditRecord> records;
    withReadOnlyDatabase(serverDatabasePath(serverDataDir), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT command_id, name, user, role, outcome, code, conversation_id, seq"
                                  " FROM audit WHERE name <> 'sign_in' ORDER BY id"));
        while (query.next()) {
            records.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toLongLong()});
        }
    });
    return records;
}

} // namespace pilothouse::testing
