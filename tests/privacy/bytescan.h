#pragma once
// What a regulator would check after an erasure: does any file of a data folder (the database,
// its -wal and -shm, logs, anything) still hold the bytes of the erased personal data?

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace pilothouse::testing {

/// "file: needle" for each needle found in each file under `folder` (recursively, hidden files
/// too). Empty when none is anywhere.
inline QStringList bytesFound(const QString &folder, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // gone between listing and reading (a -wal truncated away)
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (!needle.isEmpty() && content.contains(needle))
                hits.append(it.fileName() + QStringLiteral(": ") + QString::fromUtf8(needle));
        }
    }
    return hits;
}

} // namespace pilothouse::testing
