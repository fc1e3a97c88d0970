#include "commandhandler.h"

#include "auth/userstore.h"
#include "db/database.h"
#include "db/jsontext.h"
#include "db/statestore.h"
#include "eventlog/eventlog.h"

#include "log/log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

namespace pilothouse::server {
namespace {

std::string tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server::CommandHandler", text).toStdString();
}

protocol::Nack nack(const protocol::Command &command, const char *code, std::string message,
                    bool retryable = false)
{
    return protocol::Nack{command.id, code, std::move(message), retryable};
}

QString hashArgs(const nlohmann::json &args)
{
    // nlohmann keeps object keys sorted, so equal arguments always dump to equal text.
    const QByteArray text = toJsonText(args).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace

CommandHandler::CommandHandler(Database &db, EventLog &log, StateStore &state)
    : m_db(db)
    , m_log(log)
    , m_state(state)
{
}

std::variant<protocol::Ack, protocol::Nack> CommandHandler::execute(const protocol::Command &command,
                                                                    const User &user)
{
    if (command.id.empty() || command.id.size() > 128)
        return nack(command, protocol::errors::BadRequest, tr("command id must be 1 to 128 characters"));
    const QString argsHash = hashArgs(command.args);

    QSqlQuery seen = m_db.query();
    seen.prepare(QStringLiteral("SELECT user, name, args_hash, result FROM commands WHERE id = ?"));
    seen.addBindValue(QString::fromStdString(command.id));
    if (!Database::exec(seen))
        return nack(command, protocol::errors::Internal, tr("the server could not read its state"), true);
    if (seen.next()) {
        if (seen.value(0).toString() != user.name || seen.value(1).toString().toStdString() != command.name
            || seen.value(2).toString() != argsHash)
            return nack(command, protocol::errors::Conflict,
                        tr("this command id was already used for a different command"));
        const auto result = fromJsonText(seen.value(3).toString()).value_or(nlohmann::json::object());
        return protocol::Ack{command.id, result.value("seq", std::int64_t{0})};
    }

    if (command.name == "message.judge")
        return judge(command, user, argsHash);
    return nack(command, protocol::errors::UnknownCommand,
                tr("unknown command: ") + command.name.substr(0, 64));
}

std::variant<protocol::Ack, protocol::Nack> CommandHandler::judge(const protocol::Command &command,
                                                                  const User &user,
                                                                  const QString &argsHash)
{
    const auto &args = command.args;
    if (!args.is_object() || !args.contains("messageId") || !args["messageId"].is_string()
        || !args.contains("correct") || !args["correct"].is_boolean()
        || (args.contains("reason") && !args["reason"].is_string()))
        return nack(command, protocol::errors::BadRequest,
                    tr("message.judge needs {messageId: string, correct: boolean, reason: string}"));
    protocol::Judgement judgement;
    judgement.messageId = args["messageId"].get<std::string>();
    judgement.correct = args["correct"].get<bool>();
    judgement.reason = args.value("reason", std::string{});
    judgement.by = user.name.toStdString();
    if (judgement.reason.size() > 2000)
        return nack(command, protocol::errors::BadRequest, tr("reason is longer than 2000 bytes"));

    const auto message = m_state.message(judgement.messageId);
    if (!message)
        return nack(command, protocol::errors::NotFound, tr("no such message"));
    if (message->author != protocol::Author::Ai)
        return nack(command, protocol::errors::BadRequest, tr("only AI replies can be judged"));
    judgement.conversationId = message->conversationId;

    auto appended = m_log.append(
        {NewEvent{protocol::kinds::MessageJudged, judgement, command.id}},
        [&](const std::vector<protocol::Event> &events) {
            return remember(command, user, argsHash, events.back().seq);
        });
    if (!appended)
        return nack(command, protocol::errors::Internal, tr("the server could not save this"), true);
    return protocol::Ack{command.id, appended->back().seq};
}

bool CommandHandler::remember(const protocol::Command &command, const User &user,
                              const QString &argsHash, std::int64_t seq)
{
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral("INSERT INTO commands (id, user, name, args_hash, result, at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(QString::fromStdString(command.id));
    insert.addBindValue(user.name);
    insert.addBindValue(QString::fromStdString(command.name));
    insert.addBindValue(argsHash);
    insert.addBindValue(toJsonText(nlohmann::json{{"seq", seq}}));
    insert.addBindValue(static_cast<qint64>(QDateTime::currentMSecsSinceEpoch()));
    return Database::exec(insert);
}

} // namespace pilothouse::server
