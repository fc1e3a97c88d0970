#include "codec.h"
#include "spellings.h"

namespace pilothouse::protocol {

using namespace spellings;

std::string_view toString(Channel value)
{
    return spell(kChannels, value);
}
std::string_view toString(ConversationKind value)
{
    return spell(kKinds, value);
}
std::string_view toString(ConversationStatus value)
{
    return spell(kStatuses, value);
}
std::string_view toString(Author value)
{
    return spell(kAuthors, value);
}
std::string_view toString(EscalationReason value)
{
    return spell(kReasons, value);
}
std::string_view toString(Visibility value)
{
    return spell(kVisibilities, value);
}
std::string_view toString(ResolveOutcome value)
{
    return spell(kOutcomes, value);
}
std::string_view toString(SalesStage value)
{
    return spell(kSalesStages, value);
}
std::string_view toString(QualificationFact value)
{
    return spell(kQualificationFacts, value);
}
std::string_view toString(Role value)
{
    return spell(kRoles, value);
}
std::string_view toString(Presence value)
{
    return spell(kPresences, value);
}
std::string_view toString(ReviewReason value)
{
    return spell(kReviewReasons, value);
}
std::optional<Channel> channelFromString(std::string_view text)
{
    return lookup(kChannels, text);
}
std::optional<ConversationKind> kindFromString(std::string_view text)
{
    return lookup(kKinds, text);
}
std::optional<ConversationStatus> statusFromString(std::string_view text)
{
    return lookup(kStatuses, text);
}
std::optional<Author> authorFromString(std::string_view text)
{
    return lookup(kAuthors, text);
}
std::optional<EscalationReason> escalationReasonFromString(std::string_view text)
{
    return lookup(kReasons, text);
}
std::optional<Visibility> visibilityFromString(std::string_view text)
{
    return lookup(kVisibilities, text);
}
std::optional<ResolveOutcome> outcomeFromString(std::string_view text)
{
    return lookup(kOutcomes, text);
}
std::optional<SalesStage> salesStageFromString(std::string_view text)
{
    return lookup(kSalesStages, text);
}
std::optional<QualificationFact> qualificationFactFromString(std::string_view text)
{
    return lookup(kQualificationFacts, text);
}
std::optional<Role> roleFromString(std::string_view text)
{
    return lookup(kRoles, text);
}
std::optional<Presence> presenceFromString(std::string_view text)
{
    return lookup(kPresences, text);
}
std::optional<ReviewReason> reviewReasonFromString(std::string_view text)
{
    return lookup(kReviewReasons, text);
}

const std::string &reviewReasonNames()
{
    static const std::string names = allowedNames(kReviewReasons);
    return names;
}

} // namespace pilothouse::protocol
