#include "spoken.h"

#include <algorithm>
#include <cctype>

namespace pilothouse::server::whisper {
namespace {

/// Days and months, capitalised as names even in a whisper typed in lower case.
std::string asName(const std::string &word)
{
    const std::string key = keyOf(word);
    const bool name = oneOf(key,
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december"});
    if (!name || word.empty())
        return word;
    std::string out = word;
    const auto letter
        = std::find_if(out.begin(), out.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    if (letter != out.end())
        *letter = static_cast<char>(std::toupper(static_cast<unsigned char>(*letter)));
    return out;
}

/// "he needs" -> "you need" once "he" became "you".
std::string baseForm(const std::string &word)
{
    const std::string key = keyOf(word);
    if (key == "is")
        return "are";
    if (key == "was")
        return "were";
    if (key == "has")
        return "have";
    if (key == "does")
        return "do";
    if (key == "doesn't")
        return "don't";
    if (key == "isn't")
        return "aren't";
    if (key == "wasn't")
        return "weren't";
    if (key == "hasn't")
        return "haven't";
    const bool letters = std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!letters || key.size() < 4 || key.back() != 's' || key.ends_with("ss") || oneOf(key, {"always", "also"}))
        return word;
    if (key.ends_with("ies"))
        return key.substr(0, key.size() - 3) + "y";
    if (key.ends_with("ches") || key.ends_with("shes") || key.ends_with("sses") || key.ends_with("xes")
        || key.ends_with("zes") || key.ends_with("oes"))
        return key.substr(0, key.size() - 2);
    return key.substr(0, key.size() - 1);
}

/// "her" before a noun is "your", otherwise "you".
bool herIsObject(const std::string &nextKey)
{
    return nextKey.empty() || isDeterminer(nextKey) || isEntity(nextKey) || isPhraseBreak(nextKey)
        || oneOf(nextKey, {"know", "back", "up", "free", "express", "one", "two", "three", "extra", "full", "more"});
}

} // namespace

/// The words as said to the customer: the customer is "you", the supervisor speaks as "we",
/// and an order number reads "order #81040". `firstIsThing`: a leading "them" stands for things
/// ("replace them"), not for the customer.
Words spoken(const Tokens &tokens, bool firstIsThing)
{
    Words out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string &k = tokens[i].key;
        const std::string nextKey = i + 1 < tokens.size() ? tokens[i + 1].key : std::string();
        if (oneOf(k, {"them", "him"})) {
            out.push_back(i == 0 && firstIsThing ? tokens[i].text : "you");
        } else if (k == "her") {
            out.push_back(herIsObject(nextKey) ? "you" : "your");
        } else if (oneOf(k, {"their", "his"})) {
            out.push_back("your");
        } else if (oneOf(k, {"theirs", "hers"})) {
            out.push_back("yours");
        } else if (oneOf(k, {"themselves", "himself", "herself"})) {
            out.push_back("yourself");
        } else if (oneOf(k, {"they", "he", "she"})) {
            out.push_back("you");
            if (k != "they" && i + 1 < tokens.size()) {
                out.push_back(baseForm(tokens[i + 1].text));
                ++i;
            }
        } else if (oneOf(k, {"they're", "he's", "she's"})) {
            const bool perfect = nextKey.ends_with("ed") || oneOf(nextKey, {"been", "got", "gone", "done", "had"});
            out.push_back(perfect ? "you've" : "you're");
        } else if (oneOf(k, {"they've"})) {
            out.push_back("you've");
        } else if (oneOf(k, {"they'll", "he'll", "she'll"})) {
            out.push_back("you'll");
        } else if (oneOf(k, {"they'd", "he'd", "she'd"})) {
            out.push_back("you'd");
        } else if (isCustomerNoun(k) || oneOf(k, {"customer's", "client's", "customers'"})) {
            if (!out.empty() && oneOf(keyOf(out.back()), {"the", "this", "our", "that", "a"}))
                out.pop_back();
            out.push_back(k.ends_with("'s") || k.ends_with("s'") ? "your" : "you");
        } else if (k == "i") {
            out.push_back("we");
        } else if (k == "i'll") {
            out.push_back("we'll");
        } else if (k == "i've") {
            out.push_back("we've");
        } else if (k == "i'm") {
            out.push_back("we're");
        } else if (k == "i'd") {
            out.push_back("we'd");
        } else if (k == "me") {
            out.push_back("us");
        } else if (k == "my") {
            out.push_back("our");
        } else if (k == "mine") {
            out.push_back("ours");
        } else if (k.size() > 1 && k.front() == '#' && isDigit(k[1])) {
            const std::string before = out.empty() ? std::string() : keyOf(out.back());
            if (!oneOf(before, {"order", "orders", "no", "no.", "number", "ticket", "case", "item", "invoice"}))
                out.push_back("order");
            out.push_back(tokens[i].text);
        } else {
            out.push_back(asName(tokens[i].text));
        }
    }
    return out;
}

/// "the free replacement" -> "your free replacement", "the warehouse" -> "our warehouse".
void possessivise(Words &words)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (keyOf(words[i]) != "the")
            continue;
        int owner = 0; // 1 the customer's, 2 the shop's
        for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
            const std::string k = keyOf(words[j]);
            if (isPhraseBreak(k) || isDeterminer(k))
                break;
            if (isCompanyNoun(k))
                owner = 2;
            else if (isOwnedNoun(k))
                owner = 1;
        }
        if (owner != 0) {
            const bool capital = !words[i].empty() && words[i].front() == 'T';
            words[i] = owner == 1 ? (capital ? "Your" : "your") : (capital ? "Our" : "our");
        }
    }
}

/// "cancel order #81040" -> "cancel your order #81040": a bare noun of the customer's gets "your".
void ownBareNoun(Words &words)
{
    if (words.empty())
        return;
    const std::string first = keyOf(words.front());
    if (isDeterminer(first) || isEntity(first) || isPhraseBreak(first) || isSubjectPronoun(first)
        || oneOf(first, {"them", "you", "it", "us"}))
        return;
    const std::string second = keyAt(words, 1);
    const bool ownedHead = isOwnedNoun(first) || (!second.empty() && isOwnedNoun(second) && !isPhraseBreak(second));
    if (ownedHead && !isCompanyNoun(first))
        words.insert(words.begin(), "your");
}

bool dropLeading(Words &words, std::initializer_list<std::string_view> keys)
{
    if (words.empty() || !oneOf(keyOf(words.front()), keys))
        return false;
    words.erase(words.begin());
    return true;
}

/// "to you" (or "with you", ...) removed wherever it stands.
void dropPair(Words &words, std::string_view first, std::string_view second)
{
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (keyOf(words[i]) == first && keyOf(words[i + 1]) == second) {
            words.erase(
                words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(i + 2));
            return;
        }
    }
}

/// The noun phrase's head is plural ("your boots are").
bool pluralHead(const Words &words)
{
    std::string head;
    for (const auto &w : words) {
        const std::string k = keyOf(w);
        if (isPhraseBreak(k))
            break;
        head = k;
    }
    return head.size() > 3 && head.back() == 's' && !head.ends_with("ss") && !head.ends_with("us")
        && !oneOf(head, {"this", "its", "yes"});
}

} // namespace pilothouse::server::whisper
