#pragma once
// The instructions a whisper can give ("offer", "confirm", "let them know", ...) and how each is
// said to the customer (handoff/instruction.cpp). The wording of each verb family is in
// messages.cpp (verbs that pass on a message) and actions.cpp (verbs that do something for the
// customer); verbs.cpp recognises the verbs and picks the family.

#include "words.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::server::whisper {

enum class Verb {
    Confirm,
    Offer,
    Apologise,
    Refund,
    Replace,
    Swap,
    Escalate,
    Tell,
    Say,
    Mention,
    Remind,
    Ask,
    Suggest,
    Recommend,
    Give,
    Issue,
    Waive,
    Extend,
    Upgrade,
    Expedite,
    Ship,
    Send,
    Resend,
    Cancel,
    Check,
    Promise,
    Reassure,
    Explain,
    Thank,
    Credit,
    Add,
    Approve,
    Apply,
    Process,
    Arrange,
    Call,
    FollowUp,
    GetBack,
    Honour,
    KeepUpdated,
    Let,
    MakeSure,
    Help, ///< Last: verbs.cpp checks its table of wordings against it.
};

struct VerbMatch {
    Verb verb;
    std::size_t length; ///< Tokens the verb takes, e.g. 3 for "let them know".
    std::string word; ///< The verb as written, lower case ("email" for Verb::Send).
};

/// The verb `t` starts with, if it is one we know.
std::optional<VerbMatch> matchVerb(const Tokens &t);

/// What the AI may say for one clause: several wordings, so that one which would repeat the
/// whisper can give way to another.
struct Said {
    std::vector<std::string> wordings; ///< Best first.
    bool question = false;
};

/// The non-empty ones of `wordings`.
Said say(std::initializer_list<std::string> wordings, bool question = false);

/// The instruction `verb` with its `object` (the tokens after the verb), said to the customer.
/// `hadYou`: the object started with "you" ("offer you ...").
Said render(const VerbMatch &verb, const Tokens &object, bool hadYou);

} // namespace pilothouse::server::whisper
