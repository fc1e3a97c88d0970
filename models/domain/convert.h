#pragma once
// The one place where protocol structs (std::string, enums) become the Qt records the store and
// the models share. Runs on the io thread, once per record, so the GUI thread never sees protocol
// types. Enum spellings come from protocol::toString so the wire and the cache never disagree.

#include "domain/records.h"
#include "protocol/frames.h"

#include <string>

namespace pilothouse::models {

/// UTF-8 bytes from the protocol to a QString.
inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// Shared QString spellings of the protocol enumerations (no allocation per call).
const QString &spelling(protocol::Channel value);
const QString &spelling(protocol::ConversationKind value);
const QString &spelling(protocol::ConversationStatus value);
const QString &spelling(protocol::Author value);
const QString &spelling(protocol::EscalationReason value);
const QString &spelling(protocol::Visibility value);
const QString &spelling(protocol::ResolveOutcome value);

OrderRecord toRecord(const protocol::Order &order);
CustomerRecord toRecord(const protocol::Customer &customer);
ConversationRecord toRecord(const protocol::Conversation &conversation);
MessageRecord toRecord(const protocol::Message &message);
JudgementRecord toRecord(const protocol::Judgement &judgement);
DraftRecord toRecord(const protocol::Draft &draft);
TransitionRecord toRecord(const protocol::Transition &transition);

} // namespace pilothouse::models
