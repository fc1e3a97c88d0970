// Verbs that pass on a message (wordings.h): what the AI tells or asks the customer, in its own
// voice. "Tell them their refund was approved" -> "Your refund was approved."

#include "wordings.h"

#include "spoken.h"

#include <algorithm>

namespace pilothouse::server::whisper::wording {
namespace {

/// What "mention ..." says: the thing as worth knowing about, or what a clause says.
Said mentioned(Words o);

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
        return mentioned(after(o, 1));
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
        return mentioned(std::move(o));
    return say({capitalised(joined(o))});
}

Said mentioned(Words o)
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

} // namespace

Said confirm(Words o, const VerbMatch &, bool)
{
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

Said apologise(Words o, const VerbMatch &, bool)
{
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

Said tell(Words o, const VerbMatch &, bool)
{
    dropPair(o, "to", "you");
    return content(std::move(o));
}

Said mention(Words o, const VerbMatch &, bool)
{
    return mentioned(std::move(o));
}

Said remind(Words o, const VerbMatch &, bool)
{
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

Said ask(Words o, const VerbMatch &, bool)
{
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

Said suggest(Words o, const VerbMatch &verb, bool)
{
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

Said promise(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    dropLeading(o, {"that"});
    possessivise(o);
    if (o.empty())
        return {};
    return say({with("I can promise you", o)});
}

Said reassure(Words o, const VerbMatch &, bool)
{
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

Said explain(Words o, const VerbMatch &, bool)
{
    dropPair(o, "to", "you");
    possessivise(o);
    if (o.empty())
        return {};
    if (keyAt(o, 0) == "that")
        return o.size() > 1 ? say({with("To be clear,", after(o, 1))}) : Said {};
    return say({with("Let me walk you through", o)});
}

Said thank(Words o, const VerbMatch &, bool)
{
    dropLeading(o, {"you"});
    possessivise(o);
    if (o.empty())
        return say({"Thank you so much"});
    if (keyAt(o, 0) == "for")
        return o.size() > 1 ? say({with("Thank you for", after(o, 1))}) : say({"Thank you so much"});
    return say({with("Thank you for", o)});
}

} // namespace pilothouse::server::whisper::wording
