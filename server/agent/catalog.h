#pragma once
// The demo store the agent's tools look things up in: customers, their orders, products and
// policies. Loaded from JSON shipped with the server (server/data/catalog.json, compiled in).

#include "protocol/frames.h"

#include <memory>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pilothouse::server {

struct Product {
    std::string sku;
    std::string name;
    std::string category;
    std::int64_t priceCents = 0;
    int stock = 0;
    std::string description;
    std::vector<std::string> sizes; ///< e.g. {"S", "M", "L"}; {"One size"} when not sized.
};

/// Carrier details of a shipped order (not part of protocol::Order, which the console shows).
struct Shipment {
    std::string orderId;
    std::string carrier; ///< "UPS", "FedEx", ...
    std::string tracking;
    int etaDays = 0; ///< Business days until delivery while in transit; 0 once delivered.
};

struct Policy {
    std::string topic; ///< "returns", "shipping", "refunds", "warranty", ...
    std::string text;
};

class Catalog {
public:
    /// Parses the catalog JSON. Returns nullptr and sets `error` on malformed input.
    static std::shared_ptr<const Catalog> fromJson(std::string_view json, std::string *error);
    /// The catalog compiled into the server.
    static std::shared_ptr<const Catalog> builtIn();

    const std::vector<protocol::Customer> &customers() const { return m_customers; }
    const std::vector<Product> &products() const { return m_products; }
    const std::vector<Policy> &policies() const { return m_policies; }

    const protocol::Customer *customer(std::string_view id) const;
    /// The order and its owner, if any customer has it.
    std::optional<std::pair<protocol::Order, std::string>> order(std::string_view orderId) const;
    const Product *productByName(std::string_view fuzzyName) const;
    const Policy *policy(std::string_view topic) const;
    /// Carrier details for a shipped, delivered or returned order, nullptr otherwise.
    const Shipment *shipment(std::string_view orderId) const;
    /// Products named in free text, best match first (fuzzy: typos and partial names count,
    /// weighted by how distinctive each matched word is across the catalog).
    std::vector<const Product *> productsMentioned(std::string_view text) const;

private:
    std::vector<protocol::Customer> m_customers;
    std::vector<Product> m_products;
    std::vector<Policy> m_policies;
    std::vector<Shipment> m_shipments;
    std::vector<std::vector<std::string>> m_productWords; ///< Stemmed name words per product.
    std::vector<std::pair<std::string, double>> m_wordWeights; ///< Sorted; rarer words weigh more.

    double wordWeight(const std::string &word) const;
};

} // namespace pilothouse::server
