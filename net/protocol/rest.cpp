#include "rest.h"

#include "domaincodec.h"
#include "jsondom.h"

namespace pilothouse::protocol {
namespace {

using detail::decodeBody;
using detail::Path;
using detail::Reader;
using nlohmann::json;

std::string dump(const json &body)
{
    return encodeJson(body); // the frames' form, though HTTP bodies are never cut into frames
}

} // namespace

Decoded<LoginRequest> decodeLoginRequest(std::string_view body)
{
    return decodeBody<LoginRequest>(body, [](Reader &r, const json &o, const Path &p, LoginRequest &out) {
        return detail::readString(r, o, p, "user", out.user, true)
            && detail::readString(r, o, p, "password", out.password)
            && detail::readOptionalString(r, o, p, "device", out.device)
            && detail::readOptionalString(r, o, p, "code", out.code);
    });
}

Decoded<LoginResponse> decodeLoginResponse(std::string_view body)
{
    return decodeBody<LoginResponse>(body, [](Reader &r, const json &o, const Path &p, LoginResponse &out) {
        if (!detail::readString(r, o, p, "token", out.token, true)
            || !detail::readInt64(r, o, p, "expiresAt", out.expiresAt, 0))
            return false;
        const json *user = detail::readObject(r, o, p, "user");
        return user && detail::decodeUserInfo(r, *user, p.member("user"), out.user)
            && detail::readOptionalBool(r, o, p, "twoFactorSetupRequired", out.twoFactorSetupRequired);
    });
}

Decoded<RestError> decodeRestError(std::string_view body)
{
    return decodeBody<RestError>(body, [](Reader &r, const json &o, const Path &p, RestError &out) {
        const json *error = detail::readObject(r, o, p, "error");
        const Path e = p.member("error");
        return error && detail::readString(r, *error, e, "code", out.code, true)
            && detail::readString(r, *error, e, "message", out.message)
            && detail::readOptionalInt64(r, *error, e, "retryAfterMs", out.retryAfterMs, 0);
    });
}

std::string encode(const LoginRequest &body)
{
    json out = {{"user", body.user}, {"password", body.password}};
    if (!body.device.empty())
        out["device"] = body.device;
    if (!body.code.empty())
        out["code"] = body.code;
    return dump(out);
}

std::string encode(const LoginResponse &body)
{
    json out = {{"token", body.token}, {"expiresAt", body.expiresAt},
        {"user", {{"name", body.user.name}, {"displayName", body.user.displayName}, {"role", body.user.role}}}};
    if (body.twoFactorSetupRequired)
        out["twoFactorSetupRequired"] = true;
    return dump(out);
}

std::string encode(const RestError &body)
{
    json error = {{"code", body.code}, {"message", body.message}};
    if (body.retryAfterMs)
        error["retryAfterMs"] = *body.retryAfterMs;
    return dump({{"error", error}});
}

} // namespace pilothouse::protocol
