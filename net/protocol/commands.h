#pragma once
// Typed arguments of the v1 operator commands (docs/protocol.md, section 9), shared by the console
// (which builds them) and the server (which checks them), so both read one definition.
// Each struct maps to and from the generic `Command` frame; `fromCommand` never throws and
// reports bad arguments as a DecodeError naming the field ("args.conversationId: missing ...").

#include "codec.h"

#include <string>

namespace pilothouse::protocol::commands {

/// `message.judge`: mark an AI reply correct or wrong. Any role.
struct JudgeMessage {
    static constexpr const char *kName = "message.judge";
    std::string messageId;
    bool correct = true;
    std::string reason; ///< A note; may be empty.
    std::optional<ReviewReason> category {}; ///< Only when `correct` is false.
    Command toCommand(std::string id) const;
    static Decoded<JudgeMessage> fromCommand(const Command &command);
    bool operator==(const JudgeMessage &) const = default;
};

/// `conversation.take_over`: become the one owner (compare-and-set). Any role.
struct TakeOver {
    static constexpr const char *kName = "conversation.take_over";
    std::string conversationId;
    Command toCommand(std::string id) const;
    static Decoded<TakeOver> fromCommand(const Command &command);
    bool operator==(const TakeOver &) const = default;
};

/// `conversation.hand_back`: the owner returns the conversation to the AI with a note.
struct HandBack {
    static constexpr const char *kName = "conversation.hand_back";
    std::string conversationId;
    std::string note; ///< May be empty; absent on the wire means empty.
    Command toCommand(std::string id) const;
    static Decoded<HandBack> fromCommand(const Command &command);
    bool operator==(const HandBack &) const = default;
};

/// `conversation.resolve`: close the conversation with an outcome.
struct Resolve {
    static constexpr const char *kName = "conversation.resolve";
    std::string conversationId;
    ResolveOutcome outcome = ResolveOutcome::Resolved;
    std::string note; ///< Optional.
    Command toCommand(std::string id) const;
    static Decoded<Resolve> fromCommand(const Command &command);
    bool operator==(const Resolve &) const = default;
};

/// `conversation.transfer`: give the conversation to another user. Supervisor or admin.
struct Transfer {
    static constexpr const char *kName = "conversation.transfer";
    std::string conversationId;
    std::string toUser;
    Command toCommand(std::string id) const;
    static Decoded<Transfer> fromCommand(const Command &command);
    bool operator==(const Transfer &) const = default;
};

/// `conversation.whisper`: a private instruction to the AI while it handles the conversation.
/// Supervisor or admin.
struct Whisper {
    static constexpr const char *kName = "conversation.whisper";
    std::string conversationId;
    std::string text;
    Command toCommand(std::string id) const;
    static Decoded<Whisper> fromCommand(const Command &command);
    bool operator==(const Whisper &) const = default;
};

/// `message.send`: a customer-visible reply by the owner. The message id is "m-" + command id,
/// so the console can match its local echo.
struct SendMessage {
    static constexpr const char *kName = "message.send";
    std::string conversationId;
    std::string text;
    Command toCommand(std::string id) const;
    static Decoded<SendMessage> fromCommand(const Command &command);
    bool operator==(const SendMessage &) const = default;
};

/// `note.add`: an internal note; customers never see it. Any role.
struct AddNote {
    static constexpr const char *kName = "note.add";
    std::string conversationId;
    std::string text;
    Command toCommand(std::string id) const;
    static Decoded<AddNote> fromCommand(const Command &command);
    bool operator==(const AddNote &) const = default;
};

/// `customer.erase`: erase a customer's personal data everywhere (docs/protocol.md, Erasure).
/// Admin only; cannot be undone.
struct EraseCustomer {
    static constexpr const char *kName = "customer.erase";
    std::string customerId;
    Command toCommand(std::string id) const;
    static Decoded<EraseCustomer> fromCommand(const Command &command);
    bool operator==(const EraseCustomer &) const = default;
};

/// `conversation.merge`: close `conversationId` into `intoConversationId`, another open
/// conversation of the same customer, which gets copies of the customer's messages and a note
/// (docs/protocol.md, section 9). Supervisor or admin. The two ids must differ.
struct Merge {
    static constexpr const char *kName = "conversation.merge";
    std::string conversationId;
    std::string intoConversationId;
    Command toCommand(std::string id) const;
    static Decoded<Merge> fromCommand(const Command &command);
    bool operator==(const Merge &) const = default;
};

/// `presence.set`: the sender is at work (`online`) or `away` (docs/protocol.md section 7.2).
/// Any role; `offline` is refused (the server sets it when the last connection closes).
struct SetPresence {
    static constexpr const char *kName = "presence.set";
    Presence presence = Presence::Online;
    Command toCommand(std::string id) const;
    static Decoded<SetPresence> fromCommand(const Command &command);
    bool operator==(const SetPresence &) const = default;
};

/// The message id that `message.send` with this command id creates.
std::string sentMessageId(const std::string &commandId);
/// The id of the copy `conversation.merge` makes of the customer's message `messageId`.
std::string mergedMessageId(const std::string &messageId);

} // namespace pilothouse::protocol::commands
