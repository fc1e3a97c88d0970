#include "tuning/savedreplies.h"

#include "protocol/jsondom.h"

#include <algorithm>
#include <optional>
#include <set>

namespace pilothouse::tuning {
namespace {

using nlohmann::json;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

/// Unicode code points in valid UTF-8 (every byte that does not continue a sequence).
std::size_t characters(std::string_view utf8)
{
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// The length of the placeholder `{word.word}` starting at `text[at]` (a '{'), or 0 when the
/// brace opens none; `name` receives what is between the braces.
std::size_t placeholderAt(std::string_view text, std::size_t at, std::string_view &name)
{
    std::size_t i = at + 1;
    const auto word = [&] {
        const std::size_t start = i;
        while (i < text.size() && isWordChar(text[i]))
            ++i;
        return i > start;
    };
    if (!word() || i >= text.size() || text[i] != '.')
        return 0;
    ++i;
    if (!word() || i >= text.size() || text[i] != '}')
        return 0;
    name = text.substr(at + 1, i - at - 1);
    return i + 1 - at;
}

bool isKnownPlaceholder(std::string_view name)
{
    const auto &known = savedReplyPlaceholders();
    return std::find(known.begin(), known.end(), name) != known.end();
}

/// Every placeholder in `text` this document does not know, each once, in order.
std::vector<std::string> unknownPlaceholders(std::string_view text)
{
    std::vector<std::string> out;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] != '{')
            continue;
        std::string_view name;
        const std::size_t length = placeholderAt(text, at, name);
        if (length == 0)
            continue;
        if (!isKnownPlaceholder(name) && std::find(out.begin(), out.end(), name) == out.end())
            out.emplace_back(name);
        at += length - 1;
    }
    return out;
}

class Reader {
public:
    std::vector<FieldError> errors;

    void fail(const std::string &field, const char *code, std::string message)
    {
        errors.push_back({field, code, std::move(message)});
    }

    /// A required string member: absent, not a string or blank after trimming is reported.
    std::optional<std::string> text(const json &object, const std::string &path, const char *key, const char *what)
    {
        const std::string field = path + '.' + key;
        const auto it = object.find(key);
        if (it == object.end()) {
            fail(field, "required", std::string("give the reply ") + what);
            return std::nullopt;
        }
        if (!it->is_string()) {
            fail(field, "wrong_type", std::string(key) + " is text");
            return std::nullopt;
        }
        const std::string value(trimmed(it->get_ref<const std::string &>()));
        if (value.empty()) {
            fail(field, "required", std::string("give the reply ") + what);
            return std::nullopt;
        }
        return value;
    }

    SavedReply reply(const json &node, const std::string &path)
    {
        SavedReply out;
        if (!node.is_object()) {
            fail(path, "wrong_type", "a reply is an object with id, title and text");
            return out;
        }
        for (const auto &[key, value] : node.items()) {
            if (key != "id" && key != "title" && key != "text")
                fail(path + '.' + key, "unknown_field", "'" + key + "' is not a field here");
        }
        if (const auto id = node.find("id"); id == node.end())
            fail(path + ".id", "required", "give the reply an id");
        else if (!id->is_string())
            fail(path + ".id", "wrong_type", "an id is text");
        else if (id->get_ref<const std::string &>().empty())
            fail(path + ".id", "required", "give the reply an id");
        else if (const auto &value = id->get_ref<const std::string &>();
                 value.size() > kMaxSavedReplyIdBytes || !std::all_of(value.begin(), value.end(), isIdChar))
            fail(path + ".id", "out_of_range",
                "an id is 1 to " + std::to_string(kMaxSavedReplyIdBytes) + " lower-case letters, digits and '-'");
        else
            out.id = value;
        if (auto title = text(node, path, "title", "a title")) {
            if (characters(*title) > kMaxSavedReplyTitleChars)
                fail(path + ".title", "out_of_range",
                    "a title is at most " + std::to_string(kMaxSavedReplyTitleChars) + " characters");
            else
                out.title = std::move(*title);
        }
        if (auto body = text(node, path, "text", "a text")) {
            if (characters(*body) > kMaxSavedReplyTextChars) {
                fail(path + ".text", "out_of_range",
                    "a text is at most " + std::to_string(kMaxSavedReplyTextChars) + " characters");
            } else if (const auto unknown = unknownPlaceholders(*body); !unknown.empty()) {
                std::string names;
                for (const auto &name : unknown)
                    names += (names.empty() ? "{" : ", {") + name + "}";
                fail(path + ".text", "unknown_value",
                    names + (unknown.size() == 1 ? " is not a placeholder" : " are not placeholders")
                        + "; use {customer.name}, {customer.firstName}, {agent.name}, {agent.firstName} or "
                          "{order.id}");
            } else {
                out.text = std::move(*body);
            }
        }
        return out;
    }
};

SavedReplies builtInReplies()
{
    // Built from code, not parsed: checked against the parser by tests/tuning.
    return SavedReplies {{
        {"greeting", "Greeting",
            "Hi {customer.firstName}, thanks for getting in touch. I'm {agent.firstName} and I'll take it from "
            "here."},
        {"ask-order-number", "Ask for the order number",
            "Could you send me your order number, {customer.firstName}? It's in your confirmation email and starts "
            "with #."},
        {"refund-timeline", "Refund timeline",
            "Hi {customer.firstName}, your refund for order #{order.id} reaches your account within 5 working "
            "days.\n{agent.firstName}"},
        {"checking-with-colleague", "Checking with a colleague",
            "Thanks for waiting, {customer.firstName}. I'm checking this with a colleague and will get back to you "
            "shortly."},
        {"closing", "Closing",
            "Is there anything else I can help you with, {customer.firstName}? Have a great day!\n"
            "{agent.firstName}"},
    }};
}

} // namespace

Validated<SavedReplies> parseSavedReplies(std::string_view text)
{
    try {
        json root;
        protocol::DecodeError parseError;
        if (!protocol::detail::parseJson(text, root, parseError))
            return std::vector<FieldError> {{"", "malformed", "not a JSON document: " + parseError.message}};
        if (!root.is_object())
            return std::vector<FieldError> {{"", "wrong_type", "saved replies are a JSON object"}};
        Reader reader;
        SavedReplies out;
        for (const auto &[key, value] : root.items()) {
            if (key != "schema" && key != "replies")
                reader.fail(key, "unknown_field", "'" + key + "' is not a field here");
        }
        const auto schema = root.find("schema");
        if (schema == root.end())
            reader.fail("schema", "required", "this server reads schema 1");
        else if (!schema->is_number_integer())
            reader.fail("schema", "wrong_type", "schema is a whole number: 1");
        else if (schema->get<std::int64_t>() != 1)
            reader.fail("schema", "out_of_range", "this server reads schema 1");
        const auto replies = root.find("replies");
        if (replies == root.end()) {
            reader.fail("replies", "required", "saved replies have a list of replies");
        } else if (!replies->is_array()) {
            reader.fail("replies", "wrong_type", "saved replies have a list of replies");
        } else if (replies->size() > kMaxSavedReplies) {
            reader.fail("replies", "too_many", "at most " + std::to_string(kMaxSavedReplies) + " replies");
        } else {
            std::set<std::string> ids;
            for (std::size_t i = 0; i < replies->size(); ++i) {
                const std::string path = "replies[" + std::to_string(i) + ']';
                SavedReply reply = reader.reply((*replies)[i], path);
                if (!reply.id.empty() && !ids.insert(reply.id).second)
                    reader.fail(path + ".id", "duplicate", "another reply has the id '" + reply.id + "'");
                out.replies.push_back(std::move(reply));
            }
        }
        if (!reader.errors.empty())
            return std::move(reader.errors);
        return out;
    } catch (const std::exception &error) {
        // nlohmann throws only on misuse; a document must never take its reader down.
        return std::vector<FieldError> {{"", "malformed", std::string("not a JSON document: ") + error.what()}};
    }
}

std::string toJson(const SavedReplies &replies)
{
    using ojson = nlohmann::ordered_json;
    auto list = ojson::array();
    for (const auto &reply : replies.replies) {
        auto r = ojson::object();
        r["id"] = reply.id;
        r["title"] = std::string(trimmed(reply.title));
        r["text"] = std::string(trimmed(reply.text));
        list.push_back(std::move(r));
    }
    auto root = ojson::object();
    root["schema"] = 1;
    root["replies"] = std::move(list);
    // Invalid UTF-8 can only come from code that built the replies by hand: replaced, not thrown.
    return root.dump(2, ' ', false, ojson::error_handler_t::replace);
}

const SavedReplies &defaultSavedReplies()
{
    static const SavedReplies replies = builtInReplies();
    return replies;
}

const std::vector<std::string> &savedReplyPlaceholders()
{
    static const std::vector<std::string> names {
        "customer.name", "customer.firstName", "agent.name", "agent.firstName", "order.id"};
    return names;
}

std::string fillPlaceholders(std::string_view text, const std::map<std::string, std::string> &values)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size(); ++at) {
        std::string_view name;
        const std::size_t length = text[at] == '{' ? placeholderAt(text, at, name) : 0;
        if (length == 0) {
            out += text[at];
            continue;
        }
        const auto value = isKnownPlaceholder(name) ? values.find(std::string(name)) : values.end();
        if (value != values.end() && !value->second.empty())
            out += value->second;
        else
            out += text.substr(at, length);
        at += length - 1;
    }
    return out;
}

std::string firstWord(std::string_view name)
{
    const std::string_view rest = trimmed(name);
    const auto end = std::find_if(rest.begin(), rest.end(), isSpace);
    return std::string(rest.begin(), end);
}

} // namespace pilothouse::tuning
