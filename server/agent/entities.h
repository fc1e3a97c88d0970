#pragma once
// Entity extraction from customer text: order numbers, emails, products (fuzzy, against the
// catalog), sizes and money amounts.

#include "agent/catalog.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::server {

struct Entities {
    std::vector<std::string> orderIds; ///< "12345", explicit mentions first.
    std::vector<std::string> emails;
    std::vector<const Product *> products; ///< Best match first; points into the catalog.
    std::vector<std::string> sizes; ///< Normalised: "XS".."XXL", or a number such as "10.5".
    std::vector<std::int64_t> amountsCents;
    std::vector<int> quantities; ///< "50 jackets", "for 25 staff"
};

/// Extracts entities; `catalog` may be null (no product matching then).
Entities extractEntities(std::string_view text, const Catalog *catalog);

} // namespace pilothouse::server
