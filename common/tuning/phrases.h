#pragma once
// Phrases a supervisor types into a rule ("refund", "cancel my account", "lawyer*"), matched
// against a customer's words in time bounded by the limits below, whatever was typed: there are no
// regular expressions, only whole words in sequence, each optionally a prefix ("refund*" matches
// "refunds" and "refunded"). The matcher reports how many word comparisons it made, so a test can
// hold it to its bound without timing it.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pilothouse::tuning {

inline constexpr std::size_t kMaxPhrasesPerCondition = 100;
inline constexpr std::size_t kMaxWordsPerPhrase = 8;
inline constexpr std::size_t kMaxPhraseBytes = 100;
/// The words of a customer's message the rules read; later words are not matched.
inline constexpr std::size_t kMaxTextWords = 4096;

/// A compiled list of phrases.
class PhraseSet {
public:
    /// Why a phrase cannot be used, or an empty string when it can.
    static std::string problemWith(std::string_view phrase);

    PhraseSet() = default;
    /// `phrases` must each pass problemWith(); the caller (the rule set's validation) checks.
    explicit PhraseSet(const std::vector<std::string> &phrases);

    /// True when any phrase occurs in `words` (lower-case, from splitWords). `comparisons`, when
    /// given, is increased by the number of word comparisons made (beyond one hash lookup per
    /// word): at most words.size() x phrases x kMaxWordsPerPhrase.
    bool matchesAny(const std::vector<std::string> &words, std::uint64_t *comparisons = nullptr) const;

    bool empty() const { return m_phrases.empty(); }

private:
    struct Word {
        std::string text;
        bool prefix = false; ///< Written with a trailing '*'.
    };
    bool matchesAt(const std::vector<Word> &phrase, const std::vector<std::string> &words, std::size_t start,
        std::uint64_t &comparisons) const;

    std::vector<std::vector<Word>> m_phrases;
    /// Phrases by their first word, when it is a whole word: a message's word finds its candidates
    /// at once instead of trying every phrase.
    std::unordered_map<std::string, std::vector<std::uint32_t>> m_byFirstWord;
    std::vector<std::uint32_t> m_prefixFirst; ///< Phrases whose first word ends in '*'.
};

} // namespace pilothouse::tuning
