#include "loadoptions.h"

#include <QCommandLineParser>

#include <optional>

namespace pilothouse::loadserver {
namespace {

using namespace Qt::StringLiterals;

LoadOptionsResult fail(const QString &message)
{
    LoadOptionsResult result;
    result.outcome = LoadOptionsResult::Outcome::ExitError;
    result.output = message + u"\nRun 'pilothouse-loadserver --help' for the options."_s;
    return result;
}

/// `text` as a whole number from `min` to `max`, or nullopt.
std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= min && value <= max ? std::optional<int>(value) : std::nullopt;
}

} // namespace

LoadOptionsResult parseLoadOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A backend for load tests of the console, written from docs/protocol.md: "
                                     "N conversations of M messages made up as they are sent, then live traffic."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption listen(
        u"listen"_s, u"Address and port, e.g. 127.0.0.1:18787 (required)."_s, u"host:port"_s);
    const QCommandLineOption conversations(
        u"conversations"_s, u"Conversations in the snapshot (default 10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption messages(
        u"messages"_s, u"Messages per conversation (default 50, at most 500)."_s, u"M"_s, u"50"_s);
    const QCommandLineOption rate(u"rate"_s,
        u"Live events per second after the snapshot, a message.created and a conversation.upserted per change "
        "(default 0)."_s,
        u"R"_s, u"0"_s);
    const QCommandLineOption burst(u"burst"_s,
        u"Once a second, K different conversations change within one events frame (at most 250)."_s, u"K"_s);
    const QCommandLineOption epoch(u"epoch"_s, u"The event log's epoch (default pilothouse-loadserver-1)."_s, u"E"_s,
        u"pilothouse-loadserver-1"_s);
    for (const auto &option : {listen, conversations, messages, rate, burst, epoch})
        parser.addOption(option);

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help))
        return {LoadOptionsResult::Outcome::ExitOk, {}, parser.helpText()};
    if (!parser.positionalArguments().isEmpty())
        return fail(u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().constFirst()));

    LoadOptionsResult result;
    LoadOptions &options = result.options;
    if (!parser.isSet(listen))
        return fail(u"--listen is required, e.g. --listen 127.0.0.1:18787."_s);
    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(u':');
    const std::optional<int> port = colon > 0 ? wholeNumber(address.mid(colon + 1), 0, 65535) : std::nullopt;
    if (!port || !options.address.setAddress(address.left(colon)))
        return fail(
            u"--listen: '%1' is not an IP address and a port from 0 to 65535, e.g. 127.0.0.1:18787."_s.arg(address));
    options.port = quint16(*port);

    const auto number = [&](const QCommandLineOption &option, int min, int max, int &out) -> QString {
        const std::optional<int> value = wholeNumber(parser.value(option), min, max);
        if (!value)
            return u"--%1: expected a whole number from %2 to %3, got '%4'."_s.arg(
                option.names().constFirst(), QString::number(min), QString::number(max), parser.value(option));
        out = *value;
        return {};
    };
    QString error = number(conversations, 0, LoadOptions::kMaxConversations, options.conversations);
    if (error.isEmpty())
        error = number(messages, 1, LoadOptions::kMaxMessages, options.messages);
    if (error.isEmpty() && parser.isSet(burst))
        error = number(burst, 1, LoadOptions::kMaxBurst, options.burst);
    if (!error.isEmpty())
        return fail(error);

    bool ok = false;
    options.rate = parser.value(rate).toDouble(&ok);
    if (!ok || !(options.rate >= 0) || options.rate > 1e6)
        return fail(u"--rate: expected events per second from 0 to 1000000, got '%1'."_s.arg(parser.value(rate)));
    options.epoch = parser.value(epoch).toStdString();
    if (options.epoch.empty())
        return fail(u"--epoch: the epoch must not be empty."_s);
    return result;
}

} // namespace pilothouse::loadserver
