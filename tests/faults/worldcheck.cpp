#include "worldcheck.h"

#include "serverlog.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pilothouse::testing {

namespace protocol = pilothouse::protocol;

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString text(std::string_view wire)
{
    return QString::fromUtf8(wire.data(), qsizetype(wire.size()));
}

QString conversationRow(const QString &status, const QString &assignee, qint64 count, const QString &last)
{
    return status + u'|' + assignee + u'|' + QString::number(count) + u'|' + last;
}

} // namespace

World foldServerLog(const QString &serverDataDir)
{
    // The epoch and the events come from one read transaction (one snapshot of the file).
    const ServerLog log = readServerLog(serverDataDir);
    World world;
    world.epoch = log.epoch;
    world.seq = log.lastSeq();
    world.events = qint64(log.events.size());
    for (const auto &[id, customer] : log.customers())
        world.customers.insert(text(id));
    for (const auto &message : log.messages())
        world.messages.insert(text(message.id));
    for (const auto &[id, row] : log.conversations()) {
        world.conversations[text(id)] = conversationRow(
            text(protocol::toString(row.status)), text(row.assignee), row.messageCount, text(row.lastMessage));
    }
    return world;
}

World serverHead(const QString &serverDataDir)
{
    const ServerHead head = readServerHead(serverDataDir);
    World world;
    world.epoch = head.epoch;
    world.seq = head.lastSeq;
    world.events = head.events;
    return world;
}

World readCache(const QString &cachePath)
{
    World world;
    withReadOnlyDatabase(cachePath, [&](QSqlDatabase &db) {
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
    for (const auto &message : readServerLog(serverDataDir).messages()) {
        ++audit.perId[text(message.id)];
        if (message.author == protocol::Author::Human && message.visibility == protocol::Visibility::Public)
            ++audit.humanPublic;
    }
    return audit;
}

QString messageIdForCommand(const QString &serverDataDir, const QString &commandId)
{
    for (const auto &event : readServerLog(serverDataDir).causedBy(commandId.toStdString())) {
        if (const auto *message = std::get_if<protocol::Message>(&event.payload))
            return text(message->id);
    }
    return {};
}

QHash<QString, int> outboxStates(const QString &outboxPath)
{
    QHash<QString, int> states;
    withReadOnlyDatabase(outboxPath, [&](QSqlDatabase &db) {
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
    withReadOnlyDatabase(outboxPath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM commands WHERE attempts > 1")) && query.next())
            resent = query.value(0).toInt();
    });
    return resent;
}

} // namespace pilothouse::testing
