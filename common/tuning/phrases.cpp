#include "tuning/phrases.h"

#include "tuning/words.h"

namespace pilothouse::tuning {
namespace {

/// The phrase's words; a word's trailing '*' survives as its own marker.
std::vector<std::string> phraseWords(std::string_view phrase)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < phrase.size()) {
        std::size_t end = phrase.find(' ', start);
        if (end == std::string_view::npos)
            end = phrase.size();
        const auto token = phrase.substr(start, end - start);
        if (!token.empty()) {
            const bool prefix = token.back() == '*';
            auto words = splitWords(prefix ? token.substr(0, token.size() - 1) : token);
            for (std::size_t i = 0; i < words.size(); ++i)
                out.push_back(words[i] + (prefix && i + 1 == words.size() ? "*" : ""));
            if (words.empty() && prefix)
                out.push_back("*"); // a lone star: refused by problemWith
        }
        start = end + 1;
    }
    return out;
}

} // namespace

std::string PhraseSet::problemWith(std::string_view phrase)
{
    if (phrase.size() > kMaxPhraseBytes)
        return "longer than " + std::to_string(kMaxPhraseBytes) + " bytes";
    const auto words = phraseWords(phrase);
    if (words.empty())
        return "has no word to match";
    if (words.size() > kMaxWordsPerPhrase)
        return "more than " + std::to_string(kMaxWordsPerPhrase) + " words";
    for (const auto &word : words) {
        if (word == "*")
            return "a '*' must end a word of at least one letter";
    }
    if (phrase.find('*') != std::string_view::npos) {
        // Only at the end of a word: "re*und" would silently mean something else.
        for (std::size_t i = 0; i < phrase.size(); ++i) {
            if (phrase[i] == '*' && i + 1 < phrase.size() && phrase[i + 1] != ' ')
                return "a '*' may only end a word";
        }
    }
    return {};
}

PhraseSet::PhraseSet(const std::vector<std::string> &phrases)
{
    m_phrases.reserve(phrases.size());
    for (const auto &phrase : phrases) {
        std::vector<Word> compiled;
        for (auto &word : phraseWords(phrase)) {
            const bool prefix = word.back() == '*';
            if (prefix)
                word.pop_back();
            compiled.push_back({std::move(word), prefix});
        }
        if (compiled.empty())
            continue;
        const auto index = static_cast<std::uint32_t>(m_phrases.size());
        if (compiled.front().prefix)
            m_prefixFirst.push_back(index);
        else
            m_byFirstWord[compiled.front().text].push_back(index);
        m_phrases.push_back(std::move(compiled));
    }
}

bool PhraseSet::matchesAt(const std::vector<Word> &phrase, const std::vector<std::string> &words, std::size_t start,
    std::uint64_t &comparisons) const
{
    if (start + phrase.size() > words.size())
        return false;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        ++comparisons;
        const Word &want = phrase[i];
        const std::string &have = words[start + i];
        if (want.prefix ? !have.starts_with(want.text) : have != want.text)
            return false;
    }
    return true;
}

bool PhraseSet::matchesAny(const std::vector<std::string> &words, std::uint64_t *comparisons) const
{
    std::uint64_t made = 0;
    bool found = false;
    for (std::size_t start = 0; start < words.size() && !found; ++start) {
        // One hash lookup finds the phrases that can start here; each is checked word by word.
        if (const auto candidates = m_byFirstWord.find(words[start]); candidates != m_byFirstWord.end()) {
            for (const std::uint32_t index : candidates->second) {
                if ((found = matchesAt(m_phrases[index], words, start, made)))
                    break;
            }
        }
        for (std::size_t i = 0; i < m_prefixFirst.size() && !found; ++i)
            found = matchesAt(m_phrases[m_prefixFirst[i]], words, start, made);
    }
    if (comparisons)
        *comparisons += made;
    return found;
}

} // namespace pilothouse::tuning
