#pragma once
// Private to the codec: strict, non-throwing field readers that report the first failure with
// the path of the offending field ("events[2].seq: expected an integer").
//
// Readers are templates over `Json` = `nlohmann::json` or `const nlohmann::json`: with a mutable
// tree (a frame we just parsed) strings are moved out instead of copied.

#include "codec.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pilothouse::protocol::detail {

using json = nlohmann::json;

/// One step of a field path. Paths live on the stack and are only turned into text on failure,
/// so the success path pays nothing for them.
struct Path {
    static constexpr std::size_t kNoIndex = std::numeric_limits<std::size_t>::max();
    const Path *parent = nullptr;
    std::string_view key; ///< Object member, or empty.
    std::size_t index = kNoIndex; ///< Array element, or kNoIndex.

    Path member(std::string_view name) const { return Path {this, name, kNoIndex}; }
    Path element(std::size_t i) const { return Path {this, {}, i}; }
    std::string toString() const;
};

/// Collects the first decode failure.
class Reader {
public:
    explicit Reader(std::string_view rootName)
        : m_rootName(rootName)
    { }

    /// Records a failure at `path` and returns false so callers can `return r.fail(...)`.
    bool fail(DecodeError::Code code, const Path &path, std::string_view what);
    DecodeError takeError() { return std::move(m_error); }

private:
    std::string_view m_rootName;
    DecodeError m_error;
};

/// A JSON value quoted and shortened for an error message (values may be hostile and long).
std::string quoted(const json &value);
/// "a string", "an integer", ... for "expected X, got Y" messages.
std::string_view typeName(const json &value);

template<typename Json> inline constexpr bool kMovable = !std::is_const_v<Json>;

/// The member `key` of the object `object`, or nullptr.
template<typename Json> Json *find(Json &object, std::string_view key)
{
    auto &members
        = object.template get_ref<std::conditional_t<kMovable<Json>, json::object_t &, const json::object_t &>>();
    const auto it = members.find(key);
    return it == members.end() ? nullptr : &it->second;
}

/// A required member; fails with MissingField when absent.
template<typename Json> Json *require(Reader &r, Json &object, const Path &path, std::string_view key)
{
    Json *value = find(object, key);
    if (!value)
        r.fail(DecodeError::Code::MissingField, path.member(key), "missing required field");
    return value;
}

bool expectType(Reader &r, const json &value, const Path &path, bool ok, std::string_view expected);

template<typename Json>
bool takeString(Reader &r, Json &value, const Path &path, std::string &out, bool nonEmpty = false)
{
    if (!value.is_string())
        return expectType(r, value, path, false, "a string");
    if constexpr (kMovable<Json>)
        out = std::move(value.template get_ref<std::string &>());
    else
        out = value.template get_ref<const std::string &>();
    if (nonEmpty && out.empty())
        return r.fail(DecodeError::Code::InvalidValue, path, "must not be empty");
    return true;
}

template<typename Json>
bool readString(
    Reader &r, Json &object, const Path &path, std::string_view key, std::string &out, bool nonEmpty = false)
{
    Json *value = require(r, object, path, key);
    return value && takeString(r, *value, path.member(key), out, nonEmpty);
}

/// Optional string: absent or null leaves `out` unchanged.
template<typename Json>
bool readOptionalString(Reader &r, Json &object, const Path &path, std::string_view key, std::string &out)
{
    Json *value = find(object, key);
    return !value || value->is_null() || takeString(r, *value, path.member(key), out);
}

bool takeInt64(Reader &r, const json &value, const Path &path, std::int64_t &out, std::int64_t min, std::int64_t max);
bool takeDouble(Reader &r, const json &value, const Path &path, double &out, double min, double max);

inline constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
inline constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();

template<typename Json>
bool readInt64(Reader &r, Json &object, const Path &path, std::string_view key, std::int64_t &out,
    std::int64_t min = kInt64Min, std::int64_t max = kInt64Max)
{
    Json *value = require(r, object, path, key);
    return value && takeInt64(r, *value, path.member(key), out, min, max);
}

template<typename Json>
bool readInt(Reader &r, Json &object, const Path &path, std::string_view key, int &out, std::int64_t min,
    std::int64_t max = kIntMax)
{
    std::int64_t wide = 0;
    if (!readInt64(r, object, path, key, wide, min, max))
        return false;
    out = static_cast<int>(wide); // range checked against int bounds by the caller's min/max
    return true;
}

template<typename Json>
bool readOptionalInt64(Reader &r, Json &object, const Path &path, std::string_view key,
    std::optional<std::int64_t> &out, std::int64_t min = kInt64Min)
{
    Json *value = find(object, key);
    if (!value || value->is_null()) {
        out.reset();
        return true;
    }
    std::int64_t v = 0;
    if (!takeInt64(r, *value, path.member(key), v, min, kInt64Max))
        return false;
    out = v;
    return true;
}

template<typename Json>
bool readDouble(Reader &r, Json &object, const Path &path, std::string_view key, double &out, double min, double max)
{
    Json *value = require(r, object, path, key);
    return value && takeDouble(r, *value, path.member(key), out, min, max);
}

template<typename Json>
bool readOptionalDouble(
    Reader &r, Json &object, const Path &path, std::string_view key, std::optional<double> &out, double min, double max)
{
    Json *value = find(object, key);
    if (!value || value->is_null()) {
        out.reset();
        return true;
    }
    double v = 0;
    if (!takeDouble(r, *value, path.member(key), v, min, max))
        return false;
    out = v;
    return true;
}

template<typename Json> bool readBool(Reader &r, Json &object, const Path &path, std::string_view key, bool &out)
{
    Json *value = require(r, object, path, key);
    if (!value)
        return false;
    if (!value->is_boolean())
        return expectType(r, *value, path.member(key), false, "a boolean");
    out = value->template get<bool>();
    return true;
}

/// Optional boolean: absent or null leaves `out` unchanged.
template<typename Json>
bool readOptionalBool(Reader &r, Json &object, const Path &path, std::string_view key, bool &out)
{
    Json *value = find(object, key);
    return !value || value->is_null() || readBool(r, object, path, key, out);
}

/// A required member that must be an object (NotAnObject otherwise).
template<typename Json> Json *readObject(Reader &r, Json &object, const Path &path, std::string_view key)
{
    Json *value = require(r, object, path, key);
    if (value && !value->is_object()) {
        r.fail(DecodeError::Code::NotAnObject, path.member(key),
            std::string("expected an object, got ") + std::string(typeName(*value)));
        return nullptr;
    }
    return value;
}

/// A required member that must be an array (WrongType otherwise).
template<typename Json> Json *readArray(Reader &r, Json &object, const Path &path, std::string_view key)
{
    Json *value = require(r, object, path, key);
    if (value && !value->is_array()) {
        expectType(r, *value, path.member(key), false, "an array");
        return nullptr;
    }
    return value;
}

/// Reads an enumeration spelled as a lower-case string.
template<typename Json, typename Enum>
bool readEnum(Reader &r, Json &object, const Path &path, std::string_view key, Enum &out,
    std::optional<Enum> (*parse)(std::string_view), std::string_view allowed)
{
    Json *value = require(r, object, path, key);
    if (!value)
        return false;
    if (!value->is_string())
        return expectType(r, *value, path.member(key), false, "a string");
    const auto parsed = parse(value->template get_ref<const std::string &>());
    if (!parsed)
        return r.fail(DecodeError::Code::InvalidValue, path.member(key),
            "unknown value " + quoted(*value) + " (expected " + std::string(allowed) + ")");
    out = *parsed;
    return true;
}

/// Decodes every element of `array` (which must hold objects) with
/// `decode(Reader&, Json&, const Path&, T&)`, appending to `out`.
template<typename Json, typename T, typename Decode>
bool readObjects(Reader &r, Json &array, const Path &path, std::vector<T> &out, Decode decode)
{
    auto &items = array.template get_ref<std::conditional_t<kMovable<Json>, json::array_t &, const json::array_t &>>();
    out.reserve(out.size() + items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Path at = path.element(i);
        if (!items[i].is_object())
            return r.fail(DecodeError::Code::NotAnObject, at,
                std::string("expected an object, got ") + std::string(typeName(items[i])));
        T value {};
        if (!decode(r, items[i], at, value))
            return false;
        out.push_back(std::move(value));
    }
    return true;
}

} // namespace pilothouse::protocol::detail
