#include "privacy/tombstone.h"

#include "protocol/frames.h"

namespace pilothouse::server::privacy {
namespace {

namespace kinds = protocol::kinds;

void set(nlohmann::json &object, const char *member, const char *value)
{
    if (object.is_object() && object.contains(member))
        object[member] = value;
}

void blankEach(nlohmann::json &array, const char *member)
{
    if (!array.is_array())
        return;
    for (auto &item : array)
        set(item, member, "");
}

} // namespace

void tombstone(std::string_view kind, nlohmann::json &payload)
{
    if (!payload.is_object())
        return;
    const char *erased = protocol::kErasedText;
    if (kind == kinds::CustomerUpserted) {
        set(payload, "name", erased);
        set(payload, "email", "");
        if (auto orders = payload.find("orders"); orders != payload.end())
            blankEach(*orders, "summary");
    } else if (kind == kinds::ConversationUpserted) {
        set(payload, "subject", erased);
        set(payload, "lastMessage", erased);
        set(payload, "lastCustomerMessage", erased);
    } else if (kind == kinds::MessageCreated) {
        set(payload, "text", erased);
        // Operators and the AI persona keep their names; the customer's goes.
        if (payload.value("author", std::string()) == "customer")
            set(payload, "authorName", erased);
        if (auto ai = payload.find("ai"); ai != payload.end() && ai->is_object())
            if (auto tools = ai->find("tools"); tools != ai->end())
                blankEach(*tools, "summary");
    } else if (kind == kinds::DraftCreated) {
        set(payload, "text", "");
    } else if (kind == kinds::ConversationTransitioned) {
        set(payload, "note", "");
    } else if (kind == kinds::MessageJudged) {
        set(payload, "reason", "");
    } else if (kind == kinds::ConversationRated) {
        set(payload, "comment", "");
    }
}

} // namespace pilothouse::server::privacy
