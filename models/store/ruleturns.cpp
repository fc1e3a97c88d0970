#include "store/ruleturns.h"

#include "store/jsoncolumns.h"

#include "protocol/spellings.h"
#include "tuning/rulesetjson.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::models::ruleturns {
namespace {

namespace spellings = protocol::spellings;

/// The number of earlier messages the server shows the agent on a turn (server/engine/engine.cpp,
/// aiTurn: the conversation's latest 50).
constexpr qsizetype kWindow = 50;

struct Context {
    protocol::Channel channel = protocol::Channel::Chat;
    protocol::ConversationKind kind = protocol::ConversationKind::Support;
    bool vip = false;
    std::string segment;
    qint64 lifetimeValueCents = 0;
};

struct Row {
    QString id;
    protocol::Author author = protocol::Author::Customer;
    protocol::Visibility visibility = protocol::Visibility::Public;
    QString text;
    qint64 at = 0;
    std::string intent;
    double confidence = 0.0;
    std::optional<RuleInputsRecord> rules;
};

QHash<QString, Context> contexts(const QSqlDatabase &db)
{
    QHash<QString, Context> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, c.channel, c.kind, coalesce(u.vip, 0), coalesce(u.segment, ''),"
                               " coalesce(u.lifetime_value_cents, 0) FROM conversations c"
                               " LEFT JOIN customers u ON u.id = c.customer_id")))
        return out;
    while (q.next()) {
        Context c;
        c.channel = spellings::lookup(spellings::kChannels, q.value(1).toString().toStdString())
                        .value_or(protocol::Channel::Chat);
        c.kind = spellings::lookup(spellings::kKinds, q.value(2).toString().toStdString())
                     .value_or(protocol::ConversationKind::Support);
        c.vip = q.value(3).toBool();
        c.segment = q.value(4).toString().toStdString();
        c.lifetimeValueCents = q.value(5).toLongLong();
        out.insert(q.value(0).toString(), std::move(c));
    }
    return out;
}

/// The turns of one conversation's rows, oldest first, as the server's aiTurn saw them.
void turnsOf(const QString &conversationId, const QList<Row> &rows, const Context &context, qint64 from, qint64 to,
    std::vector<Turn> &out)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &reply = rows[i];
        if (reply.author != protocol::Author::Ai || !reply.rules)
            continue;
        // The question: the customer's last public message after the last public AI or person
        // message, among the messages the server had shown the agent.
        const qsizetype first = std::max<qsizetype>(0, i - kWindow);
        const Row *question = nullptr;
        for (qsizetype j = first; j < i; ++j) {
            const Row &m = rows[j];
            if (m.visibility != protocol::Visibility::Public)
                continue;
            if (m.author == protocol::Author::Customer)
                question = &m;
            else if (m.author == protocol::Author::Ai || m.author == protocol::Author::Human)
                question = nullptr;
        }
        if (!question || question->at < from || question->at >= to)
            continue;
        std::vector<tuning::PastMessage> history;
        for (qsizetype j = first; j < i; ++j) {
            const Row &m = rows[j];
            if (&m != question && m.visibility == protocol::Visibility::Public)
                history.push_back({m.author, m.intent});
        }
        Turn turn;
        turn.conversationId = conversationId;
        turn.replyId = reply.id;
        turn.customerMessageId = question->id;
        turn.text = question->text.toStdString();
        tuning::TurnFacts &f = turn.facts;
        f.confidence = reply.confidence;
        f.intent = reply.intent;
        f.sentiment = reply.rules->sentiment;
        f.language = reply.rules->language.toStdString();
        f.toolFailed = reply.rules->toolFailed;
        f.missingKnowledge = reply.rules->missingKnowledge;
        if (reply.rules->orderValueCents)
            f.orderValueCents = *reply.rules->orderValueCents;
        f.vip = context.vip;
        f.segment = context.segment;
        f.lifetimeValueCents = context.lifetimeValueCents;
        f.channel = context.channel;
        f.kind = context.kind;
        f.turnsWithoutProgress = tuning::turnsWithoutProgress(history, reply.intent);
        f.atMs = question->at;
        turn.rulesVersion = reply.rules->version;
        turn.matched = reply.rules->matched;
        out.push_back(std::move(turn));
    }
}

} // namespace

tuning::TurnFacts factsOf(const Turn &turn)
{
    tuning::TurnFacts facts = turn.facts;
    facts.text = turn.text;
    return facts;
}

std::vector<Turn> read(const QSqlDatabase &db, qint64 from, qint64 to, const std::function<bool()> &cancelled)
{
    std::vector<Turn> out;
    const QHash<QString, Context> context = contexts(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Every message of the conversations with a turn in the window; the window's turns need the
    // messages before them, which may be older.
    q.prepare(QStringLiteral(
        "SELECT m.conversation_id, m.id, m.author, m.visibility, m.text, m.at, m.intent, m.confidence,"
        " m.rule_inputs FROM messages m WHERE m.conversation_id IN (SELECT DISTINCT conversation_id FROM messages"
        " WHERE has_ai AND rule_inputs IS NOT NULL AND rule_inputs <> '' AND at >= ?)"
        " ORDER BY m.conversation_id, m.at, m.rowid"));
    q.addBindValue(from);
    if (!q.exec())
        return out;
    QString current;
    QList<Row> rows;
    const auto flush = [&] {
        if (!rows.isEmpty()) {
            const auto it = context.constFind(current);
            if (it != context.cend())
                turnsOf(current, rows, *it, from, to, out);
        }
        rows.clear();
    };
    while (q.next()) {
        const QString conversationId = q.value(0).toString();
        if (conversationId != current) {
            flush();
            if (cancelled && cancelled())
                return out;
            current = conversationId;
        }
        Row row;
        row.id = q.value(1).toString();
        row.author = spellings::lookup(spellings::kAuthors, q.value(2).toString().toStdString())
                         .value_or(protocol::Author::System);
        row.visibility = spellings::lookup(spellings::kVisibilities, q.value(3).toString().toStdString())
                             .value_or(protocol::Visibility::Public);
        row.text = q.value(4).toString();
        row.at = q.value(5).toLongLong();
        row.intent = q.value(6).toString().toStdString();
        row.confidence = q.value(7).toDouble();
        row.rules = jsoncolumns::toRuleInputs(q.value(8).toString());
        rows.append(std::move(row));
    }
    flush();
    return out;
}

std::map<qint64, std::shared_ptr<const tuning::RuleSet>> ruleSets(const QSqlDatabase &db)
{
    std::map<qint64, std::shared_ptr<const tuning::RuleSet>> out;
    out[0] = tuning::sharedDefaultRuleSet();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, body FROM config_versions WHERE document = 'rules' AND version > 0")))
        return out;
    while (q.next()) {
        auto parsed = tuning::parseRuleSet(q.value(1).toString().toStdString());
        if (auto *rules = std::get_if<tuning::RuleSet>(&parsed))
            out[q.value(0).toLongLong()] = std::make_shared<const tuning::RuleSet>(std::move(*rules));
    }
    return out;
}

} // namespace pilothouse::models::ruleturns
