#pragma once
// Looks for secrets in files a console left behind. Two ways, used together:
// - known secrets (a password, a token read from the keychain) in their plain, percent-encoded,
//   base64 and hex forms;
// - any sign-in token the server ever issued, found without knowing it: every 43-character
//   base64url window of every file is hashed and compared with the SHA-256 digests in the
//   server's tokens table (the server keeps only digests). That proves "no token on disk" even
//   when the test cannot read the token itself.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pilothouse::tests {

/// The forms a secret could take in a file: raw, URL-encoded, base64 (both alphabets), hex.
inline QList<QByteArray> secretForms(const QByteArray &secret)
{
    QList<QByteArray> forms {secret, QUrl::toPercentEncoding(QString::fromUtf8(secret)), secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), secret.toHex(),
        secret.toHex().toUpper()};
    // Base64 of a secret inside a longer text depends on its alignment; the stable middle part
    // of each of the three alignments is searched too.
    for (int shift = 1; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, '\0') + secret;
        forms << shifted.toBase64().mid(4, ((secret.size() - 3) / 3) * 4);
    }
    QList<QByteArray> unique;
    for (const QByteArray &form : forms)
        if (form.size() >= 8 && !unique.contains(form))
            unique << form;
    return unique;
}

/// The SHA-256 hex digests of every token the server issued (its tokens table).
inline QSet<QByteArray> issuedTokenDigests(const QString &serverDatabase)
{
    QSet<QByteArray> digests;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("secretscan"));
        db.setDatabaseName(serverDatabase);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT token_hash FROM tokens"));
            while (query.next())
                digests.insert(query.value(0).toString().toLatin1().toLower());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("secretscan"));
    return digests;
}

struct ScanReport {
    int files = 0;
    qint64 bytes = 0;
    qint64 tokenWindows = 0; ///< 43-character windows hashed
    QStringList hits; ///< "file: what"
};

inline bool isBase64Url(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/// Scans `bytes` (named `name`) for the needles and for issued tokens; adds to `report`.
inline void scanBytes(const QString &name, const QByteArray &bytes, const QList<QByteArray> &needles,
    const QSet<QByteArray> &digests, ScanReport *report)
{
    constexpr int kTokenLength = 43; // base64url of 32 random bytes, no padding
    ++report->files;
    report->bytes += bytes.size();
    for (const QByteArray &needle : needles)
        if (bytes.contains(needle))
            report->hits << name
                    + QStringLiteral(": contains a secret (form '%1…')").arg(QString::fromLatin1(needle.left(4)));
    if (digests.isEmpty())
        return;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const bool inRun = i < bytes.size() && isBase64Url(bytes.at(i));
        if (inRun && runStart < 0)
            runStart = i;
        if (inRun || runStart < 0)
            continue;
        for (qsizetype at = runStart; at + kTokenLength <= i; ++at) {
            ++report->tokenWindows;
            const QByteArray digest = QCryptographicHash::hash(
                QByteArrayView(bytes.constData() + at, kTokenLength), QCryptographicHash::Sha256)
                                          .toHex();
            if (digests.contains(digest))
                report->hits << name + QStringLiteral(": holds an issued sign-in token at offset %1").arg(at);
        }
        runStart = -1;
    }
}

/// Every regular file under `dir`, recursively.
inline void scanDirectory(
    const QString &dir, const QList<QByteArray> &needles, const QSet<QByteArray> &digests, ScanReport *report)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report->hits << path + QStringLiteral(": cannot be read, so it cannot be checked");
            continue;
        }
        scanBytes(path, file.readAll(), needles, digests, report);
    }
}

} // namespace pilothouse::tests
