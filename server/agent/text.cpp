#include "agent/text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace pilothouse::server::text {
namespace {

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

char lowerByte(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::vector<std::string> split(std::string_view text, bool toLower)
{
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isWordByte(c)) {
            current.push_back(toLower ? lowerByte(text[i]) : text[i]);
            continue;
        }
        // An apostrophe (ASCII or U+2019) between letters continues the word.
        const bool ascii = c == '\'';
        const bool curly = c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
            && static_cast<unsigned char>(text[i + 2]) == 0x99;
        if ((ascii || curly) && !current.empty()) {
            const std::size_t next = i + (curly ? 3 : 1);
            if (next < text.size() && isWordByte(static_cast<unsigned char>(text[next]))) {
                i = next - 1;
                continue;
            }
        }
        if (!current.empty())
            out.push_back(std::move(current));
        current.clear();
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

} // namespace

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lowerByte);
    return out;
}

std::vector<std::string> words(std::string_view text)
{
    return split(text, true);
}

std::vector<std::string> rawWords(std::string_view text)
{
    return split(text, false);
}

std::string stem(std::string_view word)
{
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's' && word[word.size() - 2] != 'u')
        return std::string(word.substr(0, word.size() - 1));
    return std::string(word);
}

bool containsPhrase(const std::vector<std::string> &haystack, std::string_view phrase)
{
    const auto needle = words(phrase);
    if (needle.empty() || needle.size() > haystack.size())
        return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (std::equal(needle.begin(), needle.end(), haystack.begin() + static_cast<std::ptrdiff_t>(i)))
            return true;
    }
    return false;
}

int editDistance(std::string_view a, std::string_view b, int cap)
{
    const auto diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff > static_cast<std::size_t>(cap))
        return cap + 1;
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        int best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > cap)
            return cap + 1;
    }
    return std::min(row[b.size()], cap + 1);
}

std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string formatMoney(std::int64_t cents, std::string_view currency)
{
    const char *symbol = currency == "EUR" ? "\xE2\x82\xAC" : currency == "GBP" ? "\xC2\xA3" : "$";
    const bool negative = cents < 0;
    const auto absolute = negative ? -cents : cents;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s%s%lld.%02lld", negative ? "-" : "", symbol,
        static_cast<long long>(absolute / 100), static_cast<long long>(absolute % 100));
    return buffer;
}

std::string formatDate(std::int64_t millis)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(millis)));
    const year_month_day ymd(day);
    static constexpr const char *kMonths[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const unsigned month = static_cast<unsigned>(ymd.month());
    return std::string(kMonths[(month + 11) % 12]) + ' ' + std::to_string(static_cast<unsigned>(ymd.day()));
}

std::string fill(std::string_view pattern, const std::vector<std::pair<std::string, std::string>> &values)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                const auto key = pattern.substr(i + 1, close - i - 1);
                const auto it
                    = std::find_if(values.begin(), values.end(), [key](const auto &kv) { return kv.first == key; });
                if (it != values.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out.push_back(pattern[i++]);
    }
    return out;
}

} // namespace pilothouse::server::text
