#include "twofactor.h"

#include "domaincodec.h"
#include "jsondom.h"

namespace pilothouse::protocol {
namespace {

using detail::decodeBody;
using detail::Path;
using detail::Reader;
using nlohmann::json;

} // namespace

std::string encode(const TwoFactorStatus &body)
{
    return encodeJson({{"enabled", body.enabled}, {"recoveryCodesLeft", body.recoveryCodesLeft}});
}

std::string encode(const TwoFactorEnrolment &body)
{
    return encodeJson({{"secret", body.secret}, {"uri", body.uri}});
}

std::string encode(const TwoFactorCode &body)
{
    return encodeJson({{"code", body.code}});
}

std::string encode(const RecoveryCodes &body)
{
    return encodeJson({{"recoveryCodes", body.codes}});
}

std::string encode(const SecurityPolicy &body)
{
    return encodeJson({{"twoFactorRequired", body.twoFactorRequired}});
}

Decoded<TwoFactorStatus> decodeTwoFactorStatus(std::string_view text)
{
    return decodeBody<TwoFactorStatus>(text, [](Reader &r, const json &o, const Path &p, TwoFactorStatus &out) {
        return detail::readBool(r, o, p, "enabled", out.enabled)
            && detail::readInt(r, o, p, "recoveryCodesLeft", out.recoveryCodesLeft, 0);
    });
}

Decoded<TwoFactorEnrolment> decodeTwoFactorEnrolment(std::string_view text)
{
    return decodeBody<TwoFactorEnrolment>(text, [](Reader &r, const json &o, const Path &p, TwoFactorEnrolment &out) {
        return detail::readString(r, o, p, "secret", out.secret, true)
            && detail::readString(r, o, p, "uri", out.uri, true);
    });
}

Decoded<TwoFactorCode> decodeTwoFactorCode(std::string_view text)
{
    return decodeBody<TwoFactorCode>(text, [](Reader &r, const json &o, const Path &p, TwoFactorCode &out) {
        return detail::readString(r, o, p, "code", out.code, true);
    });
}

Decoded<RecoveryCodes> decodeRecoveryCodes(std::string_view text)
{
    return decodeBody<RecoveryCodes>(text, [](Reader &r, const json &o, const Path &p, RecoveryCodes &out) {
        const json *list = detail::readArray(r, o, p, "recoveryCodes");
        if (!list)
            return false;
        const Path at = p.member("recoveryCodes");
        for (std::size_t i = 0; i < list->size(); ++i) {
            std::string code;
            if (!detail::takeString(r, (*list)[i], at.element(i), code, true))
                return false;
            out.codes.push_back(std::move(code));
        }
        return true;
    });
}

Decoded<SecurityPolicy> decodeSecurityPolicy(std::string_view text)
{
    return decodeBody<SecurityPolicy>(text, [](Reader &r, const json &o, const Path &p, SecurityPolicy &out) {
        return detail::readBool(r, o, p, "twoFactorRequired", out.twoFactorRequired);
    });
}

} // namespace pilothouse::protocol
