#include "datadirlock.h"

#include <QDir>

namespace pilothouse::server {

bool DataDirLock::acquire(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create the data directory %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("pilothouse-server.lock")));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale, however old
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    qint64 pid = 0;
    QString host, application;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application)) {
        *error = tr("a pilothouse-server (process %1) is running on %2; stop it first")
                     .arg(pid)
                     .arg(QDir::toNativeSeparators(dir));
    } else {
        *error = tr("cannot lock the data directory %1").arg(QDir::toNativeSeparators(dir));
    }
    return false;
}

} // namespace pilothouse::server
