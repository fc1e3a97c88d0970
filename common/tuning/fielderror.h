#pragma once
// A problem with one field of a configuration document (docs/config.md, "Validation"): the path
// of the field as the editor shows it ("rules[2].when[0].value"), a stable code and a sentence a
// supervisor can act on.

#include <string>
#include <variant>
#include <vector>

namespace pilothouse::tuning {

struct FieldError {
    std::string field; ///< "rules[2].when[0].value"; "" = the document itself
    std::string code; ///< required, wrong_type, out_of_range, unknown_value, unknown_field, duplicate,
        ///< too_many, guardrail_missing, guardrail_changed, malformed
    std::string message;
    bool operator==(const FieldError &) const = default;
};

/// A document that validated, or every problem found in it (not only the first).
template<typename T> using Validated = std::variant<T, std::vector<FieldError>>;

} // namespace pilothouse::tuning
