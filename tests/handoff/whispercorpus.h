#pragma once
// Whispers a supervisor might write, generated deterministically, and what the AI's wording of
// them must keep (tst_statemachine, whisperPropertiesHoldOverGeneratedWhispers). Plain C++, so the
// same corpus can be run outside Qt Test.
//
// Each whisper combines one or two instructions from a list of verbs and objects (with order
// numbers, amounts and dates, and the customer as "them", "him", "her" or "the customer"),
// maybe a filler ("Please", "Can you"), maybe a note meant for operators or a constraint on the
// AI ("he's a lawyer", "don't mention the loyalty discount"), maybe a plain statement, in varied
// case and punctuation. The properties:
//  - never a run of four of the whisper's words starting at one of its instruction verbs (three
//    when the whisper ends sooner): the instruction is acted on, not repeated;
//  - never the old fallback ("I've just checked with my team: ..."), nor "my team" at all;
//  - every order number, amount and date of the instructions is in the reply (case aside);
//  - no word of a note or constraint is in the reply ("lawyer", "loyalty", ...);
//  - the customer is addressed as "you": no "them", "him", "her", "his", "their", "the customer";
//  - the reply is not empty: every whisper has at least one instruction.

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace testing::whispers {

struct Whisper {
    std::string text;
    /// Lower-case word runs that start at each instruction's verb.
    std::vector<std::vector<std::string>> runs;
    std::vector<std::string> entities; ///< Must be in the reply, as written.
    std::vector<std::string> secrets; ///< Lower-case words that must not be in the reply.
};

/// Lower-case words without the punctuation around them.
inline std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> out;
    std::string current;
    const auto flush = [&] {
        std::size_t begin = 0;
        std::size_t end = current.size();
        const std::string_view wrapping = "\"'()[]{}.,;:!?*_";
        while (begin < end && wrapping.find(current[begin]) != std::string_view::npos)
            ++begin;
        while (end > begin && wrapping.find(current[end - 1]) != std::string_view::npos)
            --end;
        if (end > begin) {
            std::string word = current.substr(begin, end - begin);
            for (char &c : word)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            out.push_back(std::move(word));
        }
        current.clear();
    };
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)))
            flush();
        else
            current += c;
    }
    flush();
    return out;
}

namespace detail {

/// A small deterministic generator (64-bit LCG, high bits): the corpus is the same everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed * 6364136223846793005ULL + 1442695040888963407ULL)
    { }
    std::size_t below(std::size_t n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((m_state >> 33) % n);
    }
    template<typename T> const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }

private:
    std::uint64_t m_state;
};

struct Instruction {
    std::string pattern; ///< {who}: the customer; {whose}: theirs; {order}, {amount}, {date}.
};

struct Note {
    std::string text;
    std::vector<std::string> secrets;
};

inline std::string fill(std::string pattern, std::string_view key, std::string_view value)
{
    for (auto at = pattern.find(key); at != std::string::npos; at = pattern.find(key, at + value.size()))
        pattern.replace(at, key.size(), value);
    return pattern;
}

inline const std::vector<Instruction> &instructions()
{
    static const std::vector<Instruction> list {
        {"Confirm the free replacement for {order}"},
        {"confirm that {whose} refund of {amount} went through"},
        {"Offer {who} express shipping on {order}"},
        {"offer {who} {amount} off {whose} next order"},
        {"Apologise to {who} for the delay with {order}"},
        {"apologize for the mix-up with {order}"},
        {"Refund {who} {amount}"},
        {"refund the {amount} shipping fee on {order}"},
        {"Send {who} a replacement for {order}"},
        {"replace the damaged item from {order}"},
        {"Escalate {order} to the billing team"},
        {"Tell {who} that {whose} refund of {amount} was approved"},
        {"Let {who} know {whose} parcel ships on {date}"},
        {"tell {who} the courier will collect {order} on {date}"},
        {"Mention the 2-year warranty on {order}"},
        {"Say that {order} left our warehouse on {date}"},
        {"Ask {who} for a photo of the damage to {order}"},
        {"ask {who} to check the serial number on {order}"},
        {"Suggest exchanging {order} for a size up"},
        {"Recommend the waterproof cover that fits {order}"},
        {"Give {who} a {amount} credit for the trouble"},
        {"Waive the {amount} restocking fee on {order}"},
        {"Extend the return window for {order} to {date}"},
        {"Upgrade {who} to express delivery for {order}"},
        {"Expedite {order}"},
        {"ship {order} express"},
        {"Cancel {order} before it leaves"},
        {"Check whether {order} left the warehouse"},
        {"Promise {who} delivery by {date}"},
        {"Reassure {who} that {order} is on its way"},
        {"Explain the returns policy for {order}"},
        {"Thank {who} for {whose} patience with {order}"},
        {"Credit {who} {amount} for the late delivery"},
        {"Issue a full refund for {order}"},
        {"Email {who} the invoice for {order}"},
        {"Remind {who} that returns for {order} are free until {date}"},
        {"Follow up with {who} on {date} about {order}"},
        {"Approve the return for {order}"},
    };
    return list;
}

inline const std::vector<Note> &notes()
{
    static const std::vector<Note> list {
        {"he's a lawyer", {"lawyer"}},
        {"VIP, be nice", {"vip", "nice"}},
        {"don't mention the loyalty discount", {"loyalty"}},
        {"never promise a Saturday delivery", {"saturday"}},
        {"do not offer cash compensation", {"cash", "compensation"}},
        {"be careful, she complained twice", {"careful", "complained", "twice"}},
        {"keep it short", {"short"}},
        {"FYI the AI overpromised last time", {"fyi", "overpromised"}},
        {"careful, he's threatening a chargeback", {"chargeback", "threatening"}},
        {"they're an influencer, no freebies", {"influencer", "freebies"}},
        {"don't say anything about the recall", {"recall"}},
        {"the customer is furious", {"furious"}},
        {"she spends a lot with us", {"spends"}},
        {"Did the AI mention the gift card earlier?", {"gift", "earlier"}},
    };
    return list;
}

/// Plain statements: a customer may hear them, so nothing is asserted beyond the general rules.
inline const std::vector<std::string> &statements()
{
    static const std::vector<std::string> list {
        "Warehouse reopens Monday",
        "The jacket is back in stock",
        "Stock arrives Thursday",
    };
    return list;
}

} // namespace detail

/// `count` whispers, the same every time.
inline std::vector<Whisper> corpus(std::size_t count = 400)
{
    using namespace detail;
    const std::vector<std::string> orders {"#81040", "#55102", "#90210", "#12345", "#70431"};
    const std::vector<std::string> amounts {"$25", "$15.50",
        "\xE2\x82\xAC"
        "40",
        "\xC2\xA3"
        "12",
        "$129.00"};
    const std::vector<std::string> dates {"Friday 12 June", "3 March", "Monday"};
    struct Person {
        std::string who;
        std::string whose;
    };
    const std::vector<Person> people {{"them", "their"}, {"him", "his"}, {"her", "her"}, {"the customer", "their"}};
    const std::vector<std::string> fillers {"", "", "", "Please ", "please ", "Can you ", "Could you "};
    const std::vector<std::string> joints {" and ", ", ", ". ", " and then ", "; ", ", and "};
    const std::vector<std::string> noteJoints {". ", ", ", " - ", "; "};
    const std::vector<std::string> ends {"", ".", "!", ".\n"};

    std::vector<Whisper> out;
    Random random(17);
    for (std::size_t n = 0; n < count; ++n) {
        Whisper whisper;
        std::string text;
        const auto append = [&](const std::string &part, bool instruction) {
            if (instruction) {
                const auto before = words(text).size();
                const auto all = words(text + part);
                const auto end = std::min(all.size(), before + 4);
                whisper.runs.emplace_back(
                    all.begin() + static_cast<std::ptrdiff_t>(before), all.begin() + static_cast<std::ptrdiff_t>(end));
            }
            text += part;
        };
        const Person &person = random.pick(people);
        const auto instruction = [&] {
            std::string s = random.pick(instructions()).pattern;
            s = fill(s, "{who}", person.who);
            s = fill(s, "{whose}", person.whose);
            for (const auto &[key, values] :
                {std::pair {std::string_view("{order}"), &orders}, std::pair {std::string_view("{amount}"), &amounts},
                    std::pair {std::string_view("{date}"), &dates}}) {
                if (s.find(key) != std::string::npos) {
                    const std::string &value = random.pick(*values);
                    s = fill(s, key, value);
                    whisper.entities.push_back(value);
                }
            }
            return s;
        };
        const bool noteFirst = random.below(6) == 0;
        const bool withNote = random.below(2) == 0;
        const Note &note = random.pick(notes());
        if (withNote && noteFirst) {
            text += note.text + random.pick(noteJoints);
            whisper.secrets = note.secrets;
        }
        text += random.pick(fillers);
        append(instruction(), true);
        if (random.below(2) == 0) {
            std::string second = instruction();
            const std::string joint = random.pick(joints);
            if (joint == ". " || joint == "; ")
                second[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(second[0])));
            text += joint;
            append(second, true);
        }
        if (withNote && !noteFirst) {
            text += random.pick(noteJoints) + note.text;
            whisper.secrets = note.secrets;
        }
        if (random.below(5) == 0)
            text += ". " + random.pick(statements());
        text += random.pick(ends);
        if (random.below(4) == 0) {
            for (char &c : text)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        whisper.text = std::move(text);
        out.push_back(std::move(whisper));
    }
    return out;
}

/// Every instruction of the corpus on its own, once per way of naming the customer.
inline std::vector<Whisper> eachInstructionAlone()
{
    using namespace detail;
    std::vector<Whisper> out;
    for (const auto &[who, whose] : {std::pair {"them", "their"}, std::pair {"him", "his"}, std::pair {"her", "her"},
             std::pair {"the customer", "the customer's"}}) {
        for (const auto &instruction : instructions()) {
            Whisper whisper;
            std::string s = fill(fill(instruction.pattern, "{who}", who), "{whose}", whose);
            for (const auto &[key, value] : {std::pair {"{order}", "#81040"}, std::pair {"{amount}", "$25"},
                     std::pair {"{date}", "Friday 12 June"}}) {
                if (s.find(key) != std::string::npos) {
                    s = fill(s, key, value);
                    whisper.entities.push_back(value);
                }
            }
            const auto all = words(s);
            whisper.runs.emplace_back(
                all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(4, all.size())));
            whisper.text = std::move(s);
            out.push_back(std::move(whisper));
        }
    }
    return out;
}

/// True when `run` is a contiguous run of `said`.
inline bool containsRun(const std::vector<std::string> &said, const std::vector<std::string> &run)
{
    return !run.empty() && std::search(said.begin(), said.end(), run.begin(), run.end()) != said.end();
}

/// What is wrong with `reply` as the AI's wording of `whisper`; empty when nothing is.
inline std::vector<std::string> violations(const Whisper &whisper, const std::string &reply)
{
    std::vector<std::string> found;
    if (reply.empty())
        found.push_back("nothing said for a recognised instruction");
    const auto said = words(reply);
    for (const auto &run : whisper.runs) {
        if (run.size() >= 3 && containsRun(said, run)) {
            std::string joined;
            for (const auto &w : run)
                joined += (joined.empty() ? "" : " ") + w;
            found.push_back("repeats the instruction \"" + joined + "\"");
        }
    }
    if (containsRun(said, {"my", "team"}) || reply.find("team:") != std::string::npos)
        found.push_back("quotes the team");
    // Case aside: a whisper typed in lower case may come back with "Friday" capitalised.
    const auto lower = [](std::string text) {
        for (char &c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    };
    for (const auto &entity : whisper.entities) {
        if (lower(reply).find(lower(entity)) == std::string::npos)
            found.push_back("lost " + entity);
    }
    for (const auto &secret : whisper.secrets) {
        if (std::find(said.begin(), said.end(), secret) != said.end())
            found.push_back("said the internal \"" + secret + "\"");
    }
    for (const std::string_view third : {"them", "him", "her", "his", "their", "customer"}) {
        if (std::find(said.begin(), said.end(), third) != said.end())
            found.push_back("calls the customer \"" + std::string(third) + "\"");
    }
    return found;
}

} // namespace testing::whispers
