#pragma once
// One program at a time on a data directory: the running server holds
// `<data-dir>/pilothouse-server.lock` (QLockFile: released on exit, taken over when its process is
// gone), so a second server or the users tool refuses with who holds it instead of writing beside it.

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace pilothouse::server {

class DataDirLock {
    Q_DECLARE_TR_FUNCTIONS(DataDirLock)

public:
    /// Takes the lock of `dir` (creating the folder); on failure `error` says who holds it.
    bool acquire(const QString &dir, QString *error);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace pilothouse::server
