#include "facts.h"

#include "domaincodec.h"
#include "jsondom.h"

#include <optional>
#include <set>
#include <string>

namespace pilothouse::protocol {
namespace {

using detail::Path;
using detail::Reader;
using nlohmann::json;
using Code = DecodeError::Code;

struct Counter {
    const char *name;
    std::int64_t FactsCounts::*member;
};

// Every scalar counter by its name in docs/metrics.md.
constexpr Counter kCounters[] = {
    {"conversations", &FactsCounts::conversations},
    {"spam", &FactsCounts::spam},
    {"aiResolvedStrict", &FactsCounts::aiResolvedStrict},
    {"aiResolvedProvisional", &FactsCounts::aiResolvedProvisional},
    {"aiResolvedLenient", &FactsCounts::aiResolvedLenient},
    {"humanResolved", &FactsCounts::humanResolved},
    {"notResolved", &FactsCounts::notResolved},
    {"abandoned", &FactsCounts::abandoned},
    {"handedOff", &FactsCounts::handedOff},
    {"aiFirstResponseMsSum", &FactsCounts::aiFirstResponseMsSum},
    {"aiFirstResponseCount", &FactsCounts::aiFirstResponseCount},
    {"humanFirstResponseMsSum", &FactsCounts::humanFirstResponseMsSum},
    {"humanFirstResponseCount", &FactsCounts::humanFirstResponseCount},
    {"resolutionMsSum", &FactsCounts::resolutionMsSum},
    {"resolutionCount", &FactsCounts::resolutionCount},
    {"surveysSent", &FactsCounts::surveysSent},
    {"rated", &FactsCounts::rated},
    {"ratedPositive", &FactsCounts::ratedPositive},
    {"ratingSum", &FactsCounts::ratingSum},
    {"aiReplies", &FactsCounts::aiReplies},
    {"aiTokens", &FactsCounts::aiTokens},
    {"humanHandleMsSum", &FactsCounts::humanHandleMsSum},
    {"humanHandledConversations", &FactsCounts::humanHandledConversations},
    {"salesConversations", &FactsCounts::salesConversations},
    {"qualified", &FactsCounts::qualified},
    {"won", &FactsCounts::won},
    {"lost", &FactsCounts::lost},
};

// Scalar counters added after v1.0: absent (a server that predates them) counts 0.
constexpr Counter kOptionalCounters[] = {
    {"deadlinesMet", &FactsCounts::deadlinesMet},
    {"deadlinesMissed", &FactsCounts::deadlinesMissed},
};

constexpr std::string_view kTakenOver = "taken_over";

struct BandCounter {
    const char *name;
    FactsCounts::Bands FactsCounts::*member;
};

// The calibration counters: objects keyed by a band's lower bound in whole percent.
constexpr BandCounter kBandCounters[] = {
    {"aiRepliesByConfidence", &FactsCounts::aiRepliesByConfidence},
    {"judgedByConfidence", &FactsCounts::judgedByConfidence},
    {"wrongByConfidence", &FactsCounts::wrongByConfidence},
    {"notHandedOffByLowestConfidence", &FactsCounts::notHandedOffByLowestConfidence},
};

/// "0", "10", ..., "90": band b's key.
std::string bandKey(std::size_t band)
{
    return std::to_string(band * 100 / kFactsConfidenceBands);
}

/// An optional object of bands: absent means every band 0, a missing key counts 0, a key that is
/// not a band's lower bound is an error (the bands are fixed by the protocol).
bool decodeBands(Reader &r, const json &o, const Path &p, const char *key, FactsCounts::Bands &out)
{
    const json *bands = detail::find(o, key);
    if (!bands)
        return true;
    const Path at = p.member(key);
    if (!bands->is_object())
        return r.fail(
            Code::NotAnObject, at, std::string("expected an object, got ") + std::string(detail::typeName(*bands)));
    for (auto it = bands->begin(); it != bands->end(); ++it) {
        std::size_t band = 0;
        while (band < kFactsConfidenceBands && bandKey(band) != it.key())
            ++band;
        if (band == kFactsConfidenceBands)
            return r.fail(Code::InvalidValue, at.member(it.key()), "expected a band's lower bound: 0, 10, 20, ... 90");
        if (!detail::takeInt64(r, it.value(), at.member(it.key()), out[band], 0, detail::kInt64Max))
            return false;
    }
    return true;
}

/// Only the bands that are not 0; nothing when every band is 0.
std::optional<json> encodeBands(const FactsCounts::Bands &bands)
{
    json out = json::object();
    for (std::size_t band = 0; band < bands.size(); ++band) {
        if (bands[band] != 0)
            out[bandKey(band)] = bands[band];
    }
    return out.empty() ? std::nullopt : std::optional(std::move(out));
}

bool decodeWindows(Reader &r, const json &o, const Path &p, const char *key,
    std::array<std::int64_t, kFactsAttributionWindows.size()> &out)
{
    const json *array = detail::readArray(r, o, p, key);
    if (!array)
        return false;
    const Path at = p.member(key);
    if (array->size() != out.size())
        return r.fail(Code::InvalidValue, at,
            "expected " + std::to_string(out.size()) + " values (windows 1, 5, 7, 30 days), got "
                + std::to_string(array->size()));
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!detail::takeInt64(r, (*array)[i], at.element(i), out[i], 0, detail::kInt64Max))
            return false;
    }
    return true;
}

bool decodeCounts(Reader &r, const json &o, const Path &p, FactsCounts &out)
{
    for (const Counter &counter : kCounters) {
        if (!detail::readInt64(r, o, p, counter.name, out.*counter.member, 0))
            return false;
    }
    for (const Counter &counter : kOptionalCounters) {
        std::optional<std::int64_t> value;
        if (!detail::readOptionalInt64(r, o, p, counter.name, value, 0))
            return false;
        out.*counter.member = value.value_or(0);
    }
    const json *byReason = detail::readObject(r, o, p, "handedOffByReason");
    if (!byReason)
        return false;
    const Path reasons = p.member("handedOffByReason");
    for (std::size_t slot = 0; slot < kFactsHandOffSlots; ++slot) {
        // A reason with no hand-offs may be left out; an unknown one (a newer server's) is ignored.
        if (detail::find(*byReason, handOffSlotName(slot))
            && !detail::readInt64(r, *byReason, reasons, handOffSlotName(slot), out.handedOffByReason[slot], 0))
            return false;
    }
    if (!decodeWindows(r, o, p, "attributedOrders", out.attributedOrders)
        || !decodeWindows(r, o, p, "revenueCents", out.revenueCents))
        return false;
    for (const BandCounter &counter : kBandCounters) {
        if (!decodeBands(r, o, p, counter.name, out.*counter.member))
            return false;
    }
    return true;
}

std::string allowedNames(std::initializer_list<std::string_view> names)
{
    std::string text;
    for (std::string_view name : names) {
        if (!text.empty())
            text += ", ";
        text += name;
    }
    return text;
}

bool decodeRow(Reader &r, const json &o, const Path &p, FactsRow &out)
{
    static const std::string channels = allowedNames(
        {toString(Channel::Chat), toString(Channel::Email), toString(Channel::Sms), toString(Channel::Voice)});
    static const std::string kinds
        = allowedNames({toString(ConversationKind::Support), toString(ConversationKind::Sales)});
    if (!detail::readString(r, o, p, "day", out.day, true))
        return false;
    if (!isIsoDate(out.day))
        return r.fail(Code::InvalidValue, p.member("day"), "expected a date YYYY-MM-DD");
    if (!detail::readEnum(r, o, p, "channel", out.channel, channelFromString, channels)
        || !detail::readEnum(r, o, p, "kind", out.kind, kindFromString, kinds)
        || !detail::readString(r, o, p, "intent", out.intent) || !detail::readString(r, o, p, "segment", out.segment)
        || !detail::readString(r, o, p, "language", out.language) || !detail::readBool(r, o, p, "vip", out.vip))
        return false;
    const json *counts = detail::readObject(r, o, p, "counts");
    return counts && decodeCounts(r, *counts, p.member("counts"), out.counts);
}

/// `listedOnly`: every row's day must be in `days` (a REST body); a frame's rows may continue a
/// day an earlier frame listed.
bool decodeFactsObject(Reader &r, const json &o, const Path &p, Facts &out, bool listedOnly)
{
    if (!detail::readInt64(r, o, p, "asOf", out.asOf, 0)
        || !detail::readString(r, o, p, "currency", out.currency, true))
        return false;
    const json *days = detail::readArray(r, o, p, "days");
    if (!days)
        return false;
    const Path dayPath = p.member("days");
    std::set<std::string> listed;
    for (std::size_t i = 0; i < days->size(); ++i) {
        std::string day;
        if (!detail::takeString(r, (*days)[i], dayPath.element(i), day, true))
            return false;
        if (!isIsoDate(day))
            return r.fail(Code::InvalidValue, dayPath.element(i), "expected a date YYYY-MM-DD");
        if (!listed.insert(day).second)
            return r.fail(Code::InvalidValue, dayPath.element(i), "day listed twice");
        out.days.push_back(std::move(day));
    }
    const json *rows = detail::readArray(r, o, p, "rows");
    if (!rows || !detail::readObjects(r, *rows, p.member("rows"), out.rows, decodeRow))
        return false;
    for (std::size_t i = 0; listedOnly && i < out.rows.size(); ++i) {
        if (!listed.contains(out.rows[i].day))
            return r.fail(Code::InvalidValue, p.member("rows").element(i).member("day"), "day not listed in days");
    }
    return true;
}

} // namespace

namespace detail {
bool decodeFactsFrame(Reader &r, const nlohmann::json &o, const Path &p, Facts &out)
{
    if (!decodeFactsObject(r, o, p, out, false))
        return false;
    const json *complete = detail::find(o, "complete");
    if (!complete || complete->is_null())
        return true; // absent: more frames of this set follow
    return detail::readBool(r, o, p, "complete", out.complete);
}
} // namespace detail

std::string_view handOffSlotName(std::size_t slot)
{
    if (slot + 1 >= kFactsHandOffSlots)
        return kTakenOver;
    return toString(EscalationReason(slot));
}

bool isIsoDate(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (t[i] < '0' || t[i] > '9')
            return false;
    }
    const auto number = [t](std::size_t at, std::size_t n) {
        int value = 0;
        for (std::size_t i = at; i < at + n; ++i)
            value = value * 10 + (t[i] - '0');
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

nlohmann::json factsToJson(const Facts &facts)
{
    json rows = json::array();
    for (const FactsRow &row : facts.rows) {
        json counts = json::object();
        for (const Counter &counter : kCounters)
            counts[counter.name] = row.counts.*counter.member;
        for (const Counter &counter : kOptionalCounters)
            counts[counter.name] = row.counts.*counter.member;
        json byReason = json::object();
        for (std::size_t slot = 0; slot < kFactsHandOffSlots; ++slot)
            byReason[std::string(handOffSlotName(slot))] = row.counts.handedOffByReason[slot];
        counts["handedOffByReason"] = std::move(byReason);
        counts["attributedOrders"] = row.counts.attributedOrders;
        counts["revenueCents"] = row.counts.revenueCents;
        for (const BandCounter &counter : kBandCounters) {
            if (auto bands = encodeBands(row.counts.*counter.member))
                counts[counter.name] = std::move(*bands);
        }
        rows.push_back(
            {{"day", row.day}, {"channel", toString(row.channel)}, {"kind", toString(row.kind)}, {"intent", row.intent},
                {"segment", row.segment}, {"language", row.language}, {"vip", row.vip}, {"counts", std::move(counts)}});
    }
    return {{"asOf", facts.asOf}, {"currency", facts.currency}, {"days", facts.days}, {"rows", std::move(rows)}};
}

Decoded<Facts> factsFromJson(const nlohmann::json &json)
{
    return detail::decodeRoot<Facts>(json, "facts", [](Reader &r, const nlohmann::json &o, const Path &p, Facts &out) {
        return decodeFactsObject(r, o, p, out, true);
    });
}

std::string encode(const Facts &facts)
{
    return encodeJson(factsToJson(facts));
}

Decoded<Facts> decodeFacts(std::string_view body)
{
    json root;
    DecodeError error;
    if (!detail::parseJson(body, root, error))
        return error;
    return detail::decodeRoot<Facts>(root, "body", [](Reader &r, const nlohmann::json &o, const Path &p, Facts &out) {
        return decodeFactsObject(r, o, p, out, true);
    });
}

} // namespace pilothouse::protocol
