#include "agent/entities.h"

#include "agent/text.h"

#include <algorithm>
#include <array>

namespace pilothouse::server {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

template<typename T> void addUnique(std::vector<T> &list, T value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(std::move(value));
}

/// Order ids: 5-digit numbers after "#", after "order"/"shipment"/"parcel" (optionally "number",
/// "no", "#"), and, failing those, any standalone 5-digit number that is not money.
void findOrderIds(std::string_view text, Entities &out)
{
    const auto lowered = text::lower(text);
    std::vector<std::string> loose;
    for (std::size_t i = 0; i < text.size();) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isDigit(text[end]))
            ++end;
        const bool fiveDigits = end - i == 5;
        // Not part of a word, a price or a decimal ("ab12345", "$12345", "12345.50").
        const bool badBefore
            = i > 0 && (isAlpha(text[i - 1]) || text[i - 1] == '$' || text[i - 1] == '.' || text[i - 1] == ',');
        const bool badAfter = end < text.size()
            && (isAlpha(text[end])
                || ((text[end] == '.' || text[end] == ',') && end + 1 < text.size() && isDigit(text[end + 1])));
        if (fiveDigits && !badBefore && !badAfter) {
            const std::string id(text.substr(i, 5));
            // Look back over spaces, "#", "number", "no", "nr" for an order keyword.
            std::size_t k = i;
            bool hash = false;
            while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '#' || text[k - 1] == ':')) {
                hash = hash || text[k - 1] == '#';
                --k;
            }
            auto before = std::string_view(lowered).substr(0, k);
            for (const char *filler : {"number", "num", "no.", "no", "nr", "id"}) {
                if (before.ends_with(filler)) {
                    before.remove_suffix(std::string_view(filler).size());
                    while (!before.empty() && before.back() == ' ')
                        before.remove_suffix(1);
                    break;
                }
            }
            const bool keyword = before.ends_with("order") || before.ends_with("shipment") || before.ends_with("parcel")
                || before.ends_with("package");
            if (hash || keyword)
                addUnique(out.orderIds, id);
            else
                loose.push_back(id);
        }
        i = end;
    }
    for (auto &id : loose)
        addUnique(out.orderIds, std::move(id));
}

void findEmails(std::string_view text, Entities &out)
{
    auto isLocal = [](char c) { return isAlpha(c) || isDigit(c) || c == '.' || c == '_' || c == '-' || c == '+'; };
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && isLocal(text[begin - 1]))
            --begin;
        std::size_t end = at + 1;
        while (end < text.size() && (isLocal(text[end]) && text[end] != '+'))
            ++end;
        while (end > at + 1 && text[end - 1] == '.')
            --end; // a sentence's full stop is not part of the domain
        const auto domain = text.substr(at + 1, end - at - 1);
        if (begin < at && domain.find('.') != std::string_view::npos && domain.front() != '.')
            addUnique(out.emails, text::lower(text.substr(begin, end - begin)));
    }
}

void findSizes(std::string_view text, Entities &out)
{
    const auto raw = text::rawWords(text);
    const auto words = text::words(text);
    static const std::array<std::pair<const char *, const char *>, 9> kNamed = {{
        {"xxs", "XXS"},
        {"xs", "XS"},
        {"xl", "XL"},
        {"xxl", "XXL"},
        {"xxxl", "XXXL"},
        {"small", "S"},
        {"medium", "M"},
        {"large", "L"},
        {"petite", "XS"},
    }};
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto &w = words[i];
        const bool afterSize = i > 0 && (words[i - 1] == "size" || words[i - 1] == "a" || words[i - 1] == "an");
        if (i > 0 && words[i - 1] == "extra" && (w == "large" || w == "small")) {
            addUnique(out.sizes, std::string(w == "large" ? "XL" : "XS"));
            continue;
        }
        bool named = false;
        for (const auto &[spelling, size] : kNamed) {
            if (w == spelling) {
                addUnique(out.sizes, std::string(size));
                named = true;
            }
        }
        if (named)
            continue;
        // Single letters only when written as sizes ("M", "size l"), never "I'm" or "a".
        if ((raw[i] == "S" || raw[i] == "M" || raw[i] == "L") || (afterSize && (w == "s" || w == "m" || w == "l"))) {
            addUnique(out.sizes,
                text::lower(raw[i]) == "s"       ? std::string("S")
                    : text::lower(raw[i]) == "m" ? std::string("M")
                                                 : std::string("L"));
            continue;
        }
        if (i > 0 && words[i - 1] == "size" && std::all_of(w.begin(), w.end(), isDigit) && w.size() <= 2) {
            std::string size = w;
            if (i + 1 < words.size() && words[i + 1] == "5" && text.find(w + ".5") != std::string_view::npos)
                size += ".5";
            addUnique(out.sizes, size);
        }
    }
}

void findMoney(std::string_view text, Entities &out)
{
    const auto lowered = text::lower(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]) || (i > 0 && (isDigit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')))
            continue;
        std::int64_t whole = 0;
        std::size_t end = i;
        while (end < text.size()
            && (isDigit(text[end])
                || (text[end] == ',' && end + 3 < text.size() && isDigit(text[end + 1]) && isDigit(text[end + 3])))) {
            if (isDigit(text[end]) && whole < 100000000)
                whole = whole * 10 + (text[end] - '0');
            ++end;
        }
        std::int64_t cents = whole * 100;
        if (end + 1 < text.size() && text[end] == '.' && isDigit(text[end + 1])) {
            cents += (text[end + 1] - '0') * 10;
            end += 2;
            if (end < text.size() && isDigit(text[end]))
                cents += text[end++] - '0';
        }
        const auto prefix = lowered.substr(0, i);
        const bool symbol = prefix.ends_with("$") || prefix.ends_with("\xe2\x82\xac") || prefix.ends_with("\xc2\xa3")
            || prefix.ends_with("usd ") || prefix.ends_with("eur ");
        auto suffix = std::string_view(lowered).substr(end);
        while (!suffix.empty() && suffix.front() == ' ')
            suffix.remove_prefix(1);
        const bool word = suffix.starts_with("dollar") || suffix.starts_with("usd") || suffix.starts_with("bucks")
            || suffix.starts_with("euro") || suffix.starts_with("eur") || suffix.starts_with("pound");
        if (symbol || word)
            addUnique(out.amountsCents, cents);
        i = end;
    }
}

void findQuantities(std::string_view text, Entities &out)
{
    const auto words = text::words(text);
    static const std::array<const char *, 14> kUnits = {"unit", "units", "pieces", "pairs", "people", "staff",
        "members", "students", "kids", "employees", "volunteers", "of", "x", "pcs"};
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const auto &w = words[i];
        if (w.empty() || w.size() > 5 || !std::all_of(w.begin(), w.end(), isDigit))
            continue;
        const int value = std::stoi(w);
        if (value < 2 || value >= 100000 || w.size() == 5)
            continue; // 5 digits are order ids
        const auto &next = words[i + 1];
        const bool unit
            = std::find_if(kUnits.begin(), kUnits.end(), [&next](const char *u) { return next == u; }) != kUnits.end();
        const bool noun = next.size() > 3 && next.back() == 's'; // "50 jackets", "30 backpacks"
        if (unit || noun)
            addUnique(out.quantities, value);
    }
}

} // namespace

Entities extractEntities(std::string_view text, const Catalog *catalog)
{
    Entities out;
    findEmails(text, out);
    findOrderIds(text, out);
    findSizes(text, out);
    findMoney(text, out);
    findQuantities(text, out);
    if (catalog)
        out.products = catalog->productsMentioned(text);
    return out;
}

} // namespace pilothouse::server
