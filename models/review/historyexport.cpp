#include "review/historyexport.h"

#include "domain/catalogue.h"
#include "domain/convert.h"
#include "insights/csvexport.h"
#include "protocol/codec.h"
#include "review/redaction.h"

#include <QDate>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

namespace pilothouse::models {
namespace {

/// The hand-off as a code: the AI's escalation reason, "taken_over" when a person took the
/// conversation over unasked, "" when only the AI handled it.
QString handoffCode(const HistoryRow &row)
{
    if (row.handoffReason != EscalationReason::None)
        return wireName(row.handoffReason);
    return row.handedOff ? QStringLiteral("taken_over") : QString();
}

QString redacted(const QString &text, Redactor *redactor)
{
    return redactor ? redactor->redact(text) : text;
}

/// An integer divided by `unit` (a power of ten), exact, with as many decimals as `unit` has zeros.
QString fixedPoint(qint64 value, qint64 unit, int decimals)
{
    const qint64 magnitude = value < 0 ? -value : value;
    const QString fraction = u"%1"_s.arg(magnitude % unit, decimals, 10, QChar(u'0'));
    return (value < 0 ? u"-"_s : QString()) + QString::number(magnitude / unit) + u'.' + fraction;
}

template<typename T> QString optionalCell(const std::optional<T> &value, QString (*format)(T))
{
    return value ? format(*value) : QString();
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Json nullOr(const QString &text)
{
    return text.isEmpty() ? Json(nullptr) : Json(utf8(text));
}

template<typename T> Json optionalJson(const std::optional<T> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json conversationJson(const HistoryRow &row, Redactor *redactor)
{
    Json c;
    c["id"] = utf8(row.conversationId);
    c["customerId"] = utf8(row.customerId);
    c["customer"] = utf8(redacted(row.customerName, redactor));
    c["customerEmail"] = utf8(redacted(row.customerEmail, redactor));
    c["segment"] = utf8(row.segment);
    c["vip"] = row.vip;
    c["channel"] = utf8(wireName(row.channel));
    c["kind"] = utf8(wireName(row.kind));
    c["status"] = utf8(wireName(row.status));
    c["language"] = utf8(row.language);
    c["intent"] = utf8(row.intent);
    c["subject"] = utf8(redacted(row.subject, redactor));
    c["createdAt"] = utf8(HistoryExport::isoTime(row.createdAt));
    c["lastMessageAt"] = utf8(HistoryExport::isoTime(row.lastMessageAt));
    c["messageCount"] = row.messageCount;
    c["aiFirstResponseMs"] = optionalJson(row.aiFirstResponseMs);
    c["humanFirstResponseMs"] = optionalJson(row.humanFirstResponseMs);
    c["closedBy"] = nullOr(redacted(row.closedBy, redactor));
    c["outcome"] = nullOr(HistoryExport::outcomeCode(row.outcome));
    c["closedAt"] = row.closedAt ? Json(utf8(HistoryExport::isoTime(*row.closedAt))) : Json(nullptr);
    c["resolutionMs"] = optionalJson(row.resolutionMs());
    c["csat"] = optionalJson(row.csat);
    c["handoffReason"] = nullOr(handoffCode(row));
    c["aiReplies"] = row.aiReplies;
    c["judgedReplies"] = row.judgedReplies;
    c["wrongReplies"] = row.wrongReplies;
    c["minConfidence"] = optionalJson(row.minConfidence);
    c["meanConfidence"] = optionalJson(row.meanConfidence);
    c["voiceVersion"] = nullOr(row.voiceVersion);
    c["rulesVersion"] = nullOr(row.rulesVersion);
    c["revenueCents"] = optionalJson(row.revenueCents);
    return c;
}

Json messageJson(const MessageRecord &message, Redactor *redactor)
{
    Json m;
    m["id"] = utf8(message.id);
    m["author"] = utf8(wireName(message.author));
    m["authorName"] = utf8(redacted(message.authorName, redactor));
    m["text"] = utf8(redacted(message.text, redactor));
    m["at"] = utf8(HistoryExport::isoTime(message.at));
    m["visibility"] = utf8(wireName(message.visibility));
    if (message.hasAi) {
        Json tools = Json::array();
        for (const ToolRecord &tool : message.tools)
            tools.push_back(Json {{"name", utf8(tool.name)}, {"summary", utf8(redacted(tool.summary, redactor))}});
        m["ai"] = Json {{"intent", utf8(message.intent)}, {"confidence", message.confidence},
            {"latencyMs", message.latencyMs}, {"tools", std::move(tools)}};
    }
    return m;
}

} // namespace

QByteArray HistoryExport::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QStringList HistoryExport::csvHeaders()
{
    return {
        tr("Conversation"),
        tr("Customer"),
        tr("Segment"),
        tr("Channel"),
        tr("Kind", "support or sales"),
        tr("Language"),
        tr("Intent"),
        tr("Created (UTC)"),
        tr("AI first response (s)"),
        tr("Human first response after hand-off (s)"),
        tr("Closed by"),
        tr("Outcome"),
        tr("Resolution time (s)"),
        tr("CSAT"),
        tr("Lowest AI confidence"),
        tr("Mean AI confidence"),
        tr("Hand-off reason"),
        tr("Voice version"),
        tr("Rules version"),
        tr("Revenue attributed"),
    };
}

QString HistoryExport::csvHeaderLine()
{
    QStringList cells;
    for (const QString &header : csvHeaders())
        cells.append(CsvExport::cell(header));
    return cells.join(u',') + u"\r\n"_s;
}

QString HistoryExport::csvLine(const HistoryRow &row, Redactor *redactor)
{
    const auto text = [redactor](const QString &value) { return CsvExport::cell(redacted(value, redactor)); };
    const QStringList cells {
        CsvExport::cell(row.conversationId),
        text(row.customerName),
        CsvExport::cell(row.segment),
        wireName(row.channel),
        wireName(row.kind),
        CsvExport::cell(row.language),
        CsvExport::cell(row.intent),
        isoTime(row.createdAt),
        optionalCell(row.aiFirstResponseMs, &HistoryExport::seconds),
        optionalCell(row.humanFirstResponseMs, &HistoryExport::seconds),
        text(row.closedBy),
        outcomeCode(row.outcome),
        optionalCell(row.resolutionMs(), &HistoryExport::seconds),
        row.csat ? QString::number(*row.csat) : QString(),
        optionalCell(row.minConfidence, &HistoryExport::confidence),
        optionalCell(row.meanConfidence, &HistoryExport::confidence),
        handoffCode(row),
        text(row.voiceVersion),
        text(row.rulesVersion),
        optionalCell(row.revenueCents, &HistoryExport::currencyUnits),
    };
    return cells.join(u',') + u"\r\n"_s;
}

QByteArray HistoryExport::csv(const QList<HistoryRow> &rows, Redactor *redactor)
{
    QString text = csvHeaderLine();
    for (const HistoryRow &row : rows)
        text += csvLine(row, redactor);
    return byteOrderMark() + text.toUtf8();
}

QByteArray HistoryExport::jsonLine(
    const HistoryRow &row, const QList<MessageRecord> &messages, bool includeInternal, Redactor *redactor)
{
    Json line;
    line["conversation"] = conversationJson(row, redactor);
    Json list = Json::array();
    for (const MessageRecord &message : messages) {
        if (includeInternal || message.visibility == Visibility::Public)
            list.push_back(messageJson(message, redactor));
    }
    line["messages"] = std::move(list);
    // Text that is not valid UTF-8 cannot come from a QString; replace rather than throw anyway.
    const std::string dumped = line.dump(-1, ' ', false, Json::error_handler_t::replace);
    QByteArray bytes(dumped.data(), qsizetype(dumped.size()));
    bytes.append('\n');
    return bytes;
}

QString HistoryExport::isoTime(qint64 msSinceEpoch)
{
    // What QDateTime::toString(Qt::ISODateWithMs) writes in UTC, without its time-zone work per
    // call: a transcript export formats every message's time (a quarter of its time before).
    constexpr qint64 kDay = 86'400'000;
    qint64 days = msSinceEpoch / kDay;
    qint64 rest = msSinceEpoch % kDay;
    if (rest < 0) {
        rest += kDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
        int(rest / 3'600'000), int(rest / 60'000 % 60), int(rest / 1'000 % 60), int(rest % 1'000));
    return QString::fromLatin1(text);
}

QString HistoryExport::seconds(qint64 ms)
{
    return fixedPoint(ms, 1000, 3);
}

QString HistoryExport::currencyUnits(qint64 cents)
{
    return fixedPoint(cents, 100, 2);
}

QString HistoryExport::confidence(double value)
{
    return QString::number(value, 'f', 2);
}

QString HistoryExport::outcomeCode(Outcome::Value outcome)
{
    const auto wire = catalogue::toProtocol(outcome);
    if (!wire)
        return {};
    const std::string_view text = protocol::toString(*wire);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace pilothouse::models
