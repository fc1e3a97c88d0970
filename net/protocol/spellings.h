#pragma once
// The wire spelling of every protocol enumeration (docs/protocol.md, section 1), in one table per
// enumeration: the codec spells and parses with them (domaincodec.cpp, spellings.cpp) and its error
// messages list them. Internal to the codec.

#include "frames.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pilothouse::protocol::spellings {

template<typename Enum, std::size_t N> using Spellings = std::array<std::pair<Enum, std::string_view>, N>;

inline constexpr Spellings<Channel, 4> kChannels {
    {{Channel::Chat, "chat"}, {Channel::Email, "email"}, {Channel::Sms, "sms"}, {Channel::Voice, "voice"}}};
inline constexpr Spellings<ConversationKind, 2> kKinds {
    {{ConversationKind::Support, "support"}, {ConversationKind::Sales, "sales"}}};
inline constexpr Spellings<ConversationStatus, 4> kStatuses {
    {{ConversationStatus::Ai, "ai"}, {ConversationStatus::Escalated, "escalated"}, {ConversationStatus::Human, "human"},
        {ConversationStatus::Resolved, "resolved"}}};
inline constexpr Spellings<Author, 4> kAuthors {
    {{Author::Customer, "customer"}, {Author::Ai, "ai"}, {Author::Human, "human"}, {Author::System, "system"}}};
inline constexpr Spellings<EscalationReason, 8> kReasons {
    {{EscalationReason::AskedForHuman, "asked_for_human"}, {EscalationReason::LowConfidence, "low_confidence"},
        {EscalationReason::NegativeSentiment, "negative_sentiment"}, {EscalationReason::Vip, "vip"},
        {EscalationReason::LegalOrPolicy, "legal_or_policy"}, {EscalationReason::MissingKnowledge, "missing_knowledge"},
        {EscalationReason::ToolFailure, "tool_failure"}, {EscalationReason::AiLooping, "ai_looping"}}};
inline constexpr Spellings<Visibility, 3> kVisibilities {
    {{Visibility::Public, "public"}, {Visibility::Note, "note"}, {Visibility::Whisper, "whisper"}}};
inline constexpr Spellings<ResolveOutcome, 4> kOutcomes {
    {{ResolveOutcome::Resolved, "resolved"}, {ResolveOutcome::NotResolved, "not_resolved"},
        {ResolveOutcome::Spam, "spam"}, {ResolveOutcome::Abandoned, "abandoned"}}};
inline constexpr Spellings<SalesStage, 4> kSalesStages {{{SalesStage::Engaged, "engaged"},
    {SalesStage::Qualified, "qualified"}, {SalesStage::Won, "won"}, {SalesStage::Lost, "lost"}}};
inline constexpr Spellings<QualificationFact, 4> kQualificationFacts {
    {{QualificationFact::Need, "need"}, {QualificationFact::Timeline, "timeline"},
        {QualificationFact::Budget, "budget"}, {QualificationFact::Authority, "authority"}}};
inline constexpr Spellings<Role, 4> kRoles {
    {{Role::Viewer, "viewer"}, {Role::Agent, "agent"}, {Role::Supervisor, "supervisor"}, {Role::Admin, "admin"}}};
inline constexpr Spellings<Presence, 3> kPresences {
    {{Presence::Online, "online"}, {Presence::Away, "away"}, {Presence::Offline, "offline"}}};
inline constexpr Spellings<ReviewReason, 7> kReviewReasons {
    {{ReviewReason::WrongIntent, "wrong_intent"}, {ReviewReason::WrongFacts, "wrong_facts"},
        {ReviewReason::WrongTone, "wrong_tone"}, {ReviewReason::ShouldHaveHandedOver, "should_have_handed_over"},
        {ReviewReason::ShouldNotHaveHandedOver, "should_not_have_handed_over"},
        {ReviewReason::WrongLanguage, "wrong_language"}, {ReviewReason::Other, "other"}}};

template<typename Enum, std::size_t N> std::string_view spell(const Spellings<Enum, N> &table, Enum value)
{
    for (const auto &[e, text] : table)
        if (e == value)
            return text;
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const Spellings<Enum, N> &table, std::string_view text)
{
    for (const auto &[e, spelling] : table)
        if (spelling == text)
            return e;
    return std::nullopt;
}

// "chat, email, sms or voice": what an error message lists, from the one table of spellings.
template<typename Enum, std::size_t N> std::string allowedNames(const Spellings<Enum, N> &table)
{
    std::string names;
    for (std::size_t i = 0; i < N; ++i)
        names += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(table[i].second);
    return names;
}

} // namespace pilothouse::protocol::spellings
