#include "agent/text.h"

#include "tuning/words.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace pilothouse::server::text {
std::string lower(std::string_view text)
{
    return tuning::lower(text);
}

std::vector<std::string> words(std::string_view text)
{
    return tuning::splitWords(text, true);
}

std::vector<std::string> rawWords(std::string_view text)
{
    return tuning::splitWords(text, false);
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
