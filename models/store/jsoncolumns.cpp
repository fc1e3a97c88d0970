#include "store/jsoncolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pilothouse::models::jsoncolumns {
namespace {

const QString &emptyArray()
{
    static const QString empty = u"[]"_s;
    return empty;
}

QJsonArray parseArray(const QString &json)
{
    if (json.isEmpty() || json == emptyArray())
        return {};
    // A damaged column yields an empty list rather than failing the whole read.
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString serialise(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString serialise(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString fromOrders(const QList<OrderRecord> &orders)
{
    if (orders.isEmpty())
        return emptyArray();
    QJsonArray array;
    for (const auto &order : orders) {
        array.append(QJsonObject {
            {u"id"_s, order.id},
            {u"totalCents"_s, order.totalCents},
            {u"currency"_s, order.currency},
            {u"status"_s, order.status},
            {u"placedAt"_s, order.placedAt},
            {u"summary"_s, order.summary},
        });
    }
    return serialise(array);
}

QList<OrderRecord> toOrders(const QString &json)
{
    QList<OrderRecord> orders;
    const QJsonArray array = parseArray(json);
    orders.reserve(array.size());
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        OrderRecord order;
        order.id = object.value(u"id"_s).toString();
        order.totalCents = object.value(u"totalCents"_s).toInteger();
        order.currency = object.value(u"currency"_s).toString();
        order.status = object.value(u"status"_s).toString();
        order.placedAt = object.value(u"placedAt"_s).toInteger();
        order.summary = object.value(u"summary"_s).toString();
        orders.append(std::move(order));
    }
    return orders;
}

QString fromTools(const QList<ToolRecord> &tools)
{
    if (tools.isEmpty())
        return emptyArray();
    QJsonArray array;
    for (const auto &tool : tools)
        array.append(QJsonObject {{u"name"_s, tool.name}, {u"summary"_s, tool.summary}});
    return serialise(array);
}

QList<ToolRecord> toTools(const QString &json)
{
    QList<ToolRecord> tools;
    const QJsonArray array = parseArray(json);
    tools.reserve(array.size());
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        tools.append(ToolRecord {object.value(u"name"_s).toString(), object.value(u"summary"_s).toString()});
    }
    return tools;
}

QString fromRuleInputs(const std::optional<RuleInputsRecord> &inputs)
{
    if (!inputs)
        return {};
    QJsonObject object {{u"version"_s, inputs->version}, {u"sentiment"_s, inputs->sentiment},
        {u"language"_s, inputs->language}, {u"toolFailed"_s, inputs->toolFailed},
        {u"missingKnowledge"_s, inputs->missingKnowledge}, {u"matched"_s, inputs->matched}};
    if (inputs->orderValueCents)
        object.insert(u"orderValueCents"_s, *inputs->orderValueCents);
    return serialise(object);
}

std::optional<RuleInputsRecord> toRuleInputs(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return std::nullopt;
    RuleInputsRecord out;
    out.version = object.value(u"version"_s).toInteger();
    out.sentiment = object.value(u"sentiment"_s).toDouble();
    out.language = object.value(u"language"_s).toString();
    out.toolFailed = object.value(u"toolFailed"_s).toBool();
    out.missingKnowledge = object.value(u"missingKnowledge"_s).toBool();
    if (const QJsonValue order = object.value(u"orderValueCents"_s); order.isDouble())
        out.orderValueCents = order.toInteger();
    out.matched = object.value(u"matched"_s).toString();
    return out;
}

} // namespace pilothouse::models::jsoncolumns
