#include "instruction.h"

#include "handoff/whisper/clauses.h"
#include "handoff/whisper/verbs.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

// How a whisper becomes the AI's own words:
//  1. The text is cut into sentences (. ! ? ; and line breaks) and each sentence into clauses (at
//     commas and colons, and at "and", "then" and "but"): parse() in whisper/clauses.cpp.
//  2. Each clause, once fillers such as "please" or "can you" are dropped, is an instruction (it
//     starts with a verb we know: "offer", "confirm", "tell them", ...; matchVerb() in
//     whisper/verbs.cpp), a constraint (it starts with "don't", "never", ...) or a statement. A
//     statement right after an instruction that reads as more of its object ("offer a voucher,
//     free shipping and a tote bag") joins it. This file.
//  3. An instruction is said as what the AI does for the customer, in sentences of its own, with
//     the customer addressed as "you" ("their order" -> "your order", "them" -> "you"): render()
//     in whisper/verbs.cpp, with the wording of each verb in whisper/messages.cpp and
//     whisper/actions.cpp, and the pronouns in whisper/spoken.cpp. A constraint is followed
//     silently. A statement is passed on only when it is plainly news for the customer
//     ("Warehouse reopens Monday"); anything that reads as meant for operators (the customer
//     described in the third person, "VIP", "lawyer", "be nice", ...) is not said: fact() and
//     internal() in whisper/clauses.cpp.
//  4. Whatever is said never repeats the whisper's own instruction wording: no run of four words
//     (three at the end of the whisper) that starts at one of its verbs. A wording that would is
//     replaced by another; when none is left the clause is not said. This file (EchoGuard).
// The vocabulary all of them share (owned nouns, negations, words for operators, ...) is in
// whisper/words.cpp.

namespace pilothouse::server {
namespace whisper {
namespace {

/// A clause as the AI takes it.
struct Step {
    enum class Kind { Silent, Instruction, Statement } kind = Kind::Silent;
    VerbMatch verb {Verb::Confirm, 0, {}};
    Tokens object;
    Tokens tokens;
    bool hadYou = false;
    Joiner joiner = Joiner::None;
    bool question = false;
};

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

/// Runs of the whisper's wording that start at one of its verbs: never said back.
class EchoGuard {
public:
    explicit EchoGuard(const Words &words)
        : m_words(words)
    { }

    /// One of the whisper's verbs starts at word `index`.
    void verbAt(std::size_t index)
    {
        const std::size_t end = std::min(m_words.size(), index + 4);
        m_runs.emplace_back(
            m_words.begin() + static_cast<std::ptrdiff_t>(index), m_words.begin() + static_cast<std::ptrdiff_t>(end));
    }

    /// `text` would repeat an instruction of the whisper (or speak of "my team").
    bool echoes(const std::string &text) const
    {
        const Words said = wordsOf(text);
        if (containsRun(said, {"my", "team"}))
            return true;
        return std::any_of(m_runs.begin(), m_runs.end(),
            [&said](const Words &run) { return run.size() >= 3 && containsRun(said, run); });
    }

private:
    const Words &m_words;
    std::vector<Words> m_runs;
};

// ---------------------------------------------------------------------------------------------
// Clauses as steps

/// A clause as an instruction, a statement, or something followed silently (a constraint, a
/// filler alone, work behind the scenes). An instruction's verb goes to `guard`.
Step stepOf(const Clause &clause, EchoGuard &guard)
{
    Step step;
    step.joiner = clause.joiner;
    step.question = clause.question;
    step.tokens = clause.tokens;
    dropFillers(step.tokens);
    if (step.tokens.empty())
        return step;
    const std::string &first = step.tokens.front().key;
    const bool constraint
        = isNegation(first) || (first == "do" && step.tokens.size() > 1 && step.tokens[1].key == "not");
    if (constraint) {
        // Followed silently, and so is what the constraint goes on to list.
        step.kind = Step::Kind::Silent;
        step.tokens.clear();
        return step;
    }
    // "Refund approved" is news, not an instruction to refund.
    const bool reported = step.tokens.size() > 1 && step.tokens.size() <= 4
        && oneOf(step.tokens[1].key,
            {"approved", "confirmed", "processed", "issued", "shipped", "sent", "cancelled", "canceled", "done",
                "completed", "authorised", "authorized", "granted", "refunded", "replaced", "dispatched", "waived",
                "extended", "upgraded", "expedited", "booked", "arranged", "received", "credited", "applied", "sorted",
                "delayed", "restocked"});
    if (const auto verb = reported ? std::nullopt : matchVerb(step.tokens)) {
        step.kind = Step::Kind::Instruction;
        step.verb = *verb;
        guard.verbAt(step.tokens.front().index);
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
    return step;
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

/// Joins `step` to the instruction before it when it is more of its object, or of what it says
/// ("offer a voucher, free shipping and a tote bag"); true when it did.
bool joinedToPrevious(std::vector<Step> &steps, const Step &step)
{
    const bool candidate = step.kind == Step::Kind::Statement && !steps.empty()
        && steps.back().kind == Step::Kind::Instruction && (step.joiner == Joiner::And || step.joiner == Joiner::Comma)
        && !step.question && !internal(step.tokens) && !negated(step.tokens);
    if (!candidate)
        return false;
    Step &previous = steps.back();
    const Verb v = previous.verb.verb;
    const bool saysContent = v == Verb::Tell || v == Verb::Say || v == Verb::Remind || v == Verb::Promise
        || v == Verb::Reassure || v == Verb::MakeSure;
    if (!continuesObject(step.tokens) && !(saysContent && step.joiner == Joiner::And))
        return false;
    if (!previous.object.empty()) {
        if (step.joiner == Joiner::Comma)
            previous.object.back().text += ',';
        else
            previous.object.push_back({"and", "and", 0});
    }
    // "tell them we're sorry and that ...": one "that" is enough.
    const bool that = saysContent && step.tokens.size() > 1 && step.tokens.front().key == "that";
    previous.object.insert(previous.object.end(), step.tokens.begin() + (that ? 1 : 0), step.tokens.end());
    return true;
}

std::vector<Step> stepsOf(const Sentence &sentence, EchoGuard &guard)
{
    std::vector<Step> steps;
    for (const auto &clause : sentence.clauses) {
        Step step = stepOf(clause, guard);
        if (!joinedToPrevious(steps, step))
            steps.push_back(std::move(step));
    }
    return steps;
}

// ---------------------------------------------------------------------------------------------
// Steps as the AI's sentences

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

/// What each step says, in the first of its wordings that does not echo the whisper.
std::vector<Piece> piecesOf(const std::vector<Step> &steps, const EchoGuard &guard)
{
    std::vector<Piece> pieces;
    for (const auto &step : steps) {
        Said said;
        if (step.kind == Step::Kind::Instruction)
            said = render(step.verb, step.object, step.hadYou);
        else if (step.kind == Step::Kind::Statement && !step.question)
            said = say({fact(step.tokens)});
        for (const auto &wording : said.wordings) {
            if (!guard.echoes(wording)) {
                pieces.push_back({capitalised(wording), said.question, step.joiner});
                break;
            }
        }
    }
    return pieces;
}

/// The pieces as sentences after `out`. Two statements joined by "and" in the whisper read as
/// one sentence of the AI's.
void appendSentences(std::string &out, const std::vector<Piece> &pieces)
{
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

} // namespace
} // namespace whisper

std::string followInstruction(std::string_view instruction)
{
    const whisper::Parsed parsed = whisper::parse(instruction);
    // Every clause is read before anything is said, so that the guard knows all the verbs.
    whisper::EchoGuard guard(parsed.words);
    std::vector<std::vector<whisper::Step>> sentences;
    for (const auto &sentence : parsed.sentences)
        sentences.push_back(whisper::stepsOf(sentence, guard));
    std::string out;
    for (const auto &steps : sentences)
        whisper::appendSentences(out, whisper::piecesOf(steps, guard));
    return out;
}

} // namespace pilothouse::server
