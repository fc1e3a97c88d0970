#pragma once
// The assumptions behind every money figure (docs/metrics.md, "Cost model"): what an hour of a
// person costs, how long a person takes per intent until enough measured samples exist, what the
// AI costs per 1,000 tokens, the currency, and the team the savings are compared with. The server
// stores the organisation's values; a supervisor may try others locally. validate() refuses a
// model with one translated sentence per bad field. Plain values; safe to copy between threads.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace pilothouse::analytics {

/// The inputs of the money figures. Amounts are in `currency`'s major unit (dollars, euros).
struct CostModel {
    double loadedHourlyCost = 30.0; ///< What an hour of a person costs, all overheads included.
    double defaultHandlingMinutes = 8.0; ///< For an intent without a default of its own.
    QHash<QString, double> handlingMinutesByIntent; ///< Default minutes per intent.
    double aiPricePer1000Tokens = 0.01;
    QString currency = QStringLiteral("USD"); ///< ISO 4217.
    int teamSize = 15; ///< The human team the savings are compared with.
    int minHumanSamples = 20; ///< Measured handling time replaces the default from this many.

    /// The limits validate() enforces, inclusive; docs/metrics.md lists them.
    static constexpr double kMaxHourlyCost = 10'000.0;
    static constexpr double kMaxHandlingMinutes = 480.0;
    static constexpr double kMaxPricePer1000Tokens = 100.0;
    static constexpr int kMaxTeamSize = 100'000;
    static constexpr int kMaxMinHumanSamples = 10'000;

    /// Default handling minutes for `intent`: its own, or defaultHandlingMinutes.
    double defaultMinutesFor(const QString &intent) const;

    friend bool operator==(const CostModel &, const CostModel &) = default;
};

/// A refused field, why, and the sentence the form shows next to it. The server answers a refused
/// PUT /api/v1/cost-model with fieldName() and codeName() of each (docs/protocol.md, REST).
struct CostModelError {
    enum Field {
        LoadedHourlyCost,
        DefaultHandlingMinutes,
        IntentHandlingMinutes, ///< `intent` names the entry.
        AiPrice,
        Currency,
        TeamSize,
        MinHumanSamples,
    };
    enum Code {
        OutOfRange, ///< Not a finite number within the field's limits.
        Empty, ///< An intent without a name, or no currency.
        NotACurrency, ///< Not three capital letters (ISO 4217).
    };
    Field field;
    QString intent;
    QString message;
    Code code = OutOfRange;
};

/// Validation of a CostModel (Q_DECLARE_TR_FUNCTIONS: the messages are translated).
class CostModelCheck {
    Q_DECLARE_TR_FUNCTIONS(CostModelCheck)

public:
    /// Every bad field, in declaration order; empty when the model may be used.
    static QList<CostModelError> validate(const CostModel &model);
    /// The translated sentence for a refusal: the one validate() puts in `message`.
    static QString message(CostModelError::Field field, CostModelError::Code code, const QString &intent = {});
    /// The field's member name on the wire ("loadedHourlyCost", "handlingMinutesByIntent", ...).
    static const char *fieldName(CostModelError::Field field);
    /// The refusal's code on the wire: "out_of_range", "empty", "not_a_currency".
    static const char *codeName(CostModelError::Code code);
    /// The inverses, for a refusal the server sent; false for a name this build does not know.
    static bool fieldFromName(const QString &name, CostModelError::Field &field);
    static bool codeFromName(const QString &name, CostModelError::Code &code);
};

} // namespace pilothouse::analytics
