#pragma once
// The words of a customer's message, as the agent's classifier, the escalation rules and the
// voice checks read them. One tokenizer for all of them, so a phrase a supervisor types in a rule
// matches exactly where the agent would see it.

#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::tuning {

/// Lower case for ASCII, Latin-1 letters (À..Þ) and Cyrillic (А..Я, Ё); other bytes unchanged.
std::string lower(std::string_view text);

/// Runs of letters and digits, in lower case when `lowerCase`. Bytes of multi-byte UTF-8 sequences
/// count as letters, so accented and Cyrillic words stay whole. An apostrophe (ASCII or U+2019)
/// between letters is dropped ("don't" -> "dont"), so contractions match however they are typed.
/// At most `limit` words are returned (the rest of the text is not read).
std::vector<std::string> splitWords(std::string_view text, bool lowerCase = true, std::size_t limit = SIZE_MAX);

} // namespace pilothouse::tuning
