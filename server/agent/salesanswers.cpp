// Sales-side answers (products, discounts, bulk leads, shipping) and the conversational intents
// (greetings, complaints, requests for a person).
#include "agent/answers.h"

#include "agent/text.h"

namespace pilothouse::server {
namespace {

using detail::mentions;
using detail::policyText;

/// True when the agent's previous reply already asked which product was meant.
bool alreadyAskedWhichProduct(const AnswerContext &c)
{
    for (auto it = c.history.rbegin(); it != c.history.rend(); ++it) {
        if (it->author == protocol::Author::Ai && it->ai)
            return it->ai->intent == "product_question" && it->ai->tools.empty();
        if (it->author == protocol::Author::Human)
            return false;
    }
    return false;
}

Answer discount(const AnswerContext &c)
{
    Answer a;
    const bool match = mentions(c.text,
        {"match", "cheaper", "less", "lower price", "price drop", "price dropped", "difference", "elsewhere",
            "another shop", "another store"});
    const auto policy = policyText(c, a, match ? "price_match" : "discounts");
    if (policy.empty())
        return a;
    a.body = policy;
    if (!c.entities.products.empty()) {
        const auto *product = c.entities.products.front();
        a.tools.push_back({"product.lookup", "looked up " + product->name});
        a.body += " For reference, the " + product->name + " is " + text::formatMoney(product->priceCents) + " today.";
    }
    if (!match)
        a.body += " Signing up to the newsletter gets you the 10% code by email within a few minutes.";
    return a;
}

Answer bulkLead(const AnswerContext &c)
{
    Answer a;
    const auto policy = policyText(c, a, "bulk");
    if (policy.empty())
        return a;
    const int quantity = c.entities.quantities.empty() ? 0 : c.entities.quantities.front();
    const Product *product = c.entities.products.empty() ? nullptr : c.entities.products.front();
    std::string lead = "qualified sales lead";
    if (quantity > 0)
        lead += ": " + std::to_string(quantity) + " units";
    if (product)
        lead += std::string(quantity > 0 ? " of " : ": ") + product->name;
    a.tools.push_back({"lead.qualify", lead});
    a.body = "Thanks for thinking of us for your group. " + policy;
    if (quantity >= 100)
        a.body += " At " + std::to_string(quantity) + " units you're in custom-quote territory.";
    else if (quantity >= 50)
        a.body += " At " + std::to_string(quantity) + " units the 15% tier applies.";
    else if (quantity >= 10)
        a.body += " At " + std::to_string(quantity) + " units the 10% tier applies.";
    a.body += " To prepare your quote: what's the organisation's name, which products and sizes do you need, "
              "and by when should they arrive?";
    return a;
}

Answer shipping(const AnswerContext &c)
{
    Answer a;
    const auto policy = policyText(c, a, "shipping");
    if (policy.empty())
        return a;
    a.body = policy;
    if (!c.entities.products.empty()) {
        const auto *product = c.entities.products.front();
        a.tools.push_back({"product.lookup", "looked up " + product->name});
        a.body += product->stock > 0
            ? " The " + product->name + " is in stock, so it leaves our warehouse within a day."
            : " Note that the " + product->name + " is sold out right now.";
    }
    return a;
}

Answer greeting(const AnswerContext &c)
{
    Answer a;
    if (mentions(c.text,
            {"thanks", "thank", "cheers", "appreciate", "bye", "sorted", "that's all", "thats all", "all i needed",
                "perfect", "great", "lovely", "brilliant", "helps"}))
        a.body = c.style.phrase(StockPhrase::Welcome, c.seed) + ' ' + c.style.phrase(StockPhrase::Goodbye, c.seed);
    else
        a.body = c.style.phrase(StockPhrase::HowCanIHelp, c.seed);
    return a;
}

} // namespace

Answer detail::productQuestion(const AnswerContext &c)
{
    Answer a;
    if (c.entities.products.empty()) {
        if (alreadyAskedWhichProduct(c)) {
            a.missingKnowledge = true;
            a.body = "I couldn't match that to anything in our catalog.";
        } else {
            a.body = "Which product do you have in mind? Tell me its name and I'll check price, stock and sizes.";
        }
        return a;
    }
    const auto *product = c.entities.products.front();
    a.tools.push_back(
        {"product.lookup", "looked up " + product->name + ": " + std::to_string(product->stock) + " in stock"});
    a.body = "The " + product->name + " is " + text::formatMoney(product->priceCents) + " and "
        + (product->stock > 0 ? std::string("in stock")
                              : std::string("sold out at the moment; restocks usually "
                                            "take 2-3 weeks"))
        + ". " + product->description;
    if (product->sizes.size() > 1) {
        std::string sizes;
        for (const auto &size : product->sizes)
            sizes += (sizes.empty() ? "" : ", ") + size;
        a.body += " Sizes: " + sizes + ".";
    }
    if (c.entities.products.size() > 1 && mentions(c.text, {"compare", "difference", "versus", "vs", "or the"})) {
        const auto *other = c.entities.products[1];
        a.tools.push_back({"product.lookup", "looked up " + other->name});
        a.body += " The " + other->name + ", for comparison, is " + text::formatMoney(other->priceCents) + ": "
            + other->description;
    }
    if (mentions(c.text, {"warranty", "guarantee", "last", "durable"})) {
        const auto warranty = policyText(c, a, "warranty");
        a.missingKnowledge = false;
        if (!warranty.empty())
            a.body += " " + warranty;
    }
    return a;
}

Answer detail::salesAnswer(const std::string &intent, const AnswerContext &c)
{
    if (intent == "discount_request")
        return discount(c);
    if (intent == "bulk_lead")
        return bulkLead(c);
    if (intent == "shipping_policy")
        return shipping(c);
    if (intent == "greeting_smalltalk")
        return greeting(c);
    Answer a;
    if (intent == "complaint") {
        a.body = c.style.phrase(StockPhrase::Sorry, c.seed)
            + " I want to make this right. Could you tell me what happened, and the order number if there is one?";
    } else if (intent == "human_request") {
        a.body = "Of course.";
    } else {
        a.body = c.style.phrase(StockPhrase::NotSure, c.seed);
    }
    return a;
}

} // namespace pilothouse::server
