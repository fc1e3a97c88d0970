#pragma once
// Value types the console's models and store work with: Qt types, converted once from the
// protocol structs on the io thread so the GUI thread never touches std::string or JSON.

#include "domain/enums.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pilothouse::models {

struct OrderRecord {
    QString id;
    qint64 totalCents = 0;
    QString currency;
    QString status;
    qint64 placedAt = 0; ///< ms since epoch
    QString summary;
    bool operator==(const OrderRecord &) const = default;
};

struct CustomerRecord {
    QString id;
    QString name;
    QString email;
    bool vip = false;
    QString segment;
    qint64 lifetimeValueCents = 0;
    qint64 since = 0;
    QList<OrderRecord> orders;
    QString language; ///< BCP 47 primary subtag ("en", "fr"); "" when unknown.
    bool operator==(const CustomerRecord &) const = default;
};

struct ToolRecord {
    QString name;
    QString summary;
    bool operator==(const ToolRecord &) const = default;
};

/// What the escalation rules read on the turn an AI reply answered, beyond the transcript, and what
/// they decided (protocol RuleInputs, docs/config.md): what a replay of the turn needs.
struct RuleInputsRecord {
    qint64 version = 0; ///< The published rule set that decided.
    double sentiment = 0.0;
    QString language;
    bool toolFailed = false;
    bool missingKnowledge = false;
    std::optional<qint64> orderValueCents {};
    QString matched {}; ///< Id of the rule that decided; empty = none.
    bool operator==(const RuleInputsRecord &) const = default;
};

struct MessageRecord {
    QString id;
    QString conversationId;
    Author::Value author = Author::Customer;
    QString authorName;
    QString text; ///< Untrusted plain text.
    qint64 at = 0;
    // AI annotation; `hasAi` false for other authors.
    bool hasAi = false;
    QString intent;
    double confidence = 0.0;
    qint64 latencyMs = 0;
    QList<ToolRecord> tools;
    /// Notes and whispers are for operators only: the customer never sees them, and views must
    /// mark them as internal.
    Visibility::Value visibility = Visibility::Public;
    std::optional<RuleInputsRecord> rules {}; ///< Absent when no rules ran on the turn.
    bool operator==(const MessageRecord &) const = default;
};

struct ConversationRecord {
    QString id;
    QString customerId;
    Channel::Value channel = Channel::Chat;
    Kind::Value kind = Kind::Support;
    Status::Value status = Status::Ai;
    QString subject;
    QString intent;
    double sentiment = 0.0;
    std::optional<double> confidence;
    QString lastMessage;
    Author::Value lastAuthor = Author::Customer;
    qint64 lastMessageAt = 0;
    qint64 createdAt = 0;
    std::optional<qint64> waitingSince;
    int priority = 0;
    qint64 messageCount = 0;
    QString assignee; ///< User name of the owner, "" if none.
    QString assigneeName; ///< Display name of the owner, "" if none or unknown.
    // Why and how urgently it was escalated; all None/empty/0 when it was not (or no longer is).
    QString escalationRule; ///< Id of the rule that fired (a code: for details and tooltips).
    QString escalationRuleName; ///< What supervisors named it, "" when the server did not say.
    EscalationReason::Value escalationReason = EscalationReason::None;
    int escalationPriority = 0; ///< 0 normal .. 3 urgent.
    qint64 escalatedAt = 0; ///< ms since epoch, 0 when not escalated.
    qint64 slaDueAt = 0; ///< Target time of the human's first response, 0 when none.
    qint64 respondedAt = 0; ///< When a person first answered after the escalation, 0 not yet.
    // How and by whom it was closed; None/empty/0 while open.
    Outcome::Value closedOutcome = Outcome::None;
    QString closedBy; ///< A user name, or "ai" / "system".
    qint64 closedAt = 0;
    // The first time it passed from the AI to people, kept after it ends; 0 when it never did.
    qint64 handoffAt = 0;
    EscalationReason::Value handoffReason = EscalationReason::None; ///< None: taken over unasked.
    qint64 handoffDueAt = 0; ///< The first hand-off's first-reply deadline, 0 when none.
    // The AI reply with the lowest confidence so far; no value until the AI replied.
    std::optional<double> weakestConfidence;
    QString weakestMessageId;
    QString weakestIntent;
    // The customer's latest public message (untrusted plain text) and when; "" and 0 until then.
    QString lastCustomerMessage;
    qint64 lastCustomerMessageAt = 0;
    bool isEscalated() const { return escalatedAt != 0; }
    bool operator==(const ConversationRecord &) const = default;
};

/// A verdict on an AI reply (`message.judged`): was the AI right, and why not.
struct JudgementRecord {
    QString messageId;
    QString conversationId;
    bool correct = true;
    QString reason; ///< The judge's note.
    QString by; ///< User name of whoever judged; each judge's latest judgement of a message stands.
    ReviewReason::Value category = ReviewReason::None; ///< What was wrong, on a wrong verdict.
    bool operator==(const JudgementRecord &) const = default;
};

/// The customer's answer to the satisfaction survey (`conversation.rated`); the latest one counts.
struct RatingRecord {
    QString conversationId;
    int rating = 5; ///< 1..5
    QString comment; ///< Untrusted plain text, may be empty.
    qint64 at = 0;
    bool operator==(const RatingRecord &) const = default;
};

/// A published version of a configuration document (`config.published`, docs/config.md). The
/// highest version of a document is the one in force.
struct ConfigVersionRecord {
    QString document; ///< "rules"
    qint64 version = 0;
    QString author;
    qint64 at = 0;
    QString note;
    std::optional<qint64> restoredFrom {};
    QString body; ///< The document's JSON text.
    bool operator==(const ConfigVersionRecord &) const = default;
};

/// A reply the AI suggests to the owner of a conversation (`draft.created`). Other users' sessions
/// receive the same draft with an empty text; views show only drafts for the current user.
struct DraftRecord {
    QString id;
    QString conversationId;
    QString forUser; ///< User name the draft is for.
    QString text; ///< Untrusted plain text; empty when it is for someone else.
    QString intent;
    double confidence = 0.0;
    qint64 at = 0;
    bool operator==(const DraftRecord &) const = default;
};

/// A change of a conversation's status (`conversation.transitioned`), with who and why. Cached
/// (schema 7) so a transcript says who did what; batches also carry it as it happens.
struct TransitionRecord {
    QString conversationId;
    Status::Value from = Status::Ai;
    Status::Value to = Status::Ai;
    QString actor; ///< User name, or "ai" / "system".
    QString actorName; ///< The actor's display name; "" for the AI, the system or unknown.
    QString reason; ///< The wire spelling: "take_over", "hand_back", "low_confidence", ...
    TransitionReason::Value kind = TransitionReason::Other; ///< `reason`, typed.
    QString note;
    Outcome::Value outcome = Outcome::None; ///< Set on a transition to resolved.
    QString assigneeName; ///< Who owns it afterwards (display name), "" if nobody.
    qint64 at = 0;
    bool operator==(const TransitionRecord &) const = default;
};

/// One operator command in the durable outbox, as the GUI sees it. The command id is a UUID made
/// by the client and kept across every resend, so the server applies it once.
struct OutboxRecord {
    QString commandId;
    Action::Value action = Action::Note;
    QString conversationId;
    QString text; ///< The reply, note or whisper text; "" for commands without text.
    /// The typed command's args as the codec encodes them (protocol::encodeJson): sent as they are.
    QString args;
    OutboxState::Value state = OutboxState::Pending;
    QString errorCode; ///< Nack code of a failed command.
    QString error; ///< The server's message for a failed command (shown to the user).
    qint64 createdAt = 0; ///< ms since epoch.
    int attempts = 0; ///< How often it was handed to the session.
    bool operator==(const OutboxRecord &) const = default;
};

/// What one store transaction changed, handed from the io thread to the GUI thread.
struct ChangeBatch {
    bool reset = false; ///< A snapshot replaced everything: drop what you hold first.
    QList<CustomerRecord> customers;
    QList<ConversationRecord> conversations;
    QList<MessageRecord> messages;
    QList<JudgementRecord> judgements; ///< Each judge's latest label per message changed in this batch.
    QList<DraftRecord> drafts; ///< New drafts, in arrival order.
    QList<TransitionRecord> transitions; ///< Status changes, in arrival order.
    /// When each `events` frame whose changes this batch carries arrived on the socket
    /// (log::monotonicMicros()), for the event-to-pixel figure (app/eventtopixel.h). Empty for
    /// snapshots and board loads.
    QList<qint64> arrivals;
    qint64 lastSeq = 0;
    bool isEmpty() const
    {
        return !reset && customers.isEmpty() && conversations.isEmpty() && messages.isEmpty() && judgements.isEmpty()
            && drafts.isEmpty() && transitions.isEmpty();
    }
};

} // namespace pilothouse::models

Q_DECLARE_METATYPE(pilothouse::models::CustomerRecord)
Q_DECLARE_METATYPE(pilothouse::models::ConversationRecord)
Q_DECLARE_METATYPE(pilothouse::models::MessageRecord)
Q_DECLARE_METATYPE(pilothouse::models::JudgementRecord)
Q_DECLARE_METATYPE(pilothouse::models::DraftRecord)
Q_DECLARE_METATYPE(pilothouse::models::TransitionRecord)
Q_DECLARE_METATYPE(pilothouse::models::OutboxRecord)
Q_DECLARE_METATYPE(pilothouse::models::ChangeBatch)
