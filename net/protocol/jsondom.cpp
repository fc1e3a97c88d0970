#include "jsondom.h"

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace pilothouse::protocol::detail {
namespace {

using json = nlohmann::json;

/// A SAX handler that builds the DOM itself. We do not use the parser callback: it costs a
/// std::function call per value and cannot abort the parse, only discard the deep part after
/// reading it. Counting depth here gives the same limit and stops at the first offending bracket.
class DomBuilder {
public:
    explicit DomBuilder(json &root)
        : m_root(root)
    {
        m_stack.reserve(kMaxDepth);
    }

    bool null() { return put(nullptr); }
    bool boolean(bool value) { return put(value); }
    bool number_integer(json::number_integer_t value) { return put(value); }
    bool number_unsigned(json::number_unsigned_t value) { return put(value); }
    bool number_float(json::number_float_t value, const json::string_t &text)
    {
        // 1e999 parses as infinity, which JSON cannot carry back out: refuse it here.
        if (!std::isfinite(value))
            return fail(DecodeError::Code::MalformedJson, "number out of range: " + truncated(text));
        return put(value);
    }
    bool string(json::string_t &value) { return put(std::move(value)); }
    bool binary(json::binary_t &) { return fail(DecodeError::Code::MalformedJson, "binary values are not JSON"); }

    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t &name)
    {
        auto &members = m_stack.back()->get_ref<json::object_t &>();
        auto [it, inserted] = members.try_emplace(name);
        if (!inserted)
            return fail(DecodeError::Code::MalformedJson, "duplicate key \"" + truncated(name) + "\"");
        m_member = &it->second;
        return true;
    }

    bool parse_error(std::size_t, const std::string &, const json::exception &ex)
    {
        // ex.what() reads "[json.exception.parse_error.101] parse error at line 1, column 7: ...";
        // the id prefix is noise for a reader of logs.
        std::string what = ex.what();
        if (const auto close = what.find("] "); close != std::string::npos)
            what.erase(0, close + 2);
        // "; last read: '...'" quotes raw input: it may be invalid UTF-8 or hostile, so drop it.
        if (const auto quote = what.find("; last read:"); quote != std::string::npos)
            what.erase(quote);
        return fail(DecodeError::Code::MalformedJson, std::move(what));
    }

    const DecodeError &error() const { return m_error; }

private:
    static std::string truncated(const std::string &text)
    {
        constexpr std::size_t kMax = 40;
        if (text.size() <= kMax)
            return text;
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // keep the message valid UTF-8
        return text.substr(0, cut) + "...";
    }

    bool fail(DecodeError::Code code, std::string message)
    {
        m_error.code = code;
        m_error.message = std::move(message);
        return false;
    }

    template<typename Value> json *place(Value &&value)
    {
        if (m_stack.empty()) {
            m_root = json(std::forward<Value>(value));
            return &m_root;
        }
        json &parent = *m_stack.back();
        if (parent.is_array()) {
            auto &items = parent.get_ref<json::array_t &>();
            items.emplace_back(std::forward<Value>(value));
            return &items.back();
        }
        *m_member = json(std::forward<Value>(value));
        return m_member;
    }

    template<typename Value> bool put(Value &&value)
    {
        place(std::forward<Value>(value));
        return true;
    }

    bool open(json::value_t type)
    {
        if (static_cast<int>(m_stack.size()) >= kMaxDepth)
            return fail(DecodeError::Code::TooDeep, "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
        m_stack.push_back(place(type));
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    json &m_root;
    std::vector<json *> m_stack; // open containers; pointers stay valid while they are open
    json *m_member = nullptr; // slot of the object member whose value comes next
    DecodeError m_error;
};

} // namespace

bool parseJson(std::string_view text, json &out, DecodeError &error)
{
    DomBuilder builder(out);
    // sax_parse reports errors to the handler instead of throwing; strict = trailing bytes fail.
    if (json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true))
        return true;
    error = builder.error();
    if (error.message.empty())
        error = {DecodeError::Code::MalformedJson, "not valid JSON"};
    out = json();
    return false;
}

} // namespace pilothouse::protocol::detail
