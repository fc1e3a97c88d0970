#include "accountpaths.h"

#include <QDir>
#include <QStandardPaths>

namespace pilothouse::app {

AccountPaths::AccountPaths(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir)
{ }

QString AccountPaths::settingsFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("settings.ini"));
}

QString AccountPaths::logDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("logs"));
}

QString AccountPaths::cacheFile(const QString &account) const
{
    QString safe;
    safe.reserve(account.size());
    for (const QChar c : account)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'.' ? c : QChar(u'_');
    const QString dir = QDir(m_dataDir).filePath(QStringLiteral("cache"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(safe + QStringLiteral(".sqlite"));
}

} // namespace pilothouse::app
