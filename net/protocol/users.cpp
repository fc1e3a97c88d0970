#include "users.h"

#include "domaincodec.h"
#include "jsondom.h"

namespace pilothouse::protocol {
namespace {

using detail::decodeBody;
using detail::Path;
using detail::Reader;
using nlohmann::json;

json toJson(const UserRecord &u)
{
    return {{"name", u.name}, {"displayName", u.displayName}, {"role", std::string(toString(u.role))},
        {"active", u.active}, {"twoFactor", u.twoFactor}};
}

bool readRecord(Reader &r, const json &o, const Path &p, UserRecord &out)
{
    return detail::readString(r, o, p, "name", out.name, true)
        && detail::readString(r, o, p, "displayName", out.displayName)
        && detail::readEnum(r, o, p, "role", out.role, roleFromString, "viewer, agent, supervisor or admin")
        && detail::readBool(r, o, p, "active", out.active)
        && detail::readOptionalBool(r, o, p, "twoFactor", out.twoFactor);
}

} // namespace

std::string encode(const UserRecord &body)
{
    return encodeJson(toJson(body));
}

std::string encode(const UserList &body)
{
    json list = json::array();
    for (const UserRecord &u : body.users)
        list.push_back(toJson(u));
    return encodeJson({{"users", std::move(list)}});
}

std::string encode(const NewUser &body)
{
    return encodeJson({{"name", body.name}, {"displayName", body.displayName},
        {"role", std::string(toString(body.role))}, {"password", body.password}});
}

std::string encode(const UserChange &body)
{
    json out = json::object();
    if (body.role)
        out["role"] = std::string(toString(*body.role));
    if (body.active)
        out["active"] = *body.active;
    if (body.displayName)
        out["displayName"] = *body.displayName;
    return encodeJson(out);
}

std::string encode(const PasswordChange &body)
{
    return encodeJson({{"password", body.password}});
}

Decoded<UserRecord> decodeUserRecord(std::string_view text)
{
    return decodeBody<UserRecord>(text, readRecord);
}

Decoded<UserList> decodeUserList(std::string_view text)
{
    return decodeBody<UserList>(text, [](Reader &r, const json &o, const Path &p, UserList &out) {
        const json *list = detail::readArray(r, o, p, "users");
        return list && detail::readObjects(r, *list, p.member("users"), out.users, readRecord);
    });
}

Decoded<NewUser> decodeNewUser(std::string_view text)
{
    return decodeBody<NewUser>(text, [](Reader &r, const json &o, const Path &p, NewUser &out) {
        return detail::readString(r, o, p, "name", out.name, true)
            && detail::readOptionalString(r, o, p, "displayName", out.displayName)
            && detail::readEnum(r, o, p, "role", out.role, roleFromString, "viewer, agent, supervisor or admin")
            && detail::readString(r, o, p, "password", out.password);
    });
}

Decoded<UserChange> decodeUserChange(std::string_view text)
{
    return decodeBody<UserChange>(text, [](Reader &r, const json &o, const Path &p, UserChange &out) {
        if (const json *role = detail::find(o, "role"); role && !role->is_null()) {
            Role value = Role::Agent;
            if (!detail::readEnum(r, o, p, "role", value, roleFromString, "viewer, agent, supervisor or admin"))
                return false;
            out.role = value;
        }
        if (const json *active = detail::find(o, "active"); active && !active->is_null()) {
            bool value = true;
            if (!detail::readBool(r, o, p, "active", value))
                return false;
            out.active = value;
        }
        if (const json *name = detail::find(o, "displayName"); name && !name->is_null()) {
            std::string value;
            if (!detail::readString(r, o, p, "displayName", value))
                return false;
            out.displayName = std::move(value);
        }
        return true;
    });
}

Decoded<PasswordChange> decodePasswordChange(std::string_view text)
{
    return decodeBody<PasswordChange>(text, [](Reader &r, const json &o, const Path &p, PasswordChange &out) {
        return detail::readString(r, o, p, "password", out.password);
    });
}

} // namespace pilothouse::protocol
