#pragma once
// The right of access (GDPR article 15; issue 13): everything the server holds about one
// customer, as one JSON document (docs/protocol.md, GET /api/v1/customers/{id}/export).

#include "protocol/frames.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pilothouse::server {

class Database;

namespace privacy {

/// Reads the customer's rows from every table that holds them, as stored (an erased customer's
/// tombstones included), plus the drafts still in the event log.
class CustomerExport {
public:
    explicit CustomerExport(const Database &db);

    /// The export document, or nullopt when no such customer was ever known (or on an SQL error).
    std::optional<nlohmann::json> build(const std::string &customerId, protocol::Millis now) const;

private:
    const Database &m_db;
};

} // namespace privacy
} // namespace pilothouse::server
