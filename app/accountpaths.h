#pragma once
// Where the console keeps its files: one data folder (--data-dir or the platform default) with
// settings.ini, logs/ and one cache database per account, so two servers never mix.

#include <QString>

namespace pilothouse::app {

class AccountPaths {
public:
    /// `dataDir` empty = QStandardPaths::AppDataLocation.
    explicit AccountPaths(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }
    QString settingsFile() const;
    QString logDir() const;
    /// e.g. <data>/cache/supervisor_127.0.0.1_8787.sqlite; `account` is made file-name safe.
    QString cacheFile(const QString &account) const;

private:
    QString m_dataDir;
};

} // namespace pilothouse::app
