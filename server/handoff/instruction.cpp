#include "instruction.h"

#include <array>
#include <cctype>
#include <utility>

namespace pilothouse::server {
namespace {

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && (isSpace(text.back()) || text.back() == '.' || text.back() == '!'))
        text.remove_suffix(1);
    return std::string(text);
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Imperative openings a supervisor writes, and how the AI says the same thing to the customer.
/// Longer prefixes first so "tell them that" wins over "tell them".
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kOpenings {{
    {"tell them that ", ""},
    {"tell the customer that ", ""},
    {"let them know that ", ""},
    {"let them know ", ""},
    {"tell them ", ""},
    {"mention that ", ""},
    {"mention ", "I should mention "},
    {"say that ", ""},
    {"offer them ", "I can offer you "},
    {"offer ", "I can offer you "},
    {"apologize for ", "I'm sorry for "},
    {"apologise for ", "I'm sorry for "},
    {"suggest ", "I'd suggest "},
    {"recommend ", "I'd recommend "},
    {"give them ", "I can give you "},
    {"ask for ", "Could you share "},
}};

} // namespace

std::string followInstruction(std::string_view instruction)
{
    const std::string text = trimmed(instruction);
    if (text.empty())
        return {};
    const std::string lower = lowered(text);
    std::string sentence;
    bool matched = false;
    for (const auto &[opening, spoken] : kOpenings) {
        if (lower.starts_with(opening)) {
            sentence = std::string(spoken) + text.substr(opening.size());
            matched = true;
            break;
        }
    }
    if (!matched) {
        // Not an instruction form we know: pass on the substance as the team's update, lower-cased
        // at the start so it reads as part of the AI's sentence rather than a pasted note.
        std::string body = text;
        body[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(body[0])));
        sentence = "I've just checked with my team: " + body;
    }
    sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
    const bool question = sentence.starts_with("Could you");
    return sentence + (question ? "?" : ".");
}

} // namespace pilothouse::server
