#pragma once
// A supervisor's whisper ("Offer free express shipping") turned into what the AI says to the
// customer ("I can offer you free express shipping."). The AI follows the instruction in its own
// words: the whisper itself is for operators only, so its text is never copied verbatim.
// Instructions are said as what the AI does for the customer ("you"), keeping order numbers,
// amounts and dates; constraints ("don't mention the discount") and notes for operators ("he's a
// lawyer") are followed silently; a plain statement is passed on only when it is news for the
// customer. Deterministic and Qt-free.

#include <string>
#include <string_view>

namespace pilothouse::server {

/// The customer-facing sentences for one whisper; "" when there is nothing to say.
std::string followInstruction(std::string_view instruction);

} // namespace pilothouse::server
