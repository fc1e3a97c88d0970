#include "jsonreader.h"

#include <cmath>
#include <vector>

namespace pilothouse::protocol::detail {

std::string Path::toString() const
{
    std::vector<const Path *> steps;
    for (const Path *p = this; p; p = p->parent)
        steps.push_back(p);
    std::string text;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        const Path &step = **it;
        if (step.index != kNoIndex) {
            text += '[';
            text += std::to_string(step.index);
            text += ']';
        } else if (!step.key.empty()) {
            if (!text.empty())
                text += '.';
            text += step.key;
        }
    }
    return text;
}

bool Reader::fail(DecodeError::Code code, const Path &path, std::string_view what)
{
    std::string where = path.toString();
    if (where.empty())
        where = m_rootName;
    else if (where.front() == '[')
        where.insert(0, m_rootName); // a bare array root: "events[2]" reads better than "[2]"
    m_error.code = code;
    m_error.message = where + ": " + std::string(what);
    return false;
}

std::string quoted(const json &value)
{
    constexpr std::size_t kMax = 40;
    // replace: a message must stay valid UTF-8 whatever the value holds.
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > kMax) {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        text.resize(cut);
        text += "...";
    }
    return text;
}

std::string_view typeName(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "an integer";
    case json::value_t::number_float:
        return "a number";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    case json::value_t::binary:
    case json::value_t::discarded:
        break;
    }
    return "an unsupported value";
}

bool expectType(Reader &r, const json &value, const Path &path, bool ok, std::string_view expected)
{
    if (ok)
        return true;
    return r.fail(DecodeError::Code::WrongType, path,
        "expected " + std::string(expected) + ", got " + std::string(typeName(value)));
}

bool takeInt64(Reader &r, const json &value, const Path &path, std::int64_t &out, std::int64_t min, std::int64_t max)
{
    std::int64_t v = 0;
    if (value.is_number_integer() && !value.is_number_unsigned()) {
        v = value.get<std::int64_t>();
    } else if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(kInt64Max))
            return r.fail(DecodeError::Code::InvalidValue, path, quoted(value) + " is out of range");
        v = static_cast<std::int64_t>(u);
    } else {
        // 1.0 is rejected on purpose: a sender that produces floats for counters has a bug.
        return expectType(r, value, path, false, "an integer");
    }
    if (v < min || v > max) {
        std::string range = min == kInt64Min ? std::string("<= ") + std::to_string(max)
            : max == kInt64Max               ? std::string(">= ") + std::to_string(min)
                                             : std::to_string(min) + ".." + std::to_string(max);
        return r.fail(
            DecodeError::Code::InvalidValue, path, std::to_string(v) + " is out of range (must be " + range + ")");
    }
    out = v;
    return true;
}

bool takeDouble(Reader &r, const json &value, const Path &path, double &out, double min, double max)
{
    if (!value.is_number())
        return expectType(r, value, path, false, "a number");
    const double v = value.get<double>();
    // Written so NaN fails too (a huge exponent parses as infinity).
    if (!(v >= min && v <= max))
        return r.fail(DecodeError::Code::InvalidValue, path,
            quoted(value) + " is out of range [" + json(min).dump() + ", " + json(max).dump() + "]");
    out = v;
    return true;
}

} // namespace pilothouse::protocol::detail
