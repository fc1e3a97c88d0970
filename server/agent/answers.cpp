#include "agent/answers.h"

#include "agent/text.h"

#include <algorithm>

namespace pilothouse::server {

bool detail::mentions(std::string_view input, std::initializer_list<const char *> phrases)
{
    const auto words = text::words(input);
    return std::any_of(
        phrases.begin(), phrases.end(), [&words](const char *p) { return text::containsPhrase(words, p); });
}

std::string detail::policyText(const AnswerContext &c, Answer &answer, const char *topic)
{
    if (const auto *policy = c.catalog.policy(topic)) {
        answer.tools.push_back({"policy.lookup", std::string("read the ") + topic + " policy"});
        return policy->text;
    }
    answer.missingKnowledge = true;
    return {};
}

namespace {

using detail::mentions;
using detail::policyText;

/// Looks up the order the customer means: the one they named, else their most recent.
/// Orders of other customers are treated as unknown: the agent never discloses them.
const protocol::Order *findOrder(const AnswerContext &c, Answer &answer, bool fallBackToRecent)
{
    if (!c.entities.orderIds.empty()) {
        const auto &id = c.entities.orderIds.front();
        for (const auto &order : c.customer.orders) {
            if (order.id == id) {
                answer.tools.push_back({"order.lookup", "looked up order #" + id});
                return &order;
            }
        }
        answer.tools.push_back({"order.lookup", "order #" + id + " not found on this account"});
        answer.toolFailed = true;
        answer.body = "I couldn't find an order #" + id + " on your account.";
        return nullptr;
    }
    if (fallBackToRecent && !c.customer.orders.empty()) {
        const auto &order = c.customer.orders.front();
        answer.tools.push_back({"order.lookup", "looked up order #" + order.id});
        return &order;
    }
    return nullptr;
}

std::string describe(const protocol::Order &order)
{
    return "order #" + order.id + " (" + order.summary + ", " + text::formatMoney(order.totalCents, order.currency)
        + ", placed " + text::formatDate(order.placedAt) + ")";
}

Answer orderStatus(const AnswerContext &c)
{
    Answer a;
    const auto *order = findOrder(c, a, true);
    if (a.toolFailed)
        return a;
    if (!order) {
        a.body = "I don't see any orders under " + c.customer.email
            + " yet. Could you share the order number "
              "from your confirmation email?";
        return a;
    }
    const auto *shipment = c.catalog.shipment(order->id);
    const std::string what = describe(*order);
    if (order->status == "processing") {
        a.body = "Your " + what
            + " is being packed at our warehouse. It should ship within 1-2 business days, "
              "and the tracking link will be emailed to you as soon as it leaves.";
    } else if (order->status == "shipped" && shipment) {
        a.body = "Good news: your " + what + " is on its way with " + shipment->carrier + ", tracking number "
            + shipment->tracking + ". It should arrive within " + std::to_string(std::max(1, shipment->etaDays))
            + " business days.";
    } else if (order->status == "delivered") {
        a.body = "Your " + what + " shows as delivered" + (shipment ? " by " + shipment->carrier : std::string())
            + ". If it isn't with you, it's worth checking with neighbours or your building's mailroom; if it "
              "still hasn't turned up within 48 hours, tell me and we'll open a carrier investigation.";
    } else if (order->status == "returned") {
        a.body = "Your " + what + " came back to us as a return, so nothing more is on its way for it.";
    } else if (order->status == "cancelled") {
        a.body = "Your " + what + " was cancelled, so it won't ship; any pending charge is released automatically.";
    } else {
        a.body = "Your " + what + " currently has the status \"" + order->status + "\".";
    }
    return a;
}

Answer returns(const AnswerContext &c)
{
    Answer a;
    const auto *order = findOrder(c, a, false);
    if (a.toolFailed)
        return a;
    const bool exchange = mentions(c.text, {"exchange", "swap", "trade", "different size", "bigger", "smaller"})
        || !c.entities.sizes.empty();
    std::string policy = policyText(c, a, exchange ? "exchanges" : "returns");
    if (policy.empty())
        return a;
    a.body = policy;
    if (order && order->status == "processing")
        a.body = "Order #" + order->id + " hasn't shipped yet, so it can simply be cancelled instead. " + a.body;
    else if (order)
        a.body = "I've found " + describe(*order) + ". " + a.body;
    a.body
        += " Tell me which items you'd like to send back and I'll email the prepaid label to " + c.customer.email + ".";
    return a;
}

Answer sizing(const AnswerContext &c)
{
    Answer a;
    const Product *product = c.entities.products.empty() ? nullptr : c.entities.products.front();
    const std::string guide = policyText(c, a, "sizing");
    if (!product) {
        a.body = guide + " Which product are you looking at? I can check its fit for you.";
        return a;
    }
    a.missingKnowledge = false;
    a.tools.push_back({"product.lookup", "checked sizing for " + product->name});
    std::string sizes;
    for (const auto &size : product->sizes)
        sizes += (sizes.empty() ? "" : ", ") + size;
    a.body = "The " + product->name + " comes in " + (sizes.empty() ? std::string("one size") : sizes) + ".";
    // Product descriptions keep their fit note after the first sentence.
    const auto &d = product->description;
    if (const auto dot = d.find(". "); dot != std::string::npos)
        a.body += " Fit notes: " + d.substr(dot + 2);
    const bool runsSmall = mentions(d, {"runs half a size small", "runs small", "fits snug", "trim", "size up"});
    if (!c.entities.sizes.empty()) {
        const auto &usual = c.entities.sizes.front();
        const auto it = std::find(product->sizes.begin(), product->sizes.end(), usual);
        if (runsSmall && it != product->sizes.end() && it + 1 != product->sizes.end())
            a.body += " Since you're usually a " + usual + ", I'd go one up to " + *(it + 1) + ".";
        else if (it != product->sizes.end())
            a.body += " Your usual " + usual + " should be right.";
    } else if (!guide.empty()) {
        a.body += " " + guide;
    }
    return a;
}

Answer damaged(const AnswerContext &c)
{
    Answer a;
    const auto *order = findOrder(c, a, false);
    if (a.toolFailed)
        return a;
    const auto policy = policyText(c, a, "damaged");
    if (policy.empty())
        return a;
    a.body = c.style.phrase(StockPhrase::Sorry, c.seed) + ' ' + policy;
    a.body += order ? " Reply with a photo and I'll start the replacement for order #" + order->id + " right away."
                    : std::string(" Reply with a photo and your order number and I'll get it started.");
    return a;
}

Answer refund(const AnswerContext &c)
{
    Answer a;
    const auto *order = findOrder(c, a, false);
    if (a.toolFailed)
        return a;
    const auto policy = policyText(c, a, "refunds");
    if (policy.empty())
        return a;
    if (order && order->status == "returned")
        a.body = "Your return for order #" + order->id + " has been received, so the refund of "
            + text::formatMoney(order->totalCents, order->currency) + " is on its way. " + policy;
    else if (order && order->status == "cancelled")
        a.body = "Order #" + order->id + " was cancelled, so the full "
            + text::formatMoney(order->totalCents, order->currency)
            + " goes back to your original payment method; the hold usually clears within 3-5 business days.";
    else if (order)
        a.body = "I don't see a return logged for order #" + order->id + " yet (its status is " + order->status
            + "). Once the warehouse scans your parcel, the refund follows: " + policy;
    else
        a.body = policy + " If you share the order number, I can check where yours is.";
    return a;
}

Answer cancel(const AnswerContext &c)
{
    Answer a;
    const bool named = !c.entities.orderIds.empty();
    const auto *order = findOrder(c, a, false);
    if (a.toolFailed)
        return a;
    if (!order && !named && !c.customer.orders.empty() && c.customer.orders.front().status == "processing")
        order = findOrder(c, a, true); // "cancel my order" right after buying means the newest one
    const auto policy = policyText(c, a, "cancellations");
    if (!order) {
        a.body = policy + " Which order would you like to cancel? The number is in your confirmation email.";
        return a;
    }
    // Cancelling cannot be undone: only on an explicit request, never on a guessed intent.
    const bool explicitRequest = mentions(c.text,
        {"cancel", "cancelled", "cancelling", "canceled", "call off", "stop", "halt", "dont ship", "dont send"});
    if (order->status == "processing" && !explicitRequest) {
        a.body = "Order #" + order->id
            + " hasn't left the warehouse yet, so it can still be cancelled free of "
              "charge. Shall I cancel it for you?";
    } else if (order->status == "processing") {
        a.tools.push_back({"order.cancel", "requested cancellation of order #" + order->id});
        a.body = "Order #" + order->id
            + " hasn't left the warehouse yet, so I've requested its cancellation. "
              "You'll get a confirmation email, and the "
            + text::formatMoney(order->totalCents, order->currency) + " goes back to your payment method.";
    } else if (order->status == "cancelled") {
        a.body = "Order #" + order->id + " is already cancelled, so there's nothing more to do.";
    } else {
        a.body = "Order #" + order->id + " has already " + (order->status == "shipped" ? "shipped" : "been delivered")
            + ", so it can't be cancelled any more, but you can return it free of charge within 30 days of "
              "delivery.";
    }
    return a;
}

Answer billing(const AnswerContext &c)
{
    Answer a;
    const auto *order = findOrder(c, a, false);
    if (a.toolFailed)
        return a;
    const auto policy = policyText(c, a, "billing");
    if (policy.empty())
        return a;
    if (mentions(c.text, {"invoice", "receipt", "vat"})) {
        a.body = "Invoices are available on each order page, and I can send one to " + c.customer.email + ".";
        if (order)
            a.body += " I've noted order #" + order->id + " for it.";
    } else if (mentions(c.text, {"twice", "double", "duplicate", "two times", "two payments"})) {
        a.body = std::string("I'm sorry about the double charge. ") + policy;
    } else {
        a.body = policy;
    }
    return a;
}

} // namespace

Answer answerFor(const std::string &intent, const AnswerContext &c)
{
    if (intent == "order_status")
        return orderStatus(c);
    if (intent == "return_request")
        return returns(c);
    if (intent == "sizing")
        return sizing(c);
    if (intent == "damaged_item")
        return damaged(c);
    if (intent == "refund_status")
        return refund(c);
    if (intent == "cancel_order")
        return cancel(c);
    if (intent == "billing")
        return billing(c);
    if (intent == "product_question")
        return detail::productQuestion(c);
    return detail::salesAnswer(intent, c);
}

} // namespace pilothouse::server
