#pragma once
// The brand voice applied to a reply: openers, stock phrases and the handover wording per tone
// preset, the emoji policy and the sign-off. Variants are chosen by a stable hash of the
// conversation, so the same input always gets the same wording.

#include "agent/agent.h"

#include <cstdint>
#include <string>

namespace pilothouse::server {

enum class StockPhrase { Sorry, AnythingElse, Welcome, Goodbye, HowCanIHelp, NotSure };

/// Wording of one BrandVoice.
class VoiceStyle {
public:
    explicit VoiceStyle(const BrandVoice &voice);

    /// "Hi Maya! I'm Ava." on the first AI turn, "Hi Maya!" later.
    std::string opener(const std::string &firstName, bool firstAiTurn, std::uint64_t seed) const;
    std::string phrase(StockPhrase which, std::uint64_t seed) const;
    std::string handover(const std::string &firstName) const;
    /// Adds the sign-off (and nothing else) to a finished reply.
    std::string finish(std::string reply) const;

private:
    int toneIndex() const;

    BrandVoice m_voice;
};

/// "Maya" from "Maya Patel"; "there" when the name is empty.
std::string firstNameOf(const std::string &fullName);

} // namespace pilothouse::server
