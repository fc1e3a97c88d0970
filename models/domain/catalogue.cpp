#include "domain/catalogue.h"

#include "protocol/codec.h"
#include "protocol/commands.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace pilothouse::models::catalogue {
namespace {

// Labels are marked here (QT_TRANSLATE_NOOP, spelled out so lupdate finds them) and translated
// when asked for, in this one context.

QString translated(const char *text)
{
    return text && *text ? QCoreApplication::translate("pilothouse::models::Catalogue", text) : QString();
}

/// One value of a concept: its protocol counterpart (if the wire has one), label and tone.
template<typename Value, typename Wire> struct Row {
    Value value;
    std::optional<Wire> wire;
    const char *label;
    Tone::Value tone = Tone::Neutral;
};

template<typename Table, typename Value> const auto *find(const Table &table, Value value)
{
    const auto it
        = std::find_if(std::begin(table), std::end(table), [value](const auto &row) { return row.value == value; });
    return it == std::end(table) ? nullptr : &*it;
}

template<typename Table, typename Wire> auto fromWire(const Table &table, Wire wire)
{
    const auto it
        = std::find_if(std::begin(table), std::end(table), [wire](const auto &row) { return row.wire == wire; });
    Q_ASSERT(it != std::end(table)); // every protocol value has a row: tst_catalogue checks it
    return it == std::end(table) ? std::begin(table)->value : it->value;
}

template<typename Table, typename Value> auto wireOf(const Table &table, Value value)
{
    const auto *row = find(table, value);
    return row ? row->wire : decltype(row->wire) {};
}

template<typename Table, typename Value> QString labelOf(const Table &table, Value value)
{
    const auto *row = find(table, value);
    return row ? translated(row->label) : QString();
}

template<typename Table, typename Value> Tone::Value toneOf(const Table &table, Value value)
{
    const auto *row = find(table, value);
    return row ? row->tone : Tone::Neutral;
}

using P = protocol::ConversationStatus;
const Row<Status::Value, P> kStatuses[] = {
    {Status::Ai, P::Ai, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "AI handling"), Tone::Accent},
    {Status::Escalated, P::Escalated, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Escalated"), Tone::Danger},
    {Status::Human, P::Human, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "With agent"), Tone::Success},
    {Status::Resolved, P::Resolved, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Resolved"), Tone::Neutral},
};

const Row<Kind::Value, protocol::ConversationKind> kKinds[] = {
    {Kind::Support, protocol::ConversationKind::Support, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Support")},
    {Kind::Sales, protocol::ConversationKind::Sales, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Sales")},
};

const Row<Channel::Value, protocol::Channel> kChannels[] = {
    {Channel::Chat, protocol::Channel::Chat, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Chat")},
    {Channel::Email, protocol::Channel::Email, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Email")},
    {Channel::Sms, protocol::Channel::Sms, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "SMS")},
    {Channel::Voice, protocol::Channel::Voice, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Voice")},
};

const Row<Author::Value, protocol::Author> kAuthors[] = {
    {Author::Customer, protocol::Author::Customer, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Customer")},
    {Author::Ai, protocol::Author::Ai, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "AI agent")},
    {Author::Human, protocol::Author::Human, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Agent")},
    {Author::System, protocol::Author::System, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "System")},
};

const Row<Visibility::Value, protocol::Visibility> kVisibilities[] = {
    {Visibility::Public, protocol::Visibility::Public, ""},
    {Visibility::Note, protocol::Visibility::Note, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Internal note")},
    {Visibility::Whisper, protocol::Visibility::Whisper,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Whisper to AI")},
};

// In rank order: the order the reason filter lists them and reason groups sort.
using R = protocol::EscalationReason;
const Row<EscalationReason::Value, R> kReasons[] = {
    {EscalationReason::AskedForHuman, R::AskedForHuman,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Asked for a person"), Tone::Accent},
    {EscalationReason::LowConfidence, R::LowConfidence,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Low confidence"), Tone::Warning},
    {EscalationReason::NegativeSentiment, R::NegativeSentiment,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Negative sentiment"), Tone::Danger},
    {EscalationReason::Vip, R::Vip, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "VIP customer"), Tone::Vip},
    {EscalationReason::LegalOrPolicy, R::LegalOrPolicy,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Legal or policy"), Tone::Danger},
    {EscalationReason::MissingKnowledge, R::MissingKnowledge,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Missing knowledge"), Tone::Warning},
    {EscalationReason::ToolFailure, R::ToolFailure, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Tool failure"),
        Tone::Warning},
    {EscalationReason::AiLooping, R::AiLooping,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "AI going in circles"), Tone::Warning},
    {EscalationReason::None, std::nullopt, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "No reason given"),
        Tone::Neutral},
};

// In the order review mode lists them, each with the key that picks it.
using V = protocol::ReviewReason;
struct ReviewRow {
    ReviewReason::Value value;
    std::optional<V> wire;
    const char *label;
    char key;
};
const ReviewRow kReviewReasons[] = {
    {ReviewReason::WrongIntent, V::WrongIntent, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Wrong intent"),
        'I'},
    {ReviewReason::WrongFacts, V::WrongFacts, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Wrong facts"), 'F'},
    {ReviewReason::WrongTone, V::WrongTone, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Wrong tone or voice"),
        'T'},
    {ReviewReason::ShouldHaveHandedOver, V::ShouldHaveHandedOver,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Should have handed over"), 'H'},
    {ReviewReason::ShouldNotHaveHandedOver, V::ShouldNotHaveHandedOver,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Should not have handed over"), 'S'},
    {ReviewReason::WrongLanguage, V::WrongLanguage,
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Wrong language"), 'L'},
    {ReviewReason::Other, V::Other, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Other"), 'O'},
    {ReviewReason::None, std::nullopt, "", 0},
};

// In the order the resolve dialog lists them.
using O = protocol::ResolveOutcome;
const Row<Outcome::Value, O> kOutcomes[] = {
    {Outcome::Resolved, O::Resolved, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Resolved")},
    {Outcome::NotResolved, O::NotResolved, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Not resolved")},
    {Outcome::Spam, O::Spam, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Spam")},
    {Outcome::Abandoned, O::Abandoned, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Abandoned")},
    {Outcome::None, std::nullopt, ""},
};

const Row<Role::Value, protocol::Role> kRoles[] = {
    {Role::Viewer, protocol::Role::Viewer, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Viewer")},
    {Role::Agent, protocol::Role::Agent, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Agent")},
    {Role::Supervisor, protocol::Role::Supervisor, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Supervisor")},
    {Role::Admin, protocol::Role::Admin, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Administrator")},
    {Role::Unknown, std::nullopt, ""},
};

// In the order the team view lists them.
using Pr = protocol::Presence;
const Row<Presence::Value, Pr> kPresences[] = {
    {Presence::Online, Pr::Online, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Online")},
    {Presence::Away, Pr::Away, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Away")},
    {Presence::Offline, Pr::Offline, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Offline")},
    {Presence::Unknown, std::nullopt, ""},
};

/// A known spelling of a free-text field, in words and tone.
struct TextRow {
    const char *wire;
    const char *label;
    Tone::Value tone = Tone::Neutral;
};
constexpr char kVipSegment[] = "vip";
const TextRow kSegments[] = {
    {"new", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "New")},
    {"returning", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Returning")},
    {kVipSegment, QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "VIP")},
    {"business", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Business")},
};
const TextRow kOrderStatuses[] = {
    {"processing", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Processing"), Tone::Info},
    {"shipped", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Shipped"), Tone::Info},
    {"delivered", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Delivered"), Tone::Success},
    {"returned", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Returned"), Tone::Neutral},
    {"cancelled", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Cancelled"), Tone::Neutral},
};

template<std::size_t N> const TextRow *findText(const TextRow (&table)[N], const QString &wire)
{
    for (const TextRow &row : table) {
        if (wire == QLatin1String(row.wire))
            return &row;
    }
    return nullptr;
}

struct ActionRow {
    Action::Value value;
    const char *command;
    bool echoed;
};
const ActionRow kActions[] = {
    {Action::TakeOver, protocol::commands::TakeOver::kName, false},
    {Action::HandBack, protocol::commands::HandBack::kName, false},
    {Action::Resolve, protocol::commands::Resolve::kName, false},
    {Action::Whisper, protocol::commands::Whisper::kName, true},
    {Action::Send, protocol::commands::SendMessage::kName, true},
    {Action::Note, protocol::commands::AddNote::kName, true},
    {Action::Transfer, protocol::commands::Transfer::kName, false},
    {Action::Judge, protocol::commands::JudgeMessage::kName, false},
    {Action::EraseCustomer, protocol::commands::EraseCustomer::kName, false},
    {Action::SetPresence, protocol::commands::SetPresence::kName, false},
    {Action::Merge, protocol::commands::Merge::kName, false},
};

struct SlaRow {
    SlaState::Value value;
    Tone::Value tone;
};
const SlaRow kSlaStates[] = {
    {SlaState::None, Tone::Neutral},
    {SlaState::Ok, Tone::Success},
    {SlaState::Near, Tone::Warning},
    {SlaState::Breached, Tone::Danger},
};

} // namespace

Status::Value fromProtocol(protocol::ConversationStatus value)
{
    return fromWire(kStatuses, value);
}
Kind::Value fromProtocol(protocol::ConversationKind value)
{
    return fromWire(kKinds, value);
}
Channel::Value fromProtocol(protocol::Channel value)
{
    return fromWire(kChannels, value);
}
Author::Value fromProtocol(protocol::Author value)
{
    return fromWire(kAuthors, value);
}
Visibility::Value fromProtocol(protocol::Visibility value)
{
    return fromWire(kVisibilities, value);
}
EscalationReason::Value fromProtocol(protocol::EscalationReason value)
{
    return fromWire(kReasons, value);
}
Outcome::Value fromProtocol(protocol::ResolveOutcome value)
{
    return fromWire(kOutcomes, value);
}
Role::Value fromProtocol(protocol::Role value)
{
    return fromWire(kRoles, value);
}
ReviewReason::Value fromProtocol(protocol::ReviewReason value)
{
    return fromWire(kReviewReasons, value);
}
Presence::Value fromProtocol(protocol::Presence value)
{
    return fromWire(kPresences, value);
}

protocol::ConversationStatus toProtocol(Status::Value value)
{
    return wireOf(kStatuses, value).value_or(protocol::ConversationStatus::Ai);
}
protocol::ConversationKind toProtocol(Kind::Value value)
{
    return wireOf(kKinds, value).value_or(protocol::ConversationKind::Support);
}
protocol::Channel toProtocol(Channel::Value value)
{
    return wireOf(kChannels, value).value_or(protocol::Channel::Chat);
}
protocol::Author toProtocol(Author::Value value)
{
    return wireOf(kAuthors, value).value_or(protocol::Author::System);
}
protocol::Visibility toProtocol(Visibility::Value value)
{
    return wireOf(kVisibilities, value).value_or(protocol::Visibility::Public);
}
std::optional<protocol::EscalationReason> toProtocol(EscalationReason::Value value)
{
    return wireOf(kReasons, value);
}
std::optional<protocol::ResolveOutcome> toProtocol(Outcome::Value value)
{
    return wireOf(kOutcomes, value);
}
std::optional<protocol::Role> toProtocol(Role::Value value)
{
    return wireOf(kRoles, value);
}
std::optional<protocol::ReviewReason> toProtocol(ReviewReason::Value value)
{
    return wireOf(kReviewReasons, value);
}
std::optional<protocol::Presence> toProtocol(Presence::Value value)
{
    return wireOf(kPresences, value);
}

Role::Value roleFromWire(const QString &role)
{
    const auto known = protocol::roleFromString(role.toStdString());
    return known ? fromProtocol(*known) : Role::Unknown;
}

const char *commandName(Action::Value action)
{
    const auto *row = find(kActions, action);
    return row ? row->command : "";
}

std::optional<Action::Value> actionFromCommandName(const QString &name)
{
    for (const auto &row : kActions) {
        if (name == QLatin1String(row.command))
            return row.value;
    }
    return std::nullopt;
}

bool isEchoed(Action::Value action)
{
    const auto *row = find(kActions, action);
    return row && row->echoed;
}

QString label(Status::Value value)
{
    return labelOf(kStatuses, value);
}
QString label(Kind::Value value)
{
    return labelOf(kKinds, value);
}
QString label(Channel::Value value)
{
    return labelOf(kChannels, value);
}
QString label(Author::Value value)
{
    return labelOf(kAuthors, value);
}
QString label(Visibility::Value value)
{
    return labelOf(kVisibilities, value);
}
QString label(EscalationReason::Value value)
{
    return labelOf(kReasons, value);
}
QString label(Outcome::Value value)
{
    return labelOf(kOutcomes, value);
}
QString label(Role::Value value)
{
    return labelOf(kRoles, value);
}
QString label(Presence::Value value)
{
    return labelOf(kPresences, value);
}
QString label(ReviewReason::Value value)
{
    return labelOf(kReviewReasons, value);
}

QChar reviewKey(ReviewReason::Value value)
{
    const auto *row = find(kReviewReasons, value);
    return row && row->key ? QChar::fromLatin1(row->key) : QChar();
}

QList<ReviewReason::Value> reviewReasons()
{
    QList<ReviewReason::Value> all;
    for (const auto &row : kReviewReasons) {
        if (row.wire)
            all.append(row.value);
    }
    return all;
}

Tone::Value tone(Status::Value value)
{
    return toneOf(kStatuses, value);
}
Tone::Value tone(EscalationReason::Value value)
{
    return toneOf(kReasons, value);
}
Tone::Value tone(SlaState::Value value)
{
    return toneOf(kSlaStates, value);
}
Tone::Value tone(Presence::Value value)
{
    switch (value) {
    case Presence::Online:
        return Tone::Success;
    case Presence::Away:
        return Tone::Warning;
    case Presence::Offline:
    case Presence::Unknown:
        break;
    }
    return Tone::Neutral;
}

QString segmentLabel(const QString &segment)
{
    const TextRow *row = findText(kSegments, segment);
    return row ? translated(row->label) : segment;
}

namespace {
struct BuiltInRule {
    const char *id;
    const char *name; ///< Its name in the default rule set (common/tuning/rulesetjson.cpp).
    const char *label;
};
const BuiltInRule kBuiltInRules[] = {
    {"self-harm", "Self-harm or a risk to life",
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Self-harm or a risk to life")},
    {"legal-threat", "Legal threat or chargeback",
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Legal threat or chargeback")},
    {"vip-negative-sentiment", "Unhappy VIP", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Unhappy VIP")},
    {"asked-for-human", "Customer asks for a person",
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Customer asks for a person")},
    {"negative-sentiment", "Angry customer", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Angry customer")},
    {"tool-failure", "A lookup failed", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "A lookup failed")},
    {"missing-knowledge", "No answer known", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "No answer known")},
    {"ai-looping", "Going round in circles",
        QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "Going round in circles")},
    {"low-confidence", "The AI is unsure", QT_TRANSLATE_NOOP("pilothouse::models::Catalogue", "The AI is unsure")},
};
} // namespace

QString ruleLabel(const QString &ruleId, const QString &ruleName)
{
    for (const BuiltInRule &rule : kBuiltInRules) {
        if (ruleId == QLatin1String(rule.id) && (ruleName.isEmpty() || ruleName == QLatin1String(rule.name)))
            return translated(rule.label);
    }
    return ruleName.isEmpty() ? ruleId : ruleName;
}

bool isVipSegment(const QString &segment)
{
    return segment == QLatin1String(kVipSegment);
}

QString orderStatusLabel(const QString &status)
{
    const TextRow *row = findText(kOrderStatuses, status);
    return row ? translated(row->label) : status;
}

Tone::Value orderStatusTone(const QString &status)
{
    const TextRow *row = findText(kOrderStatuses, status);
    return row ? row->tone : Tone::Info;
}

int rank(EscalationReason::Value value)
{
    const auto *row = find(kReasons, value);
    return row ? int(row - std::begin(kReasons)) : int(std::size(kReasons));
}

QList<EscalationReason::Value> escalationReasons()
{
    QList<EscalationReason::Value> all;
    for (const auto &row : kReasons) {
        if (row.wire)
            all.append(row.value);
    }
    return all;
}

QList<Outcome::Value> outcomes()
{
    QList<Outcome::Value> all;
    for (const auto &row : kOutcomes) {
        if (row.wire && row.value != Outcome::Abandoned) // the server's finding, not a choice
            all.append(row.value);
    }
    return all;
}

} // namespace pilothouse::models::catalogue
