#pragma once
// What the built-in guardrails read in a customer's message: an explicit request for a person, a
// legal threat, and words of self-harm, in English, French, German, Spanish and Russian. The
// agent evaluates them live and the console's dry run on cached text: one list of phrases.

#include <string>
#include <vector>

namespace pilothouse::tuning {

/// `words` are the message's lower-case words (splitWords).
/// "talk to a human", "real person", "supervisor", "un conseiller", "echten Menschen", ...; and a
/// short message that names only "agent", "operator" or "transfer me".
bool asksForHuman(const std::vector<std::string> &words);
/// Lawyer, sue, chargeback, "dispute the charge", "small claims", avocat, Anwalt, abogado, суд, ...
bool mentionsLegalThreat(const std::vector<std::string> &words);
/// "kill myself", "end my life", suicide, "me suicider", Selbstmord, suicidarme, "покончить с собой", ...
bool mentionsSelfHarm(const std::vector<std::string> &words);

} // namespace pilothouse::tuning
