#pragma once
// The team's saved replies as a configuration document (docs/config.md, "Saved replies"): strict
// parsing that reports every invalid field, the canonical text a version is stored as, the
// built-in version 0, and the filling in of placeholders when an operator inserts a reply.
// The server validates drafts with it; the console lists and fills replies with the same code.

#include "tuning/fielderror.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::tuning {

inline constexpr std::size_t kMaxSavedReplies = 200;
inline constexpr std::size_t kMaxSavedReplyIdBytes = 64;
inline constexpr std::size_t kMaxSavedReplyTitleChars = 80;
inline constexpr std::size_t kMaxSavedReplyTextChars = 4000;

struct SavedReply {
    std::string id; ///< 1..64 of [a-z0-9-], unique in the document.
    std::string title; ///< Trimmed, 1..80 characters.
    std::string text; ///< Trimmed, 1..4000 characters; may hold placeholders.
    bool operator==(const SavedReply &) const = default;
};

struct SavedReplies {
    std::vector<SavedReply> replies; ///< In the order operators see them.
    bool operator==(const SavedReplies &) const = default;
};

/// Parses and validates `json`; every problem at once (field paths as "replies[2].text").
Validated<SavedReplies> parseSavedReplies(std::string_view json);

/// The canonical JSON: `schema` then `replies`, each with `id`, `title`, `text`, two-space indented.
std::string toJson(const SavedReplies &replies);

/// Version 0: the replies a new server starts with.
const SavedReplies &defaultSavedReplies();

/// The placeholders a reply may hold ("customer.firstName", ...), without braces.
const std::vector<std::string> &savedReplyPlaceholders();

/// `text` with every known placeholder whose value is given and non-empty replaced by it; a
/// placeholder without a value is left as written, so the operator sees what to fill in.
/// `values` is keyed by placeholder name without braces ("customer.firstName").
std::string fillPlaceholders(std::string_view text, const std::map<std::string, std::string> &values);

/// The first word of `name` ("Maria" for "Maria Lopez"); "" for a blank name.
std::string firstWord(std::string_view name);

} // namespace pilothouse::tuning
