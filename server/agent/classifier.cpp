#include "agent/classifier.h"

#include "agent/builtindata.h"
#include "agent/text.h"
#include "log/log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>

namespace pilothouse::server {
namespace {

constexpr int kFolds = 5;
constexpr int kEpochs = 25;
constexpr double kLearningRate = 0.8;
constexpr double kL2 = 1e-4;
constexpr double kCharGramWeight = 0.5; // char 3-grams catch typos and inflections, words carry meaning

void softmaxInPlace(std::vector<double> &values)
{
    const double top = *std::max_element(values.begin(), values.end());
    double sum = 0.0;
    for (auto &v : values) {
        v = std::exp(v - top);
        sum += v;
    }
    for (auto &v : values)
        v /= sum;
}

// Product-name words that also carry meaning of their own in support talk ("talk to a person",
// "meant to be waterproof"): never masked when they stand alone.
constexpr const char *kKeepAlone[] = {"person", "down", "top", "quick", "dry", "sun", "wide", "base", "compact",
    "approach", "pack", "waterproof", "long", "regular", "kid", "light"};

} // namespace

std::vector<std::string> IntentClassifier::tokens(std::string_view input) const
{
    std::vector<std::string> stems;
    for (const auto &word : text::words(input))
        stems.push_back(text::stem(word));
    // Product names become one "#prod" token: which product is asked about says nothing about the
    // intent, and the names would otherwise pull every message that mentions one toward
    // product_question.
    std::vector<std::string> out;
    for (std::size_t i = 0; i < stems.size();) {
        std::size_t end = i;
        while (end < stems.size() && m_nameWords.count(stems[end]))
            ++end;
        const bool keep = std::any_of(
            std::begin(kKeepAlone), std::end(kKeepAlone), [&](const char *w) { return end == i + 1 && stems[i] == w; });
        const bool product = end >= i + 2 || (end == i + 1 && !keep && m_nameWords.at(stems[i]) == 1);
        if (end > i && product) {
            out.emplace_back("#prod");
            i = end;
            continue;
        }
        const auto &word = stems[i++];
        const bool numeric = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
        // Numbers stand for their shape: a 5-digit number is almost always an order id here.
        out.push_back(numeric ? (word.size() == 5 ? std::string("#5") : std::string("#n")) : word);
    }
    return out;
}

std::map<std::string, double> IntentClassifier::rawFeatures(std::string_view input) const
{
    const auto words = tokens(input);
    std::map<std::string, double> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        out["w:" + words[i]] += 1.0;
        out["b:" + (i == 0 ? std::string("^") : words[i - 1]) + ' ' + words[i]] += 1.0;
        if (words[i][0] == '#')
            continue;
        const std::string padded = '<' + words[i] + '>';
        for (std::size_t j = 0; j + 3 <= padded.size(); ++j)
            out["c:" + padded.substr(j, 3)] += kCharGramWeight;
    }
    return out;
}

std::optional<std::vector<TrainingExample>> IntentClassifier::parseExamples(std::string_view json, std::string *error)
{
    try {
        const auto root = nlohmann::json::parse(json.begin(), json.end());
        std::vector<TrainingExample> out;
        for (const auto &intent : root.at("intents")) {
            const auto id = intent.at("id").get<std::string>();
            for (const auto &example : intent.at("examples"))
                out.push_back({example.get<std::string>(), id});
        }
        if (out.empty())
            throw std::runtime_error("no examples");
        return out;
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("intents: ") + e.what();
        return std::nullopt;
    }
}

std::shared_ptr<const IntentClassifier> IntentClassifier::builtIn()
{
    static const std::shared_ptr<const IntentClassifier> instance = [] {
        std::string error;
        auto examples = parseExamples(builtinData("intents.json"), &error);
        if (!examples) {
            log::get("agent")->error("built-in intents rejected: {}", error);
            examples = std::vector<TrainingExample> {{"hello", "greeting_smalltalk"}};
        }
        return std::make_shared<const IntentClassifier>(*examples, Catalog::builtIn().get());
    }();
    return instance;
}

IntentClassifier::IntentClassifier(const std::vector<TrainingExample> &examples, const Catalog *productNames)
{
    if (productNames) {
        for (const auto &product : productNames->products()) {
            std::vector<std::string> stems;
            for (const auto &word : text::words(product.name))
                stems.push_back(text::stem(word));
            std::sort(stems.begin(), stems.end());
            stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
            for (const auto &word : stems)
                ++m_nameWords[word];
        }
    }
    // Vocabulary and document frequencies, indices in order of first appearance (deterministic).
    std::vector<std::map<std::string, double>> raw;
    std::vector<int> labels;
    std::vector<double> documentFrequency;
    for (const auto &example : examples) {
        auto found = std::find(m_intents.begin(), m_intents.end(), example.intent);
        if (found == m_intents.end())
            found = m_intents.insert(m_intents.end(), example.intent);
        labels.push_back(static_cast<int>(found - m_intents.begin()));
        raw.push_back(rawFeatures(example.text));
        for (const auto &[name, value] : raw.back()) {
            auto [it, inserted] = m_vocabulary.try_emplace(name, static_cast<int>(documentFrequency.size()));
            if (inserted)
                documentFrequency.push_back(0.0);
            documentFrequency[static_cast<std::size_t>(it->second)] += 1.0;
        }
    }
    const double n = static_cast<double>(examples.size());
    m_idf.resize(documentFrequency.size());
    for (std::size_t i = 0; i < m_idf.size(); ++i)
        m_idf[i] = std::log((1.0 + n) / (1.0 + documentFrequency[i])) + 1.0;
    m_maxIdf = std::log(1.0 + n) + 1.0;

    std::vector<Features> rows;
    rows.reserve(examples.size());
    for (const auto &example : examples)
        rows.push_back(vectorise(example.text));

    // Cross-validated logits (fold = position in a fixed shuffle) to fit the temperature on
    // predictions the model did not train on; training-set logits would be overconfident.
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937_64 rng(0x5eed);
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[static_cast<std::size_t>(rng() % i)]);
    std::vector<std::pair<std::vector<double>, int>> heldOut;
    for (int fold = 0; fold < kFolds && rows.size() >= static_cast<std::size_t>(kFolds) * 2; ++fold) {
        std::vector<std::size_t> train;
        std::vector<std::size_t> test;
        for (std::size_t i = 0; i < order.size(); ++i)
            (static_cast<int>(i % kFolds) == fold ? test : train).push_back(order[i]);
        const auto model = fit(rows, labels, train);
        for (const auto index : test)
            heldOut.emplace_back(logits(model, rows[index]), labels[index]);
    }
    double bestLoss = std::numeric_limits<double>::infinity();
    for (double t = 0.05; t <= 3.0 + 1e-9; t += 0.025) {
        double loss = 0.0;
        for (const auto &[z, label] : heldOut) {
            std::vector<double> p(z);
            for (auto &v : p)
                v /= t;
            softmaxInPlace(p);
            loss -= std::log(std::max(p[static_cast<std::size_t>(label)], 1e-12));
        }
        if (!heldOut.empty() && loss < bestLoss) {
            bestLoss = loss;
            m_temperature = t;
        }
    }
    m_model = fit(rows, labels, order);
}

IntentClassifier::Features IntentClassifier::vectorise(std::string_view input) const
{
    const auto raw = rawFeatures(input);
    Features out;
    // Coverage weighs words by rarity: knowing "the" and "of" says little, and an unknown word
    // counts as maximally rare.
    double knownWeight = 0.0;
    double totalWeight = 0.0;
    double norm = 0.0;
    for (const auto &[name, count] : raw) {
        const auto it = m_vocabulary.find(name);
        const bool word = name.starts_with("w:");
        if (it == m_vocabulary.end()) {
            totalWeight += word ? count * m_maxIdf : 0.0;
            continue;
        }
        if (word) {
            knownWeight += count * m_idf[static_cast<std::size_t>(it->second)];
            totalWeight += count * m_idf[static_cast<std::size_t>(it->second)];
        }
        const double value = (1.0 + std::log(count)) * m_idf[static_cast<std::size_t>(it->second)];
        out.values.emplace_back(it->second, value);
        norm += value * value;
    }
    norm = std::sqrt(norm);
    for (auto &entry : out.values)
        entry.second /= norm > 0.0 ? norm : 1.0;
    std::sort(out.values.begin(), out.values.end());
    out.coverage = totalWeight > 0.0 ? knownWeight / totalWeight : 0.0;
    return out;
}

IntentClassifier::Model IntentClassifier::fit(
    const std::vector<Features> &rows, const std::vector<int> &labels, const std::vector<std::size_t> &subset) const
{
    const std::size_t classes = m_intents.size();
    const std::size_t features = m_idf.size();
    Model model {std::vector<double>(classes * features, 0.0), std::vector<double>(classes, 0.0)};
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
        const double rate = kLearningRate / (1.0 + 0.1 * epoch);
        // Each epoch visits the rows in a different, fixed order.
        std::vector<std::size_t> visit(subset);
        std::mt19937_64 rng(static_cast<std::uint64_t>(epoch) + 1);
        for (std::size_t i = visit.size(); i > 1; --i)
            std::swap(visit[i - 1], visit[static_cast<std::size_t>(rng() % i)]);
        for (const auto index : visit) {
            auto p = logits(model, rows[index]);
            softmaxInPlace(p);
            for (std::size_t k = 0; k < classes; ++k) {
                const double gradient = p[k] - (static_cast<int>(k) == labels[index] ? 1.0 : 0.0);
                if (std::abs(gradient) < 1e-3)
                    continue; // saturated: the update would not change any prediction
                model.bias[k] -= rate * gradient;
                double *row = &model.weights[k * features];
                for (const auto &[feature, value] : rows[index].values)
                    row[feature] -= rate * gradient * value;
            }
        }
        // L2 shrink once per epoch: cheap, and enough to keep rare features from dominating.
        const double shrink = 1.0 - rate * kL2 * static_cast<double>(visit.size());
        for (auto &w : model.weights)
            w *= shrink;
    }
    return model;
}

std::vector<double> IntentClassifier::logits(const Model &model, const Features &row) const
{
    const std::size_t features = m_idf.size();
    std::vector<double> out(model.bias);
    for (std::size_t k = 0; k < out.size(); ++k) {
        const double *weights = &model.weights[k * features];
        for (const auto &[feature, value] : row.values)
            out[k] += weights[feature] * value;
    }
    return out;
}

std::vector<double> IntentClassifier::probabilities(std::string_view input) const
{
    const auto row = vectorise(input);
    auto p = logits(m_model, row);
    for (auto &v : p)
        v /= m_temperature;
    softmaxInPlace(p);
    // Evidence shrinkage: words never seen in training carry no evidence for any intent, so
    // their share of the message pulls the distribution toward uniform.
    const double uniform = 1.0 / static_cast<double>(p.size());
    for (auto &v : p)
        v = row.coverage * v + (1.0 - row.coverage) * uniform;
    return p;
}

Classification IntentClassifier::classify(std::string_view input) const
{
    if (m_intents.empty())
        return {"unknown", 0.0};
    const auto p = probabilities(input);
    const auto best = static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
    if (vectorise(input).values.empty())
        return {"unknown", p[best]};
    return {m_intents[best], p[best]};
}

} // namespace pilothouse::server
