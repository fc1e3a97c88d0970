#pragma once
// Plain structs for every frame of protocol v1 (docs/protocol.md is the normative spec).
// Qt-free on purpose: the console, the server and the fuzzer share this code.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace pilothouse::protocol {

inline constexpr int kProtocolVersion = 1;
inline constexpr std::int64_t kDefaultMaxMessageBytes = 1 << 20; // 1 MiB
inline constexpr const char *kWebSocketPath = "/api/v1/stream";

/// Milliseconds since the Unix epoch, UTC.
using Millis = std::int64_t;

/// A position in the server's event log. `epoch` changes when the log is lost.
struct Cursor {
    std::string epoch;
    std::int64_t seq = 0; ///< Last applied sequence number; 0 = nothing applied yet.
    bool operator==(const Cursor &) const = default;
};

// ---- Domain objects carried by events and snapshots -------------------------------------------

enum class Channel { Chat, Email, Sms, Voice };
enum class ConversationKind { Support, Sales };
/// Where a sales conversation stands: engaged when it starts, qualified once need, timeline,
/// budget and authority are all known, won when the customer buys, lost when they decline or it
/// closes without a purchase (docs/protocol.md, Conversation).
enum class SalesStage { Engaged, Qualified, Won, Lost };
/// The facts that qualify a sales lead, as the customer's messages reveal them.
enum class QualificationFact { Need, Timeline, Budget, Authority };
/// Who is handling the conversation right now.
enum class ConversationStatus { Ai, Escalated, Human, Resolved };
enum class Author { Customer, Ai, Human, System };
/// Why the AI handed a conversation to people (the category of the rule that fired).
enum class EscalationReason {
    AskedForHuman,
    LowConfidence,
    NegativeSentiment,
    Vip,
    LegalOrPolicy,
    MissingKnowledge,
    ToolFailure,
    AiLooping,
};
/// Who may see a message. Notes and whispers are for operators only; customers never see them.
enum class Visibility { Public, Note, Whisper };
/// How a conversation was closed. `Abandoned` is set by the server only (the customer left while
/// waiting for a person); the `conversation.resolve` command refuses it.
enum class ResolveOutcome { Resolved, NotResolved, Spam, Abandoned };
/// What was wrong with an AI reply a reviewer judged wrong (`message.judge` `category`).
enum class ReviewReason {
    WrongIntent,
    WrongFacts,
    WrongTone, ///< Wrong tone or brand voice.
    ShouldHaveHandedOver,
    ShouldNotHaveHandedOver,
    WrongLanguage,
    Other,
};
/// What a user may do (docs/protocol.md section 1.2). A viewer reads (the board, transcripts,
/// analytics) and sends no command. On the wire a role stays a string (`UserInfo.role`), so a role
/// a newer server adds still decodes; each side maps it with roleFromString and decides what an
/// unknown role may do (nothing that needs a role).
enum class Role { Viewer, Agent, Supervisor, Admin };
/// Whether a user is at work (docs/protocol.md section 7.2): kept by the server per user.
enum class Presence { Online, Away, Offline };

struct Order {
    std::string id; ///< e.g. "12345"
    std::int64_t totalCents = 0;
    std::string currency; ///< ISO 4217, e.g. "USD"
    std::string status; ///< "processing", "shipped", "delivered", "returned", "cancelled"
    Millis placedAt = 0;
    std::string summary; ///< "2 items: Trail Runner 2, Wool Socks"
    bool operator==(const Order &) const = default;
};

struct Customer {
    std::string id;
    std::string name;
    std::string email;
    bool vip = false;
    std::string segment; ///< "new", "returning", "vip", "business"
    std::int64_t lifetimeValueCents = 0;
    Millis since = 0; ///< Customer since.
    std::vector<Order> orders; ///< Most recent first, at most 20.
    std::string language {}; ///< BCP 47 primary language subtag ("en", "fr"); "" = unknown (absent).
    bool operator==(const Customer &) const = default;
};

/// A tool the AI used while composing a reply, e.g. {"order.lookup", "looked up order #12345"}.
struct ToolUse {
    std::string name;
    std::string summary;
    bool operator==(const ToolUse &) const = default;
};

/// What the escalation rules read on the turn an AI message answered, beyond what the transcript
/// shows, and what they decided (docs/config.md). With the message's intent and confidence, the
/// customer's text and record and the conversation, a client can replay the turn exactly.
struct RuleInputs {
    std::int64_t version = 0; ///< The published rule set that decided (0 = the built-in one).
    double sentiment = 0.0; ///< Of the customer's message, -1..1
    std::string language; ///< Of the customer's message, ISO 639-1
    bool toolFailed = false;
    bool missingKnowledge = false;
    std::optional<std::int64_t> orderValueCents {}; ///< The order the message is about, if any.
    std::string matched {}; ///< Id of the rule that decided; "" = none (the AI answered).
    bool operator==(const RuleInputs &) const = default;
};

/// Present on every AI-authored message.
struct AiAnnotation {
    std::string intent;
    double confidence = 0.0; ///< 0..1
    std::int64_t latencyMs = 0;
    std::vector<ToolUse> tools;
    std::optional<std::int64_t> tokens {}; ///< What this reply cost in tokens; nullopt = not counted.
    /// Absent when no rules ran (a follow-up on a whisper alone, servers before rule sets).
    std::optional<RuleInputs> rules {};
    bool operator==(const AiAnnotation &) const = default;
};

struct Message {
    std::string id;
    std::string conversationId;
    Author author = Author::Customer;
    std::string authorName; ///< Display name: customer name, AI persona, or operator.
    std::string text; ///< Plain text, untrusted when authored by a customer.
    Millis at = 0;
    std::optional<AiAnnotation> ai;
    Visibility visibility = Visibility::Public; ///< Optional on the wire; absent means public.
    bool operator==(const Message &) const = default;
};

/// Why and how urgently a conversation was escalated. Kept while escalated and while a person
/// owns the conversation after an escalation, so the queue and handle-time metrics can use it.
struct Escalation {
    std::string rule; ///< Id or name of the rule that fired.
    EscalationReason reason = EscalationReason::LowConfidence;
    int priority = 0; ///< 0 normal .. 3 urgent
    Millis at = 0; ///< When it was escalated.
    Millis slaDueAt = 0; ///< Target time of the human's first response.
    /// When a person first answered the customer in public after `at`; absent until then. The
    /// deadline was met when this is at or before `slaDueAt`.
    std::optional<Millis> respondedAt {};
    std::string ruleName {}; ///< What supervisors named that rule; optional on the wire.
    bool operator==(const Escalation &) const = default;
};

/// How and by whom a conversation was closed; present while it is resolved.
struct Closed {
    ResolveOutcome outcome = ResolveOutcome::Resolved;
    std::string by; ///< A user name, or "ai" / "system".
    Millis at = 0;
    bool operator==(const Closed &) const = default;
};

/// The first time the conversation passed from the AI to people, kept for the rest of its life.
struct Handoff {
    Millis at = 0;
    /// Why the AI escalated; absent when a person took the conversation over from the AI unasked.
    std::optional<EscalationReason> reason;
    /// The first-reply deadline of the escalation that handed it off; absent after a take-over
    /// without an escalation.
    std::optional<Millis> dueAt {};
    bool operator==(const Handoff &) const = default;
};

/// The AI reply with the lowest confidence in a conversation so far (public or held for approval).
struct WeakestReply {
    std::string messageId;
    double confidence = 0.0; ///< 0..1
    std::string intent;
    bool operator==(const WeakestReply &) const = default;
};

/// The board row: a summary the server keeps current with every change.
struct Conversation {
    std::string id;
    std::string customerId;
    Channel channel = Channel::Chat;
    ConversationKind kind = ConversationKind::Support;
    ConversationStatus status = ConversationStatus::Ai;
    std::string subject;
    std::string intent; ///< Last detected intent, "" if none yet.
    double sentiment = 0.0; ///< -1 (angry) .. 1 (delighted)
    std::optional<double> confidence; ///< Confidence of the last AI reply.
    std::string lastMessage; ///< Plain text, untrusted.
    Author lastAuthor = Author::Customer;
    Millis lastMessageAt = 0;
    Millis createdAt = 0;
    std::optional<Millis> waitingSince; ///< Since when the customer waits for an answer.
    int priority = 0; ///< 0 normal .. 3 urgent
    std::int64_t messageCount = 0;
    std::string assignee; ///< User name of the human owner, "" if none.
    std::string assigneeName; ///< Display name of the owner; optional on the wire.
    std::optional<Escalation> escalation;
    /// Total time people owned the conversation so far, not counting the current stretch.
    std::int64_t humanHandleMs = 0;
    /// Since when people own it (set on the transition into human, kept across transfers).
    std::optional<Millis> humanSince {};
    /// Sales conversations only; absent on support conversations (and from older servers).
    std::optional<SalesStage> salesStage {};
    /// The qualification facts known so far, in enum order without repeats; empty = none known.
    std::vector<QualificationFact> qualification {};
    std::optional<Closed> closed {}; ///< Present while `status` is resolved (optional on the wire).
    std::optional<Handoff> handoff {}; ///< Absent while only the AI has handled it.
    std::optional<WeakestReply> weakestReply {}; ///< Absent until the AI replied.
    /// The customer's latest public message (plain text, untrusted) and when; "" and absent until
    /// the customer wrote.
    std::string lastCustomerMessage {};
    std::optional<Millis> lastCustomerMessageAt {};
    bool operator==(const Conversation &) const = default;
};

// ---- Events --------------------------------------------------------------------------------------

/// Event kinds v1 knows. Unknown kinds decode as `UnknownPayload` and still advance the cursor.
namespace kinds {
inline constexpr const char *CustomerUpserted = "customer.upserted";
inline constexpr const char *ConversationUpserted = "conversation.upserted";
inline constexpr const char *MessageCreated = "message.created";
inline constexpr const char *MessageJudged = "message.judged";
inline constexpr const char *ConversationTransitioned = "conversation.transitioned";
inline constexpr const char *DraftCreated = "draft.created";
inline constexpr const char *ConversationRated = "conversation.rated";
inline constexpr const char *CustomerErased = "customer.erased";
inline constexpr const char *ConfigPublished = "config.published";
} // namespace kinds

/// What the server writes in place of erased personal text (docs/protocol.md, Erasure): names,
/// subjects, message texts. Other erased free text (notes, comments, reasons, drafts) becomes "".
inline constexpr const char *kErasedText = "[erased]";

/// `conversation.transitioned`: every change of a conversation's status, with who and why.
/// The matching `conversation.upserted` (the new board row) follows as the next event.
struct Transition {
    std::string conversationId;
    ConversationStatus from = ConversationStatus::Ai;
    ConversationStatus to = ConversationStatus::Ai;
    std::string actor; ///< User name, or "ai" / "system".
    std::string reason; ///< docs/protocol.md lists the values ("take_over", "customer_wrote", ...).
    std::string note; ///< Free text from the operator (hand back, resolve), may be empty.
    std::optional<ResolveOutcome> outcome; ///< On every transition to resolved.
    Millis at = 0;
    std::string actorName {}; ///< The actor's display name; "" for "ai", "system" or unknown.
    std::string assigneeName {}; ///< Who owns it after the transition (display name); "" if nobody.
    /// With reason "merged" (`conversation.merge`): the id of the conversation this one was merged
    /// into, where the customer's conversation goes on; "" otherwise.
    std::string mergedInto {};
    bool operator==(const Transition &) const = default;
};

/// `draft.created`: a reply the AI suggests to the owner of a conversation. Only the sessions of
/// `forUser` receive the text; every other session gets the same event with an empty text.
struct Draft {
    std::string id;
    std::string conversationId;
    std::string forUser;
    std::string text;
    std::string intent;
    double confidence = 0.0; ///< 0..1
    Millis at = 0;
    bool operator==(const Draft &) const = default;
};

/// `message.judged`: someone marked an AI reply correct or wrong.
struct Judgement {
    std::string messageId;
    std::string conversationId;
    bool correct = true;
    std::string reason; ///< The reviewer's note (free text).
    std::string by; ///< User name. Each judge's latest judgement of a message stands.
    /// What was wrong; only on a wrong verdict, and absent from judgements made before it existed.
    std::optional<ReviewReason> category {};
    bool operator==(const Judgement &) const = default;
};

/// `conversation.rated`: the customer answered the satisfaction survey after a close.
struct Rating {
    std::string conversationId;
    int rating = 5; ///< 1 (very unhappy) .. 5 (very happy)
    std::string comment; ///< Untrusted customer text, may be empty.
    Millis at = 0;
    bool operator==(const Rating &) const = default;
};

/// `customer.erased`: an admin erased a customer's personal data. Receivers purge the customer and
/// every conversation of theirs with all that belongs to it. Carries no personal data.
struct CustomerErasure {
    std::string customerId;
    std::string by; ///< The admin's user name.
    bool operator==(const CustomerErasure &) const = default;
};

/// `config.published`: a version of a configuration document (docs/config.md) is now in force.
/// Snapshots carry the version in force of each document the same way.
struct ConfigPublished {
    std::string document; ///< "rules"
    std::int64_t version = 0; ///< 0 = the built-in document
    std::string author; ///< User name; "" for version 0
    Millis at = 0;
    std::string note;
    std::optional<std::int64_t> restoredFrom {}; ///< A rollback: the version republished.
    std::string body; ///< The document as JSON text (an object on the wire).
    bool operator==(const ConfigPublished &) const = default;
};

struct UnknownPayload {
    nlohmann::json data; ///< Kept verbatim.
    bool operator==(const UnknownPayload &) const = default;
};

using EventPayload = std::variant<UnknownPayload, Customer, Conversation, Message, Judgement, Transition, Draft, Rating,
    CustomerErasure, ConfigPublished>;

struct Event {
    std::string id; ///< Stable, unique across epochs (e.g. "<epoch>-<seq>").
    std::int64_t seq = 0; ///< Strictly increasing within an epoch, starting at 1.
    std::string epoch;
    Millis at = 0;
    std::string kind; ///< Raw kind string, also for unknown kinds.
    std::string commandId; ///< Echoed when a command caused this event, else "".
    EventPayload payload;
    bool operator==(const Event &) const = default;
};

// ---- Client -> server frames ----------------------------------------------------------------------

struct ClientInfo {
    std::string name;
    std::string version;
    bool operator==(const ClientInfo &) const = default;
};

/// First frame on every connection. The token travels here, never in the URL.
/// `hello.accept`: the client reads `facts` frames (sent to supervisors and admins only).
inline constexpr const char *kAcceptFacts = "facts";
/// `hello.accept`: the client reads `team` frames (every role; docs/protocol.md section 7.2).
inline constexpr const char *kAcceptTeam = "team";

struct Hello {
    int protocol = kProtocolVersion;
    ClientInfo client;
    std::string token;
    std::optional<Cursor> cursor; ///< Absent on a first connection: the server sends a snapshot.
    /// Optional server frames the client reads (kAcceptFacts); absent on the wire = none.
    std::vector<std::string> accept {};
    /// The `asOf` of the last `facts` frame with `complete` the client holds: the server then sends
    /// only the days that changed since (docs/protocol.md section 7.1). Absent = every day.
    std::optional<Millis> factsSince {};
    bool operator==(const Hello &) const = default;
};

/// An operator action. `id` is generated by the client and reused on every resend.
struct Command {
    std::string id;
    std::string name; ///< e.g. "message.judge"
    nlohmann::json args = nlohmann::json::object();
    bool operator==(const Command &) const = default;
};

struct Ping {
    Millis t = 0;
    bool operator==(const Ping &) const = default;
};
struct Pong {
    Millis t = 0; ///< Echoes the ping's t.
    bool operator==(const Pong &) const = default;
};

// ---- Server -> client frames ----------------------------------------------------------------------

struct UserInfo {
    std::string name;
    std::string displayName;
    std::string role; ///< "agent", "supervisor", "admin"
    bool operator==(const UserInfo &) const = default;
};

struct Limits {
    std::int64_t maxMessageBytes = kDefaultMaxMessageBytes;
    int maxEventsPerFrame = 500;
    bool operator==(const Limits &) const = default;
};

struct HeartbeatPolicy {
    int intervalMs = 15000; ///< Send a ping when quiet for this long.
    int idleTimeoutMs = 45000; ///< Silence past this means the link is dead.
    bool operator==(const HeartbeatPolicy &) const = default;
};

enum class ResumeMode { Replay, Snapshot };

struct Welcome {
    int protocol = kProtocolVersion;
    std::string sessionId;
    UserInfo user;
    Limits limits;
    HeartbeatPolicy heartbeat;
    ClientInfo server; ///< Server name and version.
    Cursor head; ///< The server's log head at welcome time.
    std::int64_t retentionSeconds = 0; ///< How long the log keeps events for replay.
    ResumeMode resume = ResumeMode::Snapshot; ///< What follows: replayed events or a snapshot.
    bool operator==(const Welcome &) const = default;
};

/// Full state, sent in parts. `position` was captured before the state was read; events after it
/// follow as ordinary `events` frames. The client replaces its cache when the final part arrives.
struct Snapshot {
    Cursor position;
    int part = 0; ///< 0-based
    bool final = true;
    std::vector<Customer> customers;
    std::vector<Conversation> conversations;
    std::vector<Message> messages;
    /// The latest judgement of every judged message in this part's conversations. Optional on the
    /// wire (absent = none), so a snapshot from a server that predates it still decodes.
    std::vector<Judgement> judgements;
    /// The latest rating of every rated conversation in this part. Optional like `judgements`.
    std::vector<Rating> ratings {};
    /// Every status change of this part's conversations, oldest first, so a client can say who did
    /// what in a transcript it never saw live. Optional like `judgements`.
    std::vector<Transition> transitions {};
    /// Part 0: the version in force of each configuration document. Optional like `judgements`.
    std::vector<ConfigPublished> config {};
    bool operator==(const Snapshot &) const = default;
};

struct Events {
    std::vector<Event> events; ///< In sequence order.
    bool operator==(const Events &) const = default;
};

struct Ack {
    std::string commandId;
    std::int64_t seq = 0; ///< Sequence number of the resulting event, 0 if none.
    bool operator==(const Ack &) const = default;
};

/// Error codes of nack and error frames (docs/protocol.md, "Error codes").
namespace errors {
inline constexpr const char *BadRequest = "bad_request";
inline constexpr const char *Unauthorized = "unauthorized";
inline constexpr const char *Forbidden = "forbidden";
inline constexpr const char *NotFound = "not_found";
inline constexpr const char *Conflict = "conflict";
inline constexpr const char *UnknownCommand = "unknown_command";
inline constexpr const char *RateLimited = "rate_limited";
inline constexpr const char *Internal = "internal";
inline constexpr const char *UnsupportedVersion = "unsupported_version"; ///< Error frame before close 4002.
inline constexpr const char *MessageTooLarge = "message_too_large"; ///< Error frame before close 4009.
inline constexpr const char *SlowConsumer = "slow_consumer"; ///< Error frame before close 4013.
inline constexpr const char *ShuttingDown = "shutting_down"; ///< Error frame before close 4011.
inline constexpr const char *IdReused = "id_reused"; ///< Same command id, different name or args.
inline constexpr const char *InvalidState = "invalid_state"; ///< The command does not fit the conversation's state.
/// REST 422: well-formed values the server refuses (docs/protocol.md section 12).
inline constexpr const char *InvalidValue = "invalid_value";
} // namespace errors

struct Nack {
    std::string commandId;
    std::string code;
    std::string message;
    bool retryable = false;
    /// Optional machine-readable context, always an object; empty = absent on the wire.
    /// e.g. {"owner": "sam", "ownerName": "Sam Ortiz"} for a lost take-over.
    nlohmann::json details = nlohmann::json::object();
    bool operator==(const Nack &) const = default;
};

/// Sent before the server closes with a 4000-range code.
struct Error {
    std::string code;
    std::string message;
    bool operator==(const Error &) const = default;
};

/// Application close codes (4000-4999; Qt 6.4 rejects 1012-2999).
namespace close_codes {
inline constexpr int ProtocolError = 4000; ///< Malformed or unexpected frame. Client: fix, no retry loop.
inline constexpr int Unauthorized = 4001; ///< Token missing, invalid or expired. Client: sign in again.
inline constexpr int UnsupportedVersion = 4002; ///< Client: upgrade.
inline constexpr int Forbidden = 4003; ///< Role may not connect. Client: no retry.
inline constexpr int HelloTimeout = 4004; ///< No hello within the limit. Client: retry.
inline constexpr int MessageTooLarge = 4009; ///< Message over maxMessageBytes. Client: retry.
/// The server found a hole in its own log while replaying. Client: retry; it gets a snapshot.
inline constexpr int ResumeImpossible = 4010;
inline constexpr int ServerRestarting = 4011; ///< Client: retry with backoff.
inline constexpr int IdleTimeout = 4012; ///< No frame within idleTimeoutMs. Client: retry.
/// The server's send queue for this connection passed its bound. Client: retry with backoff.
inline constexpr int SlowConsumer = 4013;
inline constexpr int RateLimited = 4029; ///< Reserved; not sent by the reference server. Client: retry.
} // namespace close_codes

// ---- The supervisors' daily facts (docs/metrics.md, "Facts") ----------------------------------
// The counters mirror analytics::FactsCounters (common/analytics/facts.h) name for name.

/// One slot per EscalationReason, then "taken_over" (a take-over without an escalation).
inline constexpr std::size_t kFactsHandOffSlots = std::size_t(EscalationReason::AiLooping) + 2;
/// The attribution windows of orders, in days.
inline constexpr std::array<int, 4> kFactsAttributionWindows = {1, 5, 7, 30};
/// The confidence bands of the calibration counters: 10 bands of 10 percentage points.
inline constexpr std::size_t kFactsConfidenceBands = 10;

struct FactsCounts {
    std::int64_t conversations = 0;
    std::int64_t spam = 0;
    std::int64_t aiResolvedStrict = 0;
    std::int64_t aiResolvedProvisional = 0;
    std::int64_t aiResolvedLenient = 0;
    std::int64_t humanResolved = 0;
    std::int64_t notResolved = 0;
    std::int64_t abandoned = 0;
    std::int64_t handedOff = 0;
    std::array<std::int64_t, kFactsHandOffSlots> handedOffByReason {};
    std::int64_t aiFirstResponseMsSum = 0;
    std::int64_t aiFirstResponseCount = 0;
    std::int64_t humanFirstResponseMsSum = 0;
    std::int64_t humanFirstResponseCount = 0;
    /// First hand-offs with a first-reply deadline: answered by a person in public by it, or not.
    std::int64_t deadlinesMet = 0;
    std::int64_t deadlinesMissed = 0;
    std::int64_t resolutionMsSum = 0;
    std::int64_t resolutionCount = 0;
    std::int64_t surveysSent = 0;
    std::int64_t rated = 0;
    std::int64_t ratedPositive = 0;
    std::int64_t ratingSum = 0;
    std::int64_t aiReplies = 0;
    std::int64_t aiTokens = 0;
    std::int64_t humanHandleMsSum = 0;
    std::int64_t humanHandledConversations = 0;
    std::int64_t salesConversations = 0;
    std::int64_t qualified = 0;
    std::int64_t won = 0;
    std::int64_t lost = 0;
    std::array<std::int64_t, kFactsAttributionWindows.size()> attributedOrders {};
    std::array<std::int64_t, kFactsAttributionWindows.size()> revenueCents {};
    /// Per confidence band (band b: confidence from b/10 up to (b+1)/10, the last with 1.0).
    using Bands = std::array<std::int64_t, kFactsConfidenceBands>;
    Bands aiRepliesByConfidence {};
    Bands judgedByConfidence {};
    Bands wrongByConfidence {};
    Bands notHandedOffByLowestConfidence {};
    bool operator==(const FactsCounts &) const = default;
};

/// One row: the key and its counters.
struct FactsRow {
    std::string day; ///< "YYYY-MM-DD", the UTC creation day of the conversations counted.
    Channel channel = Channel::Chat;
    ConversationKind kind = ConversationKind::Support;
    std::string intent;
    std::string segment;
    std::string language;
    bool vip = false;
    FactsCounts counts;
    bool operator==(const FactsRow &) const = default;
};

/// Facts for some days. As a REST body: every row of each listed day (a listed day without rows
/// has none). As a `facts` frame: the rows held for each listed day are dropped, then each row
/// replaces the held row with the same key; a row's day is listed in this frame or in an earlier
/// `facts` frame of the connection (a day too large for one message continues in the next).
struct Facts {
    Millis asOf = 0; ///< When the server computed them.
    std::string currency; ///< ISO 4217: the currency of revenueCents.
    std::vector<std::string> days; ///< "YYYY-MM-DD", oldest first.
    std::vector<FactsRow> rows;
    /// `facts` frames only: the last frame of a set (the welcome's, or one change's). A client that
    /// applied every frame up to it holds the server's facts as of `asOf`.
    bool complete = false;
    bool operator==(const Facts &) const = default;
};

// ---- The team and its presence (docs/protocol.md section 7.2) ---------------------------------

struct TeamMember {
    std::string name; ///< The user name, as in `assignee` and `actor`.
    std::string displayName; ///< "" = show `name`.
    std::string role; ///< As UserInfo::role: a string, so a newer server's role still decodes.
    Presence presence = Presence::Offline;
    Millis since = 0; ///< When the presence last changed; 0 = not since the server started.
    bool operator==(const TeamMember &) const = default;
};

/// `team`: every member with their presence. Not part of the event log; each frame replaces the
/// previous one whole.
struct Team {
    std::vector<TeamMember> members; ///< Sorted by name.
    bool operator==(const Team &) const = default;
};

using ClientFrame = std::variant<Hello, Command, Ping, Pong>;
using ServerFrame = std::variant<Welcome, Snapshot, Events, Ack, Nack, Ping, Pong, Error, Facts, Team>;

} // namespace pilothouse::protocol
