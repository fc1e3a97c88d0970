// Verbs that do something for the customer (wordings.h): what the AI does, said to them.
// "Refund them $25" -> "I'll refund you $25."

#include "wordings.h"

#include "spoken.h"

#include <algorithm>

namespace pilothouse::server::whisper::wording {
namespace {

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

} // namespace

Said offer(Words o, const VerbMatch &, bool hadYou)
{
    dropLeading(o, {"you"});
    if (o.empty())
        return {};
    if (keyAt(o, 0) == "to" && o.size() > 1)
        return say({with("I'd be happy to", after(o, 1))});
    if (hadYou)
        return say({with("I'd like to give you", o)});
    return say({with("I can offer you", o), with("I'd like to give you", o)});
}

Said give(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    dropLeading(o, {"with"});
    if (o.empty())
        return {};
    return say({with("I can give you", o), with("You can have", o)});
}

Said issue(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    if (o.empty())
        return {};
    return say({with("I'll arrange", o, " for you"), with("You'll get", o)});
}

Said refund(Words o, const VerbMatch &, bool)
{
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

Said credit(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    dropPair(o, "to", "the");
    dropPair(o, "to", "your");
    o.erase(std::remove_if(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "account"; }), o.end());
    if (o.empty())
        return {};
    return say({with("I'll credit your account with", o)});
}

Said replace(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    ownBareNoun(o);
    if (o.empty())
        return say({"I'll send you a replacement"});
    const auto by = std::find_if(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "with"; });
    if (by != o.begin() && by != o.end() && by + 1 != o.end())
        return say({with("I'll send you", Words(by + 1, o.end()), " in place of " + joined(Words(o.begin(), by)))});
    return say({with("I'll send you a replacement for", o)});
}

Said swap(Words o, const VerbMatch &verb, bool)
{
    possessivise(o);
    ownBareNoun(o);
    if (o.empty())
        return say({"I can swap it for you"});
    return verb.word == "swap" ? say({with("I can exchange", o), with("I can switch", o)})
                               : say({with("I can swap", o), with("I can switch", o)});
}

Said escalate(Words o, const VerbMatch &, bool)
{
    return say({"I'm passing " + escalated(o) + " to " + teamOf(o) + ", who will follow up with you"});
}

Said waive(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    ownBareNoun(o);
    if (o.empty())
        return {};
    return say({with("I'll waive", o), with("You won't be charged", o)});
}

Said extend(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    possessivise(o);
    ownBareNoun(o);
    if (o.empty())
        return {};
    if (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"}))
        return say({"I can extend it for you"});
    return say({with("I can extend", o), with("I can give you an extension on", o)});
}

Said upgrade(Words o, const VerbMatch &, bool)
{
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

Said expedite(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    ownBareNoun(o);
    if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
        return say({"I'll put a rush on your order"});
    return say({with("I'll put a rush on", o), with("I'll make sure we speed up", o)});
}

Said ship(Words o, const VerbMatch &, bool)
{
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

Said send(Words o, const VerbMatch &verb, bool)
{
    dropLeading(o, {"you"});
    dropPair(o, "to", "you");
    if (o.empty())
        return {};
    const std::string word = verb.word == "e-mail"   ? std::string("email")
        : oneOf(verb.word, {"text", "post", "mail"}) ? std::string("send")
                                                     : verb.word;
    return say({with("I'll " + word + " you", o), with("You'll get", o, " from us shortly")});
}

Said resend(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    dropPair(o, "to", "you");
    possessivise(o);
    if (o.empty())
        return say({"I'll send it to you again"});
    return say({with("I'll send you", o, " again")});
}

Said cancel(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    ownBareNoun(o);
    if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this", "them"})))
        return say({with("I'll cancel", o.empty() ? Words {"it"} : o, " for you")});
    return say({with("I'll cancel", o), with("I'll take care of cancelling", o)});
}

Said check(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"on"});
    possessivise(o);
    if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
        return say({"I'm looking into this for you"});
    if (keyAt(o, 0) == "if")
        o.front() = "whether";
    return say({with("I'm looking into", o)});
}

Said add(Words o, const VerbMatch &, bool)
{
    dropPair(o, "for", "you");
    possessivise(o);
    if (o.empty())
        return {};
    return say({with("I'll add", o, " for you"), with("You'll get", o)});
}

Said approve(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    ownBareNoun(o);
    if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
        return say({"That's approved"});
    return say({capitalised(joined(o)) + (pluralHead(o) ? " are approved" : " is approved"),
        with("You have our approval for", o)});
}

Said apply(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    if (o.empty())
        return {};
    const bool target = std::any_of(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "to"; });
    return say({with("I'll add", o, target ? "" : " to your order"), with("You'll get", o)});
}

Said process(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    ownBareNoun(o);
    if (o.empty() || (o.size() == 1 && oneOf(keyAt(o, 0), {"it", "this"})))
        return say({"I'll take care of this for you"});
    return say({with("I'll take care of", o)});
}

Said arrange(Words o, const VerbMatch &verb, bool)
{
    dropLeading(o, {"for"});
    possessivise(o);
    if (o.empty())
        return {};
    const bool forYou = std::any_of(o.begin(), o.end(), [](const std::string &w) { return keyOf(w) == "you"; });
    return say({with(verb.word == "organise" ? "I'll arrange" : "I'll organise", o, forYou ? "" : " for you"),
        with("I'll set up", o, forYou ? "" : " for you")});
}

Said call(Words o, const VerbMatch &, bool hadYou)
{
    // Only a call to the customer is theirs to hear about.
    if (!hadYou && !oneOf(keyAt(o, 0), {"you"}))
        return {};
    dropLeading(o, {"you"});
    return say({with("We'll call you", o), with("You'll get a call from us", o)});
}

Said followUp(Words o, const VerbMatch &, bool)
{
    if (keyAt(o, 0) == "with" && keyAt(o, 1) != "you")
        return {}; // with someone else: work behind the scenes
    dropPair(o, "with", "you");
    possessivise(o);
    return say({with("I'll follow up with you", o), with("You'll hear from us again", o)});
}

Said getBack(Words o, const VerbMatch &, bool)
{
    dropPair(o, "to", "you");
    possessivise(o);
    return say({with("I'll get back to you", o), with("You'll hear back from us", o)});
}

Said keepUpdated(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    return say({with("I'll keep you updated", o), with("You'll hear from us as things move", o)});
}

Said honour(Words o, const VerbMatch &, bool)
{
    possessivise(o);
    if (o.empty())
        return {};
    return say({with("You can still have", o)});
}

Said let(Words o, const VerbMatch &, bool)
{
    if (o.empty())
        return {};
    possessivise(o);
    return say({with("You're welcome to", o)});
}

Said makeSure(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"that"});
    possessivise(o);
    if (o.empty())
        return {};
    return say({with("I'll make sure", o), with("I'll see to it that", o)});
}

Said help(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    possessivise(o);
    return say({with("I'm happy to help you", o)});
}

} // namespace pilothouse::server::whisper::wording
