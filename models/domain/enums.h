#pragma once
// The console's enumerated domain values, carried as enums from the codec to the pixel (never
// as strings compared later). Each concept is a Q_NAMESPACE with one Q_ENUM_NS, so C++ writes
// `Status::Escalated` and QML, through the Pilothouse.Models registration (models/live/
// domaintypes.h), writes `Models.Status.Escalated`. Wire spellings belong to the codec
// (protocol::toString); labels, ranks and tones to the catalogue (domain/catalogue.h).

#include <QObject>

namespace pilothouse::models {

/// Where a conversation stands (protocol `status`).
namespace Status {
Q_NAMESPACE
enum Value : int {
    Ai, ///< The AI is handling it.
    Escalated, ///< Waiting for a person.
    Human, ///< One person owns it; the AI only drafts.
    Resolved,
};
Q_ENUM_NS(Value)
} // namespace Status

/// Support or sales (protocol `kind`).
namespace Kind {
Q_NAMESPACE
enum Value : int { Support, Sales };
Q_ENUM_NS(Value)
} // namespace Kind

/// How the customer reaches us (protocol `channel`).
namespace Channel {
Q_NAMESPACE
enum Value : int { Chat, Email, Sms, Voice };
Q_ENUM_NS(Value)
} // namespace Channel

/// Who wrote a message (protocol `author`).
namespace Author {
Q_NAMESPACE
enum Value : int { Customer, Ai, Human, System };
Q_ENUM_NS(Value)
} // namespace Author

/// Who may read a message (protocol `visibility`): notes and whispers never reach the customer.
namespace Visibility {
Q_NAMESPACE
enum Value : int {
    Public, ///< Part of the conversation with the customer.
    Note, ///< An operator's internal note.
    Whisper, ///< A supervisor's private instruction to the AI.
};
Q_ENUM_NS(Value)
} // namespace Visibility

/// Why a conversation was escalated (protocol escalation `reason`); None when it was not.
namespace EscalationReason {
Q_NAMESPACE
enum Value : int {
    None,
    AskedForHuman,
    LowConfidence,
    NegativeSentiment,
    Vip,
    LegalOrPolicy,
    MissingKnowledge,
    ToolFailure,
    AiLooping,
};
Q_ENUM_NS(Value)
} // namespace EscalationReason

/// How a conversation was closed (protocol `outcome`); None on other transitions. Abandoned is
/// the server's finding only: a person cannot choose it.
namespace Outcome {
Q_NAMESPACE
enum Value : int { None, Resolved, NotResolved, Spam, Abandoned };
Q_ENUM_NS(Value)
} // namespace Outcome

/// Why a conversation changed status (the protocol transition's `reason`, docs/protocol.md 8.1).
/// Escalation: the AI escalated (the reason is then an escalation reason's spelling). Other: a
/// spelling this console does not know yet.
namespace TransitionReason {
Q_NAMESPACE
enum Value : int {
    Other,
    Escalation,
    TakeOver,
    Transfer,
    HandBack,
    Resolve,
    CustomerConfirmed,
    NoReply,
    Abandoned,
    CustomerWrote,
    CustomerErased,
    Merged, ///< A supervisor merged it into another conversation of the customer.
};
Q_ENUM_NS(Value)
} // namespace TransitionReason

/// What was wrong with an AI reply a reviewer judged wrong (protocol review reason); None on a
/// right one, or a wrong one judged without a reason.
namespace ReviewReason {
Q_NAMESPACE
enum Value : int {
    None,
    WrongIntent,
    WrongFacts,
    WrongTone, ///< Tone or brand voice.
    ShouldHaveHandedOver,
    ShouldNotHaveHandedOver,
    WrongLanguage,
    Other,
};
Q_ENUM_NS(Value)
} // namespace ReviewReason

/// The signed-in user's role. Unknown before the first welcome, or a role this console does not
/// know: it may do nothing a role is needed for (least privilege). A viewer reads the board,
/// transcripts and analytics and sends no command.
namespace Role {
Q_NAMESPACE
enum Value : int { Unknown, Viewer, Agent, Supervisor, Admin };
Q_ENUM_NS(Value)
} // namespace Role

/// Whether a colleague is at work (protocol `presence`, docs/protocol.md section 7.2); Unknown
/// while the console is not connected or the server does not report its team.
namespace Presence {
Q_NAMESPACE
enum Value : int { Unknown, Online, Away, Offline };
Q_ENUM_NS(Value)
} // namespace Presence

/// How much of an escalation's target for the first human reply is left.
namespace SlaState {
Q_NAMESPACE
enum Value : int {
    None, ///< No first-reply deadline (not escalated, none sent, or met by the first reply).
    Ok, ///< More than two minutes left (Sla::kNearMs).
    Near, ///< Two minutes or less left, not yet due.
    Breached, ///< Past the deadline, or answered after it (missed).
};
Q_ENUM_NS(Value)
} // namespace SlaState

/// The colour role a value is shown in; the theme (ui/components/Theme.qml) owns the colours.
namespace Tone {
Q_NAMESPACE
enum Value : int { Neutral, Accent, Success, Warning, Danger, Vip, Info };
Q_ENUM_NS(Value)
} // namespace Tone

/// What an operator does to a conversation: one protocol command each (docs/protocol.md, section 9).
namespace Action {
Q_NAMESPACE
enum Value : int {
    TakeOver, ///< conversation.take_over
    HandBack, ///< conversation.hand_back
    Resolve, ///< conversation.resolve
    Whisper, ///< conversation.whisper
    Send, ///< message.send: a reply to the customer
    Note, ///< note.add
    Transfer, ///< conversation.transfer
    Judge, ///< message.judge
    EraseCustomer, ///< customer.erase: an admin erases the customer's personal data everywhere
    SetPresence, ///< presence.set: the user is at work or away
    Merge, ///< conversation.merge: a supervisor merges another open conversation of the customer into this one
};
Q_ENUM_NS(Value)
} // namespace Action

/// Where a command stands in the durable outbox.
namespace OutboxState {
Q_NAMESPACE
enum Value : int {
    Pending, ///< Written, waiting to be sent (or to be sent again after a reconnect).
    Inflight, ///< Sent on this connection, no answer yet.
    Acked, ///< Applied by the server.
    Failed, ///< Refused for good; waits for the user to retry or discard it.
};
Q_ENUM_NS(Value)
} // namespace OutboxState

/// How much a notice matters to the user: it picks the banner's colour and icon.
namespace Severity {
Q_NAMESPACE
enum Value : int { Info, Warning, Error };
Q_ENUM_NS(Value)
} // namespace Severity

/// True for the roles that lead a team: they may whisper, transfer and resolve unowned chats.
constexpr bool isLead(Role::Value role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

/// True for the roles that work conversations: they send commands (every known role but viewer).
constexpr bool operates(Role::Value role)
{
    return role == Role::Agent || isLead(role);
}

/// True for the roles that read the analytics (the facts and the cost model): viewers and leads.
constexpr bool readsAnalytics(Role::Value role)
{
    return role == Role::Viewer || isLead(role);
}

} // namespace pilothouse::models
