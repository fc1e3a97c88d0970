#pragma once
// Command-line options of pilothouse-server, parsed and validated in one place so main() only
// has to act on a ready result.

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::server {

/// Validated start-up configuration.
struct ServerOptions {
    static constexpr double kDemoRate = 6.0; ///< Conversations per minute under --demo.

    QString host = QStringLiteral("127.0.0.1"); ///< As given, for the start-up line.
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787; ///< 0 = pick a free port.
    QString dataDir;
    bool demo = false;
    std::optional<double> simulateRate; ///< Unset = demo rate under --demo, else off.
    std::map<std::string, double> mix; ///< Empty = the simulator's default mix.
    std::uint64_t seed = 0;
    bool seedGiven = false;
    /// Days of simulated past the demo starts with (engine/history.h); unset = 30 under --demo.
    std::optional<int> historyDays;
    double historyPerDay = 300.0; ///< Mean conversations a day in that past.
    QString logLevel = QStringLiteral("info");
    std::int64_t tokenTtlSeconds = 12 * 3600;
    /// Failed sign-ins of one name that lock it, and for how long (auth/signinguard.h).
    int signInLockAfter = 10;
    std::int64_t signInLockSeconds = 15 * 60;
    /// Set by --tls-cert/--tls-key: REST and WebSocket on the one port speak https and wss.
    std::optional<QSslConfiguration> tls;
    // Hidden, for tests: shorter timers than a real deployment wants.
    int heartbeatMs = 15000;
    int idleMs = 45000;
    int helloTimeoutMs = 10000;
    int closeGraceMs = 5000; ///< SessionConfig::closeGraceMs.
    /// The shortest time between two recomputes of the daily facts after the log changed.
    int factsDebounceMs = 3000;
    std::int64_t retentionSeconds = 7 * 24 * 3600; ///< EventLog::kRetentionSeconds unless shortened.
    std::int64_t maxSendQueueBytes = 8 * 1024 * 1024; ///< SessionConfig's bound per connection.
    std::int64_t maxReplayEvents = 100000; ///< SessionConfig's longest replay.
    /// The engine's closing rules (docs/protocol.md 8.1): an AI answer the customer does not come
    /// back to within this window resolves the conversation (no_reply) ...
    std::int64_t aiResolveAfterMs = 10 * 60 * 1000;
    /// ... and an escalated conversation nobody took within this window is abandoned.
    std::int64_t abandonAfterMs = 30 * 60 * 1000;

    double effectiveRate() const { return simulateRate.value_or(demo ? kDemoRate : 0.0); }
    static constexpr int kDemoHistoryDays = 30;
    int effectiveHistoryDays() const { return historyDays.value_or(demo ? kDemoHistoryDays : 0); }
};

/// Either options to run with, or what to print and the exit code (help/version: 0, bad input: 2).
struct ParseResult {
    std::optional<ServerOptions> options;
    int exitCode = 0;
    QString standardOutput;
    QString standardError;
};

/// Parses `arguments` (argv[0] first). Never exits the process itself.
ParseResult parseOptions(const QStringList &arguments);

/// Parses "scenario=weight,..." against `knownScenarios`; returns an error sentence or "".
QString parseMix(
    const QString &text, const std::vector<std::string> &knownScenarios, std::map<std::string, double> *mix);

} // namespace pilothouse::server
