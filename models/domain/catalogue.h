#pragma once
// One catalogue per enumerated concept: for every value its protocol counterpart, its translated
// label, its rank (the order filters list it and groups sort) and its tone. The board, the queue,
// the chips, the tray and the notifications all read these; nothing else spells a value.
//
// Adding an escalation reason touches the protocol (the enum in net/protocol/frames.h and its
// spelling in net/protocol/domaincodec.cpp), this catalogue (domain/enums.h and one row in
// catalogue.cpp), the translation files and a protocol fixture. tests/models/tst_catalogue checks
// that every enumerator has its row.

#include "domain/enums.h"
#include "protocol/frames.h"

#include <QList>
#include <QString>

#include <optional>

namespace pilothouse::models::catalogue {

// Protocol value -> domain value (every protocol value has one).
Status::Value fromProtocol(protocol::ConversationStatus value);
Kind::Value fromProtocol(protocol::ConversationKind value);
Channel::Value fromProtocol(protocol::Channel value);
Author::Value fromProtocol(protocol::Author value);
Visibility::Value fromProtocol(protocol::Visibility value);
EscalationReason::Value fromProtocol(protocol::EscalationReason value);
Outcome::Value fromProtocol(protocol::ResolveOutcome value);
Role::Value fromProtocol(protocol::Role value);
ReviewReason::Value fromProtocol(protocol::ReviewReason value);
Presence::Value fromProtocol(protocol::Presence value);

// Domain value -> protocol value; nullopt for the values the wire has no word for (None, Unknown).
protocol::ConversationStatus toProtocol(Status::Value value);
protocol::ConversationKind toProtocol(Kind::Value value);
protocol::Channel toProtocol(Channel::Value value);
protocol::Author toProtocol(Author::Value value);
protocol::Visibility toProtocol(Visibility::Value value);
std::optional<protocol::EscalationReason> toProtocol(EscalationReason::Value value);
std::optional<protocol::ResolveOutcome> toProtocol(Outcome::Value value);
std::optional<protocol::Role> toProtocol(Role::Value value);
std::optional<protocol::ReviewReason> toProtocol(ReviewReason::Value value);
std::optional<protocol::Presence> toProtocol(Presence::Value value);

/// A role as the welcome spells it; Unknown for a role this console does not know.
Role::Value roleFromWire(const QString &role);

/// The protocol command an action sends ("conversation.take_over"), and back; nullopt for a name
/// this console does not send.
const char *commandName(Action::Value action);
std::optional<Action::Value> actionFromCommandName(const QString &name);
/// Actions whose text the composer echoes until the server's copy arrives (reply, note, whisper).
bool isEchoed(Action::Value action);

// Translated labels, in the language the application has loaded.
QString label(Status::Value value); ///< "AI handling", "Escalated", "With agent", "Resolved"
QString label(Kind::Value value); ///< "Support", "Sales"
QString label(Channel::Value value); ///< "Chat", "Email", "SMS", "Voice"
QString label(Author::Value value); ///< "Customer", "AI agent", "Agent", "System"
QString label(Visibility::Value value); ///< "", "Internal note", "Whisper to AI"
QString label(EscalationReason::Value value); ///< "Asked for a person", ...; None: "No reason given"
QString label(Outcome::Value value); ///< "Resolved", "Not resolved", "Spam"; None: ""
QString label(Role::Value value); ///< "Agent", "Supervisor", "Administrator"; Unknown: ""
QString label(ReviewReason::Value value); ///< "Wrong intent", "Wrong facts", ...; None: ""
QString label(Presence::Value value); ///< "Online", "Away", "Offline"; Unknown: ""
/// The key that picks a review reason in review mode ('I' for wrong intent, ...); none for None.
QChar reviewKey(ReviewReason::Value value);
/// Every review reason but None, in the order review mode lists them.
QList<ReviewReason::Value> reviewReasons();

// Tones (colour roles) the views paint a value in.
Tone::Value tone(Status::Value value);
Tone::Value tone(EscalationReason::Value value);
Tone::Value tone(SlaState::Value value);
Tone::Value tone(Presence::Value value); ///< Online: Success; Away: Warning; else Neutral.

// Plain strings on the wire that receivers must accept beyond the known values (docs/protocol.md):
// the known ones in words, any other as it came (untrusted: shown as plain text).
QString segmentLabel(const QString &segment); ///< "New", "Returning", "VIP", "Business"
/// The segment says no more than the VIP badge does.
bool isVipSegment(const QString &segment);
QString orderStatusLabel(const QString &status); ///< "Processing", "Shipped", "Delivered", ...
/// The escalation rule that fired, in words: a built-in rule (common/tuning's default set) under its
/// translated name while it keeps that name; a supervisor's rule under the name they gave it; the
/// id only when the server named none. The id itself is for details (tooltips) only.
QString ruleLabel(const QString &ruleId, const QString &ruleName);
Tone::Value orderStatusTone(const QString &status); ///< Delivered: Success; returned, cancelled: Neutral.

/// Sort and filter order of the escalation reasons (None last).
int rank(EscalationReason::Value value);
/// Every reason but None, in rank order.
QList<EscalationReason::Value> escalationReasons();
/// Every outcome a person may choose when resolving, in the order the dialog lists them.
QList<Outcome::Value> outcomes(); ///< Not Abandoned: the server finds that, nobody chooses it.

} // namespace pilothouse::models::catalogue
