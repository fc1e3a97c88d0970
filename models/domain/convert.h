#pragma once
// The one place where protocol structs (std::string, enums) become the Qt records the store and
// the models share. Runs on the io thread, once per record, so the GUI thread never sees protocol
// types. Enums map through the catalogue; the cache stores the codec's own spellings
// (protocol::toString), so the wire and the cache never disagree.

#include "domain/records.h"
#include "protocol/frames.h"

#include <string>

namespace pilothouse::models {

/// UTF-8 bytes from the protocol to a QString.
inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The codec's spelling of a value, as the cache stores it ("escalated"); "" for None.
QString wireName(Status::Value value);
QString wireName(Kind::Value value);
QString wireName(Channel::Value value);
QString wireName(Author::Value value);
QString wireName(Visibility::Value value);
QString wireName(EscalationReason::Value value);
QString wireName(Outcome::Value value);
QString wireName(ReviewReason::Value value);

/// Reads a stored spelling back; false (and `out` unchanged) for one the codec does not know.
/// An empty reason reads as EscalationReason::None.
bool fromWireName(const QString &text, Status::Value &out);
bool fromWireName(const QString &text, Kind::Value &out);
bool fromWireName(const QString &text, Channel::Value &out);
bool fromWireName(const QString &text, Author::Value &out);
bool fromWireName(const QString &text, Visibility::Value &out);
bool fromWireName(const QString &text, EscalationReason::Value &out);
/// An empty outcome reads as Outcome::None.
bool fromWireName(const QString &text, Outcome::Value &out);
/// An empty review reason reads as ReviewReason::None.
bool fromWireName(const QString &text, ReviewReason::Value &out);

OrderRecord toRecord(const protocol::Order &order);
CustomerRecord toRecord(const protocol::Customer &customer);
ConversationRecord toRecord(const protocol::Conversation &conversation);
MessageRecord toRecord(const protocol::Message &message);
JudgementRecord toRecord(const protocol::Judgement &judgement);
DraftRecord toRecord(const protocol::Draft &draft);
/// A transition's `reason` typed; Other for a spelling this console does not know.
TransitionReason::Value transitionReason(const QString &spelling);
TransitionRecord toRecord(const protocol::Transition &transition);
RatingRecord toRecord(const protocol::Rating &rating);
ConfigVersionRecord toRecord(const protocol::ConfigPublished &config);

} // namespace pilothouse::models
