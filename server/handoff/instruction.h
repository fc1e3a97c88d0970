#pragma once
// A supervisor's whisper ("Offer free express shipping") turned into what the AI says to the
// customer ("I can offer you free express shipping."). The AI follows the instruction in its own
// words: the whisper itself is for operators only, so its text is never copied verbatim.

#include <string>
#include <string_view>

namespace pilothouse::server {

/// The customer-facing sentence for one instruction; "" when there is nothing to say.
std::string followInstruction(std::string_view instruction);

} // namespace pilothouse::server
