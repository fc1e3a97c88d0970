#include "agent/qualification.h"

#include "agent/builtindata.h"
#include "agent/text.h"
#include "log/log.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <string>

namespace pilothouse::server {
namespace {

using protocol::QualificationFact;

constexpr std::array<std::pair<QualificationFact, const char *>, 4> kFacts {
    {{QualificationFact::Need, "need"}, {QualificationFact::Timeline, "timeline"},
        {QualificationFact::Budget, "budget"}, {QualificationFact::Authority, "authority"}}};

/// Phrases per fact (indexed like QualificationFact), per language.
using Phrases = std::array<std::vector<std::string>, kFacts.size()>;

const std::map<std::string, Phrases, std::less<>> &phrasesByLanguage()
{
    static const auto parsed = [] {
        std::map<std::string, Phrases, std::less<>> out;
        try {
            const auto root = nlohmann::json::parse(builtinData("qualification.json"));
            for (const auto &[language, facts] : root.at("languages").items()) {
                Phrases &phrases = out[language];
                for (std::size_t i = 0; i < kFacts.size(); ++i) {
                    for (const auto &phrase : facts.at(kFacts[i].second))
                        phrases[i].push_back(text::lower(phrase.get<std::string>()));
                }
            }
        } catch (const std::exception &error) {
            log::get("agent")->error("qualification.json does not load: {}", error.what());
        }
        return out;
    }();
    return parsed;
}

void addFrom(const Phrases &phrases, const std::vector<std::string> &words, std::array<bool, kFacts.size()> &found)
{
    for (std::size_t i = 0; i < kFacts.size(); ++i) {
        for (const auto &phrase : phrases[i]) {
            if (!found[i] && text::containsPhrase(words, phrase))
                found[i] = true;
        }
    }
}

std::vector<QualificationFact> inOrder(const std::array<bool, kFacts.size()> &found)
{
    std::vector<QualificationFact> out;
    for (std::size_t i = 0; i < kFacts.size(); ++i) {
        if (found[i])
            out.push_back(kFacts[i].first);
    }
    return out;
}

} // namespace

std::vector<QualificationFact> qualificationFacts(std::string_view text, std::string_view language)
{
    const auto &all = phrasesByLanguage();
    const auto words = text::words(text);
    std::array<bool, kFacts.size()> found {};
    if (const auto it = all.find("en"); it != all.end())
        addFrom(it->second, words, found);
    if (const auto it = all.find(language); language != "en" && it != all.end())
        addFrom(it->second, words, found);
    return inOrder(found);
}

std::vector<QualificationFact> mergeFacts(
    const std::vector<QualificationFact> &known, const std::vector<QualificationFact> &more)
{
    std::array<bool, kFacts.size()> found {};
    for (const auto &list : {known, more}) {
        for (const QualificationFact fact : list)
            found[static_cast<std::size_t>(fact)] = true;
    }
    return inOrder(found);
}

} // namespace pilothouse::server
