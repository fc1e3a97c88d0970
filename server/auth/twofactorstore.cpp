#include "auth/twofactorstore.h"

#include "auth/totp.h"
#include "db/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::server {
namespace {

/// No 0/o, 1/l/i: a code read off paper is typed right the first time.
constexpr char kRecoveryAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
constexpr int kRecoveryLength = 10;

QString newRecoveryCode()
{
    const int letters = int(sizeof(kRecoveryAlphabet)) - 1;
    QString code;
    for (int i = 0; i < kRecoveryLength; ++i) {
        if (i == kRecoveryLength / 2)
            code += QLatin1Char('-');
        code += QLatin1Char(kRecoveryAlphabet[QRandomGenerator::system()->bounded(letters)]);
    }
    return code;
}

/// What is hashed: lower case, without the dash and spaces people may type or leave out.
QString normalised(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c != QLatin1Char('-') && !c.isSpace())
            out += c.toLower();
    return out;
}

QString recoveryHash(const QString &code)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalised(code).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

TwoFactorStore::TwoFactorStore(Database &db, std::optional<SecretBox> box)
    : m_db(db)
    , m_box(std::move(box))
{ }

std::optional<TwoFactorStore::Row> TwoFactorStore::row(const QString &user) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT secret, confirmed_at IS NOT NULL, last_step FROM totp WHERE user = ?"));
    q.addBindValue(user);
    if (!m_box || !Database::exec(q) || !q.next())
        return std::nullopt;
    const auto secret = m_box->open(q.value(0).toByteArray(), user.toUtf8());
    if (!secret)
        return std::nullopt; // sealed with another key, or changed: treated as absent, never used
    return Row {*secret, q.value(1).toBool(), q.value(2).toLongLong()};
}

bool TwoFactorStore::enabled(const QString &user) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM totp WHERE user = ? AND confirmed_at IS NOT NULL"));
    q.addBindValue(user);
    return Database::exec(q) && q.next();
}

std::optional<QByteArray> TwoFactorStore::begin(const QString &user)
{
    if (!m_box || enabled(user))
        return std::nullopt;
    const QByteArray secret = totp::newSecret();
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO totp (user, secret, confirmed_at, last_step) VALUES (?, ?, NULL, -1)"));
    q.addBindValue(user);
    q.addBindValue(m_box->seal(secret, user.toUtf8()));
    if (!Database::exec(q))
        return std::nullopt;
    return secret;
}

TwoFactorStore::Confirmed TwoFactorStore::confirm(const QString &user, const QString &code, std::int64_t nowSeconds)
{
    const auto pending = row(user);
    if (!pending || pending->confirmed)
        return {ConfirmError::NothingPending, {}};
    const auto step = totp::acceptedStep(pending->secret, code, nowSeconds, pending->lastStep);
    if (!step)
        return {ConfirmError::WrongCode, {}};
    Confirmed out;
    for (int i = 0; i < kRecoveryCodes; ++i)
        out.recoveryCodes.append(newRecoveryCode());
    if (!m_db.begin())
        return {ConfirmError::Failed, {}};
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("UPDATE totp SET confirmed_at = ?, last_step = ? WHERE user = ? AND confirmed_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(qint64(*step));
    q.addBindValue(user);
    bool ok = Database::exec(q) && q.numRowsAffected() == 1;
    QSqlQuery clear = m_db.query();
    clear.prepare(QStringLiteral("DELETE FROM recovery_codes WHERE user = ?"));
    clear.addBindValue(user);
    ok = ok && Database::exec(clear);
    for (const QString &recovery : std::as_const(out.recoveryCodes)) {
        QSqlQuery insert = m_db.query();
        insert.prepare(QStringLiteral("INSERT INTO recovery_codes (user, code_hash) VALUES (?, ?)"));
        insert.addBindValue(user);
        insert.addBindValue(recoveryHash(recovery));
        ok = ok && Database::exec(insert);
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return {ConfirmError::Failed, {}};
    }
    return out;
}

bool TwoFactorStore::acceptStep(const QString &user, std::int64_t step)
{
    // Compare-and-set: two sign-ins racing with the same code cannot both pass.
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE totp SET last_step = ? WHERE user = ? AND last_step < ?"));
    q.addBindValue(qint64(step));
    q.addBindValue(user);
    q.addBindValue(qint64(step));
    return Database::exec(q) && q.numRowsAffected() == 1;
}

TwoFactorStore::Check TwoFactorStore::check(const QString &user, const QString &code, std::int64_t nowSeconds)
{
    const auto stored = row(user);
    if (!stored || !stored->confirmed)
        return Check::Wrong;
    if (const auto step = totp::acceptedStep(stored->secret, code, nowSeconds, stored->lastStep))
        return acceptStep(user, *step) ? Check::Passed : Check::Wrong;
    if (normalised(code).size() != kRecoveryLength)
        return Check::Wrong;
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("UPDATE recovery_codes SET used_at = ? WHERE user = ? AND code_hash = ? AND used_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(user);
    q.addBindValue(recoveryHash(code));
    return Database::exec(q) && q.numRowsAffected() == 1 ? Check::PassedWithRecoveryCode : Check::Wrong;
}

int TwoFactorStore::recoveryCodesLeft(const QString &user) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT count(*) FROM recovery_codes WHERE user = ? AND used_at IS NULL"));
    q.addBindValue(user);
    return Database::exec(q) && q.next() ? q.value(0).toInt() : 0;
}

bool TwoFactorStore::reset(const QString &user)
{
    if (!m_db.begin())
        return false;
    QSqlQuery secret = m_db.query();
    secret.prepare(QStringLiteral("DELETE FROM totp WHERE user = ?"));
    secret.addBindValue(user);
    QSqlQuery codes = m_db.query();
    codes.prepare(QStringLiteral("DELETE FROM recovery_codes WHERE user = ?"));
    codes.addBindValue(user);
    if (!Database::exec(secret) || !Database::exec(codes) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool TwoFactorStore::required() const
{
    return m_db.meta(QLatin1String(kRequiredKey)).value_or(QString()) == QLatin1String("1");
}

bool TwoFactorStore::setRequired(bool required)
{
    return m_db.setMeta(QLatin1String(kRequiredKey), required ? QStringLiteral("1") : QStringLiteral("0"));
}

QStringList TwoFactorStore::usersWithout() const
{
    QStringList names;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT name FROM users WHERE active = 1 AND name NOT IN"
                             " (SELECT user FROM totp WHERE confirmed_at IS NOT NULL) ORDER BY name"));
    if (!Database::exec(q))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace pilothouse::server
