#pragma once
// Intent classifier learned at construction from example utterances (server/data/intents.json):
// TF-IDF over word unigrams, bigrams and character 3-grams, multinomial logistic regression, and a
// softmax temperature fitted on cross-validated predictions so that a confidence of 0.7 is right
// about 70% of the time. Text made of words the examples never use is pulled toward the uniform
// distribution, so gibberish and out-of-scope questions get a low confidence.

#include "agent/agent.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pilothouse::server {

struct TrainingExample {
    std::string text;
    std::string intent;
};

/// A trained, immutable classifier; safe to share between threads.
class IntentClassifier {
public:
    /// Trained on the compiled-in intents.json, once per process.
    static std::shared_ptr<const IntentClassifier> builtIn();
    /// Parses intents.json ({"intents":[{"id":..,"examples":[..]}]}); nullopt and `error` if malformed.
    static std::optional<std::vector<TrainingExample>> parseExamples(std::string_view json, std::string *error);

    /// `productNames`, if given, lets the classifier see product names as one placeholder token.
    IntentClassifier(const std::vector<TrainingExample> &examples, const Catalog *productNames);

    Classification classify(std::string_view text) const;
    /// Calibrated probability per intent, in the order of `intents()`.
    std::vector<double> probabilities(std::string_view text) const;
    const std::vector<std::string> &intents() const { return m_intents; }
    double temperature() const { return m_temperature; }

private:
    struct Features {
        std::vector<std::pair<int, double>> values; ///< Sorted by index, L2-normalised.
        double coverage = 0.0; ///< Share of the words seen in training.
    };
    struct Model {
        std::vector<double> weights; ///< classes x features, row-major
        std::vector<double> bias;
    };

    std::vector<std::string> tokens(std::string_view text) const;
    std::map<std::string, double> rawFeatures(std::string_view text) const;
    Features vectorise(std::string_view text) const;
    Model fit(const std::vector<Features> &rows, const std::vector<int> &labels,
        const std::vector<std::size_t> &subset) const;
    std::vector<double> logits(const Model &model, const Features &row) const;

    std::vector<std::string> m_intents;
    std::unordered_map<std::string, int> m_vocabulary;
    std::vector<double> m_idf;
    double m_maxIdf = 1.0; ///< idf of a word never seen in training
    std::map<std::string, int> m_nameWords; ///< Stemmed product-name word -> products using it
    Model m_model;
    double m_temperature = 1.0;
};

} // namespace pilothouse::server
