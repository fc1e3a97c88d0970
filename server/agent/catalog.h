#pragma once
// The demo store the agent's tools look things up in: customers, their orders, products and
// policies. Loaded from JSON shipped with the server (server/data/catalog.json, compiled in).

#include "protocol/frames.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::server {

struct Product {
    std::string sku;
    std::string name;
    std::string category;
    std::int64_t priceCents = 0;
    int stock = 0;
    std::string description;
};

struct Policy {
    std::string topic;   ///< "returns", "shipping", "refunds", "warranty", ...
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

private:
    std::vector<protocol::Customer> m_customers;
    std::vector<Product> m_products;
    std::vector<Policy> m_policies;
};

} // namespace pilothouse::server
