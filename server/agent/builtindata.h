#pragma once
// The JSON files of server/data, compiled into the binary by embeddata.cmake so the server needs
// no data directory at run time.

#include <string_view>

namespace pilothouse::server {

/// Contents of a data file by name ("catalog.json", "intents.json", "scenarios.json",
/// "qualification.json");
/// an empty view for an unknown name.
std::string_view builtinData(std::string_view name);

} // namespace pilothouse::server
