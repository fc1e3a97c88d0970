#include "costmodel.h"

#include "domaincodec.h"
#include "jsondom.h"

#include <limits>

namespace pilothouse::protocol {
namespace {

using detail::decodeBody;
using detail::Path;
using detail::Reader;
using nlohmann::json;

// Any finite or infinite number decodes; CostModelCheck refuses what is out of range, field by
// field, so a PUT with an absurd value gets a 422 naming it rather than a 400.
constexpr double kInf = std::numeric_limits<double>::infinity();

bool decodeValues(Reader &r, const json &o, const Path &p, CostModelValues &out)
{
    if (!detail::readDouble(r, o, p, "loadedHourlyCost", out.loadedHourlyCost, -kInf, kInf)
        || !detail::readDouble(r, o, p, "defaultHandlingMinutes", out.defaultHandlingMinutes, -kInf, kInf))
        return false;
    const json *byIntent = detail::readObject(r, o, p, "handlingMinutesByIntent");
    if (!byIntent)
        return false;
    const Path intents = p.member("handlingMinutesByIntent");
    for (const auto &item : byIntent->items()) {
        double value = 0;
        if (!detail::takeDouble(r, item.value(), intents.member(item.key()), value, -kInf, kInf))
            return false;
        out.handlingMinutesByIntent[item.key()] = value;
    }
    return detail::readDouble(r, o, p, "aiPricePer1000Tokens", out.aiPricePer1000Tokens, -kInf, kInf)
        && detail::readString(r, o, p, "currency", out.currency) && detail::readInt64(r, o, p, "teamSize", out.teamSize)
        && detail::readInt64(r, o, p, "minHumanSamples", out.minHumanSamples);
}

bool decodeVersion(Reader &r, const json &o, const Path &p, CostModelVersion &out)
{
    return detail::readInt64(r, o, p, "version", out.version, 0) && detail::readString(r, o, p, "author", out.author)
        && detail::readInt64(r, o, p, "at", out.at, 0) && detail::readString(r, o, p, "note", out.note)
        && decodeValues(r, o, p, out.model);
}

json versionJson(const CostModelVersion &v)
{
    json object = {{"version", v.version}, {"author", v.author}, {"at", v.at}, {"note", v.note}};
    addCostModelValues(object, v.model);
    return object;
}

} // namespace

void addCostModelValues(nlohmann::json &object, const CostModelValues &values)
{
    object["loadedHourlyCost"] = values.loadedHourlyCost;
    object["defaultHandlingMinutes"] = values.defaultHandlingMinutes;
    json byIntent = json::object();
    for (const auto &[intent, minutes] : values.handlingMinutesByIntent)
        byIntent[intent] = minutes;
    object["handlingMinutesByIntent"] = std::move(byIntent);
    object["aiPricePer1000Tokens"] = values.aiPricePer1000Tokens;
    object["currency"] = values.currency;
    object["teamSize"] = values.teamSize;
    object["minHumanSamples"] = values.minHumanSamples;
}

std::string encode(const CostModelValues &values)
{
    json object = json::object();
    addCostModelValues(object, values);
    return encodeJson(object);
}

std::string encode(const CostModelVersion &body)
{
    return encodeJson(versionJson(body));
}

std::string encode(const CostModelVersions &body)
{
    json versions = json::array();
    for (const CostModelVersion &v : body.versions)
        versions.push_back(versionJson(v));
    return encodeJson({{"versions", std::move(versions)}});
}

std::string encode(const CostModelUpdate &body)
{
    json object = {{"baseVersion", body.baseVersion}, {"note", body.note}};
    addCostModelValues(object, body.model);
    return encodeJson(object);
}

std::string encode(const CostModelRefusal &body)
{
    json error = {{"code", body.error.code}, {"message", body.error.message}};
    if (body.current)
        error["current"] = versionJson(*body.current);
    if (!body.fields.empty()) {
        json fields = json::array();
        for (const CostModelFieldError &f : body.fields) {
            json field = {{"field", f.field}, {"code", f.code}, {"message", f.message}};
            if (!f.intent.empty() || f.field == "handlingMinutesByIntent")
                field["intent"] = f.intent;
            fields.push_back(std::move(field));
        }
        error["fields"] = std::move(fields);
    }
    return encodeJson({{"error", std::move(error)}});
}

Decoded<CostModelValues> decodeCostModelValues(std::string_view text)
{
    return decodeBody<CostModelValues>(text, decodeValues);
}

Decoded<CostModelVersion> decodeCostModelVersion(std::string_view body)
{
    return decodeBody<CostModelVersion>(body, decodeVersion);
}

Decoded<CostModelVersions> decodeCostModelVersions(std::string_view body)
{
    return decodeBody<CostModelVersions>(body, [](Reader &r, const json &o, const Path &p, CostModelVersions &out) {
        const json *versions = detail::readArray(r, o, p, "versions");
        return versions && detail::readObjects(r, *versions, p.member("versions"), out.versions, decodeVersion);
    });
}

Decoded<CostModelUpdate> decodeCostModelUpdate(std::string_view body)
{
    return decodeBody<CostModelUpdate>(body, [](Reader &r, const json &o, const Path &p, CostModelUpdate &out) {
        return detail::readInt64(r, o, p, "baseVersion", out.baseVersion, 0)
            && detail::readOptionalString(r, o, p, "note", out.note) && decodeValues(r, o, p, out.model);
    });
}

Decoded<CostModelRefusal> decodeCostModelRefusal(std::string_view body)
{
    return decodeBody<CostModelRefusal>(body, [](Reader &r, const json &o, const Path &p, CostModelRefusal &out) {
        const json *error = detail::readObject(r, o, p, "error");
        const Path e = p.member("error");
        if (!error || !detail::readString(r, *error, e, "code", out.error.code, true)
            || !detail::readString(r, *error, e, "message", out.error.message))
            return false;
        if (detail::find(*error, "current")) {
            const json *current = detail::readObject(r, *error, e, "current");
            CostModelVersion version;
            if (!current || !decodeVersion(r, *current, e.member("current"), version))
                return false;
            out.current = std::move(version);
        }
        if (!detail::find(*error, "fields"))
            return true;
        const json *fields = detail::readArray(r, *error, e, "fields");
        return fields
            && detail::readObjects(r, *fields, e.member("fields"), out.fields,
                [](Reader &fr, const json &f, const Path &fp, CostModelFieldError &field) {
                    return detail::readString(fr, f, fp, "field", field.field, true)
                        && detail::readOptionalString(fr, f, fp, "intent", field.intent)
                        && detail::readString(fr, f, fp, "code", field.code, true)
                        && detail::readOptionalString(fr, f, fp, "message", field.message);
                });
    });
}

} // namespace pilothouse::protocol
