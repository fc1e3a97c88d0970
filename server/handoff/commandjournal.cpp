#include "commandjournal.h"

#include "audit/auditlog.h"
#include "auth/userstore.h"
#include "db/database.h"
#include "db/jsontext.h"
#include "protocol/codec.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace pilothouse::server {
namespace {

nlohmann::json resultJson(const CommandResult &result)
{
    if (const auto *ack = std::get_if<protocol::Ack>(&result))
        return {{"type", "ack"}, {"seq", ack->seq}};
    const auto &nack = std::get<protocol::Nack>(result);
    return {{"type", "nack"}, {"code", nack.code}, {"message", nack.message}, {"retryable", nack.retryable},
        {"details", nack.details}};
}

CommandResult resultFrom(const std::string &commandId, const nlohmann::json &json)
{
    // Rows written before nacks were remembered hold only {"seq": n}: those are acks.
    if (json.value("type", std::string("ack")) != "nack")
        return protocol::Ack {commandId, json.value("seq", std::int64_t {0})};
    protocol::Nack nack {commandId, json.value("code", std::string(protocol::errors::Internal)),
        json.value("message", std::string()), json.value("retryable", false)};
    if (const auto it = json.find("details"); it != json.end() && it->is_object())
        nack.details = *it;
    return nack;
}

/// SQLite stores a null QString as NULL; the audit columns are NOT NULL text.
QString text(const std::string &value)
{
    return value.empty() ? QStringLiteral("") : QString::fromStdString(value);
}

} // namespace

CommandJournal::CommandJournal(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{ }

QString CommandJournal::argsHash(const protocol::Command &command)
{
    // The name is part of the hash: the same id for another command is a different payload.
    const nlohmann::json identity = {{"name", command.name}, {"args", command.args}};
    const QByteArray text = toJsonText(identity).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

std::optional<RememberedCommand> CommandJournal::find(const std::string &commandId) const
{
    QSqlQuery *q = m_db.prepared(QStringLiteral("SELECT user, name, args_hash, result FROM commands WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, QString::fromStdString(commandId));
    if (!Database::exec(*q) || !q->next()) {
        q->finish();
        return std::nullopt;
    }
    const auto json = fromJsonText(q->value(3).toString()).value_or(nlohmann::json::object());
    RememberedCommand remembered {q->value(0).toString(), q->value(1).toString().toStdString(), q->value(2).toString(),
        resultFrom(commandId, json)};
    q->finish();
    return remembered;
}

bool CommandJournal::remember(
    const protocol::Command &command, const User &user, const QString &argsHash, const CommandResult &result)
{
    QSqlQuery *insert = m_db.prepared(QStringLiteral("INSERT INTO commands (id, user, name, args_hash, result, at)"
                                                     " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return false;
    insert->bindValue(0, text(command.id));
    insert->bindValue(1, user.name);
    insert->bindValue(2, text(command.name));
    insert->bindValue(3, argsHash);
    insert->bindValue(4, toJsonText(resultJson(result)));
    insert->bindValue(5, static_cast<qint64>(timeOf(m_clock)));
    return Database::exec(*insert);
}

bool CommandJournal::audit(
    const protocol::Command &command, const User &user, const std::string &conversationId, const CommandResult &result)
{
    const auto *ack = std::get_if<protocol::Ack>(&result);
    const auto *nack = std::get_if<protocol::Nack>(&result);
    AuditRecord record {timeOf(m_clock), user.name, QString::fromLatin1(protocol::toString(user.role).data()),
        QString::fromStdString(command.name), ack != nullptr};
    record.code = nack ? QString::fromStdString(nack->code) : QString();
    record.conversationId = QString::fromStdString(conversationId);
    record.commandId = QString::fromStdString(command.id);
    record.seq = ack ? ack->seq : 0;
    record.source = user.source;
    return appendAudit(m_db, record);
}

bool CommandJournal::recordRefusal(const protocol::Command &command, const User &user, const QString &argsHash,
    const std::string &conversationId, const protocol::Nack &nack, bool rememberIt)
{
    if (!m_db.begin())
        return false;
    if ((rememberIt && !remember(command, user, argsHash, nack)) || !audit(command, user, conversationId, nack)
        || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace pilothouse::server
