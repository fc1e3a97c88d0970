#include "aboutinfo.h"

#include "admin/twofactormodel.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <curl/curlver.h>
#include <nlohmann/json_fwd.hpp>
#include <spdlog/fmt/fmt.h>
#include <spdlog/version.h>

namespace pilothouse::app {

namespace {

/// Asks an in-memory database which SQLite answers.
QString askSqliteVersion()
{
    QString version;
    const QString name = QStringLiteral("about-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

/// The SQLite library Qt SQL runs on (the system's, or the one bundled with Qt); asked once.
QString sqliteVersion()
{
    static const QString version = askSqliteVersion();
    return version;
}

QVariantMap component(const QString &name, const QString &version, const QString &licence, const QString &file)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("version"), version}, {QStringLiteral("licence"), licence},
        {QStringLiteral("file"), file}};
}

QString dotted(int major, int minor, int patch)
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace

QString AboutInfo::version() const
{
    return QStringLiteral(PILOTHOUSE_VERSION);
}

QVariantList AboutInfo::components() const
{
    return {
        component(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("qt.txt")),
        component(QStringLiteral("QtKeychain"), QStringLiteral(PILOTHOUSE_QTKEYCHAIN_VERSION),
            QStringLiteral("BSD-2-Clause"), QStringLiteral("qtkeychain.txt")),
        component(QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("blessing"), QStringLiteral("sqlite.txt")),
        component(QStringLiteral("libcurl"), QStringLiteral(LIBCURL_VERSION), QStringLiteral("curl"),
            QStringLiteral("curl.txt")),
        component(QStringLiteral("JSON for Modern C++"),
            dotted(NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH),
            QStringLiteral("MIT"), QStringLiteral("nlohmann-json.txt")),
        component(QStringLiteral("spdlog"), dotted(SPDLOG_VER_MAJOR, SPDLOG_VER_MINOR, SPDLOG_VER_PATCH),
            QStringLiteral("MIT"), QStringLiteral("spdlog.txt")),
        component(QStringLiteral("libqrencode"), models::TwoFactorModel::qrLibraryVersion(),
            QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("libqrencode.txt")),
        component(
            QStringLiteral("Lucide"), QStringLiteral("1.87.0"), QStringLiteral("ISC"), QStringLiteral("lucide.txt")),
        component(QStringLiteral("{fmt}"), dotted(FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100),
            QStringLiteral("MIT"), QStringLiteral("fmt.txt")),
    };
}

QString AboutInfo::licenceText(const QString &file) const
{
    QFile text(QStringLiteral(":/licenses/") + file);
    if (file.contains(u'/') || !text.open(QIODevice::ReadOnly))
        return tr("The licence text of %1 is missing from this build.").arg(file);
    return QString::fromUtf8(text.readAll());
}

} // namespace pilothouse::app
