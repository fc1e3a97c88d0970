#include "words.h"

#include <algorithm>
#include <cctype>

namespace pilothouse::server::whisper {
namespace {

/// Punctuation around a word that is not part of it.
bool isWrapping(char c)
{
    return std::string_view("\"'()[]{}.,;:!?*_").find(c) != std::string_view::npos;
}

/// A verb in the past after its subject: "the courier lost it", "the parcel arrived damaged".
bool isPastAfterNoun(const std::string &previous, const std::string &key)
{
    if (previous.empty() || isDeterminer(previous) || isPhraseBreak(previous))
        return false;
    const bool letters = std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return (letters && key.size() > 4 && key.ends_with("ed"))
        || oneOf(key,
            {"lost", "sent", "broke", "went", "came", "left", "got", "took", "gave", "made", "forgot", "sold",
                "shipped", "arrived", "missed", "failed"});
}

} // namespace

bool isSpace(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool oneOf(std::string_view key, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), key) != list.end();
}

/// The word a token stands for: lower case, without the punctuation around it.
std::string keyOf(std::string_view token)
{
    while (!token.empty() && isWrapping(token.front()))
        token.remove_prefix(1);
    while (!token.empty() && isWrapping(token.back()))
        token.remove_suffix(1);
    return lowered(token);
}

/// "boots" -> "boot", "fees" -> "fee"; "address" and "us" stay.
std::string singular(std::string key)
{
    if (key.size() > 3 && key.back() == 's' && !key.ends_with("ss") && !key.ends_with("us"))
        key.pop_back();
    return key;
}

std::string joined(const Words &words, std::size_t from)
{
    std::string out;
    for (std::size_t i = from; i < words.size(); ++i) {
        if (words[i].empty())
            continue;
        if (!out.empty())
            out += ' ';
        out += words[i];
    }
    return out;
}

std::string keyAt(const Words &words, std::size_t i)
{
    return i < words.size() ? keyOf(words[i]) : std::string();
}

Words after(const Words &words, std::size_t n)
{
    return n >= words.size() ? Words {} : Words(words.begin() + static_cast<std::ptrdiff_t>(n), words.end());
}

/// An order number, an amount (in dollars, euros or pounds) or a number: "#81040", "$25", "12".
bool isEntity(std::string_view key)
{
    return !key.empty()
        && (key.front() == '#' || key.front() == '$' || isDigit(key.front()) || key.starts_with("\xE2\x82\xAC")
            || key.starts_with("\xC2\xA3"));
}

Words textsOf(const Tokens &tokens)
{
    Words out;
    out.reserve(tokens.size());
    for (const auto &t : tokens)
        out.push_back(t.text);
    return out;
}

std::string capitalised(std::string text)
{
    if (!text.empty())
        text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
    return text;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/// Things that belong to the customer: "the order" is "your order" when the AI says it.
bool isOwnedNoun(const std::string &key)
{
    const std::string k = singular(key);
    return oneOf(k,
        {"order", "parcel", "package", "shipment", "delivery", "deliverie", "replacement", "refund", "return",
            "exchange", "item", "account", "subscription", "booking", "purchase", "payment", "charge", "fee", "invoice",
            "receipt", "label", "tracking", "shipping", "postage", "money", "balance", "card", "address", "claim",
            "credit", "voucher", "coupon", "code", "discount", "deadline", "window", "size", "cost", "upgrade",
            "repair"});
}

/// Things that belong to the shop: "the warehouse" is "our warehouse".
bool isCompanyNoun(const std::string &key)
{
    const std::string k = singular(key);
    return oneOf(k,
        {"warehouse", "team", "store", "shop", "website", "site", "app", "policy", "policie", "term", "process",
            "stock", "catalog", "catalogue", "sale", "courier", "carrier", "office", "warranty", "guarantee",
            "promotion", "newsletter", "price", "outlet", "depot", "showroom", "helpline"});
}

/// Nouns that make a plain statement news for the customer.
bool isTopicNoun(const std::string &key)
{
    const std::string k = singular(key);
    return isOwnedNoun(key) || isCompanyNoun(key)
        || oneOf(k, {"restock", "dispatch", "collection", "pickup", "product", "model", "colour", "color", "arrival"});
}

/// Words that mark text as meant for operators or the AI, never for the customer.
bool isInternalWord(const std::string &key)
{
    return oneOf(key,
        {"lawyer", "lawyers", "attorney", "solicitor", "legal", "vip", "careful", "carefully", "nice", "nicer",
            "polite", "politely", "rude", "angry", "furious", "upset", "annoyed", "calm", "patient", "gentle", "gently",
            "firm", "firmly", "internal", "internally", "fyi", "btw", "heads-up", "note", "ticket", "jira",
            "supervisor", "manager", "management", "escalated", "fraud", "fraudulent", "chargeback", "scam", "scammer",
            "suspicious", "flagged", "flag", "blacklist", "blacklisted", "banned", "sue", "suing", "lawsuit", "threat",
            "threatened", "threatening", "threatens", "complained", "complains", "complaint", "difficult", "karen",
            "troll", "abusive", "influencer", "journalist", "press", "blogger", "tone", "empathy", "empathetic",
            "de-escalate", "upsell", "margin", "margins", "budget", "bot", "ai", "discretion", "confidential", "secret",
            "secretly", "quietly", "exception", "ceo", "boss", "watch", "monitor", "again", "overpromised", "promised",
            "last", "before", "history", "repeat", "regular", "loyal", "spends", "spent"});
}

/// Words that make a statement a constraint on the AI ("no refunds on sale items").
bool isNegation(const std::string &key)
{
    return oneOf(key,
        {"don't", "dont", "do not", "never", "not", "no", "cannot", "can't", "cant", "won't", "wont", "shouldn't",
            "mustn't", "avoid", "refrain", "stop", "without", "nothing", "none"});
}

/// Words that stand for the customer in a whisper.
bool isCustomerNoun(const std::string &key)
{
    return oneOf(key, {"customer", "client", "buyer", "user", "caller", "shopper", "guy", "lady", "person"});
}

bool isCustomerReference(const std::string &key)
{
    return oneOf(key, {"them", "him", "her", "they", "he", "she", "their", "his"}) || isCustomerNoun(key);
}

bool isDeterminer(const std::string &key)
{
    return oneOf(key,
        {"a", "an", "the", "some", "any", "another", "this", "that", "these", "those", "your", "our", "their", "his",
            "her", "my", "every", "each", "all", "both"});
}

/// Words that end a noun phrase when looking for its head noun.
bool isPhraseBreak(const std::string &key)
{
    return oneOf(key,
        {"of", "for", "to", "on", "in", "with", "at", "by", "from", "about", "and", "or", "that", "which", "who", "is",
            "are", "was", "were", "will", "has", "have", "had", "be", "been", "as", "if", "so", "until", "before",
            "after", "today", "tomorrow", "now"});
}

bool isAuxiliary(const std::string &key)
{
    if (oneOf(key,
            {"is", "are", "was", "were", "will", "won't", "can", "can't", "could", "would", "should", "has", "have",
                "had", "does", "did", "do", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "didn't",
                "doesn't", "may", "might", "must", "shall", "be", "been", "being"}))
        return true;
    const auto apostrophe = key.find('\'');
    return apostrophe != std::string::npos && apostrophe > 0
        && oneOf(key.substr(apostrophe), {"'s", "'re", "'ll", "'ve", "'d", "'m"});
}

bool isWhWord(const std::string &key)
{
    return oneOf(key, {"how", "when", "where", "why", "what", "which", "who", "whether", "if"});
}

bool isSubjectPronoun(const std::string &key)
{
    return oneOf(key,
        {"you", "we", "it", "there", "they", "i", "he", "she", "you're", "we're", "it's", "there's", "you'll", "we'll",
            "it'll", "you've", "we've", "we'd", "you'd"});
}

/// A verb in -s after a noun: "your parcel ships", "the warehouse reopens".
bool isVerbAfterNoun(const std::string &previous, const std::string &key)
{
    const bool letters = std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return letters && key.size() > 3 && key.back() == 's' && !key.ends_with("ss") && !isTopicNoun(key)
        && isTopicNoun(previous);
}

/// "we're sending a new one" rather than "a new pair of boots".
bool looksLikeClause(const Words &words)
{
    if (words.empty())
        return false;
    if (isSubjectPronoun(keyOf(words.front())))
        return true;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string k = keyOf(words[i]);
        if (isAuxiliary(k)
            || (i > 0 && (isPastAfterNoun(keyOf(words[i - 1]), k) || isVerbAfterNoun(keyOf(words[i - 1]), k))))
            return true;
    }
    return false;
}

} // namespace pilothouse::server::whisper
