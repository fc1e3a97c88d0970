#include "userstore.h"

#include "audit/auditlog.h"
#include "auth/twofactorstore.h"
#include "db/database.h"

#include "log/log.h"
#include "protocol/codec.h"
#include "protocol/rest.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace pilothouse::server {

UserStore::UserStore(Database &db, std::int64_t tokenTtlSeconds)
    : m_db(db)
    , m_ttlMs(tokenTtlSeconds * 1000)
{ }

namespace {

QString roleText(protocol::Role role)
{
    return QString::fromLatin1(protocol::toString(role).data(), qsizetype(protocol::toString(role).size()));
}

/// A user row; a role the codec does not know (a damaged or newer database) signs nobody in, and
/// says so, rather than passing for an agent.
std::optional<User> userFrom(const QSqlQuery &q)
{
    const QString name = q.value(0).toString();
    const auto role = protocol::roleFromString(q.value(2).toString().toStdString());
    if (!role) {
        pilothouse::log::get("server")->error("user '{}' has the unknown role '{}'; refusing it", name.toStdString(),
            q.value(2).toString().toStdString());
        return std::nullopt;
    }
    return User {name, q.value(1).toString(), *role, q.value(3).toBool()};
}

} // namespace

bool UserStore::hasUser(const QString &name) const
{
    return user(name).has_value();
}

bool UserStore::setUser(const User &user, const QString &password)
{
    if (user.name.isEmpty())
        return false;
    const PasswordHash hash = hashPassword(password);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO users (name, display_name, role, salt, password_hash, iterations)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                             " display_name = excluded.display_name, role = excluded.role, salt = excluded.salt,"
                             " password_hash = excluded.password_hash, iterations = excluded.iterations"));
    q.addBindValue(user.name);
    q.addBindValue(user.displayName);
    q.addBindValue(roleText(user.role));
    q.addBindValue(hash.salt);
    q.addBindValue(hash.hash);
    q.addBindValue(hash.iterations);
    return Database::exec(q);
}

bool UserStore::auditSignIn(const QString &name, const std::optional<User> &signedIn, const char *code,
    const QString &source, std::int64_t atMs)
{
    AuditRecord record {atMs, name, QString(), QString::fromLatin1(audit_actions::kSignIn), signedIn.has_value()};
    if (signedIn)
        record.role = QString::fromLatin1(protocol::toString(signedIn->role).data());
    else
        record.code = QString::fromLatin1(code);
    record.source = source;
    return appendAudit(m_db, record);
}

std::optional<User> UserStore::user(const QString &name) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT name, display_name, role, active FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<PasswordHash> UserStore::passwordHash(const QString &name) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT salt, password_hash, iterations FROM users WHERE name = ? AND active = 1"));
    q.addBindValue(name);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return PasswordHash {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toInt()};
}

std::optional<IssuedToken> UserStore::issueToken(const QString &userName, const QString &device, const QString &address)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IssuedToken issued {newToken(), QUuid::createUuid().toString(QUuid::Id128), now + m_ttlMs};
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user, expires_at, id, created_at, last_seen, device,"
                             " address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tokenDigest(issued.token));
    q.addBindValue(userName);
    q.addBindValue(static_cast<qint64>(issued.expiresAt));
    q.addBindValue(issued.sessionId);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(device.left(int(protocol::kMaxDeviceLength)));
    q.addBindValue(address);
    if (!Database::exec(q))
        return std::nullopt;
    return issued;
}

std::optional<User> UserStore::userForToken(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    // The lookup is by digest, so comparing digests leaks nothing useful about the token.
    // Whether the user must still set up two-factor sign-in is decided here, per request, so
    // confirming a first code lifts it at once (auth/twofactorstore.h keeps both facts).
    q.prepare(QStringLiteral("SELECT u.name, u.display_name, u.role, u.active, t.id, t.last_seen,"
                             " COALESCE((SELECT value FROM meta WHERE key = ?), '0') = '1'"
                             " AND NOT EXISTS (SELECT 1 FROM totp f WHERE f.user = u.name"
                             " AND f.confirmed_at IS NOT NULL)"
                             " FROM tokens t JOIN users u ON u.name = t.user"
                             " WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = 1"));
    q.addBindValue(QLatin1String(TwoFactorStore::kRequiredKey));
    q.addBindValue(tokenDigest(token));
    q.addBindValue(now);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    auto user = userFrom(q);
    if (!user)
        return std::nullopt;
    user->sessionId = q.value(4).toString();
    user->mustSetUpTwoFactor = q.value(6).toBool();
    if (now - q.value(5).toLongLong() >= kSeenResolutionMs) {
        QSqlQuery seen = m_db.query();
        seen.prepare(QStringLiteral("UPDATE tokens SET last_seen = ? WHERE id = ?"));
        seen.addBindValue(now);
        seen.addBindValue(user->sessionId);
        Database::exec(seen);
    }
    return user;
}

int UserStore::purgeExpiredTokens()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_at <= ?"));
    q.addBindValue(static_cast<qint64>(QDateTime::currentMSecsSinceEpoch()));
    if (!Database::exec(q))
        return 0;
    return q.numRowsAffected();
}

QList<User> UserStore::users() const
{
    QList<User> all;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT name, display_name, role, active FROM users ORDER BY name"));
    if (!Database::exec(q))
        return all;
    while (q.next()) {
        if (auto user = userFrom(q))
            all.append(*user);
    }
    return all;
}

bool UserStore::setPassword(const QString &name, const QString &password)
{
    const PasswordHash hash = hashPassword(password);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET salt = ?, password_hash = ?, iterations = ? WHERE name = ?"));
    q.addBindValue(hash.salt);
    q.addBindValue(hash.hash);
    q.addBindValue(hash.iterations);
    q.addBindValue(name);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

bool UserStore::setRole(const QString &name, protocol::Role role)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ?"));
    q.addBindValue(roleText(role));
    q.addBindValue(name);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

bool UserStore::setDisplayName(const QString &name, const QString &displayName)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET display_name = ? WHERE name = ?"));
    q.addBindValue(displayName);
    q.addBindValue(name);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

bool UserStore::endSessions(const QString &name)
{
    QSqlQuery revoke = m_db.query();
    revoke.prepare(QStringLiteral("DELETE FROM tokens WHERE user = ?"));
    revoke.addBindValue(name);
    return Database::exec(revoke);
}

bool UserStore::setActive(const QString &name, bool active)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE users SET active = ? WHERE name = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(name);
    if (!Database::exec(q) || q.numRowsAffected() != 1)
        return false;
    return active || endSessions(name);
}

int UserStore::activeAdminsExcept(const QString &except) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1 AND name <> ?"));
    q.addBindValue(roleText(protocol::Role::Admin));
    q.addBindValue(except);
    if (!Database::exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace pilothouse::server
