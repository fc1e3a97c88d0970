#include "verbs.h"

#include "spoken.h"
#include "wordings.h"

#include <array>

namespace pilothouse::server::whisper {
namespace {

/// Verbs of one word.
struct Single {
    std::string_view word;
    Verb verb;
};
constexpr std::array kSingle {
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

/// Verbs of several words: "let them know", "follow up", ... `customerNext`: the customer comes
/// after the first word ("let them", "keep the customer").
std::optional<VerbMatch> matchPhrase(const Tokens &t, bool customerNext)
{
    const std::string &k = t[0].key;
    const std::string k1 = t.size() > 1 ? t[1].key : std::string();
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
    return std::nullopt;
}

/// What a verb's first "them" stands for: the customer ("refund them"), or things ("replace them").
enum class Them { Customer, Things };

struct Wording {
    Verb verb;
    Them them;
    wording::Family family;
};

/// How each verb is said: one row per Verb, in the order of the enum.
constexpr std::array kWordings {
    Wording {Verb::Confirm, Them::Things, wording::confirm},
    Wording {Verb::Offer, Them::Customer, wording::offer},
    Wording {Verb::Apologise, Them::Customer, wording::apologise},
    Wording {Verb::Refund, Them::Customer, wording::refund},
    Wording {Verb::Replace, Them::Things, wording::replace},
    Wording {Verb::Swap, Them::Things, wording::swap},
    Wording {Verb::Escalate, Them::Customer, wording::escalate},
    Wording {Verb::Tell, Them::Customer, wording::tell},
    Wording {Verb::Say, Them::Customer, wording::tell},
    Wording {Verb::Mention, Them::Customer, wording::mention},
    Wording {Verb::Remind, Them::Customer, wording::remind},
    Wording {Verb::Ask, Them::Customer, wording::ask},
    Wording {Verb::Suggest, Them::Customer, wording::suggest},
    Wording {Verb::Recommend, Them::Customer, wording::suggest},
    Wording {Verb::Give, Them::Customer, wording::give},
    Wording {Verb::Issue, Them::Customer, wording::issue},
    Wording {Verb::Waive, Them::Things, wording::waive},
    Wording {Verb::Extend, Them::Things, wording::extend},
    Wording {Verb::Upgrade, Them::Customer, wording::upgrade},
    Wording {Verb::Expedite, Them::Things, wording::expedite},
    Wording {Verb::Ship, Them::Customer, wording::ship},
    Wording {Verb::Send, Them::Customer, wording::send},
    Wording {Verb::Resend, Them::Things, wording::resend},
    Wording {Verb::Cancel, Them::Things, wording::cancel},
    Wording {Verb::Check, Them::Things, wording::check},
    Wording {Verb::Promise, Them::Customer, wording::promise},
    Wording {Verb::Reassure, Them::Customer, wording::reassure},
    Wording {Verb::Explain, Them::Customer, wording::explain},
    Wording {Verb::Thank, Them::Customer, wording::thank},
    Wording {Verb::Credit, Them::Customer, wording::credit},
    Wording {Verb::Add, Them::Customer, wording::add},
    Wording {Verb::Approve, Them::Things, wording::approve},
    Wording {Verb::Apply, Them::Things, wording::apply},
    Wording {Verb::Process, Them::Things, wording::process},
    Wording {Verb::Arrange, Them::Customer, wording::arrange},
    Wording {Verb::Call, Them::Customer, wording::call},
    Wording {Verb::FollowUp, Them::Customer, wording::followUp},
    Wording {Verb::GetBack, Them::Customer, wording::getBack},
    Wording {Verb::Honour, Them::Things, wording::honour},
    Wording {Verb::KeepUpdated, Them::Customer, wording::keepUpdated},
    Wording {Verb::Let, Them::Customer, wording::let},
    Wording {Verb::MakeSure, Them::Customer, wording::makeSure},
    Wording {Verb::Help, Them::Customer, wording::help},
};

constexpr bool oneRowPerVerb()
{
    for (std::size_t i = 0; i < kWordings.size(); ++i) {
        if (kWordings[i].verb != static_cast<Verb>(i))
            return false;
    }
    return kWordings.size() == static_cast<std::size_t>(Verb::Help) + 1;
}
static_assert(oneRowPerVerb(), "kWordings has one row per Verb, in the order of the enum");

} // namespace

std::optional<VerbMatch> matchVerb(const Tokens &t)
{
    if (t.empty())
        return std::nullopt;
    const std::string &k = t[0].key;
    const std::string k1 = t.size() > 1 ? t[1].key : std::string();
    const std::string k2 = t.size() > 2 ? t[2].key : std::string();
    const bool customerNext = isCustomerReference(k1) || (k1 == "the" && isCustomerNoun(k2));
    // Several words first.
    if (auto phrase = matchPhrase(t, customerNext))
        return phrase;
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

Said say(std::initializer_list<std::string> wordings, bool question)
{
    Said said;
    for (const auto &w : wordings) {
        if (!w.empty())
            said.wordings.push_back(w);
    }
    said.question = question;
    return said;
}

std::string with(std::string_view lead, const Words &words, std::string_view trail)
{
    std::string out(lead);
    const std::string body = joined(words);
    if (!body.empty())
        out += (out.empty() ? "" : " ") + body;
    if (!trail.empty())
        out += trail;
    return out;
}

Said render(const VerbMatch &verb, const Tokens &object, bool hadYou)
{
    const Wording &row = kWordings[static_cast<std::size_t>(verb.verb)];
    return row.family(spoken(object, row.them == Them::Things), verb, hadYou);
}

} // namespace pilothouse::server::whisper
