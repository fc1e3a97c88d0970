#include "worldcheck.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <functional>

namespace pilothouse::testing {

namespace {

QString serverFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("pilothouse-server.sqlite"));
}

/// Runs `body` on a read-only connection of its own, closed and removed afterwards.
void withDatabase(const QString &path, const std::function<void(QSqlDatabase &)> &body)
{
    const QString name = QStringLiteral("worldcheck-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            body(db);
        else
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

QString text(const nlohmann::json &data, const char *key)
{
    const auto it = data.find(key);
    return it != data.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString conversationRow(const QString &status, const QString &assignee, qint64 count, const QString &last)
{
    return status + u'|' + assignee + u'|' + QString::number(count) + u'|' + last;
}

void readEpoch(QSqlDatabase &db, World &world)
{
    QSqlQuery meta(db);
    meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    if (meta.next())
        world.epoch = meta.value(0).toString();
}

} // namespace

World foldServerLog(const QString &serverDataDir)
{
    World world;
    withDatabase(serverFile(serverDataDir), [&](QSqlDatabase &db) {
        // One read transaction: the head and the events come from the same snapshot of the file.
        db.transaction();
        readEpoch(db, world);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT seq, kind, data FROM events ORDER BY seq"));
        while (query.next()) {
            world.seq = query.value(0).toLongLong();
            ++world.events;
            const QString kind = query.value(1).toString();
            const auto data = nlohmann::json::parse(query.value(2).toString().toStdString(), nullptr, false);
            if (!data.is_object())
                continue;
            if (kind == u"customer.upserted") {
                world.customers.insert(text(data, "id"));
            } else if (kind == u"message.created") {
                world.messages.insert(text(data, "id"));
            } else if (kind == u"conversation.upserted") {
                world.conversations[text(data, "id")] = conversationRow(text(data, "status"), text(data, "assignee"),
                    data.value("messageCount", qint64(0)), text(data, "lastMessage"));
            }
        }
        db.commit();
    });
    return world;
}

World serverHead(const QString &serverDataDir)
{
    World world;
    withDatabase(serverFile(serverDataDir), [&](QSqlDatabase &db) {
        readEpoch(db, world);
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0), COUNT(*) FROM events"));
        if (query.next()) {
            world.seq = query.value(0).toLongLong();
            world.events = query.value(1).toLongLong();
        }
    });
    return world;
}

World readCache(const QString &cachePath)
{
    World world;
    withDatabase(cachePath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('epoch', 'seq')"));
        while (query.next()) {
            if (query.value(0).toString() == u"epoch")
                world.epoch = query.value(1).toString();
            else
                world.seq = query.value(1).toLongLong();
        }
        query.exec(QStringLiteral("SELECT id FROM customers"));
        while (query.next())
            world.customers.insert(query.value(0).toString());
        query.exec(QStringLiteral("SELECT id FROM messages"));
        while (query.next())
            world.messages.insert(query.value(0).toString());
        query.exec(QStringLiteral("SELECT id, status, assignee, message_count, last_message FROM conversations"));
        while (query.next()) {
            world.conversations[query.value(0).toString()] = conversationRow(query.value(1).toString(),
                query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toString());
        }
    });
    return world;
}

MessageAudit auditMessages(const QString &serverDataDir)
{
    MessageAudit audit;
    withDatabase(serverFile(serverDataDir), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT data FROM events WHERE kind = 'message.created'"));
        while (query.next()) {
            const auto data = nlohmann::json::parse(query.value(0).toString().toStdString(), nullptr, false);
            if (!data.is_object())
                continue;
            ++audit.perId[text(data, "id")];
            const QString visibility = text(data, "visibility");
            if (text(data, "author") == u"human" && (visibility.isEmpty() || visibility == u"public"))
                ++audit.humanPublic;
        }
    });
    return audit;
}

QString messageIdForCommand(const QString &serverDataDir, const QString &commandId)
{
    QString id;
    withDatabase(serverFile(serverDataDir), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT data FROM events WHERE kind = 'message.created' AND command_id = ?"));
        query.addBindValue(commandId);
        if (query.exec() && query.next()) {
            const auto data = nlohmann::json::parse(query.value(0).toString().toStdString(), nullptr, false);
            if (data.is_object())
                id = text(data, "id");
        }
    });
    return id;
}

QHash<QString, int> outboxStates(const QString &outboxPath)
{
    QHash<QString, int> states;
    withDatabase(outboxPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT state, COUNT(*) FROM commands GROUP BY state"));
        while (query.next())
            states[query.value(0).toString()] = query.value(1).toInt();
    });
    return states;
}

int outboxResent(const QString &outboxPath)
{
    int resent = 0;
    withDatabase(outboxPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM commands WHERE attempts > 1")) && query.next())
            resent = query.value(0).toInt();
    });
    return resent;
}

} // namespace pilothouse::testing
