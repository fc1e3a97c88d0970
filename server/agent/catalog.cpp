#include "agent/catalog.h"

#include "agent/builtindata.h"
#include "agent/text.h"
#include "log/log.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace pilothouse::server {
namespace {

using nlohmann::json;

/// Thrown inside the parser only; fromJson turns it into the error string.
struct SchemaError {
    std::string message;
};

const json &field(const json &object, const char *key, const std::string &path)
{
    if (!object.is_object())
        throw SchemaError {path + ": expected an object"};
    const auto it = object.find(key);
    if (it == object.end())
        throw SchemaError {path + "." + key + ": missing"};
    return *it;
}

std::string str(const json &object, const char *key, const std::string &path, bool required = true)
{
    if (!required && (!object.is_object() || !object.contains(key)))
        return {};
    const auto &value = field(object, key, path);
    if (!value.is_string())
        throw SchemaError {path + "." + key + ": expected a string"};
    return value.get<std::string>();
}

std::int64_t integer(const json &object, const char *key, const std::string &path, bool required = true)
{
    if (!required && (!object.is_object() || !object.contains(key)))
        return 0;
    const auto &value = field(object, key, path);
    if (!value.is_number_integer())
        throw SchemaError {path + "." + key + ": expected an integer"};
    return value.get<std::int64_t>();
}

const json &array(const json &object, const char *key, const std::string &path)
{
    const auto &value = field(object, key, path);
    if (!value.is_array())
        throw SchemaError {path + "." + key + ": expected an array"};
    return value;
}

std::string at(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

} // namespace

std::shared_ptr<const Catalog> Catalog::fromJson(std::string_view jsonText, std::string *error)
{
    auto fail = [error](std::string message) -> std::shared_ptr<const Catalog> {
        if (error)
            *error = std::move(message);
        return nullptr;
    };
    json root;
    try {
        root = json::parse(jsonText.begin(), jsonText.end());
    } catch (const json::exception &e) {
        return fail(std::string("catalog: malformed JSON: ") + e.what());
    }
    if (!root.is_object())
        return fail("catalog: expected a JSON object with customers, products and policies");
    auto catalog = std::make_shared<Catalog>();
    try {
        std::set<std::string> orderIds;
        const auto &customers = array(root, "customers", "catalog");
        for (std::size_t i = 0; i < customers.size(); ++i) {
            const auto &c = customers[i];
            const auto path = at("customers", i);
            protocol::Customer customer;
            customer.id = str(c, "id", path);
            customer.name = str(c, "name", path);
            customer.email = str(c, "email", path);
            customer.segment = str(c, "segment", path);
            customer.language = str(c, "language", path, false);
            if (!customer.language.empty()
                && (customer.language.size() < 2 || customer.language.size() > 3
                    || customer.language.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos))
                throw SchemaError {path + ".language: expected a primary language tag like \"en\""};
            customer.lifetimeValueCents = integer(c, "lifetimeValueCents", path);
            customer.since = integer(c, "since", path, false);
            const auto &vip = field(c, "vip", path);
            if (!vip.is_boolean())
                throw SchemaError {path + ".vip: expected true or false"};
            customer.vip = vip.get<bool>();
            if (customer.id.empty())
                throw SchemaError {path + ".id: must not be empty"};
            if (catalog->customer(customer.id))
                throw SchemaError {path + ".id: duplicate customer id " + customer.id};
            const auto &orders = array(c, "orders", path);
            for (std::size_t j = 0; j < orders.size(); ++j) {
                const auto &o = orders[j];
                const auto opath = at(path + ".orders", j);
                protocol::Order order;
                order.id = str(o, "id", opath);
                order.totalCents = integer(o, "totalCents", opath);
                order.currency = str(o, "currency", opath);
                order.status = str(o, "status", opath);
                order.placedAt = integer(o, "placedAt", opath);
                order.summary = str(o, "summary", opath);
                if (!orderIds.insert(order.id).second)
                    throw SchemaError {opath + ".id: duplicate order id " + order.id};
                const auto carrier = str(o, "carrier", opath, false);
                if (!carrier.empty()) {
                    catalog->m_shipments.push_back({order.id, carrier, str(o, "tracking", opath, false),
                        static_cast<int>(integer(o, "etaDays", opath, false))});
                }
                customer.orders.push_back(std::move(order));
            }
            catalog->m_customers.push_back(std::move(customer));
        }
        const auto &products = array(root, "products", "catalog");
        for (std::size_t i = 0; i < products.size(); ++i) {
            const auto &p = products[i];
            const auto path = at("products", i);
            Product product;
            product.sku = str(p, "sku", path);
            product.name = str(p, "name", path);
            product.category = str(p, "category", path);
            product.priceCents = integer(p, "priceCents", path);
            product.stock = static_cast<int>(integer(p, "stock", path));
            product.description = str(p, "description", path, false);
            if (p.contains("sizes")) {
                const auto &sizes = array(p, "sizes", path);
                for (std::size_t j = 0; j < sizes.size(); ++j) {
                    if (!sizes[j].is_string())
                        throw SchemaError {at(path + ".sizes", j) + ": expected a string"};
                    product.sizes.push_back(sizes[j].get<std::string>());
                }
            }
            catalog->m_products.push_back(std::move(product));
        }
        const auto &policies = array(root, "policies", "catalog");
        for (std::size_t i = 0; i < policies.size(); ++i) {
            const auto path = at("policies", i);
            catalog->m_policies.push_back({str(policies[i], "topic", path), str(policies[i], "text", path)});
        }
    } catch (const SchemaError &e) {
        return fail("catalog: " + e.message);
    } catch (const json::exception &e) {
        return fail(std::string("catalog: ") + e.what());
    }

    // Word weights for the fuzzy product match: a word found in few product names says more.
    std::vector<std::pair<std::string, double>> counts;
    for (const auto &product : catalog->m_products) {
        std::vector<std::string> stems;
        for (const auto &word : text::words(product.name))
            stems.push_back(text::stem(word));
        std::sort(stems.begin(), stems.end());
        stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
        for (const auto &word : stems) {
            auto it = std::lower_bound(counts.begin(), counts.end(), word,
                [](const auto &entry, const std::string &key) { return entry.first < key; });
            if (it == counts.end() || it->first != word)
                it = counts.insert(it, {word, 0.0});
            it->second += 1.0;
        }
        catalog->m_productWords.push_back(std::move(stems));
    }
    const double n = static_cast<double>(catalog->m_products.size());
    for (auto &entry : counts)
        entry.second = std::log(1.0 + n / entry.second);
    catalog->m_wordWeights = std::move(counts);
    return catalog;
}

std::shared_ptr<const Catalog> Catalog::builtIn()
{
    static const std::shared_ptr<const Catalog> instance = [] {
        std::string error;
        auto parsed = fromJson(builtinData("catalog.json"), &error);
        if (!parsed) {
            // Only a broken build gets here; an empty catalog keeps the server up.
            log::get("agent")->error("built-in catalog rejected: {}", error);
            return std::make_shared<const Catalog>();
        }
        return parsed;
    }();
    return instance;
}

const protocol::Customer *Catalog::customer(std::string_view id) const
{
    for (const auto &c : m_customers) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

std::optional<std::pair<protocol::Order, std::string>> Catalog::order(std::string_view orderId) const
{
    for (const auto &c : m_customers) {
        for (const auto &o : c.orders) {
            if (o.id == orderId)
                return std::make_pair(o, c.id);
        }
    }
    return std::nullopt;
}

const Product *Catalog::productByName(std::string_view fuzzyName) const
{
    const auto found = productsMentioned(fuzzyName);
    return found.empty() ? nullptr : found.front();
}

const Policy *Catalog::policy(std::string_view topic) const
{
    for (const auto &p : m_policies) {
        if (p.topic == topic)
            return &p;
    }
    return nullptr;
}

const Shipment *Catalog::shipment(std::string_view orderId) const
{
    for (const auto &s : m_shipments) {
        if (s.orderId == orderId)
            return &s;
    }
    return nullptr;
}

double Catalog::wordWeight(const std::string &word) const
{
    const auto it = std::lower_bound(m_wordWeights.begin(), m_wordWeights.end(), word,
        [](const auto &entry, const std::string &key) { return entry.first < key; });
    return (it != m_wordWeights.end() && it->first == word) ? it->second : 0.0;
}

std::vector<const Product *> Catalog::productsMentioned(std::string_view text) const
{
    std::vector<std::string> said;
    for (const auto &word : text::words(text))
        said.push_back(text::stem(word));
    const double distinctive = std::log(1.0 + static_cast<double>(m_products.size()));

    std::vector<std::pair<double, std::size_t>> scored;
    for (std::size_t i = 0; i < m_productWords.size(); ++i) {
        double total = 0.0;
        double matched = 0.0;
        bool unique = false;
        for (const auto &word : m_productWords[i]) {
            const double weight = wordWeight(word);
            total += weight;
            const bool numeric = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
            const bool hit = std::any_of(said.begin(), said.end(), [&word](const std::string &s) {
                // Typos count only on longer words, where one slip cannot make another word.
                return s == word || (word.size() >= 5 && text::editDistance(s, word, 1) <= 1);
            });
            if (!hit)
                continue;
            matched += weight;
            if (!numeric && weight >= distinctive - 1e-9)
                unique = true;
        }
        if (total <= 0.0 || matched <= 0.0)
            continue;
        const double score = matched / total;
        if (score >= 0.5 || (unique && score >= 0.2))
            scored.emplace_back(score, i);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<const Product *> out;
    for (const auto &entry : scored)
        out.push_back(&m_products[entry.second]);
    return out;
}

} // namespace pilothouse::server
