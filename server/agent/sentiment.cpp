#include "agent/sentiment.h"

#include "agent/text.h"

#include <algorithm>
#include <iterator>
#include <cmath>
#include <string>

namespace pilothouse::server {
namespace {

struct Valence {
    const char *word;
    double value; ///< -4 .. 4
};

// Valences for the words customers of a retailer actually use; stems cover simple plurals.
constexpr Valence kLexicon[] = {
    {"love", 3.0},
    {"loved", 3.0},
    {"great", 3.0},
    {"excellent", 3.2},
    {"amazing", 3.1},
    {"awesome", 3.1},
    {"perfect", 2.9},
    {"fantastic", 3.2},
    {"brilliant", 3.0},
    {"wonderful", 3.1},
    {"lovely", 2.6},
    {"super", 2.2},
    {"good", 1.9},
    {"nice", 1.8},
    {"happy", 2.7},
    {"glad", 2.0},
    {"pleased", 2.2},
    {"thanks", 1.9},
    {"thank", 1.7},
    {"cheers", 1.6},
    {"appreciate", 2.0},
    {"appreciated", 2.0},
    {"helpful", 2.0},
    {"quick", 1.0},
    {"fast", 1.0},
    {"easy", 1.5},
    {"fine", 0.8},
    {"ok", 0.5},
    {"okay", 0.5},
    {"cool", 1.3},
    {"comfortable", 1.8},
    {"best", 3.0},
    {"recommend", 1.6},
    {"satisfied", 2.0},
    {"delighted", 3.2},
    {"sorted", 1.5},
    {"works", 0.8},
    {"fair", 1.0},
    {"bad", -2.5},
    {"terrible", -3.3},
    {"awful", -3.3},
    {"horrible", -3.2},
    {"worst", -3.4},
    {"poor", -2.1},
    {"disappointed", -2.6},
    {"disappointing", -2.6},
    {"unhappy", -2.6},
    {"angry", -3.0},
    {"furious", -3.5},
    {"annoyed", -2.2},
    {"annoying", -2.2},
    {"frustrated", -2.5},
    {"frustrating", -2.5},
    {"upset", -2.3},
    {"ridiculous", -2.7},
    {"unacceptable", -3.0},
    {"useless", -2.8},
    {"pathetic", -3.0},
    {"joke", -2.0},
    {"scam", -3.2},
    {"fraud", -3.2},
    {"disgusted", -3.2},
    {"disgusting", -3.2},
    {"appalling", -3.3},
    {"shocking", -2.6},
    {"shockingly", -2.0},
    {"incompetent", -3.0},
    {"rude", -2.7},
    {"hate", -3.2},
    {"broken", -1.8},
    {"damaged", -1.8},
    {"defective", -2.0},
    {"faulty", -2.0},
    {"late", -1.3},
    {"lost", -1.6},
    {"missing", -1.4},
    {"wrong", -1.6},
    {"problem", -1.3},
    {"issue", -0.8},
    {"mess", -2.2},
    {"disaster", -3.0},
    {"shambles", -2.8},
    {"nightmare", -3.0},
    {"waste", -2.3},
    {"ignored", -2.4},
    {"ignoring", -2.4},
    {"never", -0.6},
    {"sick", -2.0},
    {"fed", -0.5},
    {"hopeless", -2.8},
    {"sucks", -2.8},
    {"crap", -2.8},
    {"complaint", -1.8},
    {"complain", -1.8},
    {"unbelievable", -1.8},
    {"nobody", -1.2},
    {"cheated", -3.0},
    {"stolen", -2.4},
    {"worried", -1.6},
    {"concerned", -1.2},
    {"confused", -1.0},
    {"sadly", -1.3},
    {"sad", -2.0},
    {"stuck", -1.3},
    {"failed", -1.9},
    {"fail", -1.9},
    {"leak", -1.2},
    {"leaks", -1.2},
    {"ripped", -1.7},
    {"torn", -1.6},
    {"cracked", -1.5},
    {"soaked", -1.2},
    {"sucked", -2.6},
    {"lawyer", -1.5},
    {"sue", -2.0},
    {"chargeback", -2.0},
    {"losing", -1.2},
    {"forever", -0.8},
    {"disgrace", -3.1},
    {"outraged", -3.4},
    {"livid", -3.5},
    {"pissed", -3.0},
    {"trust", 1.0},
};

constexpr const char *kNegations[] = {"not", "no", "never", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "cant",
    "cannot", "wont", "hardly", "without", "nor", "havent", "hasnt", "werent", "aint"};

struct Booster {
    const char *word;
    double factor;
};
constexpr Booster kBoosters[] = {{"very", 1.3}, {"so", 1.25}, {"really", 1.25}, {"extremely", 1.5}, {"absolutely", 1.4},
    {"totally", 1.3}, {"completely", 1.35}, {"utterly", 1.5}, {"incredibly", 1.4}, {"super", 1.3}, {"too", 1.15},
    {"quite", 1.1}, {"slightly", 0.6}, {"somewhat", 0.7}, {"bit", 0.7}, {"kind", 0.8}};

// Multi-word expressions whose meaning is not the sum of their words.
struct Phrase {
    const char *words;
    double value;
};
constexpr Phrase kPhrases[] = {{"waste of time", -2.8}, {"let down", -2.4}, {"fed up", -2.6}, {"no one", -1.0},
    {"not happy", -2.4}, {"not good enough", -2.6}, {"losing patience", -2.4}, {"last time", -1.0},
    {"going nowhere", -2.2}, {"thanks a million", 2.6}, {"thank you", 1.0}, {"no problem", 1.2}, {"no worries", 1.2},
    {"sick of", -2.6}, {"third time", -1.6}, {"doesnt help", -2.0}, {"didnt help", -2.0}, {"not helping", -2.0},
    {"isnt helping", -2.0}, {"no help", -2.0}, {"still nothing", -1.6}};

double lookup(const std::string &word)
{
    for (const auto &entry : kLexicon) {
        if (word == entry.word)
            return entry.value;
    }
    const auto stemmed = text::stem(word);
    if (stemmed != word) {
        for (const auto &entry : kLexicon) {
            if (stemmed == entry.word)
                return entry.value;
        }
    }
    return 0.0;
}

bool isNegation(const std::string &word)
{
    return std::any_of(std::begin(kNegations), std::end(kNegations), [&word](const char *n) { return word == n; });
}

bool isUpperWord(const std::string &raw)
{
    int letters = 0;
    for (const char c : raw) {
        if (c >= 'a' && c <= 'z')
            return false;
        if (c >= 'A' && c <= 'Z')
            ++letters;
    }
    return letters >= 3;
}

} // namespace

namespace {

/// Sum of valences in one clause; negation and boosters stay inside it.
double clauseSum(std::string_view clause, bool allCaps)
{
    const auto words = text::words(clause);
    const auto raw = text::rawWords(clause);
    double sum = 0.0;
    std::vector<bool> consumed(words.size(), false);
    for (const auto &phrase : kPhrases) {
        const auto needle = text::words(phrase.words);
        for (std::size_t i = 0; i + needle.size() <= words.size(); ++i) {
            if (std::equal(needle.begin(), needle.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
                sum += phrase.value;
                for (std::size_t j = i; j < i + needle.size(); ++j)
                    consumed[j] = true;
            }
        }
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (consumed[i])
            continue;
        double value = lookup(words[i]);
        if (value == 0.0)
            continue;
        for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
            const auto &previous = words[i - back];
            if (isNegation(previous)) {
                value *= -0.74; // "not great" is bad but less than "bad"; "not bad" is mildly good
                break;
            }
            if (back == 1) {
                for (const auto &booster : kBoosters) {
                    if (previous == booster.word)
                        value *= booster.factor;
                }
            }
        }
        if (!allCaps && i < raw.size() && isUpperWord(raw[i]))
            value *= 1.3;
        sum += value;
    }
    return sum;
}

} // namespace

double sentimentScore(std::string_view input)
{
    const auto raw = text::rawWords(input);
    if (raw.empty())
        return 0.0;
    // Shouting only counts when the whole message is not in capitals.
    const bool allCaps = std::all_of(raw.begin(), raw.end(), [](const std::string &w) { return isUpperWord(w); });
    double sum = 0.0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= input.size(); ++i) {
        if (i == input.size() || input[i] == '.' || input[i] == '!' || input[i] == '?' || input[i] == ';') {
            if (i > start)
                sum += clauseSum(input.substr(start, i - start), allCaps);
            start = i + 1;
        }
    }
    // Exclamation marks amplify whatever the message already says.
    const auto bangs = std::min<std::ptrdiff_t>(std::count(input.begin(), input.end(), '!'), 4);
    if (sum != 0.0)
        sum += (sum > 0 ? 0.3 : -0.3) * static_cast<double>(bangs);
    const double score = sum / std::sqrt(sum * sum + 15.0);
    return std::clamp(score, -1.0, 1.0);
}

} // namespace pilothouse::server
