#include "instruction.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <vector>

// How a whisper becomes the AI's own words:
//  1. The text is cut into sentences (. ! ? ; and line breaks) and each sentence into clauses (at
//     commas and colons, and at "and", "then" and "but").
//  2. Each clause, once fillers such as "please" or "can you" are dropped, is an instruction (it
//     starts with a verb we know: "offer", "confirm", "tell them", ...), a constraint (it starts
//     with "don't", "never", ...) or a statement. A statement right after an instruction that
//     reads as more of its object ("offer a voucher, free shipping and a tote bag") joins it.
//  3. An instruction is said as what the AI does for the customer, in sentences of its own, with
//     the customer addressed as "you" ("their order" -> "your order", "them" -> "you"). A
//     constraint is followed silently. A statement is passed on only when it is plainly news for
//     the customer ("Warehouse reopens Monday"); anything that reads as meant for operators (the
//     customer described in the third person, "VIP", "lawyer", "be nice", ...) is not said.
//  4. Whatever is said never repeats the whisper's own instruction wording: no run of four words
//     (three at the end of the whisper) that starts at one of its verbs. A wording that would is
//     replaced by another; when none is left the clause is not said.

namespace pilothouse::server {
namespace {

using Words = std::vector<std::string>;

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

std::string replaceAll(std::string text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

bool oneOf(std::string_view key, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), key) != list.end();
}

/// Punctuation around a word that is not part of it.
bool isWrapping(char c)
{
    return std::string_view("\"'()[]{}.,;:!?*_").find(c) != std::string_view::npos;
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

std::string joined(const Words &words, std::size_t from = 0)
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

// ---------------------------------------------------------------------------------------------
// Tokens, sentences and clauses

struct Token {
    std::string text; ///< As written, without the punctuation that ends a clause or sentence.
    std::string key;
    std::size_t index = 0; ///< Position among the whisper's words.
};
using Tokens = std::vector<Token>;

enum class Joiner { None, Comma, Colon, And, Then, But };

struct Clause {
    Tokens tokens;
    Joiner joiner = Joiner::None; ///< How it follows the clause before it in the sentence.
    bool question = false; ///< Its sentence ends in "?".
};

struct Sentence {
    std::vector<Clause> clauses;
};

/// The whisper's words (keys) in order, and its sentences cut into clauses.
struct Parsed {
    Words words;
    std::vector<Sentence> sentences;
};

Parsed parse(std::string_view instruction)
{
    std::string text(instruction);
    // Typographic quotes and apostrophes as plain ones; quotes and emphasis marks are dropped.
    text = replaceAll(std::move(text), "\xE2\x80\x99", "'");
    text = replaceAll(std::move(text), "\xE2\x80\x98", "'");
    text = replaceAll(std::move(text), "\xE2\x80\x9C", "");
    text = replaceAll(std::move(text), "\xE2\x80\x9D", "");
    text = replaceAll(std::move(text), "\xE2\x80\x94", " - ");
    text = replaceAll(std::move(text), "\xE2\x80\x93", " - ");
    text.erase(
        std::remove_if(text.begin(), text.end(), [](char c) { return c == '"' || c == '*' || c == '`'; }), text.end());

    Parsed parsed;
    Sentence sentence;
    Clause clause;
    const auto closeClause = [&](Joiner following) {
        if (!clause.tokens.empty()) {
            sentence.clauses.push_back(std::move(clause));
            clause = Clause {};
            clause.joiner = following;
        } else if (following != Joiner::Comma) {
            clause.joiner = following; // ", and" is one joint: the word wins over the comma
        }
    };
    const auto closeSentence = [&](bool question) {
        closeClause(Joiner::None);
        for (auto &c : sentence.clauses)
            c.question = question;
        if (!sentence.clauses.empty())
            parsed.sentences.push_back(std::move(sentence));
        sentence = Sentence {};
        clause = Clause {};
    };

    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '\n') {
            closeSentence(false);
            ++at;
            continue;
        }
        if (isSpace(text[at])) {
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        std::string raw = text.substr(at, end - at);
        at = end;
        if (raw == "-" || raw == "--") {
            closeClause(Joiner::Comma);
            continue;
        }
        // What ends the token: a sentence end, or a clause boundary.
        std::string tail;
        while (!raw.empty() && std::string_view(".!?,;:)]").find(raw.back()) != std::string_view::npos) {
            tail.insert(tail.begin(), raw.back());
            raw.pop_back();
        }
        // Closing brackets belong to the word.
        while (!tail.empty() && (tail.front() == ')' || tail.front() == ']')) {
            raw.push_back(tail.front());
            tail.erase(tail.begin());
        }
        const std::string lowerRaw = lowered(raw);
        if (tail.starts_with('.') && oneOf(lowerRaw, {"e.g", "i.e", "etc", "approx", "no", "vs", "mr", "mrs", "ms"})) {
            raw += '.';
            tail.erase(tail.begin());
        }
        std::string key = keyOf(raw);
        if (!key.empty()) {
            if (oneOf(key, {"and", "&"}) && !clause.tokens.empty()) {
                closeClause(Joiner::And);
            } else if (key == "then" && !clause.tokens.empty()) {
                closeClause(Joiner::Then);
            } else if (key == "but" && !clause.tokens.empty()) {
                closeClause(Joiner::But);
            } else if (oneOf(key, {"and", "&", "then", "but"})) {
                clause.joiner = key == "then" ? Joiner::Then : key == "but" ? Joiner::But : Joiner::And;
            } else {
                clause.tokens.push_back({raw, key, parsed.words.size()});
            }
            parsed.words.push_back(std::move(key));
        }
        if (tail.find_first_of(".!?;") != std::string::npos)
            closeSentence(tail.find('?') != std::string::npos);
        else if (tail.find(':') != std::string::npos)
            closeClause(Joiner::Colon);
        else if (tail.find(',') != std::string::npos)
            closeClause(Joiner::Comma);
    }
    closeSentence(false);
    return parsed;
}

Words textsOf(const Tokens &tokens)
{
    Words out;
    out.reserve(tokens.size());
    for (const auto &t : tokens)
        out.push_back(t.text);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Speaking to the customer

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

/// The words as said to the customer: the customer is "you", the supervisor speaks as "we",
/// and an order number reads "order #81040". `firstIsThing`: a leading "them" stands for things
/// ("replace them"), not for the customer.
Words spoken(const Tokens &tokens, bool firstIsThing = false)
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

std::string capitalised(std::string text)
{
    if (!text.empty())
        text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
    return text;
}

// ---------------------------------------------------------------------------------------------
// Instructions

enum class Verb {
    Confirm,
    Offer,
    Apologise,
    Refund,
    Replace,
    Swap,
    Escalate,
    Tell,
    Say,
    Mention,
    Remind,
    Ask,
    Suggest,
    Recommend,
    Give,
    Issue,
    Waive,
    Extend,
    Upgrade,
    Expedite,
    Ship,
    Send,
    Resend,
    Cancel,
    Check,
    Promise,
    Reassure,
    Explain,
    Thank,
    Credit,
    Add,
    Approve,
    Apply,
    Process,
    Arrange,
    Call,
    FollowUp,
    GetBack,
    Honour,
    KeepUpdated,
    Let,
    MakeSure,
    Help,
};

struct VerbMatch {
    Verb verb;
    std::size_t length; ///< Tokens the verb takes, e.g. 3 for "let them know".
    std::string word; ///< The verb as written, lower case ("email" for Verb::Send).
};

std::optional<VerbMatch> matchVerb(const Tokens &t)
{
    if (t.empty())
        return std::nullopt;
    const std::string &k = t[0].key;
    const std::string k1 = t.size() > 1 ? t[1].key : std::string();
    const std::string k2 = t.size() > 2 ? t[2].key : std::string();
    const bool customerNext = isCustomerReference(k1) || (k1 == "the" && isCustomerNoun(k2));
    // Several words first.
    if (k == "let" && customerNext) {
        const std::size_t know = k1 == "the" ? 3 : 2;
        if (t.size() > know && t[know].key == "know")
            return VerbMatch {Verb::Tell, know + 1, "let"};
        return VerbMatch {Verb::Let, know, "let"};
    }
    if (k == "keep" && customerNext) {
        const std::size_t state = k1 == "the" ? 3 : 2;
        if (t.size() > state && oneOf(t[state].key, {"updated", "posted", "informed"}))
            return VerbMatch {Verb::KeepUpdated, state + 1, "keep"};
        return std::nullopt;
    }
    if (k == "say" && oneOf(k1, {"sorry"}))
        return VerbMatch {Verb::Apologise, 2, "say"};
    if (k == "follow" && k1 == "up")
        return VerbMatch {Verb::FollowUp, 2, "follow"};
    if (k == "follow-up")
        return VerbMatch {Verb::FollowUp, 1, k};
    if (k == "get" && k1 == "back")
        return VerbMatch {Verb::GetBack, 2, "get"};
    if ((k == "look" && k1 == "into") || (k == "find" && k1 == "out"))
        return VerbMatch {Verb::Check, 2, k};
    if (k == "make" && k1 == "sure")
        return VerbMatch {Verb::MakeSure, 2, "make"};
    if (k == "speed" && k1 == "up")
        return VerbMatch {Verb::Expedite, 2, "speed"};
    if (k == "set" && k1 == "up")
        return VerbMatch {Verb::Arrange, 2, "set"};
    if (k == "point" && k1 == "out")
        return VerbMatch {Verb::Mention, 2, "point"};
    if (k == "pass" && k1 == "on")
        return VerbMatch {Verb::Say, 2, "pass"};
    if (k == "send" && k1 == "out")
        return VerbMatch {Verb::Send, 2, "send"};
    struct Single {
        std::string_view word;
        Verb verb;
    };
    static constexpr std::array kSingle {
        Single {"confirm", Verb::Confirm},
        Single {"offer", Verb::Offer},
        Single {"apologise", Verb::Apologise},
        Single {"apologize", Verb::Apologise},
        Single {"apologies", Verb::Apologise},
        Single {"sorry", Verb::Apologise},
        Single {"refund", Verb::Refund},
        Single {"reimburse", Verb::Refund},
        Single {"replace", Verb::Replace},
        Single {"exchange", Verb::Swap},
        Single {"swap", Verb::Swap},
        Single {"escalate", Verb::Escalate},
        Single {"tell", Verb::Tell},
        Single {"inform", Verb::Tell},
        Single {"notify", Verb::Tell},
        Single {"advise", Verb::Tell},
        Single {"say", Verb::Say},
        Single {"mention", Verb::Mention},
        Single {"highlight", Verb::Mention},
        Single {"remind", Verb::Remind},
        Single {"ask", Verb::Ask},
        Single {"request", Verb::Ask},
        Single {"suggest", Verb::Suggest},
        Single {"propose", Verb::Suggest},
        Single {"recommend", Verb::Recommend},
        Single {"give", Verb::Give},
        Single {"provide", Verb::Give},
        Single {"grant", Verb::Give},
        Single {"issue", Verb::Issue},
        Single {"waive", Verb::Waive},
        Single {"extend", Verb::Extend},
        Single {"upgrade", Verb::Upgrade},
        Single {"expedite", Verb::Expedite},
        Single {"rush", Verb::Expedite},
        Single {"prioritise", Verb::Expedite},
        Single {"prioritize", Verb::Expedite},
        Single {"fast-track", Verb::Expedite},
        Single {"ship", Verb::Ship},
        Single {"dispatch", Verb::Ship},
        Single {"send", Verb::Send},
        Single {"email", Verb::Send},
        Single {"e-mail", Verb::Send},
        Single {"mail", Verb::Send},
        Single {"post", Verb::Send},
        Single {"text", Verb::Send},
        Single {"resend", Verb::Resend},
        Single {"reship", Verb::Resend},
        Single {"cancel", Verb::Cancel},
        Single {"check", Verb::Check},
        Single {"double-check", Verb::Check},
        Single {"verify", Verb::Check},
        Single {"investigate", Verb::Check},
        Single {"promise", Verb::Promise},
        Single {"guarantee", Verb::Promise},
        Single {"reassure", Verb::Reassure},
        Single {"assure", Verb::Reassure},
        Single {"explain", Verb::Explain},
        Single {"clarify", Verb::Explain},
        Single {"thank", Verb::Thank},
        Single {"credit", Verb::Credit},
        Single {"add", Verb::Add},
        Single {"approve", Verb::Approve},
        Single {"authorise", Verb::Approve},
        Single {"authorize", Verb::Approve},
        Single {"apply", Verb::Apply},
        Single {"process", Verb::Process},
        Single {"arrange", Verb::Arrange},
        Single {"organise", Verb::Arrange},
        Single {"organize", Verb::Arrange},
        Single {"book", Verb::Arrange},
        Single {"schedule", Verb::Arrange},
        Single {"call", Verb::Call},
        Single {"phone", Verb::Call},
        Single {"ring", Verb::Call},
        Single {"honour", Verb::Honour},
        Single {"honor", Verb::Honour},
        Single {"ensure", Verb::MakeSure},
        Single {"help", Verb::Help},
    };
    for (const auto &single : kSingle) {
        if (single.word == k) {
            // "advise them to" recommends; "advise them that" tells.
            if (single.verb == Verb::Tell && k == "advise") {
                const std::size_t to = customerNext ? (k1 == "the" ? 3 : 2) : 1;
                if (t.size() > to && t[to].key == "to")
                    return VerbMatch {Verb::Suggest, 1, k};
            }
            return VerbMatch {single.verb, 1, k};
        }
    }
    return std::nullopt;
}

/// Verbs whose first "them" is things ("replace them"), not the customer.
bool takesThings(Verb verb)
{
    switch (verb) {
    case Verb::Replace:
    case Verb::Swap:
    case Verb::Cancel:
    case Verb::Check:
    case Verb::Expedite:
    case Verb::Waive:
    case Verb::Extend:
    case Verb::Process:
    case Verb::Approve:
    case Verb::Apply:
    case Verb::Resend:
    case Verb::Confirm:
    case Verb::Honour:
        return true;
    default:
        return false;
    }
}

struct Said {
    std::vector<std::string> wordings; ///< Best first.
    bool question = false;
};

Said say(std::initializer_list<std::string> wordings, bool question = false)
{
    Said said;
    for (const auto &w : wordings) {
        if (!w.empty())
            said.wordings.push_back(w);
    }
    said.question = question;
    return said;
}

std::string with(std::string_view lead, const Words &words, std::string_view trail = {})
{
    std::string out(lead);
    const std::string body = joined(words);
    if (!body.empty())
        out += (out.empty() ? "" : " ") + body;
    if (!trail.empty())
        out += trail;
    return out;
}

Said mention(Words o);

/// What "tell them ..." says: the content itself, in the AI's voice.
Said content(Words o)
{
    dropLeading(o, {"you"});
    dropLeading(o, {"that"});
    // "pass on our apologies", "say our thanks"
    if (keyAt(o, 0) == "our" && oneOf(keyAt(o, 1), {"apologies", "sorry", "thanks"}))
        o.erase(o.begin());
    if (o.empty())
        return {};
    const std::string first = keyOf(o.front());
    if (first == "about")
        return mention(after(o, 1));
    if (first == "not" && keyAt(o, 1) == "to")
        return say({with("Please don't", after(o, 2))});
    if (first == "to" && o.size() > 1)
        return say({with("Please", after(o, 1))});
    if (first == "sorry" || first == "apologies")
        return say({with("I'm sorry", after(o, 1))});
    if (oneOf(first, {"thanks", "thank"})) {
        Words rest = after(o, first == "thank" ? 2 : 1);
        possessivise(rest);
        return say({rest.empty() ? std::string("Thank you so much") : with("Thank you", rest)});
    }
    if (oneOf(first, {"hi", "hello", "hey"}))
        return say({"Hello"});
    possessivise(o);
    if (isWhWord(first))
        return say({with("I can tell you", o)});
    if (!looksLikeClause(o))
        return mention(std::move(o));
    return say({capitalised(joined(o))});
}

Said mention(Words o)
{
    dropPair(o, "to", "you");
    dropLeading(o, {"that"});
    if (o.empty())
        return {};
    if (looksLikeClause(o))
        return content(std::move(o));
    possessivise(o);
    return say({with("It's also worth knowing about", o)});
}

/// "#81040 to the billing team" -> "order #81040".
std::string escalated(const Words &o)
{
    const auto to = std::find_if(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "to"; });
    Words what(o.begin(), to);
    if (what.empty() || (what.size() == 1 && oneOf(keyOf(what.front()), {"this", "it", "that", "you"})))
        return "this";
    possessivise(what);
    return joined(what);
}

/// "to the billing team" -> "our billing team".
std::string teamOf(Words o)
{
    const auto to = std::find_if(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "to"; });
    if (to == o.end())
        return "a specialist on our team";
    Words team(to + 1, o.end());
    if (team.empty())
        return "a specialist on our team";
    const std::string first = keyOf(team.front());
    if (oneOf(first, {"a", "an"}))
        return joined(team);
    if (oneOf(first, {"the", "our", "your"}))
        team.erase(team.begin());
    const std::string last = keyAt(team, team.size() - 1);
    const bool named = oneOf(singular(last), {"team", "department", "specialist", "desk"});
    return "our " + joined(team) + (named ? "" : " team");
}

Said render(const VerbMatch &verb, Tokens object, bool hadYou)
{
    Words o = spoken(object, takesThings(verb.verb));
    switch (verb.verb) {
    case Verb::Confirm: {
        dropLeading(o, {"you"});
        if (dropLeading(o, {"that"})) {
            possessivise(o);
            return o.empty() ? Said {} : say({with("I can confirm", o)});
        }
        if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this", "that"})))
            return say({"That's confirmed"});
        ownBareNoun(o);
        possessivise(o);
        return say({with("I can confirm", o), with("That's confirmed for you:", o)});
    }
    case Verb::Offer: {
        dropLeading(o, {"you"});
        if (o.empty())
            return {};
        if (keyAt(o, 0) == "to" && o.size() > 1)
            return say({with("I'd be happy to", after(o, 1))});
        if (hadYou)
            return say({with("I'd like to give you", o)});
        return say({with("I can offer you", o), with("I'd like to give you", o)});
    }
    case Verb::Apologise: {
        dropPair(o, "to", "you");
        dropLeading(o, {"you"});
        possessivise(o);
        const std::string lead = keyAt(o, 0);
        if (o.empty() || (o.size() == 1 && oneOf(lead, {"for", "about", "that"})))
            return say({"I'm really sorry about this"});
        if (oneOf(lead, {"for", "about", "that"}))
            return say({with("I'm sorry " + lead, after(o, 1))});
        return looksLikeClause(o) ? say({with("I'm sorry that", o)}) : say({with("I'm sorry about", o)});
    }
    case Verb::Refund: {
        dropLeading(o, {"you"});
        if (o.empty())
            return say({"I'll refund you", "You'll get a refund"});
        if (oneOf(keyAt(o, 0), {"it", "them", "this"}))
            return say({with("I'll refund", o, " for you"), with("You'll get a refund for", o)});
        possessivise(o);
        if (keyAt(o, 0) == "your")
            return say({with("I'll refund", o), with("You'll get a refund for", o)});
        return say({with("I'll refund you", o), with("You'll be refunded", o)});
    }
    case Verb::Replace: {
        possessivise(o);
        ownBareNoun(o);
        if (o.empty())
            return say({"I'll send you a replacement"});
        const auto by = std::find_if(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "with"; });
        if (by != o.begin() && by != o.end() && by + 1 != o.end())
            return say({with("I'll send you", Words(by + 1, o.end()), " in place of " + joined(Words(o.begin(), by)))});
        return say({with("I'll send you a replacement for", o)});
    }
    case Verb::Swap: {
        possessivise(o);
        ownBareNoun(o);
        if (o.empty())
            return say({"I can swap it for you"});
        return verb.word == "swap" ? say({with("I can exchange", o), with("I can switch", o)})
                                   : say({with("I can swap", o), with("I can switch", o)});
    }
    case Verb::Escalate: {
        return say({"I'm passing " + escalated(o) + " to " + teamOf(o) + ", who will follow up with you"});
    }
    case Verb::Tell:
    case Verb::Say:
        dropPair(o, "to", "you");
        return content(std::move(o));
    case Verb::Mention:
        return mention(std::move(o));
    case Verb::Remind: {
        dropLeading(o, {"you"});
        possessivise(o);
        if (o.empty())
            return {};
        const std::string lead = keyAt(o, 0);
        if (oneOf(lead, {"to", "that"}))
            return say({with("Just a reminder " + lead, after(o, 1))});
        if (oneOf(lead, {"about", "of"}))
            return say({with("Just a reminder about", after(o, 1))});
        return looksLikeClause(o) ? say({with("Just a reminder that", o)}) : say({with("Just a reminder about", o)});
    }
    case Verb::Ask: {
        dropLeading(o, {"you"});
        possessivise(o);
        if (o.empty())
            return {};
        const std::string lead = keyAt(o, 0);
        Words rest = after(o, 1);
        if (lead == "for")
            return rest.empty() ? Said {} : say({with("Could you share", rest)}, true);
        if (lead == "to")
            return rest.empty() ? Said {} : say({with("Could you", rest)}, true);
        if (oneOf(lead, {"whether", "if"}))
            return say({with("Could you let me know", o)}, true);
        if (isWhWord(lead))
            return say({with("Could you tell me", o)}, true);
        if (lead == "about")
            return rest.empty() ? Said {} : say({with("Could you tell me more about", rest)}, true);
        return say({with("Could you share", o)}, true);
    }
    case Verb::Suggest:
    case Verb::Recommend: {
        dropPair(o, "to", "you");
        dropLeading(o, {"you"});
        possessivise(o);
        if (o.empty())
            return {};
        if (keyAt(o, 0) == "to" && o.size() > 1)
            return say({with("I'd recommend that you", after(o, 1))});
        return verb.verb == Verb::Recommend ? say({with("I'd suggest", o), with("My suggestion would be", o)})
                                            : say({with("I'd recommend", o), with("My recommendation would be", o)});
    }
    case Verb::Give: {
        dropLeading(o, {"you"});
        dropLeading(o, {"with"});
        if (o.empty())
            return {};
        return say({with("I can give you", o), with("You can have", o)});
    }
    case Verb::Issue: {
        dropLeading(o, {"you"});
        if (o.empty())
            return {};
        return say({with("I'll arrange", o, " for you"), with("You'll get", o)});
    }
    case Verb::Waive: {
        possessivise(o);
        ownBareNoun(o);
        if (o.empty())
            return {};
        return say({with("I'll waive", o), with("You won't be charged", o)});
    }
    case Verb::Extend: {
        dropLeading(o, {"you"});
        possessivise(o);
        ownBareNoun(o);
        if (o.empty())
            return {};
        if (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"}))
            return say({"I can extend it for you"});
        return say({with("I can extend", o), with("I can give you an extension on", o)});
    }
    case Verb::Upgrade: {
        dropLeading(o, {"you"});
        possessivise(o);
        if (o.empty())
            return say({"I can give you an upgrade"});
        if (keyAt(o, 0) == "to")
            return say({with("I can upgrade you", o), with("I can move you up", o)});
        if (keyAt(o, 0) == "your")
            return say({with("I can upgrade", o), with("I can give you an upgrade on", o)});
        ownBareNoun(o);
        if (keyAt(o, 0) == "your")
            return say({with("I can upgrade", o), with("I can give you an upgrade on", o)});
        return say({with("I can upgrade you to", o), with("I can move you up to", o)});
    }
    case Verb::Expedite: {
        possessivise(o);
        ownBareNoun(o);
        if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
            return say({"I'll put a rush on your order"});
        return say({with("I'll put a rush on", o), with("I'll make sure we speed up", o)});
    }
    case Verb::Ship: {
        dropLeading(o, {"you"});
        // "ship it express": how fast is what the customer hears about.
        const auto fast = std::find_if(o.begin(), o.end(), [](const std::string &w) {
            return oneOf(keyOf(w), {"express", "expedited", "overnight", "next-day", "priority"});
        });
        if (fast != o.end()) {
            Words thing(o.begin(), fast);
            while (!thing.empty() && oneOf(keyOf(thing.back()), {"by", "via", "with", "using", "as"}))
                thing.pop_back();
            possessivise(thing);
            ownBareNoun(thing);
            const std::string what = thing.empty() ? std::string("your order") : joined(thing);
            return say({"I'll get " + what + " to you by " + keyOf(*fast) + " delivery"});
        }
        possessivise(o);
        ownBareNoun(o);
        if (o.empty())
            return {};
        if (oneOf(keyAt(o, 0), {"it", "them", "this", "that"}))
            return say({with("I'll ship " + o.front() + " to you", after(o, 1)), with("I'll send", o)});
        return say({with("I'll ship", o), with("I'll send", o)});
    }
    case Verb::Send: {
        dropLeading(o, {"you"});
        dropPair(o, "to", "you");
        if (o.empty())
            return {};
        const std::string word = verb.word == "e-mail"   ? std::string("email")
            : oneOf(verb.word, {"text", "post", "mail"}) ? std::string("send")
                                                         : verb.word;
        return say({with("I'll " + word + " you", o), with("You'll get", o, " from us shortly")});
    }
    case Verb::Resend: {
        dropLeading(o, {"you"});
        dropPair(o, "to", "you");
        possessivise(o);
        if (o.empty())
            return say({"I'll send it to you again"});
        return say({with("I'll send you", o, " again")});
    }
    case Verb::Cancel: {
        possessivise(o);
        ownBareNoun(o);
        if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this", "them"})))
            return say({with("I'll cancel", o.empty() ? Words {"it"} : o, " for you")});
        return say({with("I'll cancel", o), with("I'll take care of cancelling", o)});
    }
    case Verb::Check: {
        dropLeading(o, {"on"});
        possessivise(o);
        if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
            return say({"I'm looking into this for you"});
        if (keyAt(o, 0) == "if")
            o.front() = "whether";
        return say({with("I'm looking into", o)});
    }
    case Verb::Promise: {
        dropLeading(o, {"you"});
        dropLeading(o, {"that"});
        possessivise(o);
        if (o.empty())
            return {};
        return say({with("I can promise you", o)});
    }
    case Verb::Reassure: {
        dropLeading(o, {"you"});
        possessivise(o);
        if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
            return say({"Please rest assured, we're taking care of this"});
        const std::string lead = keyAt(o, 0);
        if (lead == "that")
            return say({with("Please rest assured that", after(o, 1))});
        if (oneOf(lead, {"about", "on", "over"}))
            return say({with("Please rest assured: we're taking care of", after(o, 1))});
        if (looksLikeClause(o))
            return say({with("Please rest assured that", o)});
        return say({with("Please rest assured: we're taking care of", o)});
    }
    case Verb::Explain: {
        dropPair(o, "to", "you");
        possessivise(o);
        if (o.empty())
            return {};
        if (keyAt(o, 0) == "that")
            return o.size() > 1 ? say({with("To be clear,", after(o, 1))}) : Said {};
        return say({with("Let me walk you through", o)});
    }
    case Verb::Thank: {
        dropLeading(o, {"you"});
        possessivise(o);
        if (o.empty())
            return say({"Thank you so much"});
        if (keyAt(o, 0) == "for")
            return o.size() > 1 ? say({with("Thank you for", after(o, 1))}) : say({"Thank you so much"});
        return say({with("Thank you for", o)});
    }
    case Verb::Credit: {
        dropLeading(o, {"you"});
        dropPair(o, "to", "the");
        dropPair(o, "to", "your");
        o.erase(
            std::remove_if(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "account"; }), o.end());
        if (o.empty())
            return {};
        return say({with("I'll credit your account with", o)});
    }
    case Verb::Add: {
        dropPair(o, "for", "you");
        possessivise(o);
        if (o.empty())
            return {};
        return say({with("I'll add", o, " for you"), with("You'll get", o)});
    }
    case Verb::Approve: {
        possessivise(o);
        ownBareNoun(o);
        if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
            return say({"That's approved"});
        return say({capitalised(joined(o)) + (pluralHead(o) ? " are approved" : " is approved"),
            with("You have our approval for", o)});
    }
    case Verb::Apply: {
        possessivise(o);
        if (o.empty())
            return {};
        const bool target = std::any_of(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "to"; });
        return say({with("I'll add", o, target ? "" : " to your order"), with("You'll get", o)});
    }
    case Verb::Process: {
        possessivise(o);
        ownBareNoun(o);
        if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
            return say({"I'll take care of this for you"});
        return say({with("I'll take care of", o)});
    }
    case Verb::Arrange: {
        dropLeading(o, {"for"});
        possessivise(o);
        if (o.empty())
            return {};
        const bool forYou = std::any_of(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "you"; });
        return say({with(verb.word == "organise" ? "I'll arrange" : "I'll organise", o, forYou ? "" : " for you"),
            with("I'll set up", o, forYou ? "" : " for you")});
    }
    case Verb::Call: {
        // Only a call to the customer is theirs to hear about.
        if (!hadYou && !oneOf(keyAt(o, 0), {"you"}))
            return {};
        dropLeading(o, {"you"});
        return say({with("We'll call you", o), with("You'll get a call from us", o)});
    }
    case Verb::FollowUp: {
        if (keyAt(o, 0) == "with" && keyAt(o, 1) != "you")
            return {}; // with someone else: work behind the scenes
        dropPair(o, "with", "you");
        possessivise(o);
        return say({with("I'll follow up with you", o), with("You'll hear from us again", o)});
    }
    case Verb::GetBack: {
        dropPair(o, "to", "you");
        possessivise(o);
        return say({with("I'll get back to you", o), with("You'll hear back from us", o)});
    }
    case Verb::Honour: {
        possessivise(o);
        if (o.empty())
            return {};
        return say({with("You can still have", o)});
    }
    case Verb::KeepUpdated:
        possessivise(o);
        return say({with("I'll keep you updated", o), with("You'll hear from us as things move", o)});
    case Verb::Let: {
        if (o.empty())
            return {};
        possessivise(o);
        return say({with("You're welcome to", o)});
    }
    case Verb::MakeSure: {
        dropLeading(o, {"that"});
        possessivise(o);
        if (o.empty())
            return {};
        return say({with("I'll make sure", o), with("I'll see to it that", o)});
    }
    case Verb::Help: {
        dropLeading(o, {"you"});
        possessivise(o);
        return say({with("I'm happy to help you", o)});
    }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Statements

/// Fillers before an instruction: "please", "can you", "make sure to", ...
void dropFillers(Tokens &t)
{
    static const std::vector<std::vector<std::string_view>> kFillers {
        {"please"},
        {"pls"},
        {"plz"},
        {"kindly"},
        {"also"},
        {"then"},
        {"and"},
        {"so"},
        {"now"},
        {"just"},
        {"maybe"},
        {"perhaps"},
        {"ok"},
        {"okay"},
        {"go", "ahead", "and"},
        {"could", "you"},
        {"can", "you"},
        {"would", "you"},
        {"will", "you"},
        {"you", "should"},
        {"you", "can"},
        {"you", "could"},
        {"you", "may"},
        {"you", "might"},
        {"you", "must"},
        {"make", "sure", "to"},
        {"make", "sure", "you"},
        {"be", "sure", "to"},
        {"remember", "to"},
        {"don't", "forget", "to"},
        {"dont", "forget", "to"},
        {"do", "not", "forget", "to"},
        {"feel", "free", "to"},
        {"try", "to"},
        {"i", "need", "you", "to"},
        {"i", "want", "you", "to"},
        {"i'd", "like", "you", "to"},
        {"we", "should"},
        {"let's"},
        {"lets"},
    };
    bool dropped = true;
    while (dropped && !t.empty()) {
        dropped = false;
        for (const auto &filler : kFillers) {
            if (filler.size() > t.size())
                continue;
            bool match = true;
            for (std::size_t i = 0; i < filler.size() && match; ++i)
                match = t[i].key == filler[i];
            // "Could you" before a verb is politeness; "you" alone may be the customer.
            if (match && filler.size() < t.size()) {
                t.erase(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(filler.size()));
                dropped = true;
                break;
            }
        }
    }
}

bool anyWord(const Tokens &t, bool (*test)(const std::string &))
{
    return std::any_of(t.begin(), t.end(), [test](const Token &token) { return test(token.key); });
}

bool negated(const Tokens &t)
{
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (isNegation(t[i].key))
            return true;
        if (t[i].key == "do" && i + 1 < t.size() && t[i + 1].key == "not")
            return true;
    }
    return false;
}

/// Text meant for operators or the AI: the customer in the third person, notes on them, manners.
bool internal(const Tokens &t)
{
    if (t.empty())
        return true;
    const std::string &first = t.front().key;
    const std::string second = t.size() > 1 ? t[1].key : std::string();
    if (oneOf(first,
            {"he", "she", "they", "he's", "she's", "they're", "he'll", "she'll", "they'll", "he'd", "she'd", "they'd",
                "they've", "him", "them", "i", "i'm", "i've", "i'd", "i'll", "be", "keep", "stay", "sound", "watch",
                "remember", "note", "notes", "fyi", "btw", "heads", "careful", "caution", "warning", "important",
                "context", "background", "you", "you're", "your", "ava", "pilot", "reminder", "beware"}))
        return true;
    if (isCustomerNoun(first) || (oneOf(first, {"the", "this", "our", "that", "a"}) && isCustomerNoun(second)))
        return true;
    return anyWord(t, isInternalWord);
}

/// "Warehouse reopens Monday": news for the customer, said in the AI's voice. Nothing otherwise.
std::string fact(const Tokens &t)
{
    if (t.size() < 2 || internal(t) || negated(t) || !anyWord(t, isTopicNoun))
        return {};
    // Something must happen in it ("reopens", "is back", "approved"), not a bare label ("Free shipping").
    bool predicate = false;
    for (std::size_t i = 1; i < t.size() && !predicate; ++i) {
        const std::string &k = t[i].key;
        const bool letters = std::all_of(k.begin(), k.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        predicate = isAuxiliary(k)
            || oneOf(k, {"back", "open", "closed", "available", "ready", "due", "late", "delayed", "out"})
            || (letters && k.size() > 4 && (k.ends_with("ed") || k.ends_with("ing")))
            || isVerbAfterNoun(t[i - 1].key, k);
    }
    if (!predicate)
        return {};
    Words words = spoken(t);
    // A bare noun at the start gets its owner: "Warehouse reopens" -> "our warehouse reopens".
    const std::string first = keyOf(words.front());
    if (!isDeterminer(first) && !isEntity(first) && !isSubjectPronoun(first)) {
        std::string head;
        for (const auto &w : words) {
            const std::string k = keyOf(w);
            if (isAuxiliary(k) || isPhraseBreak(k))
                break;
            if (isTopicNoun(k)) {
                head = k;
                break;
            }
        }
        const std::string owner = isCompanyNoun(head) ? "our" : isOwnedNoun(head) ? "your" : head.empty() ? "" : "the";
        std::string &lead = words.front();
        const bool plainWord = lead.size() > 1 && std::none_of(lead.begin() + 1, lead.end(), [](char c) {
            return std::isupper(static_cast<unsigned char>(c));
        });
        if (!owner.empty()) {
            if (plainWord)
                lead.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(lead.front())));
            words.insert(words.begin(), owner);
        }
    }
    possessivise(words);
    // "Refund approved" -> "your refund has been approved".
    if (std::none_of(words.begin(), words.end(), [](const std::string &w) { return isAuxiliary(keyOf(w)); })) {
        for (std::size_t i = 1; i < words.size(); ++i) {
            const std::string k = keyOf(words[i]);
            const bool participle = k.size() > 4 && k.ends_with("ed");
            if (participle && isTopicNoun(keyOf(words[i - 1]))) {
                const bool last = i + 1 == words.size();
                const bool plural = pluralHead(Words(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i)));
                words.insert(words.begin() + static_cast<std::ptrdiff_t>(i),
                    last ? (plural ? "have been" : "has been") : (plural ? "were" : "was"));
                break;
            }
        }
    }
    std::string body = joined(words);
    // Lower case at the start, unless it is a name ("DHL", "Monday").
    const std::string &lead = words.front();
    const bool name = lead.size() > 1 && std::any_of(lead.begin() + 1, lead.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c));
    });
    if (!name && (isDeterminer(keyOf(lead)) || isTopicNoun(keyOf(lead)) || isSubjectPronoun(keyOf(lead)))
        && keyOf(lead) != "i")
        body.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(body.front())));
    return "Just so you know, " + body;
}

/// A statement that is more of the instruction before it: "a tote bag" after "offer a voucher".
bool continuesObject(const Tokens &t)
{
    if (t.empty())
        return false;
    const std::string &first = t.front().key;
    if (isDeterminer(first) || isEntity(first)
        || oneOf(first, {"free", "full", "extra", "express", "one", "two", "three", "more", "another", "store"}))
        return true;
    Words words = textsOf(t);
    return t.size() <= 4 && !looksLikeClause(words) && !matchVerb(t);
}

// ---------------------------------------------------------------------------------------------
// The whisper's own wording

/// Lower-case words of `text`, split as the whisper was.
Words wordsOf(std::string_view text)
{
    Words out;
    std::string current;
    for (const char c : std::string(text) + ' ') {
        if (isSpace(c)) {
            if (const std::string key = keyOf(current); !key.empty())
                out.push_back(key);
            current.clear();
        } else {
            current += c;
        }
    }
    return out;
}

bool containsRun(const Words &haystack, const Words &run)
{
    if (run.empty() || run.size() > haystack.size())
        return false;
    return std::search(haystack.begin(), haystack.end(), run.begin(), run.end()) != haystack.end();
}

struct Piece {
    std::string text;
    bool question = false;
    Joiner joiner = Joiner::None;
};

/// "I can offer you ..." may take "also" when it follows another sentence of the AI's.
std::string withAlso(const std::string &text)
{
    for (std::string_view lead : {"I can ", "I'll ", "I'd ", "We'll "}) {
        if (text.starts_with(lead))
            return std::string(lead) + "also " + text.substr(lead.size());
    }
    return text;
}

bool joinable(const std::string &text)
{
    for (std::string_view lead : {"I ", "I'", "Your ", "Our ", "You", "We", "Please ", "Thank "}) {
        if (text.starts_with(lead))
            return true;
    }
    return false;
}

std::string finished(std::string text, bool question)
{
    while (!text.empty() && (text.back() == '.' || text.back() == ',' || isSpace(text.back())))
        text.pop_back();
    if (text.empty())
        return text;
    if (text.back() == '?' || text.back() == '!')
        return text;
    return text + (question ? "?" : ".");
}

} // namespace

std::string followInstruction(std::string_view instruction)
{
    const Parsed parsed = parse(instruction);
    // Runs of the whisper's wording that start at one of its verbs: never said back.
    std::vector<Words> runs;
    const auto runAt = [&parsed](std::size_t index) {
        const std::size_t end = std::min(parsed.words.size(), index + 4);
        return Words(parsed.words.begin() + static_cast<std::ptrdiff_t>(index),
            parsed.words.begin() + static_cast<std::ptrdiff_t>(end));
    };
    struct Step {
        enum class Kind { Silent, Instruction, Statement } kind = Kind::Silent;
        VerbMatch verb {Verb::Confirm, 0, {}};
        Tokens object;
        Tokens tokens;
        bool hadYou = false;
        Joiner joiner = Joiner::None;
        bool question = false;
    };
    std::vector<std::vector<Step>> sentences;
    for (const auto &sentence : parsed.sentences) {
        std::vector<Step> steps;
        for (const auto &clause : sentence.clauses) {
            Step step;
            step.joiner = clause.joiner;
            step.question = clause.question;
            step.tokens = clause.tokens;
            dropFillers(step.tokens);
            if (step.tokens.empty()) {
                steps.push_back(std::move(step));
                continue;
            }
            const std::string &first = step.tokens.front().key;
            const bool constraint
                = isNegation(first) || (first == "do" && step.tokens.size() > 1 && step.tokens[1].key == "not");
            if (constraint) {
                // Followed silently, and so is what the constraint goes on to list.
                step.kind = Step::Kind::Silent;
                step.tokens.clear();
                steps.push_back(std::move(step));
                continue;
            }
            // "Refund approved" is news, not an instruction to refund.
            const bool reported = step.tokens.size() > 1 && step.tokens.size() <= 4
                && oneOf(step.tokens[1].key,
                    {"approved", "confirmed", "processed", "issued", "shipped", "sent", "cancelled", "canceled", "done",
                        "completed", "authorised", "authorized", "granted", "refunded", "replaced", "dispatched",
                        "waived", "extended", "upgraded", "expedited", "booked", "arranged", "received", "credited",
                        "applied", "sorted", "delayed", "restocked"});
            if (const auto verb = reported ? std::nullopt : matchVerb(step.tokens)) {
                step.kind = Step::Kind::Instruction;
                step.verb = *verb;
                runs.push_back(runAt(step.tokens.front().index));
                step.object.assign(step.tokens.begin() + static_cast<std::ptrdiff_t>(verb->length), step.tokens.end());
                step.hadYou = !step.object.empty() && step.object.front().key == "you";
                // Work behind the scenes is not the customer's to hear about.
                const bool hidden = std::any_of(step.object.begin(), step.object.end(), [](const Token &t) {
                    return oneOf(t.key, {"internally", "internal", "quietly", "secretly", "confidential"});
                });
                if (hidden)
                    step.kind = Step::Kind::Silent;
            } else {
                step.kind = Step::Kind::Statement;
            }
            // More of the previous instruction's object, or of what it says.
            if (step.kind == Step::Kind::Statement && !steps.empty() && steps.back().kind == Step::Kind::Instruction
                && (step.joiner == Joiner::And || step.joiner == Joiner::Comma) && !step.question
                && !internal(step.tokens) && !negated(step.tokens)) {
                Step &previous = steps.back();
                const Verb v = previous.verb.verb;
                const bool saysContent = v == Verb::Tell || v == Verb::Say || v == Verb::Remind || v == Verb::Promise
                    || v == Verb::Reassure || v == Verb::MakeSure;
                if (continuesObject(step.tokens) || (saysContent && step.joiner == Joiner::And)) {
                    if (!previous.object.empty()) {
                        if (step.joiner == Joiner::Comma)
                            previous.object.back().text += ',';
                        else
                            previous.object.push_back({"and", "and", 0});
                    }
                    // "tell them we're sorry and that ...": one "that" is enough.
                    const bool that = saysContent && step.tokens.size() > 1 && step.tokens.front().key == "that";
                    previous.object.insert(
                        previous.object.end(), step.tokens.begin() + (that ? 1 : 0), step.tokens.end());
                    continue;
                }
            }
            steps.push_back(std::move(step));
        }
        sentences.push_back(std::move(steps));
    }

    const auto echoes = [&runs](const std::string &text) {
        const Words said = wordsOf(text);
        if (containsRun(said, {"my", "team"}))
            return true;
        return std::any_of(
            runs.begin(), runs.end(), [&said](const Words &run) { return run.size() >= 3 && containsRun(said, run); });
    };

    std::string out;
    for (const auto &steps : sentences) {
        std::vector<Piece> pieces;
        for (const auto &step : steps) {
            Said said;
            if (step.kind == Step::Kind::Instruction)
                said = render(step.verb, step.object, step.hadYou);
            else if (step.kind == Step::Kind::Statement && !step.question)
                said = say({fact(step.tokens)});
            for (const auto &wording : said.wordings) {
                if (!echoes(wording)) {
                    pieces.push_back({capitalised(wording), said.question, step.joiner});
                    break;
                }
            }
        }
        // Two statements joined by "and" in the whisper read as one sentence of the AI's.
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            std::string text = pieces[i].text;
            const bool canJoin = i + 1 < pieces.size() && !pieces[i].question && !pieces[i + 1].question
                && (pieces[i + 1].joiner == Joiner::And || pieces[i + 1].joiner == Joiner::Then)
                && joinable(pieces[i + 1].text) && text.size() + pieces[i + 1].text.size() < 160;
            if (canJoin) {
                std::string second = withAlso(pieces[i + 1].text);
                if (!second.starts_with("I ") && !second.starts_with("I'"))
                    second.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(second.front())));
                text = finished(text, false);
                text.pop_back();
                text += ", and " + second;
                ++i;
            }
            const std::string sentence = finished(text, pieces[i].question);
            if (!sentence.empty())
                out += (out.empty() ? "" : " ") + sentence;
        }
    }
    return out;
}

} // namespace pilothouse::server
