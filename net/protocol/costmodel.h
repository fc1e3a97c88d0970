#pragma once
// The organisation's cost model on the wire (docs/protocol.md 2.1, "Cost model"): the bodies of
// GET and PUT /api/v1/cost-model, GET /api/v1/cost-model/versions and the 409 and 422 refusals of
// a PUT. Decoding is strict (a missing member or a wrong type names the member); whether the
// values make sense is analytics::CostModelCheck's business (common/analytics/costmodel.h), so a
// negative hourly cost decodes here and is refused there, field by field.

#include "codec.h"
#include "rest.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

/// The assumptions themselves, as analytics::CostModel holds them.
struct CostModelValues {
    double loadedHourlyCost = 0;
    double defaultHandlingMinutes = 0;
    std::map<std::string, double> handlingMinutesByIntent;
    double aiPricePer1000Tokens = 0;
    std::string currency; ///< May be empty here; CostModelCheck refuses it.
    std::int64_t teamSize = 0;
    std::int64_t minHumanSamples = 0;
    bool operator==(const CostModelValues &) const = default;
};

/// One saved version: GET /api/v1/cost-model, an element of the versions list, a PUT's answer.
/// Version 0 is the built-in defaults (nothing saved yet: no author, `at` 0).
struct CostModelVersion {
    std::int64_t version = 0;
    std::string author; ///< The admin's user name.
    Millis at = 0;
    std::string note;
    CostModelValues model;
    bool operator==(const CostModelVersion &) const = default;
};

/// GET /api/v1/cost-model/versions: newest first.
struct CostModelVersions {
    std::vector<CostModelVersion> versions;
    bool operator==(const CostModelVersions &) const = default;
};

/// PUT /api/v1/cost-model body: the new values, the version they were edited from, a note.
struct CostModelUpdate {
    std::int64_t baseVersion = 0;
    std::string note;
    CostModelValues model;
    bool operator==(const CostModelUpdate &) const = default;
};

/// One refused field of a 422: `field` a member name, `intent` for handlingMinutesByIntent,
/// `code` "out_of_range", "empty" or "not_a_currency".
struct CostModelFieldError {
    std::string field;
    std::string intent;
    std::string code;
    std::string message;
    bool operator==(const CostModelFieldError &) const = default;
};

/// A refused PUT: the error, plus `current` (409) or `fields` (422).
struct CostModelRefusal {
    RestError error;
    std::optional<CostModelVersion> current;
    std::vector<CostModelFieldError> fields;
    bool operator==(const CostModelRefusal &) const = default;
};

/// The values as JSON members (added to `object`), and back.
void addCostModelValues(nlohmann::json &object, const CostModelValues &values);

std::string encode(const CostModelVersion &body);
std::string encode(const CostModelVersions &body);
std::string encode(const CostModelUpdate &body);
std::string encode(const CostModelRefusal &body);
Decoded<CostModelVersion> decodeCostModelVersion(std::string_view body);
Decoded<CostModelVersions> decodeCostModelVersions(std::string_view body);
Decoded<CostModelUpdate> decodeCostModelUpdate(std::string_view body);
Decoded<CostModelRefusal> decodeCostModelRefusal(std::string_view body);
/// The stored form of the values (the server's cost_models.data), and back.
std::string encode(const CostModelValues &values);
Decoded<CostModelValues> decodeCostModelValues(std::string_view text);

} // namespace pilothouse::protocol
