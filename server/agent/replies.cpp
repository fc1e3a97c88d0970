#include "agent/replies.h"

#include "agent/text.h"

#include <array>

namespace pilothouse::server {
namespace {

// Index by tone: friendly, professional, playful, sophisticated.
using ByTone = std::array<std::array<const char *, 2>, 4>;

constexpr ByTone kOpeners = {{
    {"Hi {name}!", "Hey {name}!"},
    {"Hello {name},", "Good to hear from you, {name}."},
    {"Hey hey, {name}!", "Hiya {name}!"},
    {"Good day, {name}.", "Thank you for reaching out, {name}."},
}};
constexpr std::array<const char *, 4> kIntroductions = {
    "I'm {persona} and I'll help you with this.",
    "This is {persona} from the customer care team.",
    "{persona} here, at your service!",
    "My name is {persona}; it is my pleasure to assist you.",
};
constexpr std::array<ByTone, 6> kPhrases = {{
    // Sorry
    {{{"I'm really sorry about that.", "So sorry for the trouble."},
        {"I apologise for the inconvenience.", "I am sorry for the trouble this has caused."},
        {"Oh no, that's not the adventure you signed up for. Sorry!", "Yikes, sorry about that!"},
        {"Please accept my sincere apologies.", "I do apologise; that is not the experience we intend."}}},
    // AnythingElse
    {{{"Anything else I can help with?", "Is there anything else I can do for you?"},
        {"Please let me know if there is anything else I can do.", "Is there anything further I can help with?"},
        {"What else can I help you with?", "Anything else on your list?"},
        {"Should you need anything further, I am at your disposal.", "May I assist with anything else?"}}},
    // Welcome
    {{{"You're very welcome!", "Happy to help!"}, {"You are welcome.", "Glad I could help."},
        {"Anytime!", "My pleasure, truly!"}, {"It was my pleasure.", "You are most welcome."}}},
    // Goodbye
    {{{"Have a great day!", "Enjoy the outdoors!"}, {"Have a good day.", "Thank you for contacting us."},
        {"Happy trails!", "Go have fun out there!"},
        {"Wishing you a splendid day.", "With warm regards until next time."}}},
    // HowCanIHelp
    {{{"How can I help today?", "What can I do for you?"}, {"How may I help you today?", "What can I help you with?"},
        {"What's up? How can I help?", "What can I do for you today?"},
        {"How may I be of assistance?", "How may I help you today?"}}},
    // NotSure
    {{{"I want to be sure I get this right. Could you tell me a little more?",
          "I'm not completely sure what you need. Could you say a bit more?"},
        {"To help you accurately, could you give me a few more details?",
            "Could you clarify your request so I can help accurately?"},
        {"Hmm, I'm not quite following. Tell me a bit more?", "Help me out: what do you need exactly?"},
        {"Might I ask for a little more detail, so that I can assist you properly?",
            "Could you elaborate slightly, so that I may assist you precisely?"}}},
}};
constexpr std::array<const char *, 4> kHandovers = {
    "I'm bringing in one of my teammates who can sort this out for you; they'll be with you shortly.",
    "I am transferring this conversation to a member of our support team, who will continue from here.",
    "This one needs a human touch, so I'm calling in a teammate. Hang tight, they'll be right with you!",
    "Allow me to hand you over to one of our specialists, who will attend to you personally.",
};
// The emoji policy: one, at the end of the opener, chosen to fit the tone.
constexpr std::array<const char *, 4> kEmoji = {
    "\xF0\x9F\x99\x82", // slightly smiling face
    "\xF0\x9F\x99\x82",
    "\xF0\x9F\x91\x8B", // waving hand
    "\xE2\x9C\xA8", // sparkles
};

} // namespace

std::string firstNameOf(const std::string &fullName)
{
    const auto space = fullName.find(' ');
    if (fullName.empty())
        return "there";
    return space == std::string::npos ? fullName : fullName.substr(0, space);
}

VoiceStyle::VoiceStyle(const BrandVoice &voice)
    : m_voice(voice)
{ }

int VoiceStyle::toneIndex() const
{
    if (m_voice.tone == "professional")
        return 1;
    if (m_voice.tone == "playful")
        return 2;
    if (m_voice.tone == "sophisticated")
        return 3;
    return 0;
}

std::string VoiceStyle::opener(const std::string &firstName, bool firstAiTurn, std::uint64_t seed) const
{
    const auto tone = static_cast<std::size_t>(toneIndex());
    const std::vector<std::pair<std::string, std::string>> values = {{"name", firstName}, {"persona", m_voice.persona}};
    std::string out = text::fill(kOpeners[tone][seed % 2], values);
    if (m_voice.emoji)
        out += std::string(" ") + kEmoji[tone];
    if (firstAiTurn && !m_voice.persona.empty())
        out += ' ' + text::fill(kIntroductions[tone], values);
    return out;
}

std::string VoiceStyle::phrase(StockPhrase which, std::uint64_t seed) const
{
    return kPhrases[static_cast<std::size_t>(which)][static_cast<std::size_t>(toneIndex())][seed % 2];
}

std::string VoiceStyle::handover(const std::string &firstName) const
{
    const std::string pattern
        = m_voice.handover.empty() ? kHandovers[static_cast<std::size_t>(toneIndex())] : m_voice.handover;
    return text::fill(pattern, {{"name", firstName}, {"persona", m_voice.persona}});
}

std::string VoiceStyle::finish(std::string reply) const
{
    if (!m_voice.signOff.empty())
        reply += "\n" + m_voice.signOff;
    return reply;
}

} // namespace pilothouse::server
