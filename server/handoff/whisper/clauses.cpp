#include "clauses.h"

#include "spoken.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace pilothouse::server::whisper {
namespace {

std::string replaceAll(std::string text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

/// Typographic quotes and apostrophes as plain ones; quotes and emphasis marks are dropped.
std::string plainText(std::string_view instruction)
{
    std::string text(instruction);
    text = replaceAll(std::move(text), "\xE2\x80\x99", "'");
    text = replaceAll(std::move(text), "\xE2\x80\x98", "'");
    text = replaceAll(std::move(text), "\xE2\x80\x9C", "");
    text = replaceAll(std::move(text), "\xE2\x80\x9D", "");
    text = replaceAll(std::move(text), "\xE2\x80\x94", " - ");
    text = replaceAll(std::move(text), "\xE2\x80\x93", " - ");
    text.erase(
        std::remove_if(text.begin(), text.end(), [](char c) { return c == '"' || c == '*' || c == '`'; }), text.end());
    return text;
}

/// Collects the words into clauses and the clauses into sentences, as the text goes.
class Splitter {
public:
    void closeClause(Joiner following)
    {
        if (!m_clause.tokens.empty()) {
            m_sentence.clauses.push_back(std::move(m_clause));
            m_clause = Clause {};
            m_clause.joiner = following;
        } else if (following != Joiner::Comma) {
            m_clause.joiner = following; // ", and" is one joint: the word wins over the comma
        }
    }

    void closeSentence(bool question)
    {
        closeClause(Joiner::None);
        for (auto &c : m_sentence.clauses)
            c.question = question;
        if (!m_sentence.clauses.empty())
            m_parsed.sentences.push_back(std::move(m_sentence));
        m_sentence = Sentence {};
        m_clause = Clause {};
    }

    /// One word as written, with the punctuation that follows it.
    void add(std::string raw);

    Parsed finish()
    {
        closeSentence(false);
        return std::move(m_parsed);
    }

private:
    Parsed m_parsed;
    Sentence m_sentence;
    Clause m_clause;
};

void Splitter::add(std::string raw)
{
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
        if (oneOf(key, {"and", "&"}) && !m_clause.tokens.empty()) {
            closeClause(Joiner::And);
        } else if (key == "then" && !m_clause.tokens.empty()) {
            closeClause(Joiner::Then);
        } else if (key == "but" && !m_clause.tokens.empty()) {
            closeClause(Joiner::But);
        } else if (oneOf(key, {"and", "&", "then", "but"})) {
            m_clause.joiner = key == "then" ? Joiner::Then : key == "but" ? Joiner::But : Joiner::And;
        } else {
            m_clause.tokens.push_back({raw, key, m_parsed.words.size()});
        }
        m_parsed.words.push_back(std::move(key));
    }
    if (tail.find_first_of(".!?;") != std::string::npos)
        closeSentence(tail.find('?') != std::string::npos);
    else if (tail.find(':') != std::string::npos)
        closeClause(Joiner::Colon);
    else if (tail.find(',') != std::string::npos)
        closeClause(Joiner::Comma);
}

bool anyWord(const Tokens &t, bool (*test)(const std::string &))
{
    return std::any_of(t.begin(), t.end(), [test](const Token &token) { return test(token.key); });
}

} // namespace

Parsed parse(std::string_view instruction)
{
    const std::string text = plainText(instruction);
    Splitter splitter;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '\n') {
            splitter.closeSentence(false);
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
            splitter.closeClause(Joiner::Comma);
            continue;
        }
        splitter.add(std::move(raw));
    }
    return splitter.finish();
}

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

} // namespace pilothouse::server::whisper
