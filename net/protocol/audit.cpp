#include "audit.h"

#include "domaincodec.h"
#include "jsondom.h"

namespace pilothouse::protocol {
namespace {

using detail::Path;
using detail::Reader;
using nlohmann::json;

bool decodeEntry(Reader &r, const json &o, const Path &p, AuditEntry &out)
{
    std::string role;
    if (!detail::readInt64(r, o, p, "id", out.id, 1) || !detail::readInt64(r, o, p, "at", out.at, 0)
        || !detail::readString(r, o, p, "user", out.user) || !detail::readOptionalString(r, o, p, "role", role)
        || !detail::readString(r, o, p, "action", out.action, true)
        || !detail::readEnum(r, o, p, "outcome", out.outcome, auditOutcomeFromString, "applied or refused")
        || !detail::readOptionalString(r, o, p, "code", out.code)
        || !detail::readOptionalString(r, o, p, "conversationId", out.conversationId)
        || !detail::readOptionalString(r, o, p, "target", out.target)
        || !detail::readOptionalString(r, o, p, "detail", out.detail)
        || !detail::readOptionalString(r, o, p, "commandId", out.commandId)
        || !detail::readOptionalString(r, o, p, "source", out.source))
        return false;
    if (const json *seq = detail::find(o, "seq");
        seq && !seq->is_null() && !detail::takeInt64(r, *seq, p.member("seq"), out.seq, 0, detail::kInt64Max))
        return false;
    if (role.empty())
        return true;
    out.role = roleFromString(role);
    return out.role
        || r.fail(DecodeError::Code::InvalidValue, p.member("role"),
            "unknown value " + detail::quoted(role) + " (expected agent, supervisor, admin or \"\")");
}

} // namespace

std::string_view toString(AuditOutcome outcome)
{
    return outcome == AuditOutcome::Applied ? "applied" : "refused";
}

std::optional<AuditOutcome> auditOutcomeFromString(std::string_view text)
{
    if (text == "applied")
        return AuditOutcome::Applied;
    if (text == "refused")
        return AuditOutcome::Refused;
    return std::nullopt;
}

std::string encode(const AuditPage &body)
{
    json list = json::array();
    for (const AuditEntry &e : body.entries) {
        list.push_back({{"id", e.id}, {"at", e.at}, {"user", e.user},
            {"role", e.role ? std::string(toString(*e.role)) : std::string()}, {"action", e.action},
            {"outcome", std::string(toString(e.outcome))}, {"code", e.code}, {"conversationId", e.conversationId},
            {"target", e.target}, {"detail", e.detail}, {"commandId", e.commandId}, {"seq", e.seq},
            {"source", e.source}});
    }
    return encodeJson({{"total", body.total}, {"more", body.more}, {"entries", std::move(list)}});
}

Decoded<AuditPage> decodeAuditPage(std::string_view text)
{
    json root;
    DecodeError error;
    if (!detail::parseJson(text, root, error))
        return error;
    return detail::decodeRoot<AuditPage>(root, "body", [](Reader &r, const json &o, const Path &p, AuditPage &out) {
        if (!detail::readInt64(r, o, p, "total", out.total, 0) || !detail::readBool(r, o, p, "more", out.more))
            return false;
        const json *list = detail::readArray(r, o, p, "entries");
        return list && detail::readObjects(r, *list, p.member("entries"), out.entries, decodeEntry);
    });
}

} // namespace pilothouse::protocol
