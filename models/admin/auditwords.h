#pragma once
// The audit log's values in words (docs/protocol.md 2.1, "Audit log"): each action the server
// writes as an enum with its wire name and label, and refusal codes in words. An action or code
// this console does not know is shown as it came (plain text: a client may have sent it).

#include "protocol/audit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pilothouse::models {

enum class AuditAction {
    Other, ///< A name this console does not know.
    SignIn,
    SignOut,
    TakeOver,
    HandBack,
    Resolve,
    Transfer,
    Whisper,
    SendMessage,
    AddNote,
    JudgeMessage,
    MergeConversations,
    SetPresence,
    EraseCustomer,
    ExportCustomer,
    UpdateCostModel,
    SaveRulesDraft,
    PublishRules,
    RollBackRules,
    SaveRepliesDraft,
    PublishReplies,
    RollBackReplies,
    AddUser,
    SetUserRole,
    RenameUser,
    DisableUser,
    EnableUser,
    SetUserPassword,
    TurnOnTwoFactor,
    ResetTwoFactor,
    RequireTwoFactor,
    StopRequiringTwoFactor,
    EndSession,
};

class AuditWords {
    Q_DECLARE_TR_FUNCTIONS(AuditWords)

public:
    static AuditAction actionFromWire(const QString &name);
    /// The name the server writes; "" for Other.
    static QString wireName(AuditAction action);
    /// "Signed in", "Took over a conversation", ...; Other: "".
    static QString label(AuditAction action);
    /// Every action but Other, in the order the filter lists them.
    static QList<AuditAction> actions();
    /// Why the server refused, in words: "Not allowed for the role", ...; an unknown code as it came.
    static QString refusal(const QString &code);
};

} // namespace pilothouse::models
