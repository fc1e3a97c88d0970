#include "domaincodec.h"
#include "spellings.h"

#include <array>
#include <string>
#include <utility>

namespace pilothouse::protocol {

// ---- Encoding ----------------------------------------------------------------------------------

namespace {

nlohmann::json spelled(std::string_view text)
{
    return std::string(text);
}

nlohmann::json orderToJson(const Order &o)
{
    return {{"id", o.id}, {"totalCents", o.totalCents}, {"currency", o.currency}, {"status", o.status},
        {"placedAt", o.placedAt}, {"summary", o.summary}};
}

} // namespace

void to_json(nlohmann::json &json, const Customer &c)
{
    nlohmann::json orders = nlohmann::json::array();
    for (const auto &o : c.orders)
        orders.push_back(orderToJson(o));
    json = {{"id", c.id}, {"name", c.name}, {"email", c.email}, {"vip", c.vip}, {"segment", c.segment},
        {"lifetimeValueCents", c.lifetimeValueCents}, {"since", c.since}, {"orders", std::move(orders)}};
    if (!c.language.empty())
        json["language"] = c.language;
}

void to_json(nlohmann::json &json, const Conversation &c)
{
    json = {{"id", c.id}, {"customerId", c.customerId}, {"channel", spelled(toString(c.channel))},
        {"kind", spelled(toString(c.kind))}, {"status", spelled(toString(c.status))}, {"subject", c.subject},
        {"intent", c.intent}, {"sentiment", c.sentiment}, {"lastMessage", c.lastMessage},
        {"lastAuthor", spelled(toString(c.lastAuthor))}, {"lastMessageAt", c.lastMessageAt}, {"createdAt", c.createdAt},
        {"priority", c.priority}, {"messageCount", c.messageCount}, {"assignee", c.assignee}};
    if (c.confidence)
        json["confidence"] = *c.confidence;
    if (c.waitingSince)
        json["waitingSince"] = *c.waitingSince;
    if (!c.assigneeName.empty())
        json["assigneeName"] = c.assigneeName;
    if (c.humanHandleMs != 0)
        json["humanHandleMs"] = c.humanHandleMs;
    if (c.humanSince)
        json["humanSince"] = *c.humanSince;
    if (c.salesStage)
        json["salesStage"] = spelled(toString(*c.salesStage));
    if (!c.qualification.empty()) {
        nlohmann::json facts = nlohmann::json::array();
        for (const QualificationFact fact : c.qualification)
            facts.push_back(spelled(toString(fact)));
        json["qualification"] = std::move(facts);
    }
    if (c.closed)
        json["closed"]
            = {{"outcome", spelled(toString(c.closed->outcome))}, {"by", c.closed->by}, {"at", c.closed->at}};
    if (c.handoff) {
        json["handoff"] = {{"at", c.handoff->at}};
        if (c.handoff->reason)
            json["handoff"]["reason"] = spelled(toString(*c.handoff->reason));
        if (c.handoff->dueAt)
            json["handoff"]["dueAt"] = *c.handoff->dueAt;
    }
    if (c.escalation) {
        const Escalation &e = *c.escalation;
        json["escalation"] = {{"rule", e.rule}, {"reason", spelled(toString(e.reason))}, {"priority", e.priority},
            {"at", e.at}, {"slaDueAt", e.slaDueAt}};
        if (e.respondedAt)
            json["escalation"]["respondedAt"] = *e.respondedAt;
        if (!e.ruleName.empty())
            json["escalation"]["ruleName"] = e.ruleName;
    }
    if (c.weakestReply) {
        json["weakestReply"] = {{"messageId", c.weakestReply->messageId}, {"confidence", c.weakestReply->confidence},
            {"intent", c.weakestReply->intent}};
    }
    if (!c.lastCustomerMessage.empty())
        json["lastCustomerMessage"] = c.lastCustomerMessage;
    if (c.lastCustomerMessageAt)
        json["lastCustomerMessageAt"] = *c.lastCustomerMessageAt;
}

void to_json(nlohmann::json &json, const Message &m)
{
    json = {{"id", m.id}, {"conversationId", m.conversationId}, {"author", spelled(toString(m.author))},
        {"authorName", m.authorName}, {"text", m.text}, {"at", m.at}};
    if (m.ai) {
        nlohmann::json tools = nlohmann::json::array();
        for (const auto &t : m.ai->tools)
            tools.push_back({{"name", t.name}, {"summary", t.summary}});
        json["ai"] = {{"intent", m.ai->intent}, {"confidence", m.ai->confidence}, {"latencyMs", m.ai->latencyMs},
            {"tools", std::move(tools)}};
        if (m.ai->tokens)
            json["ai"]["tokens"] = *m.ai->tokens;
        if (const auto &rules = m.ai->rules) {
            auto &out = json["ai"]["rules"];
            out = {{"version", rules->version}, {"sentiment", rules->sentiment}, {"language", rules->language},
                {"toolFailed", rules->toolFailed}, {"missingKnowledge", rules->missingKnowledge}};
            if (rules->orderValueCents)
                out["orderValueCents"] = *rules->orderValueCents;
            if (!rules->matched.empty())
                out["matched"] = rules->matched;
        }
    }
    // Public is the default and is omitted, so v1 peers that predate visibility see no change.
    if (m.visibility != Visibility::Public)
        json["visibility"] = spelled(toString(m.visibility));
}

void to_json(nlohmann::json &json, const Judgement &j)
{
    json = {{"messageId", j.messageId}, {"conversationId", j.conversationId}, {"correct", j.correct},
        {"reason", j.reason}, {"by", j.by}};
    if (j.category)
        json["category"] = spelled(toString(*j.category));
}

void to_json(nlohmann::json &json, const Transition &t)
{
    json = {{"conversationId", t.conversationId}, {"from", spelled(toString(t.from))}, {"to", spelled(toString(t.to))},
        {"actor", t.actor}, {"reason", t.reason}, {"note", t.note}, {"at", t.at}};
    if (t.outcome)
        json["outcome"] = spelled(toString(*t.outcome));
    if (!t.actorName.empty())
        json["actorName"] = t.actorName;
    if (!t.assigneeName.empty())
        json["assigneeName"] = t.assigneeName;
    if (!t.mergedInto.empty())
        json["mergedInto"] = t.mergedInto;
}

void to_json(nlohmann::json &json, const Rating &r)
{
    json = {{"conversationId", r.conversationId}, {"rating", r.rating}, {"comment", r.comment}, {"at", r.at}};
}

void to_json(nlohmann::json &json, const CustomerErasure &e)
{
    json = {{"customerId", e.customerId}, {"by", e.by}};
}

void to_json(nlohmann::json &json, const ConfigPublished &c)
{
    nlohmann::json body = nlohmann::json::parse(c.body, nullptr, false);
    json = {{"document", c.document}, {"version", c.version}, {"author", c.author}, {"at", c.at}, {"note", c.note},
        {"body", body.is_object() ? std::move(body) : nlohmann::json::object()}};
    if (c.restoredFrom)
        json["restoredFrom"] = *c.restoredFrom;
}

void to_json(nlohmann::json &json, const Draft &d)
{
    json = {{"id", d.id}, {"conversationId", d.conversationId}, {"forUser", d.forUser}, {"text", d.text},
        {"intent", d.intent}, {"confidence", d.confidence}, {"at", d.at}};
}

namespace detail {

nlohmann::json cursorToJson(const Cursor &cursor)
{
    return {{"epoch", cursor.epoch}, {"seq", cursor.seq}};
}

// ---- Decoding ----------------------------------------------------------------------------------

namespace {

const std::string kChannelNames = spellings::allowedNames(spellings::kChannels);
const std::string kKindNames = spellings::allowedNames(spellings::kKinds);
const std::string kStatusNames = spellings::allowedNames(spellings::kStatuses);
const std::string kAuthorNames = spellings::allowedNames(spellings::kAuthors);
const std::string kReasonNames = spellings::allowedNames(spellings::kReasons);
const std::string kVisibilityNames = spellings::allowedNames(spellings::kVisibilities);
const std::string kOutcomeNames = spellings::allowedNames(spellings::kOutcomes);
const std::string kSalesStageNames = spellings::allowedNames(spellings::kSalesStages);
const std::string kQualificationFactNames = spellings::allowedNames(spellings::kQualificationFacts);

/// An optional member that must be an object when present; `*out` is null when absent or null.
template<typename Json> bool optionalObject(Reader &r, Json &o, const Path &p, std::string_view key, Json *&out)
{
    out = find(o, key);
    if (out && out->is_null())
        out = nullptr;
    if (out && !out->is_object())
        return r.fail(DecodeError::Code::NotAnObject, p.member(key),
            std::string("expected an object, got ") + std::string(typeName(*out)));
    return true;
}

/// An optional enumeration: absent or null keeps `out` as is.
template<typename Json, typename Enum>
bool readOptionalEnum(Reader &r, Json &o, const Path &p, std::string_view key, Enum &out,
    std::optional<Enum> (*parse)(std::string_view), std::string_view allowed)
{
    Json *value = find(o, key);
    if (!value || value->is_null())
        return true;
    return readEnum(r, o, p, key, out, parse, allowed);
}

template<typename Json> bool decodeEscalation(Reader &r, Json &o, const Path &p, Escalation &out)
{
    return readString(r, o, p, "rule", out.rule)
        && readEnum(r, o, p, "reason", out.reason, escalationReasonFromString, kReasonNames)
        && readInt(r, o, p, "priority", out.priority, 0, 3) && readInt64(r, o, p, "at", out.at, 0)
        && readInt64(r, o, p, "slaDueAt", out.slaDueAt, 0)
        && readOptionalInt64(r, o, p, "respondedAt", out.respondedAt, 0)
        && readOptionalString(r, o, p, "ruleName", out.ruleName);
}

template<typename Json> bool decodeOrder(Reader &r, Json &o, const Path &p, Order &out)
{
    return readString(r, o, p, "id", out.id, true) && readInt64(r, o, p, "totalCents", out.totalCents)
        && readString(r, o, p, "currency", out.currency) && readString(r, o, p, "status", out.status)
        && readInt64(r, o, p, "placedAt", out.placedAt, 0) && readString(r, o, p, "summary", out.summary);
}

template<typename Json> bool decodeTool(Reader &r, Json &o, const Path &p, ToolUse &out)
{
    return readString(r, o, p, "name", out.name) && readString(r, o, p, "summary", out.summary);
}

template<typename Json> bool decodeRuleInputs(Reader &r, Json &o, const Path &p, RuleInputs &out)
{
    return readInt64(r, o, p, "version", out.version, 0) && readDouble(r, o, p, "sentiment", out.sentiment, -1.0, 1.0)
        && readString(r, o, p, "language", out.language) && readBool(r, o, p, "toolFailed", out.toolFailed)
        && readBool(r, o, p, "missingKnowledge", out.missingKnowledge)
        && readOptionalInt64(r, o, p, "orderValueCents", out.orderValueCents, 0)
        && readOptionalString(r, o, p, "matched", out.matched);
}

template<typename Json> bool decodeAi(Reader &r, Json &o, const Path &p, AiAnnotation &out)
{
    if (!readString(r, o, p, "intent", out.intent) || !readDouble(r, o, p, "confidence", out.confidence, 0.0, 1.0)
        || !readInt64(r, o, p, "latencyMs", out.latencyMs, 0))
        return false;
    Json *tools = readArray(r, o, p, "tools");
    if (!tools || !readObjects(r, *tools, p.member("tools"), out.tools, decodeTool<Json>)
        || !readOptionalInt64(r, o, p, "tokens", out.tokens, 0))
        return false;
    Json *rules = find(o, "rules");
    if (!rules || rules->is_null())
        return true;
    if (!rules->is_object())
        return r.fail(DecodeError::Code::NotAnObject, p.member("rules"),
            std::string("expected an object, got ") + std::string(typeName(*rules)));
    return decodeRuleInputs(r, *rules, p.member("rules"), out.rules.emplace());
}

/// A BCP 47 primary language subtag: 2 or 3 lower-case ASCII letters ("en", "fr", "haw").
bool isLanguageTag(const std::string &text)
{
    if (text.size() < 2 || text.size() > 3)
        return false;
    for (const char c : text)
        if (c < 'a' || c > 'z')
            return false;
    return true;
}

} // namespace

template<typename Json> bool decodeCursor(Reader &r, Json &o, const Path &p, Cursor &out)
{
    return readString(r, o, p, "epoch", out.epoch) && readInt64(r, o, p, "seq", out.seq, 0);
}

template<typename Json> bool decodeUserInfo(Reader &r, Json &o, const Path &p, UserInfo &out)
{
    return readString(r, o, p, "name", out.name, true) && readString(r, o, p, "displayName", out.displayName)
        && readString(r, o, p, "role", out.role, true);
}

template<typename Json> bool decodeCustomer(Reader &r, Json &o, const Path &p, Customer &out)
{
    if (!readString(r, o, p, "id", out.id, true) || !readString(r, o, p, "name", out.name)
        || !readString(r, o, p, "email", out.email) || !readBool(r, o, p, "vip", out.vip)
        || !readString(r, o, p, "segment", out.segment)
        || !readInt64(r, o, p, "lifetimeValueCents", out.lifetimeValueCents)
        || !readInt64(r, o, p, "since", out.since, 0))
        return false;
    out.language.clear();
    if (!readOptionalString(r, o, p, "language", out.language))
        return false;
    if (!out.language.empty() && !isLanguageTag(out.language))
        return r.fail(DecodeError::Code::InvalidValue, p.member("language"),
            "expected a primary language tag of 2 or 3 lower-case letters, got "
                + detail::quoted(nlohmann::json(out.language)));
    Json *orders = readArray(r, o, p, "orders");
    return orders && readObjects(r, *orders, p.member("orders"), out.orders, decodeOrder<Json>);
}

namespace {
template<typename Json> bool decodeOptionalEscalation(Reader &r, Json &o, const Path &p, Conversation &out)
{
    Json *escalation = nullptr;
    if (!optionalObject(r, o, p, "escalation", escalation))
        return false;
    if (!escalation) {
        out.escalation.reset();
        return true;
    }
    return decodeEscalation(r, *escalation, p.member("escalation"), out.escalation.emplace());
}
} // namespace

namespace {
template<typename Json> bool decodeHumanTime(Reader &r, Json &o, const Path &p, Conversation &out)
{
    std::optional<std::int64_t> handled;
    if (!readOptionalInt64(r, o, p, "humanHandleMs", handled, 0)
        || !readOptionalInt64(r, o, p, "humanSince", out.humanSince, 0))
        return false;
    out.humanHandleMs = handled.value_or(0);
    return true;
}
} // namespace

namespace {
/// `salesStage` and `qualification`, both optional: absent on support conversations and from
/// servers that predate them. The facts come back in enum order; a repeated one is refused.
template<typename Json> bool decodeSales(Reader &r, Json &o, const Path &p, Conversation &out)
{
    out.salesStage.reset();
    out.qualification.clear();
    if (Json *stage = find(o, "salesStage"); stage && !stage->is_null()) {
        SalesStage value {};
        if (!readEnum(r, o, p, "salesStage", value, salesStageFromString, kSalesStageNames))
            return false;
        out.salesStage = value;
    }
    Json *facts = find(o, "qualification");
    if (!facts || facts->is_null())
        return true;
    const Path at = p.member("qualification");
    if (!facts->is_array())
        return expectType(r, *facts, at, false, "an array");
    std::array<bool, 4> seen {};
    for (std::size_t i = 0; i < facts->size(); ++i) {
        const auto &item = (*facts)[i];
        if (!item.is_string())
            return expectType(r, item, at.element(i), false, "a string");
        const auto fact = qualificationFactFromString(item.template get_ref<const std::string &>());
        if (!fact)
            return r.fail(DecodeError::Code::InvalidValue, at.element(i),
                "unknown value " + quoted(item) + " (expected " + kQualificationFactNames + ")");
        auto &known = seen[static_cast<std::size_t>(*fact)];
        if (known)
            return r.fail(DecodeError::Code::InvalidValue, at.element(i), "repeated value " + quoted(item));
        known = true;
    }
    for (std::size_t i = 0; i < seen.size(); ++i) {
        if (seen[i])
            out.qualification.push_back(static_cast<QualificationFact>(i));
    }
    return true;
}
} // namespace

namespace {
/// `closed` and `handoff`, both optional: absent while open or never handed off, and from servers
/// that predate them.
template<typename Json> bool decodeLifecycle(Reader &r, Json &o, const Path &p, Conversation &out)
{
    out.closed.reset();
    out.handoff.reset();
    Json *closed = nullptr;
    Json *handoff = nullptr;
    if (!optionalObject(r, o, p, "closed", closed) || !optionalObject(r, o, p, "handoff", handoff))
        return false;
    if (closed) {
        const Path at = p.member("closed");
        Closed &c = out.closed.emplace();
        if (!readEnum(r, *closed, at, "outcome", c.outcome, outcomeFromString, kOutcomeNames)
            || !readString(r, *closed, at, "by", c.by) || !readInt64(r, *closed, at, "at", c.at, 0))
            return false;
    }
    if (handoff) {
        const Path at = p.member("handoff");
        Handoff &h = out.handoff.emplace();
        if (!readInt64(r, *handoff, at, "at", h.at, 0) || !readOptionalInt64(r, *handoff, at, "dueAt", h.dueAt, 0))
            return false;
        if (Json *reason = find(*handoff, "reason"); reason && !reason->is_null()) {
            EscalationReason value {};
            if (!readEnum(r, *handoff, at, "reason", value, escalationReasonFromString, kReasonNames))
                return false;
            h.reason = value;
        }
    }
    return true;
}
} // namespace

namespace {
/// `weakestReply`, optional: absent until the AI replied, and from servers that predate it.
template<typename Json> bool decodeWeakestReply(Reader &r, Json &o, const Path &p, Conversation &out)
{
    out.weakestReply.reset();
    Json *weakest = nullptr;
    if (!optionalObject(r, o, p, "weakestReply", weakest))
        return false;
    if (!weakest)
        return true;
    const Path at = p.member("weakestReply");
    WeakestReply &w = out.weakestReply.emplace();
    return readString(r, *weakest, at, "messageId", w.messageId, true)
        && readDouble(r, *weakest, at, "confidence", w.confidence, 0.0, 1.0)
        && readOptionalString(r, *weakest, at, "intent", w.intent);
}
} // namespace

template<typename Json> bool decodeConversation(Reader &r, Json &o, const Path &p, Conversation &out)
{
    return readString(r, o, p, "id", out.id, true) && readString(r, o, p, "customerId", out.customerId)
        && readEnum(r, o, p, "channel", out.channel, channelFromString, kChannelNames)
        && readEnum(r, o, p, "kind", out.kind, kindFromString, kKindNames)
        && readEnum(r, o, p, "status", out.status, statusFromString, kStatusNames)
        && readString(r, o, p, "subject", out.subject) && readString(r, o, p, "intent", out.intent)
        && readDouble(r, o, p, "sentiment", out.sentiment, -1.0, 1.0)
        && readOptionalDouble(r, o, p, "confidence", out.confidence, 0.0, 1.0)
        && readString(r, o, p, "lastMessage", out.lastMessage)
        && readEnum(r, o, p, "lastAuthor", out.lastAuthor, authorFromString, kAuthorNames)
        && readInt64(r, o, p, "lastMessageAt", out.lastMessageAt, 0)
        && readInt64(r, o, p, "createdAt", out.createdAt, 0)
        && readOptionalInt64(r, o, p, "waitingSince", out.waitingSince, 0)
        && readInt(r, o, p, "priority", out.priority, 0, 3) && readInt64(r, o, p, "messageCount", out.messageCount, 0)
        && readString(r, o, p, "assignee", out.assignee)
        && readOptionalString(r, o, p, "assigneeName", out.assigneeName) && decodeOptionalEscalation(r, o, p, out)
        && decodeHumanTime(r, o, p, out) && decodeSales(r, o, p, out) && decodeLifecycle(r, o, p, out)
        && decodeWeakestReply(r, o, p, out)
        && readOptionalString(r, o, p, "lastCustomerMessage", out.lastCustomerMessage)
        && readOptionalInt64(r, o, p, "lastCustomerMessageAt", out.lastCustomerMessageAt, 0);
}

template<typename Json> bool decodeMessage(Reader &r, Json &o, const Path &p, Message &out)
{
    if (!readString(r, o, p, "id", out.id, true) || !readString(r, o, p, "conversationId", out.conversationId, true)
        || !readEnum(r, o, p, "author", out.author, authorFromString, kAuthorNames)
        || !readString(r, o, p, "authorName", out.authorName) || !readString(r, o, p, "text", out.text)
        || !readInt64(r, o, p, "at", out.at, 0)
        || !readOptionalEnum(r, o, p, "visibility", out.visibility, visibilityFromString, kVisibilityNames))
        return false;
    Json *ai = find(o, "ai");
    if (!ai || ai->is_null()) {
        out.ai.reset();
        return true;
    }
    const Path at = p.member("ai");
    if (!ai->is_object())
        return r.fail(
            DecodeError::Code::NotAnObject, at, std::string("expected an object, got ") + std::string(typeName(*ai)));
    return decodeAi(r, *ai, at, out.ai.emplace());
}

/// `category`: absent or null leaves it empty (judgements made before v1.3 have none).
template<typename Json> bool readOptionalCategory(Reader &r, Json &o, const Path &p, std::optional<ReviewReason> &out)
{
    Json *value = find(o, "category");
    if (!value || value->is_null())
        return true;
    ReviewReason category {};
    if (!readEnum(r, o, p, "category", category, reviewReasonFromString, reviewReasonNames()))
        return false;
    out = category;
    return true;
}

template<typename Json> bool decodeJudgement(Reader &r, Json &o, const Path &p, Judgement &out)
{
    return readString(r, o, p, "messageId", out.messageId, true)
        && readString(r, o, p, "conversationId", out.conversationId, true) && readBool(r, o, p, "correct", out.correct)
        && readString(r, o, p, "reason", out.reason) && readString(r, o, p, "by", out.by)
        && readOptionalCategory(r, o, p, out.category);
}

template<typename Json> bool decodeTransition(Reader &r, Json &o, const Path &p, Transition &out)
{
    if (!readString(r, o, p, "conversationId", out.conversationId, true)
        || !readEnum(r, o, p, "from", out.from, statusFromString, kStatusNames)
        || !readEnum(r, o, p, "to", out.to, statusFromString, kStatusNames)
        || !readString(r, o, p, "actor", out.actor, true) || !readString(r, o, p, "reason", out.reason)
        || !readOptionalString(r, o, p, "note", out.note) || !readInt64(r, o, p, "at", out.at, 0)
        || !readOptionalString(r, o, p, "actorName", out.actorName)
        || !readOptionalString(r, o, p, "assigneeName", out.assigneeName)
        || !readOptionalString(r, o, p, "mergedInto", out.mergedInto))
        return false;
    Json *outcome = find(o, "outcome");
    if (!outcome || outcome->is_null()) {
        out.outcome.reset();
        return true;
    }
    return readEnum(r, o, p, "outcome", out.outcome.emplace(), outcomeFromString, kOutcomeNames);
}

template<typename Json> bool decodeRating(Reader &r, Json &o, const Path &p, Rating &out)
{
    return readString(r, o, p, "conversationId", out.conversationId, true)
        && readInt(r, o, p, "rating", out.rating, 1, 5) && readString(r, o, p, "comment", out.comment)
        && readInt64(r, o, p, "at", out.at, 0);
}

template<typename Json> bool decodeDraft(Reader &r, Json &o, const Path &p, Draft &out)
{
    return readString(r, o, p, "id", out.id, true) && readString(r, o, p, "conversationId", out.conversationId, true)
        && readString(r, o, p, "forUser", out.forUser, true) && readString(r, o, p, "text", out.text)
        && readString(r, o, p, "intent", out.intent) && readDouble(r, o, p, "confidence", out.confidence, 0.0, 1.0)
        && readInt64(r, o, p, "at", out.at, 0);
}

template<typename Json> bool decodeErasure(Reader &r, Json &o, const Path &p, CustomerErasure &out)
{
    return readString(r, o, p, "customerId", out.customerId, true) && readString(r, o, p, "by", out.by, true);
}

template<typename Json> bool decodeConfigPublished(Reader &r, Json &o, const Path &p, ConfigPublished &out)
{
    if (!readString(r, o, p, "document", out.document, true) || !readInt64(r, o, p, "version", out.version, 0)
        || !readString(r, o, p, "author", out.author) || !readInt64(r, o, p, "at", out.at, 0)
        || !readString(r, o, p, "note", out.note) || !readOptionalInt64(r, o, p, "restoredFrom", out.restoredFrom, 0))
        return false;
    Json *body = readObject(r, o, p, "body");
    if (!body)
        return false;
    out.body = body->dump();
    return true;
}

template<typename Json> bool decodeEvent(Reader &r, Json &o, const Path &p, Event &out)
{
    if (!readString(r, o, p, "id", out.id, true) || !readInt64(r, o, p, "seq", out.seq, 1)
        || !readString(r, o, p, "epoch", out.epoch, true) || !readInt64(r, o, p, "at", out.at, 0)
        || !readString(r, o, p, "kind", out.kind, true) || !readOptionalString(r, o, p, "commandId", out.commandId))
        return false;
    Json *data = readObject(r, o, p, "data");
    if (!data)
        return false;
    const Path at = p.member("data");
    const std::string &kind = out.kind;
    if (kind == kinds::MessageCreated)
        return decodeMessage(r, *data, at, out.payload.template emplace<Message>());
    if (kind == kinds::ConversationUpserted)
        return decodeConversation(r, *data, at, out.payload.template emplace<Conversation>());
    if (kind == kinds::CustomerUpserted)
        return decodeCustomer(r, *data, at, out.payload.template emplace<Customer>());
    if (kind == kinds::MessageJudged)
        return decodeJudgement(r, *data, at, out.payload.template emplace<Judgement>());
    if (kind == kinds::ConversationTransitioned)
        return decodeTransition(r, *data, at, out.payload.template emplace<Transition>());
    if (kind == kinds::DraftCreated)
        return decodeDraft(r, *data, at, out.payload.template emplace<Draft>());
    if (kind == kinds::ConversationRated)
        return decodeRating(r, *data, at, out.payload.template emplace<Rating>());
    if (kind == kinds::CustomerErased)
        return decodeErasure(r, *data, at, out.payload.template emplace<CustomerErasure>());
    if (kind == kinds::ConfigPublished)
        return decodeConfigPublished(r, *data, at, out.payload.template emplace<ConfigPublished>());
    // Unknown kind: keep the data so nothing is lost, and let the client advance its cursor.
    if constexpr (kMovable<Json>)
        out.payload = UnknownPayload {std::move(*data)};
    else
        out.payload = UnknownPayload {*data};
    return true;
}

#define PILOTHOUSE_INSTANTIATE(J)                                                                                      \
    template bool decodeCursor<J>(Reader &, J &, const Path &, Cursor &);                                              \
    template bool decodeUserInfo<J>(Reader &, J &, const Path &, UserInfo &);                                          \
    template bool decodeCustomer<J>(Reader &, J &, const Path &, Customer &);                                          \
    template bool decodeConversation<J>(Reader &, J &, const Path &, Conversation &);                                  \
    template bool decodeMessage<J>(Reader &, J &, const Path &, Message &);                                            \
    template bool decodeJudgement<J>(Reader &, J &, const Path &, Judgement &);                                        \
    template bool decodeTransition<J>(Reader &, J &, const Path &, Transition &);                                      \
    template bool decodeDraft<J>(Reader &, J &, const Path &, Draft &);                                                \
    template bool decodeRating<J>(Reader &, J &, const Path &, Rating &);                                              \
    template bool decodeErasure<J>(Reader &, J &, const Path &, CustomerErasure &);                                    \
    template bool decodeConfigPublished<J>(Reader &, J &, const Path &, ConfigPublished &);                            \
    template bool decodeEvent<J>(Reader &, J &, const Path &, Event &);
PILOTHOUSE_INSTANTIATE(nlohmann::json)
PILOTHOUSE_INSTANTIATE(const nlohmann::json)
#undef PILOTHOUSE_INSTANTIATE

} // namespace detail

// ---- Public entry points for single objects -----------------------------------------------------

Decoded<Customer> customerFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Customer>(json, "customer", detail::decodeCustomer<const nlohmann::json>);
}

Decoded<Conversation> conversationFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Conversation>(json, "conversation", detail::decodeConversation<const nlohmann::json>);
}

Decoded<Message> messageFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Message>(json, "message", detail::decodeMessage<const nlohmann::json>);
}

Decoded<Judgement> judgementFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Judgement>(json, "judgement", detail::decodeJudgement<const nlohmann::json>);
}

Decoded<Transition> transitionFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Transition>(json, "transition", detail::decodeTransition<const nlohmann::json>);
}

Decoded<Rating> ratingFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Rating>(json, "rating", detail::decodeRating<const nlohmann::json>);
}

Decoded<Event> eventFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Event>(json, "event", detail::decodeEvent<const nlohmann::json>);
}

nlohmann::json toJson(const Event &event)
{
    nlohmann::json json
        = {{"id", event.id}, {"seq", event.seq}, {"epoch", event.epoch}, {"at", event.at}, {"kind", event.kind}};
    if (!event.commandId.empty())
        json["commandId"] = event.commandId;
    json["data"] = std::visit(
        [](const auto &payload) -> nlohmann::json {
            if constexpr (std::is_same_v<std::decay_t<decltype(payload)>, UnknownPayload>)
                return payload.data.is_object() ? payload.data : nlohmann::json::object();
            else
                return payload;
        },
        event.payload);
    return json;
}

} // namespace pilothouse::protocol
