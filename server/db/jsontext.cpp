#include "jsontext.h"

namespace pilothouse::server {

QString toJsonText(const nlohmann::json &json)
{
    return QString::fromStdString(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::optional<nlohmann::json> fromJsonText(const QString &text)
{
    auto parsed = nlohmann::json::parse(text.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

} // namespace pilothouse::server
