#pragma once
// The wording of each verb family, for render() (verbs.cpp): private to verbs.cpp, messages.cpp
// and actions.cpp. Each takes the verb's object as said to the customer ("your order #81040"),
// the verb as matched, and whether the whisper put "you" first ("offer you ..."); it returns the
// wordings for the clause, best first, or none when there is nothing to say.

#include "verbs.h"

#include <string_view>

namespace pilothouse::server::whisper {

/// `lead`, the words, then `trail`: with("I can offer you", o) -> "I can offer you free shipping".
std::string with(std::string_view lead, const Words &words, std::string_view trail = {});

namespace wording {

using Family = Said (*)(Words o, const VerbMatch &verb, bool hadYou);

// Verbs that pass on a message: what the AI tells or asks the customer (messages.cpp).
Said confirm(Words o, const VerbMatch &verb, bool hadYou);
Said apologise(Words o, const VerbMatch &verb, bool hadYou);
Said tell(Words o, const VerbMatch &verb, bool hadYou); ///< Tell and Say.
Said mention(Words o, const VerbMatch &verb, bool hadYou);
Said remind(Words o, const VerbMatch &verb, bool hadYou);
Said ask(Words o, const VerbMatch &verb, bool hadYou);
Said suggest(Words o, const VerbMatch &verb, bool hadYou); ///< Suggest and Recommend.
Said promise(Words o, const VerbMatch &verb, bool hadYou);
Said reassure(Words o, const VerbMatch &verb, bool hadYou);
Said explain(Words o, const VerbMatch &verb, bool hadYou);
Said thank(Words o, const VerbMatch &verb, bool hadYou);

// Verbs that do something for the customer: what the AI does (actions.cpp).
Said offer(Words o, const VerbMatch &verb, bool hadYou);
Said give(Words o, const VerbMatch &verb, bool hadYou);
Said issue(Words o, const VerbMatch &verb, bool hadYou);
Said refund(Words o, const VerbMatch &verb, bool hadYou);
Said credit(Words o, const VerbMatch &verb, bool hadYou);
Said replace(Words o, const VerbMatch &verb, bool hadYou);
Said swap(Words o, const VerbMatch &verb, bool hadYou);
Said escalate(Words o, const VerbMatch &verb, bool hadYou);
Said waive(Words o, const VerbMatch &verb, bool hadYou);
Said extend(Words o, const VerbMatch &verb, bool hadYou);
Said upgrade(Words o, const VerbMatch &verb, bool hadYou);
Said expedite(Words o, const VerbMatch &verb, bool hadYou);
Said ship(Words o, const VerbMatch &verb, bool hadYou);
Said send(Words o, const VerbMatch &verb, bool hadYou);
Said resend(Words o, const VerbMatch &verb, bool hadYou);
Said cancel(Words o, const VerbMatch &verb, bool hadYou);
Said check(Words o, const VerbMatch &verb, bool hadYou);
Said add(Words o, const VerbMatch &verb, bool hadYou);
Said approve(Words o, const VerbMatch &verb, bool hadYou);
Said apply(Words o, const VerbMatch &verb, bool hadYou);
Said process(Words o, const VerbMatch &verb, bool hadYou);
Said arrange(Words o, const VerbMatch &verb, bool hadYou);
Said call(Words o, const VerbMatch &verb, bool hadYou);
Said followUp(Words o, const VerbMatch &verb, bool hadYou);
Said getBack(Words o, const VerbMatch &verb, bool hadYou);
Said keepUpdated(Words o, const VerbMatch &verb, bool hadYou);
Said honour(Words o, const VerbMatch &verb, bool hadYou);
Said let(Words o, const VerbMatch &verb, bool hadYou);
Said makeSure(Words o, const VerbMatch &verb, bool hadYou);
Said help(Words o, const VerbMatch &verb, bool hadYou);

} // namespace wording
} // namespace pilothouse::server::whisper
