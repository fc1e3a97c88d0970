#include "userscli.h"

#include "app/datadirlock.h"
#include "audit/auditlog.h"
#include "auth/passwordpolicy.h"
#include "auth/twofactorstore.h"
#include "auth/userstore.h"
#include "db/database.h"

#include "protocol/codec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <optional>

namespace pilothouse::server {

namespace {

/// lupdate files a free function's tr() under its namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server", text);
}

QString roleName(protocol::Role role)
{
    const std::string_view text = protocol::toString(role);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

std::optional<protocol::Role> parseRole(const QString &text)
{
    return protocol::roleFromString(text.trimmed().toLower().toStdString());
}

QString usage()
{
    return tr("usage: pilothouse-server users list|add|set-role|disable|enable|passwd|reset-two-factor [options]\n"
              "  list                              every user, role and state\n"
              "  add NAME --role ROLE [--display-name TEXT]   password from standard input\n"
              "  set-role NAME ROLE                viewer, agent, supervisor or admin\n"
              "  disable NAME | enable NAME        a disabled user signs in nowhere; their sessions end\n"
              "  passwd NAME                       new password from standard input\n"
              "  reset-two-factor NAME             turns off NAME's two-factor sign-in (a lost phone and\n"
              "                                    recovery codes); their sessions end\n"
              "  --data-dir DIR                    the server's data directory (default: as the server)\n"
              "Run it while the server is stopped.");
}

/// One password line from standard input, checked against the policy.
std::optional<QString> readPassword(const QString &user, QTextStream &in, QTextStream &err)
{
    const QString password = in.readLine();
    if (password.isNull()) {
        err << tr("pilothouse-server users: no password on standard input (one line)") << Qt::endl;
        return std::nullopt;
    }
    if (const QString problem = PasswordPolicy::problem(user, password); !problem.isEmpty()) {
        err << QStringLiteral("pilothouse-server users: ") << problem << Qt::endl;
        return std::nullopt;
    }
    return password;
}

/// Runs `change` and writes its audit row in one transaction: who ran the tool (the operating
/// system's account), the action, the user it changed, from the command line.
template<typename Change>
bool audited(Database &db, const char *action, const QString &target, Change change, const QString &detail = {})
{
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME"); // Windows
    AuditRecord record {QDateTime::currentMSecsSinceEpoch(), account, QString(), QString::fromLatin1(action)};
    record.target = target;
    record.detail = detail;
    record.source = QString::fromLatin1(kCommandLineSource);
    if (!db.begin())
        return false;
    if (!change() || !appendAudit(db, record) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

int runUsersCommand(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("The server's data directory."), tr("dir"));
    const QCommandLineOption role(QStringLiteral("role"), tr("viewer, agent, supervisor or admin"), tr("role"));
    const QCommandLineOption displayName(QStringLiteral("display-name"), tr("The name colleagues see."), tr("text"));
    parser.addOptions({dataDir, role, displayName});
    const auto fail = [&err](const QString &message, int code) {
        err << QStringLiteral("pilothouse-server users: ") << message << Qt::endl;
        return code;
    };
    if (!parser.parse(QStringList {QStringLiteral("pilothouse-server users")} + arguments))
        return fail(parser.errorText() + u'\n' + usage(), 2);
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return fail(usage(), 2);
    const QString command = words.first();
    const auto needs = [&words](int count) { return words.size() == count; };
    static const QStringList known {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("set-role"),
        QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("passwd"),
        QStringLiteral("reset-two-factor")};
    if (!known.contains(command))
        return fail(tr("unknown command '%1'").arg(command) + u'\n' + usage(), 2);
    if ((command == u"list" && !needs(1)) || (command == u"set-role" && !needs(3))
        || (command != u"list" && command != u"set-role" && !needs(2)))
        return fail(tr("wrong number of arguments for '%1'").arg(command) + u'\n' + usage(), 2);

    const QString dir = parser.isSet(dataDir) ? parser.value(dataDir)
                                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    DataDirLock lock;
    QString error;
    if (!lock.acquire(dir, &error))
        return fail(error, 1);
    Database db;
    if (!db.open(dir, &error))
        return fail(error, 1);
    UserStore users(db, 3600);

    if (command == u"list") {
        for (const User &user : users.users()) {
            out << user.name << u'\t' << roleName(user.role) << u'\t' << (user.active ? tr("active") : tr("disabled"))
                << u'\t' << user.displayName << Qt::endl;
        }
        return 0;
    }
    const QString name = words.at(1).trimmed();
    if (name.isEmpty() || name.size() > 64)
        return fail(tr("a user name is 1 to 64 characters"), 2);
    const std::optional<User> existing = users.user(name);
    if (command == u"add") {
        if (existing)
            return fail(tr("the user %1 exists already; use set-role or passwd").arg(name), 2);
        const auto newRole = parseRole(parser.value(role));
        if (!newRole)
            return fail(tr("--role: '%1' is not viewer, agent, supervisor or admin").arg(parser.value(role)), 2);
        const auto password = readPassword(name, in, err);
        if (!password)
            return 2;
        const QString shown = parser.isSet(displayName) ? parser.value(displayName).trimmed() : name;
        if (!audited(db, audit_actions::kUserAdd, name, [&] {
                return users.setUser(User {name, shown.isEmpty() ? name : shown, *newRole, true}, *password);
            }))
            return fail(tr("the database refused the new user"), 1);
        out << tr("added %1 (%2)").arg(name, roleName(*newRole)) << Qt::endl;
        return 0;
    }
    if (!existing)
        return fail(tr("no user named %1").arg(name), 2);
    const bool lastAdmin
        = existing->role == protocol::Role::Admin && existing->active && users.activeAdminsExcept(name) == 0;
    if (command == u"set-role") {
        const auto newRole = parseRole(words.at(2));
        if (!newRole)
            return fail(tr("'%1' is not viewer, agent, supervisor or admin").arg(words.at(2)), 2);
        if (lastAdmin && *newRole != protocol::Role::Admin)
            return fail(tr("%1 is the last active admin; make another user admin first").arg(name), 2);
        if (!audited(
                db, audit_actions::kUserSetRole, name, [&] { return users.setRole(name, *newRole); },
                roleName(*newRole)))
            return fail(tr("the database refused the change"), 1);
        out << tr("%1 is now %2").arg(name, roleName(*newRole)) << Qt::endl;
        return 0;
    }
    if (command == u"disable" || command == u"enable") {
        const bool enable = command == u"enable";
        if (!enable && lastAdmin)
            return fail(tr("%1 is the last active admin; make another user admin first").arg(name), 2);
        if (!audited(db, enable ? audit_actions::kUserEnable : audit_actions::kUserDisable, name,
                [&] { return users.setActive(name, enable); }))
            return fail(tr("the database refused the change"), 1);
        out << (enable ? tr("%1 may sign in again").arg(name) : tr("%1 is disabled; their sessions ended").arg(name))
            << Qt::endl;
        return 0;
    }
    if (command == u"reset-two-factor") {
        // The last way back in for an admin who lost both the phone and the recovery codes; the
        // tool needs no key file for it (auth/twofactorstore.h).
        TwoFactorStore twoFactor(db, std::nullopt);
        if (!twoFactor.enabled(name))
            return fail(tr("%1 has no two-factor sign-in to reset").arg(name), 2);
        if (!audited(db, audit_actions::kTwoFactorReset, name,
                [&] { return twoFactor.reset(name) && users.endSessions(name); }))
            return fail(tr("the database refused the change"), 1);
        out << tr("two-factor sign-in of %1 is off; their password alone signs them in, and their sessions ended")
                   .arg(name)
            << Qt::endl;
        return 0;
    }
    const auto password = readPassword(name, in, err); // passwd
    if (!password)
        return 2;
    if (!audited(db, audit_actions::kUserPassword, name, [&] { return users.setPassword(name, *password); }))
        return fail(tr("the database refused the change"), 1);
    out << tr("the password of %1 is changed").arg(name) << Qt::endl;
    return 0;
}

} // namespace pilothouse::server
