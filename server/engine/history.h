#pragma once
// The demo's past (issue 11, section 6): `pilothouse-server --demo` starts with N days of traffic
// for the supervisor's figures to analyse. It is made by the real simulator, agent, rules, state
// machine and command path, on a simulated clock that jumps from one due thing to the next: the
// simulator's arrivals and follow-ups, the closer's deadlines, the AI's thinking time and the
// simulated operators' actions. Operators are the demo users acting through CommandHandler, as a
// console's commands would: they take over escalated conversations after a queue wait (some wait
// too long and are abandoned), reply, then resolve or hand back, and review a sample of AI replies
// (message.judge). Everything lands in the same log and tables as live traffic.

#include "engine/closer.h"
#include "protocol/frames.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace pilothouse::server {

class Catalog;
class Database;
class EventLog;
class StateStore;
class UserStore;

struct HistoryConfig {
    static constexpr int kMaxDays = 365;
    static constexpr double kDefaultPerDay = 300.0;
    static constexpr double kMaxPerDay = 5000.0;

    int days = 0; ///< Whole UTC days before today; today up to the start is simulated too.
    double perDay = kDefaultPerDay; ///< Mean conversations a day (busier weekdays and daytime).
    std::uint64_t seed = 1;
    std::map<std::string, double> mix; ///< The simulator's scenario mix; empty = default.
    CloseRules rules;
};

/// What a history run wrote, for the log line and the benchmark.
struct HistoryCounts {
    protocol::Millis from = 0;
    protocol::Millis to = 0;
    std::int64_t conversations = 0;
    std::int64_t events = 0;
    std::int64_t takeOvers = 0;
    std::int64_t replies = 0;
    std::int64_t handBacks = 0;
    std::int64_t resolves = 0;
    std::int64_t judgements = 0;
    std::int64_t refused = 0; ///< Operator commands the server refused (e.g. a take-over too late).
    std::int64_t elapsedMs = 0;
};

/// The share (0..1] of the peak arrival rate at `atMs`: a daily curve (UTC) times a weekly one.
double historyRateShape(protocol::Millis atMs);

/// Writes `config.days` days of simulated past ending at `endMs` (the moment live traffic
/// begins). Call on a new log, before any live event: the log's seq order follows `at` order.
/// Needs the demo users "agent" and "supervisor". Appends are batched in transactions (each append
/// is still atomic within its savepoint). nullopt, with `error`, when a write failed.
std::optional<HistoryCounts> writeHistory(Database &db, EventLog &log, StateStore &state, UserStore &users,
    std::shared_ptr<const Catalog> catalog, const HistoryConfig &config, protocol::Millis endMs, QString *error);

} // namespace pilothouse::server
