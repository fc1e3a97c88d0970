#pragma once
// Small text helpers shared by the classifier, entity extraction, sentiment and the catalog's
// fuzzy product match. ASCII-aware only: bytes of multi-byte UTF-8 sequences count as letters,
// so non-English names survive tokenisation intact.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::server::text {

/// Lower case (tuning::lower: ASCII, Latin-1 and Cyrillic letters).
std::string lower(std::string_view text);

/// Lower-cased words, as the escalation rules read them (tuning::splitWords). Apostrophes inside a
/// word are dropped ("don't" -> "dont") so contractions match however they are typed.
std::vector<std::string> words(std::string_view text);

/// Like `words`, but keeps the original case (for size letters such as "M" and "XL").
std::vector<std::string> rawWords(std::string_view text);

/// A light stemmer: strips a plural "s" so "boots" and "boot" meet. Deliberately timid.
std::string stem(std::string_view word);

/// True if `haystack` (lower-case words) contains `phrase` (lower-case, space separated) as
/// consecutive whole words.
bool containsPhrase(const std::vector<std::string> &haystack, std::string_view phrase);

/// Levenshtein distance, capped: returns `cap + 1` as soon as the distance exceeds `cap`.
int editDistance(std::string_view a, std::string_view b, int cap);

/// FNV-1a: a stable hash (std::hash differs between standard libraries) for deterministic
/// choices such as phrase variants.
std::uint64_t stableHash(std::string_view text);

/// "$129.00"
std::string formatMoney(std::int64_t cents, std::string_view currency = "USD");

/// "Nov 12" from milliseconds since the epoch (UTC).
std::string formatDate(std::int64_t millis);

/// Replaces every "{key}" in `pattern` by its value; unknown keys stay as they are.
std::string fill(std::string_view pattern, const std::vector<std::pair<std::string, std::string>> &values);

} // namespace pilothouse::server::text
