#pragma once
// JSON columns: the server stores domain objects as JSON text, written by the protocol codec's
// to_json so the stored form and the wire form never drift apart.

#include <nlohmann/json.hpp>

#include <QString>

#include <optional>

namespace pilothouse::server {

/// Serialises without ever throwing: invalid UTF-8 in customer text is replaced, not fatal.
QString toJsonText(const nlohmann::json &json);
/// Parses without throwing; nullopt when the text is not JSON.
std::optional<nlohmann::json> fromJsonText(const QString &text);

} // namespace pilothouse::server
