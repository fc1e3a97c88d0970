#include "options.h"

#include "engine/history.h"
#include "sim/simulator.h"
#include "tlsfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cmath>

namespace pilothouse::server {
namespace {

/// lupdate files a free function's tr() under its namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server", text);
}

ParseResult fail(const QString &message)
{
    ParseResult result;
    result.exitCode = 2;
    result.standardError = QStringLiteral("pilothouse-server: ") + message + u'\n';
    return result;
}

/// "HOST:PORT", "[v6]:PORT". Returns an error sentence or "".
QString parseListen(const QString &text, ServerOptions *options)
{
    const QString accepted = tr("expected HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:0");
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return tr("--listen '%1': %2").arg(text, accepted);
    QString host = text.left(colon);
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return tr("--listen '%1': port must be 0..65535 (0 = pick a free port)").arg(text);
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (bare.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(bare))
        return tr("--listen '%1': '%2' is not an IP address or localhost; %3").arg(text, host, accepted);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !host.startsWith(u'['))
        host = u'[' + host + u']';
    options->host = host;
    options->address = address;
    options->port = static_cast<quint16>(port);
    return {};
}

QString parseLevel(const QString &text)
{
    static const QStringList levels = {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
        QStringLiteral("warn"), QStringLiteral("error"), QStringLiteral("off")};
    if (levels.contains(text))
        return {};
    return tr("--log-level '%1': accepted values are %2").arg(text, levels.join(QStringLiteral(", ")));
}

/// Positive integer option within [min, max]; returns an error sentence or "".
QString parseInt(const QString &name, const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return tr("--%1 '%2': expected a whole number from %3 to %4")
            .arg(name, text, QString::number(min), QString::number(max));
    *out = value;
    return {};
}

} // namespace

QString parseMix(
    const QString &text, const std::vector<std::string> &knownScenarios, std::map<std::string, double> *mix)
{
    QStringList known;
    for (const auto &id : knownScenarios)
        known.append(QString::fromStdString(id));
    const QString accepted = tr("expected scenario=weight,... with scenarios %1").arg(known.join(QStringLiteral(", ")));
    mix->clear();
    double total = 0.0;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty())
        return tr("--mix '%1': %2").arg(text, accepted);
    for (const QString &item : items) {
        const QStringList parts = item.split(u'=');
        if (parts.size() != 2)
            return tr("--mix '%1': %2").arg(item, accepted);
        const QString id = parts[0].trimmed();
        if (!known.contains(id))
            return tr("--mix: unknown scenario '%1'; %2").arg(id, accepted);
        bool ok = false;
        const double weight = parts[1].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(weight) || weight < 0.0)
            return tr("--mix '%1': weight must be a number >= 0").arg(item);
        (*mix)[id.toStdString()] = weight;
        total += weight;
    }
    if (total <= 0.0)
        return tr("--mix '%1': at least one weight must be above 0").arg(text);
    return {};
}

ParseResult parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Pilothouse reference backend: REST login, WebSocket event stream, built-in AI agent "
           "and customer simulator."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        tr("Address to listen on, HOST:PORT (port 0 picks a free one). Default 127.0.0.1:8787."),
        QStringLiteral("host:port"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        tr("Directory for the database. Default: the per-user application data directory."), QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        tr("Create demo users (agent, supervisor, admin), print their passwords and simulate traffic."));
    const QCommandLineOption simulate(
        QStringLiteral("simulate"), tr("Simulated conversations per minute (0 = off)."), QStringLiteral("rate"));
    const QCommandLineOption mix(
        QStringLiteral("mix"), tr("Scenario weights, scenario=weight,..."), QStringLiteral("weights"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Random seed for reproducible traffic."), QStringLiteral("n"));
    const QCommandLineOption historyDays(QStringLiteral("history-days"),
        tr("Days of simulated past traffic a new demo data directory starts with, 0 to 365 (0 = none). Default 30 "
           "under --demo."),
        QStringLiteral("days"));
    const QCommandLineOption historyRate(QStringLiteral("history-rate"),
        tr("Mean conversations a day in that past, 1 to 5000 (busier on weekdays and in the daytime). Default 300."),
        QStringLiteral("per-day"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
        tr("trace, debug, info, warn, error or off. Default info."), QStringLiteral("level"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
        tr("Lifetime of a sign-in token in seconds, 60 to 31622400. Default 43200 (12 h)."), QStringLiteral("seconds"));
    const QCommandLineOption lockAfter(QStringLiteral("signin-lock-after"),
        tr("Failed sign-ins of one user name (from anywhere) that lock it, 3 to 1000. Default 10. Attempts "
           "wait a growing delay from the fourth failure."),
        QStringLiteral("failures"));
    const QCommandLineOption lockSeconds(QStringLiteral("signin-lock-seconds"),
        tr("How long a locked user name (or address) stays locked, and a failure is remembered, in seconds, 1 "
           "to 86400. Default 900 (15 min)."),
        QStringLiteral("seconds"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        tr("PEM certificate chain (server certificate first): serve https and wss instead of http and ws."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), tr("Unencrypted PEM private key of --tls-cert."), QStringLiteral("file"));
    QCommandLineOption heartbeat(QStringLiteral("heartbeat-ms"), tr("Heartbeat interval."), QStringLiteral("ms"));
    QCommandLineOption idle(QStringLiteral("idle-ms"), tr("Idle timeout."), QStringLiteral("ms"));
    QCommandLineOption helloTimeout(QStringLiteral("hello-timeout-ms"), tr("Hello timeout."), QStringLiteral("ms"));
    QCommandLineOption closeGrace(QStringLiteral("close-grace-ms"),
        tr("How long a closing connection may take to drain before it is aborted."), QStringLiteral("ms"));
    QCommandLineOption factsDebounce(QStringLiteral("facts-debounce-ms"),
        tr("Shortest time between two recomputes of the facts."), QStringLiteral("ms"));
    QCommandLineOption retention(QStringLiteral("retention-seconds"),
        tr("How long events stay available for replay. Default 604800 (7 days)."), QStringLiteral("seconds"));
    QCommandLineOption sendQueue(QStringLiteral("max-send-queue-bytes"),
        tr("Bytes that may wait to be sent to one connection before it is closed with 4013. Default 8388608."),
        QStringLiteral("bytes"));
    QCommandLineOption maxReplay(QStringLiteral("max-replay-events"),
        tr("The longest gap a hello may ask to replay; a longer one gets a snapshot. Default 100000."),
        QStringLiteral("events"));
    QCommandLineOption aiResolveAfter(QStringLiteral("ai-resolve-after-ms"),
        tr("How long after the AI's answer a customer who does not write again counts as helped: the conversation "
           "is resolved (reason no_reply). Default 600000 (10 minutes)."),
        QStringLiteral("ms"));
    QCommandLineOption abandonAfter(QStringLiteral("abandon-after-ms"),
        tr("How long an escalated conversation may wait for a person before it counts as abandoned. Default 1800000 "
           "(30 minutes)."),
        QStringLiteral("ms"));
    // Timer overrides exist for tests; the limits below them are for operators and are documented.
    for (QCommandLineOption *hidden : {&heartbeat, &idle, &helloTimeout, &closeGrace, &factsDebounce})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({listen, dataDir, demo, simulate, mix, seed, historyDays, historyRate, logLevel, tokenTtl,
        lockAfter, lockSeconds, tlsCert, tlsKey, heartbeat, idle, helloTimeout, closeGrace, factsDebounce, retention,
        maxReplay, sendQueue, aiResolveAfter, abandonAfter});

    if (!parser.parse(arguments))
        return fail(parser.errorText() + u' ' + tr("See --help."));
    if (parser.isSet(help)) {
        ParseResult result;
        result.standardOutput = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        ParseResult result;
        result.standardOutput
            = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'; this program takes options only. See --help.")
                        .arg(parser.positionalArguments().constFirst()));

    ServerOptions options;
    QString error;
    if (parser.isSet(listen))
        error = parseListen(parser.value(listen), &options);
    if (error.isEmpty() && parser.isSet(logLevel)) {
        error = parseLevel(parser.value(logLevel));
        options.logLevel = parser.value(logLevel);
    }
    if (error.isEmpty() && parser.isSet(simulate)) {
        bool ok = false;
        const double rate = parser.value(simulate).toDouble(&ok);
        if (!ok || !std::isfinite(rate) || rate < 0.0 || rate > Simulator::kMaxRatePerMinute)
            error = tr("--simulate '%1': expected conversations per minute from 0 to %2 (0 = off)")
                        .arg(parser.value(simulate))
                        .arg(Simulator::kMaxRatePerMinute);
        options.simulateRate = rate;
    }
    if (error.isEmpty() && parser.isSet(mix))
        error = parseMix(parser.value(mix), Simulator::scenarioIds(), &options.mix);
    if (error.isEmpty() && parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        options.seedGiven = ok;
        if (!ok)
            error = tr("--seed '%1': expected a whole number >= 0").arg(parser.value(seed));
    }
    qint64 value = 0;
    if (error.isEmpty() && parser.isSet(historyDays)) {
        error = parseInt(QStringLiteral("history-days"), parser.value(historyDays), 0, HistoryConfig::kMaxDays, &value);
        options.historyDays = static_cast<int>(value);
        if (error.isEmpty() && value > 0 && !parser.isSet(demo))
            error = tr("--history-days: the simulated past needs --demo (its operators are the demo users)");
    }
    if (error.isEmpty() && parser.isSet(historyRate)) {
        error = parseInt(QStringLiteral("history-rate"), parser.value(historyRate), 1,
            static_cast<qint64>(HistoryConfig::kMaxPerDay), &value);
        options.historyPerDay = static_cast<double>(value);
    }
    if (error.isEmpty() && parser.isSet(tokenTtl)) {
        error = parseInt(QStringLiteral("token-ttl"), parser.value(tokenTtl), 60, 366LL * 24 * 3600, &value);
        options.tokenTtlSeconds = value;
    }
    if (error.isEmpty() && parser.isSet(lockAfter)) {
        error = parseInt(QStringLiteral("signin-lock-after"), parser.value(lockAfter), 3, 1000, &value);
        options.signInLockAfter = static_cast<int>(value);
    }
    if (error.isEmpty() && parser.isSet(lockSeconds)) {
        error = parseInt(QStringLiteral("signin-lock-seconds"), parser.value(lockSeconds), 1, 24 * 3600, &value);
        options.signInLockSeconds = value;
    }
    if (error.isEmpty() && parser.isSet(retention)) {
        error = parseInt(QStringLiteral("retention-seconds"), parser.value(retention), 1, 3660LL * 24 * 3600, &value);
        options.retentionSeconds = value;
    }
    if (error.isEmpty() && parser.isSet(sendQueue)) {
        // Below 64 KiB even a healthy client's pongs and acks would trip it.
        error = parseInt(QStringLiteral("max-send-queue-bytes"), parser.value(sendQueue), 64 * 1024, 1LL << 32, &value);
        options.maxSendQueueBytes = value;
    }
    if (error.isEmpty() && parser.isSet(maxReplay)) {
        error = parseInt(QStringLiteral("max-replay-events"), parser.value(maxReplay), 1, 1LL << 40, &value);
        options.maxReplayEvents = value;
    }
    if (error.isEmpty() && parser.isSet(aiResolveAfter)) {
        error = parseInt(
            QStringLiteral("ai-resolve-after-ms"), parser.value(aiResolveAfter), 100, 366LL * 24 * 3600 * 1000, &value);
        options.aiResolveAfterMs = value;
    }
    if (error.isEmpty() && parser.isSet(abandonAfter)) {
        error = parseInt(
            QStringLiteral("abandon-after-ms"), parser.value(abandonAfter), 100, 366LL * 24 * 3600 * 1000, &value);
        options.abandonAfterMs = value;
    }
    const struct {
        const QCommandLineOption &option;
        int *target;
    } timers[] = {{heartbeat, &options.heartbeatMs}, {idle, &options.idleMs}, {helloTimeout, &options.helloTimeoutMs},
        {closeGrace, &options.closeGraceMs}, {factsDebounce, &options.factsDebounceMs}};
    for (const auto &timer : timers) {
        if (error.isEmpty() && parser.isSet(timer.option)) {
            error
                = parseInt(timer.option.names().constFirst(), parser.value(timer.option), 20, 24 * 3600 * 1000, &value);
            *timer.target = static_cast<int>(value);
        }
    }
    if (error.isEmpty() && (parser.isSet(tlsCert) || parser.isSet(tlsKey))) {
        options.tls = loadTlsConfiguration(parser.value(tlsCert), parser.value(tlsKey), &error);
    }
    if (!error.isEmpty())
        return fail(error);

    options.demo = parser.isSet(demo);
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.dataDir.isEmpty())
        return fail(tr("--data-dir: no default location on this system; pass a directory"));
    ParseResult result;
    result.options = std::move(options);
    return result;
}

} // namespace pilothouse::server
