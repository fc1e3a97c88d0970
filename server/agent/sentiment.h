#pragma once
// Lexicon-based sentiment of customer text in [-1, 1], in the spirit of VADER: word valences,
// negation ("not happy" turns negative, "not bad" mildly positive), intensifiers ("very",
// "so"), shouting in capitals and exclamation marks, squashed smoothly into [-1, 1].

#include <string_view>

namespace pilothouse::server {

/// -1 furious .. 0 neutral .. 1 delighted.
double sentimentScore(std::string_view text);

} // namespace pilothouse::server
