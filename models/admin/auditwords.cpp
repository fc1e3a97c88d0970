#include "admin/auditwords.h"

#include "protocol/commands.h"

#include <array>

namespace pilothouse::models {
namespace {

struct Row {
    AuditAction action;
    const char *wire;
};

namespace commands = protocol::commands;

// Filter order: what happens most and matters most first.
constexpr std::array kRows {
    Row {AuditAction::SignIn, "sign_in"},
    Row {AuditAction::SignOut, "sign_out"},
    Row {AuditAction::TakeOver, commands::TakeOver::kName},
    Row {AuditAction::HandBack, commands::HandBack::kName},
    Row {AuditAction::Resolve, commands::Resolve::kName},
    Row {AuditAction::Transfer, commands::Transfer::kName},
    Row {AuditAction::Whisper, commands::Whisper::kName},
    Row {AuditAction::SendMessage, commands::SendMessage::kName},
    Row {AuditAction::AddNote, commands::AddNote::kName},
    Row {AuditAction::JudgeMessage, commands::JudgeMessage::kName},
    Row {AuditAction::MergeConversations, commands::Merge::kName},
    Row {AuditAction::SetPresence, commands::SetPresence::kName},
    Row {AuditAction::EraseCustomer, commands::EraseCustomer::kName},
    Row {AuditAction::ExportCustomer, "customer.export"},
    Row {AuditAction::UpdateCostModel, "cost_model.update"},
    Row {AuditAction::SaveRulesDraft, "config.rules.draft"},
    Row {AuditAction::PublishRules, "config.rules.publish"},
    Row {AuditAction::RollBackRules, "config.rules.rollback"},
    Row {AuditAction::SaveRepliesDraft, "config.replies.draft"},
    Row {AuditAction::PublishReplies, "config.replies.publish"},
    Row {AuditAction::RollBackReplies, "config.replies.rollback"},
    Row {AuditAction::AddUser, "user.add"},
    Row {AuditAction::SetUserRole, "user.set_role"},
    Row {AuditAction::RenameUser, "user.set_display_name"},
    Row {AuditAction::DisableUser, "user.disable"},
    Row {AuditAction::EnableUser, "user.enable"},
    Row {AuditAction::SetUserPassword, "user.passwd"},
    Row {AuditAction::TurnOnTwoFactor, "user.two_factor_on"},
    Row {AuditAction::ResetTwoFactor, "user.two_factor_reset"},
    Row {AuditAction::RequireTwoFactor, "security.require_two_factor"},
    Row {AuditAction::StopRequiringTwoFactor, "security.stop_requiring_two_factor"},
    Row {AuditAction::EndSession, "session.end"},
};

} // namespace

AuditAction AuditWords::actionFromWire(const QString &name)
{
    for (const Row &row : kRows)
        if (name == QLatin1String(row.wire))
            return row.action;
    return AuditAction::Other;
}

QString AuditWords::wireName(AuditAction action)
{
    for (const Row &row : kRows)
        if (row.action == action)
            return QString::fromLatin1(row.wire);
    return {};
}

QList<AuditAction> AuditWords::actions()
{
    QList<AuditAction> out;
    for (const Row &row : kRows)
        out.append(row.action);
    return out;
}

QString AuditWords::label(AuditAction action)
{
    switch (action) {
    case AuditAction::Other:
        return {};
    case AuditAction::SignIn:
        return tr("Sign-in");
    case AuditAction::SignOut:
        return tr("Sign-out");
    case AuditAction::TakeOver:
        return tr("Take over");
    case AuditAction::HandBack:
        return tr("Hand back to the AI");
    case AuditAction::Resolve:
        return tr("Resolve");
    case AuditAction::Transfer:
        return tr("Transfer");
    case AuditAction::Whisper:
        return tr("Whisper to the AI");
    case AuditAction::SendMessage:
        return tr("Send a reply");
    case AuditAction::AddNote:
        return tr("Add a note");
    case AuditAction::JudgeMessage:
        return tr("Judge an AI reply");
    case AuditAction::MergeConversations:
        return tr("Merge conversations");
    case AuditAction::SetPresence:
        return tr("Change presence");
    case AuditAction::EraseCustomer:
        return tr("Erase a customer");
    case AuditAction::ExportCustomer:
        return tr("Export a customer's data");
    case AuditAction::UpdateCostModel:
        return tr("Change the cost model");
    case AuditAction::SaveRulesDraft:
        return tr("Save a rules draft");
    case AuditAction::PublishRules:
        return tr("Publish the rules");
    case AuditAction::RollBackRules:
        return tr("Roll back the rules");
    case AuditAction::SaveRepliesDraft:
        return tr("Save a saved-replies draft");
    case AuditAction::PublishReplies:
        return tr("Publish the saved replies");
    case AuditAction::RollBackReplies:
        return tr("Roll back the saved replies");
    case AuditAction::AddUser:
        return tr("Add a user");
    case AuditAction::SetUserRole:
        return tr("Change a role");
    case AuditAction::RenameUser:
        return tr("Change a display name");
    case AuditAction::DisableUser:
        return tr("Deactivate a user");
    case AuditAction::EnableUser:
        return tr("Reactivate a user");
    case AuditAction::SetUserPassword:
        return tr("Reset a password");
    case AuditAction::TurnOnTwoFactor:
        return tr("Turn on two-factor sign-in");
    case AuditAction::ResetTwoFactor:
        return tr("Reset two-factor sign-in");
    case AuditAction::RequireTwoFactor:
        return tr("Require two-factor sign-in of everyone");
    case AuditAction::StopRequiringTwoFactor:
        return tr("Stop requiring two-factor sign-in");
    case AuditAction::EndSession:
        return tr("End a session");
    }
    return {};
}

QString AuditWords::refusal(const QString &code)
{
    if (code == QLatin1String(protocol::errors::Forbidden))
        return tr("Not allowed for the role");
    if (code == QLatin1String(protocol::errors::Unauthorized))
        return tr("Wrong user name or password");
    if (code == QLatin1String(protocol::errors::RateLimited))
        return tr("Too many failed sign-ins");
    if (code == QLatin1String(protocol::errors::Conflict))
        return tr("Someone else acted first");
    if (code == QLatin1String(protocol::errors::NotFound))
        return tr("Not found");
    if (code == QLatin1String(protocol::errors::InvalidState))
        return tr("Not possible in the conversation's state");
    if (code == QLatin1String(protocol::errors::IdReused))
        return tr("Command id used twice");
    if (code == QLatin1String(protocol::errors::BadRequest))
        return tr("Malformed request");
    if (code == QLatin1String(protocol::errors::UnknownCommand))
        return tr("Unknown command");
    if (code == QLatin1String(protocol::errors::Internal))
        return tr("Server error");
    return code;
}

} // namespace pilothouse::models
