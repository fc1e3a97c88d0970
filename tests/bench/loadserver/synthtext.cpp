#include "synthtext.h"

#include <array>

namespace pilothouse::loadserver {
namespace {

// A few names outside ASCII: the wire escapes them (\uXXXX), as it does for real customers.
constexpr std::array<std::string_view, 32> kFirstNames {"Ada", "Maria", "Sam", "Olivia", "Liam", "Noah", "Emma",
    "Lucas", "Mia", "Ethan", "Chloé", "José", "Zoë", "Søren", "Anaïs", "Mateo", "Priya", "Hiroshi", "Fatima", "Ivan",
    "Grace", "Daniel", "Amelia", "Jonas", "Lena", "Omar", "Nina", "Tomás", "Yuki", "Elena", "Kofi", "Ines"};
constexpr std::array<std::string_view, 32> kLastNames {"Byrne", "Lopez", "Ortiz", "Smith", "Johnson", "Müller",
    "Dubois", "Rossi", "Novak", "Kowalski", "Nguyen", "Tanaka", "O'Brien", "García", "Silva", "Andersson", "Petrov",
    "Haddad", "Mensah", "Schmidt", "Martin", "Bernard", "Costa", "Fischer", "Jansen", "Larsen", "Moreau", "Nuñez",
    "Okafor", "Patel", "Weber", "Young"};

constexpr std::array<std::string_view, 12> kIntents {"order_status", "refund", "return", "shipping_delay",
    "size_exchange", "product_question", "billing", "cancel_order", "address_change", "discount_code", "warranty",
    "account_access"};

constexpr std::array<std::string_view, 20> kSubjects {"Where is my order?", "Refund not received yet",
    "Wrong size delivered", "Package marked delivered but not here", "Can I change my delivery address?",
    "Discount code does not work", "Item arrived damaged", "Question about the Trail Runner 2",
    "Cancel my order please", "Charged twice for one order", "How do I return a gift?", "Exchange for a larger size",
    "Warranty claim for my jacket", "Cannot log in to my account", "Delivery is two weeks late",
    "Missing item in my parcel", "Do you ship to Norway?", "Invoice for my company",
    "Colour looks different from the photo", "When will it be back in stock?"};

constexpr std::array<std::string_view, 14> kProducts {"Trail Runner 2", "Wool Socks", "Rain Shell", "Down Jacket",
    "Merino Base Layer", "Canvas Tote", "Hiking Boots", "Fleece Hoodie", "Running Shorts", "Sun Hat", "Water Bottle",
    "Day Pack 22L", "Gloves", "Beanie"};

constexpr std::array<std::string_view, 20> kCustomerSentences {"Hi, I ordered a pair of shoes last week and "
                                                               "they still have not arrived.",
    "The tracking page has said 'in transit' for six days now.", "Can you tell me when it will be delivered?",
    "I was charged but never got a confirmation email.", "The size is too small, I need the next one up.",
    "I already sent the parcel back, where is my refund?", "This is the third time I am writing about this.",
    "Thanks, that helps a lot.", "Could you check the order number please?", "I need it before Friday for a trip.",
    "The box was torn open and one sock is missing.", "Is there a way to change the address to my office?",
    "My discount code says it has expired but the email says it is valid until the end of the month.",
    "Honestly I am quite disappointed with the service so far.", "Can I talk to a person?",
    "Do you have the same jacket in dark green?", "OK, I will wait for the courier then.",
    "I would like to cancel the rest of my order.", "The app logs me out every time I open the basket.",
    "Great, thank you for sorting this out so quickly."};

constexpr std::array<std::string_view, 20> kAiSentences {"Thanks for reaching out, I am sorry for the wait.",
    "I have looked up your order and it left our warehouse on Tuesday.",
    "The courier shows it at the local depot; delivery is expected within two working days.",
    "I have started the refund; it usually reaches your card within 5 to 7 business days.",
    "You can exchange the item for free from your account page under Orders, then Return or exchange.",
    "I can change the delivery address as long as the parcel has not been handed to the courier yet.",
    "That discount code was for first orders only, but I have applied a 10% code to your account instead.",
    "I am sorry the item arrived damaged; I have arranged a replacement at no cost.",
    "Could you confirm the email address you used when you placed the order?",
    "I understand this is frustrating, and I want to get it resolved for you today.",
    "Our returns window is 30 days from delivery, so you are well within it.",
    "The Trail Runner 2 runs a little small, so most customers go half a size up.",
    "I have passed your message to a colleague who can approve this; they will reply here shortly.",
    "Your order has been cancelled and you will not be charged.",
    "Here is the tracking link again so you can follow the parcel.",
    "I have resent the confirmation email; please check your spam folder as well.",
    "Is there anything else I can help you with today?",
    "We ship to Norway with DHL Express; delivery takes 3 to 5 working days.",
    "The jacket is back in stock in medium from next Monday.",
    "I have noted that you would like a call back and added it to your case."};

constexpr std::size_t kMinChars = 80;
constexpr std::size_t kMaxChars = 400;

template<std::size_t N> std::string_view pick(Rng &rng, const std::array<std::string_view, N> &list)
{
    return list[static_cast<std::size_t>(rng.below(static_cast<int>(N)))];
}

std::string orderNumber(Rng &rng)
{
    return "#" + std::to_string(10'000 + rng.below(90'000));
}

} // namespace

std::string personName(Rng &rng)
{
    std::string name(pick(rng, kFirstNames));
    name += ' ';
    name += pick(rng, kLastNames);
    return name;
}

std::string subject(Rng &rng)
{
    std::string text(pick(rng, kSubjects));
    if (rng.percent(30))
        text += " (" + orderNumber(rng) + ")";
    return text;
}

std::string_view intent(Rng &rng)
{
    return pick(rng, kIntents);
}

std::string orderSummary(Rng &rng)
{
    const int items = 1 + rng.below(3);
    std::string text = std::to_string(items) + (items == 1 ? " item: " : " items: ");
    for (int i = 0; i < items; ++i) {
        if (i > 0)
            text += ", ";
        text += pick(rng, kProducts);
    }
    return text;
}

std::string messageText(Rng &rng, bool fromCustomer)
{
    const std::size_t target = kMinChars + static_cast<std::size_t>(rng.below(int(kMaxChars - kMinChars) + 1));
    std::string text;
    text.reserve(kMaxChars + 120);
    while (text.size() < target) {
        if (!text.empty())
            text += ' ';
        text += fromCustomer ? pick(rng, kCustomerSentences) : pick(rng, kAiSentences);
        if (rng.percent(15))
            text += " Order " + orderNumber(rng) + ".";
    }
    if (text.size() > kMaxChars) {
        const std::size_t cut = text.rfind(' ', kMaxChars - 1);
        text.resize(cut == std::string::npos || cut < kMinChars ? kMaxChars - 1 : cut);
        text += "\xE2\x80\xA6"; // an ellipsis: the cut falls mid-sentence
    }
    return text;
}

} // namespace pilothouse::loadserver
