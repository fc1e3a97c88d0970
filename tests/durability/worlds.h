#pragma once
// What the server's SQLite database and a console's cache say the world is, read directly from
// both files (read-only connections, tests/common/serverlog.h), so a test can compare them after a
// resync.

#include "serverlog.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace durability {

struct World {
    QHash<QString, QString> status; ///< conversation id -> status
    QHash<QString, QString> lastMessage; ///< conversation id -> last message text
    QSet<QString> messageIds;
    QString epoch; ///< server: its epoch; cache: the cursor's epoch
    qint64 seq = 0; ///< server: the head; cache: the cursor's seq
};

/// The server's state tables (not its event log, which may be pruned) and its head.
inline World readServer(const QString &serverDataDir)
{
    World world;
    pilothouse::testing::withReadOnlyDatabase(
        pilothouse::testing::serverDatabasePath(serverDataDir), [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT id, status, data FROM conversations"));
            while (query.next()) {
                const QString id = query.value(0).toString();
                world.status[id] = query.value(1).toString();
                world.lastMessage[id] = QJsonDocument::fromJson(query.value(2).toString().toUtf8())
                                            .object()
                                            .value(QStringLiteral("lastMessage"))
                                            .toString();
            }
            query.exec(QStringLiteral("SELECT id FROM messages"));
            while (query.next())
                world.messageIds.insert(query.value(0).toString());
        });
    const auto head = pilothouse::testing::readServerHead(serverDataDir);
    world.epoch = head.epoch;
    world.seq = head.head();
    return world;
}

/// The highest pruned seq of the server's log (0 when nothing was pruned).
inline qint64 serverPrunedThrough(const QString &serverDataDir)
{
    return pilothouse::testing::readServerHead(serverDataDir).prunedThrough;
}

inline int serverConversationCount(const QString &serverDataDir)
{
    int count = 0;
    pilothouse::testing::withReadOnlyDatabase(
        pilothouse::testing::serverDatabasePath(serverDataDir), [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) && query.next())
                count = query.value(0).toInt();
        });
    return count;
}

inline World readCache(const QString &path)
{
    World world;
    pilothouse::testing::withReadOnlyDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id, status, last_message FROM conversations"));
        while (query.next()) {
            world.status[query.value(0).toString()] = query.value(1).toString();
            world.lastMessage[query.value(0).toString()] = query.value(2).toString();
        }
        query.exec(QStringLiteral("SELECT id FROM messages"));
        while (query.next())
            world.messageIds.insert(query.value(0).toString());
        query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('epoch', 'seq')"));
        while (query.next()) {
            if (query.value(0).toString() == QStringLiteral("epoch"))
                world.epoch = query.value(1).toString();
            else
                world.seq = query.value(1).toLongLong();
        }
    });
    return world;
}

} // namespace durability
