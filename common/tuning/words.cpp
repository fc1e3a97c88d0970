#include "tuning/words.h"

#include <cstdint>

namespace pilothouse::tuning {
namespace {

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// Appends `text[i]` (and the rest of its UTF-8 sequence when it is a two-byte capital this
/// lowers), returning how many bytes were consumed.
std::size_t appendLower(std::string &out, std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
        out.push_back(static_cast<char>(c - 'A' + 'a'));
        return 1;
    }
    if ((c == 0xC3 || c == 0xD0) && i + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        // U+00C0..U+00DE but U+00D7 (×): C3 80..9E -> C3 A0..BE.
        if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
            out.push_back(static_cast<char>(c));
            out.push_back(static_cast<char>(next + 0x20));
            return 2;
        }
        // U+0410..U+042F (А..Я): D0 90..AF -> D0 B0..BF (U+0430..U+043F), D1 80..8F (U+0440..U+044F).
        if (c == 0xD0 && next >= 0x90 && next <= 0xAF) {
            const unsigned lowered = next + 0x20;
            out.push_back(static_cast<char>(lowered <= 0xBF ? 0xD0 : 0xD1));
            out.push_back(static_cast<char>(lowered <= 0xBF ? lowered : lowered - 0x40));
            return 2;
        }
        // U+0401 (Ё): D0 81 -> D1 91 (ё).
        if (c == 0xD0 && next == 0x81) {
            out.push_back(static_cast<char>(0xD1));
            out.push_back(static_cast<char>(0x91));
            return 2;
        }
    }
    out.push_back(static_cast<char>(c));
    return 1;
}

} // namespace

std::string lower(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();)
        i += appendLower(out, text, i);
    return out;
}

std::vector<std::string> splitWords(std::string_view text, bool lowerCase, std::size_t limit)
{
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size() && out.size() < limit;) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isWordByte(c)) {
            if (lowerCase)
                i += appendLower(current, text, i);
            else
                current.push_back(text[i++]);
            continue;
        }
        // An apostrophe (ASCII or U+2019) between letters continues the word.
        const bool ascii = c == '\'';
        const bool curly = c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
            && static_cast<unsigned char>(text[i + 2]) == 0x99;
        if ((ascii || curly) && !current.empty()) {
            const std::size_t next = i + (curly ? 3 : 1);
            if (next < text.size() && isWordByte(static_cast<unsigned char>(text[next]))) {
                i = next;
                continue;
            }
        }
        if (!current.empty())
            out.push_back(std::move(current));
        current.clear();
        ++i;
    }
    if (!current.empty() && out.size() < limit)
        out.push_back(std::move(current));
    return out;
}

} // namespace pilothouse::tuning
