#include "store/storecheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace pilothouse::models::storecheck {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"pilothouse-check-%1"_s.arg(counter.fetch_add(1) + 1);
}

Report check(QSqlDatabase &db, int knownVersion)
{
    Report report;
    if (!db.open()) {
        report.verdict = Verdict::Damaged;
        report.detail = db.lastError().text();
        return report;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Reading the header proves the file is a database at all; a newer schema is not damage.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        report.verdict = Verdict::Damaged;
        report.detail = query.lastError().text();
        return report;
    }
    report.version = query.value(0).toInt();
    if (report.version > knownVersion) {
        report.verdict = Verdict::Newer;
        return report;
    }
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        report.verdict = Verdict::Damaged;
        report.detail = query.lastError().text();
        return report;
    }
    const QString first = query.value(0).toString();
    report.verdict = first == u"ok"_s ? Verdict::Healthy : Verdict::Damaged;
    if (report.verdict == Verdict::Damaged)
        report.detail = first;
    return report;
}

/// The file's size and modification time as text ("<bytes> <ticks>"), or empty when unreadable.
QString fileStamp(const QString &path)
{
    std::error_code error;
    const std::filesystem::path file = QFile::encodeName(path).toStdString();
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        return {};
    const auto modified = std::filesystem::last_write_time(file, error);
    if (error)
        return {};
    return u"%1 %2"_s.arg(qulonglong(size)).arg(qlonglong(modified.time_since_epoch().count()));
}

QString markPath(const QString &path)
{
    return path + u".clean"_s;
}

} // namespace

void markClean(const QString &path)
{
    if (QFileInfo::exists(path + u"-wal"_s))
        return; // another connection is still open: not a clean close
    // The file's time moved a second back, to an odd nanosecond: any write after this, even within
    // the file system's clock tick (a few milliseconds on Linux), leaves another time.
    std::error_code error;
    const std::filesystem::path file = QFile::encodeName(path).toStdString();
    const auto modified = std::filesystem::last_write_time(file, error);
    if (error)
        return;
    const auto odd = std::chrono::nanoseconds(1 + QRandomGenerator::global()->bounded(999'999'998));
    std::filesystem::last_write_time(file,
        modified - std::chrono::seconds(1) - std::chrono::duration_cast<std::filesystem::file_time_type::duration>(odd),
        error);
    if (error)
        return;
    const QString stamp = fileStamp(path); // as the file system keeps it
    if (stamp.isEmpty())
        return;
    QFile mark(markPath(path));
    if (mark.open(QIODevice::WriteOnly | QIODevice::Truncate))
        mark.write(stamp.toUtf8());
}

bool takeCleanMark(const QString &path)
{
    QFile mark(markPath(path));
    if (!mark.open(QIODevice::ReadOnly))
        return false;
    const QByteArray noted = mark.readAll();
    mark.close();
    mark.remove();
    const QString stamp = fileStamp(path);
    return !stamp.isEmpty() && noted == stamp.toUtf8() && !QFileInfo::exists(path + u"-wal"_s);
}

Report inspect(const QString &path, int knownVersion)
{
    if (!QFileInfo::exists(path))
        return {};
    const QString name = nextConnectionName();
    Report report;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        // Read-only: closing never checkpoints a WAL into the file, so nothing is rewritten.
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        report = check(db, knownVersion);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

QString moveAside(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QString base = info.completeBaseName() + u".corrupt-"_s + stamp;
    QString target = info.dir().filePath(base + u".sqlite"_s);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n)
        target = info.dir().filePath(base + u"-%1.sqlite"_s.arg(n));

    QFile main(path);
    if (!main.rename(target)) {
        *error = main.errorString();
        return {};
    }
    // A -wal left behind would be read as part of the fresh database that replaces this one, so
    // failing to move it undoes the move. A stale -shm is harmless (SQLite rebuilds it).
    QFile wal(path + u"-wal"_s);
    if (wal.exists() && !wal.rename(target + u"-wal"_s)) {
        *error = wal.fileName() + u": "_s + wal.errorString();
        QFile::rename(target, path);
        return {};
    }
    QFile shm(path + u"-shm"_s);
    if (shm.exists() && !shm.rename(target + u"-shm"_s))
        *error = shm.fileName() + u": "_s + shm.errorString();
    else
        error->clear();
    return target;
}

} // namespace pilothouse::models::storecheck
