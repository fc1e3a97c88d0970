#pragma once
// Helpers that damage real SQLite files the way a disk, a crash or a bad copy would, and read
// files back byte for byte, for the durability tests.

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace durability {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline int pageSize(const QByteArray &bytes)
{
    // Database header: big-endian page size at offset 16 (1 means 65536).
    const int size = (static_cast<unsigned char>(bytes.at(16)) << 8) | static_cast<unsigned char>(bytes.at(17));
    return size == 1 ? 65536 : size;
}

/// Overwrites the b-tree header and cell pointers of page `page` (1-based) with 0xFF, so the page
/// is no valid b-tree page and PRAGMA quick_check fails. Returns false if the page is not there.
inline bool smashPage(const QString &path, qint64 page)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const int size = pageSize(file.read(100));
    const qint64 start = (page - 1) * size + (page == 1 ? 100 : 0);
    if (page < 2 || start + 64 > file.size() || !file.seek(start))
        return false;
    return file.write(QByteArray(64, '\xff')) == 64;
}

/// The 1-based page that holds the first occurrence of `marker` in the file, or 0.
inline qint64 pageHolding(const QString &path, const QByteArray &marker)
{
    const QByteArray bytes = fileBytes(path);
    const qsizetype at = bytes.indexOf(marker);
    return at < 0 ? 0 : at / pageSize(bytes) + 1;
}

/// The root page of a table or index, read on a throwaway read-only connection.
inline qint64 rootPage(const QString &path, const QString &name)
{
    qint64 page = 0;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage-root"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            query.addBindValue(name);
            if (query.exec() && query.next())
                page = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage-root"));
    return page;
}

inline bool writeRandomBytes(const QString &path, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20240605);
    for (char &c : bytes)
        c = static_cast<char>(generator.bounded(256));
    return file.write(bytes) == size;
}

/// Main files in `dir` that moveAside produced ("<base>.corrupt-<stamp>.sqlite", not their -wal/-shm).
inline QStringList movedAside(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.corrupt-*.sqlite")}, QDir::Files, QDir::Name);
}

} // namespace durability
