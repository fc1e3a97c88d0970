#pragma once
// Six cached conversations for the export tests (tests/review/golden/): a comma, a quote and a line
// break in a cell, cells starting with =, +, - and @, absent optionals, every outcome (and an open
// conversation), é, ß, ñ and Cyrillic, a negative amount; and their messages, with an AI reply with
// tools, an internal note, a whisper, and an e-mail address, phone and card numbers to redact.

#include "domain/historyrow.h"
#include "domain/records.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "store/jsoncolumns.h"
#include "domain/convert.h"

namespace reviewfixtures {

using namespace pilothouse::models;
using namespace Qt::StringLiterals;

constexpr qint64 kT0 = 1'796'000'000'000; // 2026-11-30T00:53:20Z

inline QList<HistoryRow> rows()
{
    QList<HistoryRow> list(6);
    HistoryRow &a = list[0];
    a.conversationId = u"c-1001"_s;
    a.customerId = u"k-1"_s;
    a.customerName = u"Dupont, Jean-Noël"_s;
    a.customerEmail = u"jean.dupont+shop@mail.example.fr"_s;
    a.segment = u"vip"_s;
    a.vip = true;
    a.language = u"fr"_s;
    a.status = Status::Resolved;
    a.subject = u"Commande #81860"_s;
    a.intent = u"order_status"_s;
    a.createdAt = kT0;
    a.lastMessageAt = kT0 + 95'000;
    a.messageCount = 5;
    a.aiFirstResponseMs = 1'250;
    a.outcome = Outcome::Resolved;
    a.closedBy = u"ai"_s;
    a.closedAt = kT0 + 120'000;
    a.csat = 5;
    a.aiReplies = 2;
    a.minConfidence = 0.625;
    a.meanConfidence = 0.8125;
    a.voiceVersion = u"voice-3"_s;
    a.rulesVersion = u"rules-2026.11"_s;
    a.revenueCents = 12'345;

    HistoryRow &b = list[1];
    b.conversationId = u"c-1002"_s;
    b.customerId = u"k-2"_s;
    b.customerName = u"Anna \"Annie\" Straßer"_s;
    b.customerEmail = u"anna@example.de"_s;
    b.segment = u"returning"_s;
    b.language = u"de"_s;
    b.channel = Channel::Email;
    b.kind = Kind::Sales;
    b.status = Status::Resolved;
    b.subject = u"Angebot"_s;
    b.intent = u"pricing"_s;
    b.createdAt = kT0 + 1'000;
    b.lastMessageAt = kT0 + 600'000;
    b.messageCount = 4;
    b.aiFirstResponseMs = 900;
    b.humanFirstResponseMs = 61'500;
    b.outcome = Outcome::NotResolved;
    b.closedBy = u"agent"_s;
    b.closedAt = kT0 + 601'000;
    b.handoffReason = EscalationReason::AskedForHuman;
    b.csat = 2;
    b.aiReplies = 1;
    b.judgedReplies = 1;
    b.wrongReplies = 1;
    b.minConfidence = 0.3;
    b.meanConfidence = 0.3;

    HistoryRow &c = list[2];
    c.conversationId = u"c-1003"_s;
    c.customerId = u"k-3"_s;
    c.customerName = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    c.channel = Channel::Sms;
    c.status = Status::Resolved;
    c.createdAt = kT0 + 2'000;
    c.lastMessageAt = kT0 + 2'000;
    c.messageCount = 1;
    c.outcome = Outcome::Spam;
    c.closedBy = u"system"_s;
    c.closedAt = kT0 + 3'000;

    HistoryRow &d = list[3];
    d.conversationId = u"c-1004"_s;
    d.customerId = u"k-4"_s;
    d.customerName = u"+Ñoño Peña"_s;
    d.customerEmail = u"nono@example.es"_s;
    d.segment = u"new"_s;
    d.language = u"es"_s;
    d.channel = Channel::Voice;
    d.status = Status::Resolved;
    d.intent = u"refund"_s;
    d.createdAt = kT0 + 3'000;
    d.lastMessageAt = kT0 + 3'600'000;
    d.messageCount = 2;
    d.aiFirstResponseMs = 2'000;
    d.outcome = Outcome::Abandoned;
    d.closedBy = u"system"_s;
    d.closedAt = kT0 + 3'603'000;
    d.handoffReason = EscalationReason::LowConfidence;
    d.aiReplies = 1;
    d.minConfidence = 0.41;
    d.meanConfidence = 0.41;
    d.revenueCents = -505; // a refund
    d.rulesVersion = u"-1"_s;

    HistoryRow &e = list[4];
    e.conversationId = u"c-1005"_s;
    e.customerId = u"k-5"_s;
    e.customerName = u"-5 Иван Петров"_s;
    e.customerEmail = u"ivan@example.ru"_s;
    e.segment = u"business"_s;
    e.language = u"ru"_s;
    e.status = Status::Escalated;
    e.intent = u"complaint"_s;
    e.createdAt = kT0 + 4'000;
    e.lastMessageAt = kT0 + 5'000;
    e.messageCount = 2;
    e.aiFirstResponseMs = 800;
    e.handoffReason = EscalationReason::NegativeSentiment;
    e.aiReplies = 1;
    e.minConfidence = 0.2;
    e.meanConfidence = 0.2;

    HistoryRow &f = list[5];
    f.conversationId = u"c-1006"_s;
    f.customerId = u"k-6"_s;
    f.customerName = u"@support\nteam, call +44 20 7946 0958"_s;
    f.language = u"en"_s;
    f.status = Status::Resolved;
    f.intent = u"order_status"_s;
    f.createdAt = kT0 + 5'000;
    f.lastMessageAt = kT0 + 65'000;
    f.messageCount = 1;
    f.outcome = Outcome::Resolved;
    f.closedBy = u"agent\tB"_s;
    f.closedAt = kT0 + 65'000;
    f.csat = 4;
    return list;
}

inline MessageRecord message(const QString &id, const QString &conversation, Author::Value author, qint64 at,
    const QString &text, Visibility::Value visibility = Visibility::Public)
{
    MessageRecord m;
    m.id = id;
    m.conversationId = conversation;
    m.author = author;
    m.authorName = author == Author::Ai ? u"Pilot"_s
        : author == Author::Customer    ? u"Customer"_s
        : author == Author::Human       ? u"Sam"_s
                                        : QString();
    m.text = text;
    m.at = at;
    m.visibility = visibility;
    return m;
}

inline MessageRecord aiReply(const QString &id, const QString &conversation, qint64 at, const QString &text,
    double confidence, QList<ToolRecord> tools = {})
{
    MessageRecord m = message(id, conversation, Author::Ai, at, text);
    m.hasAi = true;
    m.intent = u"order_status"_s;
    m.confidence = confidence;
    m.latencyMs = 1'250;
    m.tools = std::move(tools);
    return m;
}

/// Every message of the six conversations, in the order the cache returns them.
inline QList<MessageRecord> messages()
{
    return {
        message(u"m-1"_s, u"c-1001"_s, Author::Customer, kT0 + 1'000,
            u"Où est ma commande #81860 ? Écrivez à jean.dupont+shop@mail.example.fr ou au 06 12 34 56 78."_s),
        aiReply(u"m-2"_s, u"c-1001"_s, kT0 + 2'250, u"Elle est partie le 2026-12-06 à 14:30."_s, 0.625,
            {{u"order_lookup"_s, u"looked up order #81860"_s}, {u"email"_s, u"wrote to jean@example.fr"_s}}),
        message(u"m-3"_s, u"c-1001"_s, Author::Human, kT0 + 3'000, u"VIP, keep an eye on it"_s, Visibility::Note),
        message(
            u"m-4"_s, u"c-1001"_s, Author::Human, kT0 + 4'000, u"Offer a \"discount\"\n10 %"_s, Visibility::Whisper),
        aiReply(u"m-5"_s, u"c-1001"_s, kT0 + 95'000, u"Merci ! Bonne journée."_s, 1.0),
        message(u"m-6"_s, u"c-1002"_s, Author::Customer, kT0 + 2'000,
            u"Karte 4111 1111 1111 1111, nicht 4111 1111 1111 1112; Tel. +49 30 123456"_s),
        aiReply(u"m-7"_s, u"c-1002"_s, kT0 + 2'900, u"Ich verbinde Sie."_s, 0.3),
        message(u"m-8"_s, u"c-1002"_s, Author::Human, kT0 + 63'500, u"Hallo, hier ist Sam."_s),
        message(u"m-9"_s, u"c-1002"_s, Author::System, kT0 + 601'000, u"Closed"_s),
        message(u"m-10"_s, u"c-1003"_s, Author::Customer, kT0 + 2'000, u"=1+1 WIN $1,000 NOW"_s),
        message(u"m-11"_s, u"c-1004"_s, Author::Customer, kT0 + 3'000, u"Llámame al +34 612 345 678, señor"_s),
        aiReply(u"m-12"_s, u"c-1004"_s, kT0 + 5'000, u"Un momento…"_s, 0.41),
        message(u"m-13"_s, u"c-1005"_s, Author::Customer, kT0 + 4'000, u"Позвоните: +7 495 123-45-67!"_s),
        aiReply(u"m-14"_s, u"c-1005"_s, kT0 + 4'800, u"Передаю специалисту."_s, 0.2),
        message(u"m-15"_s, u"c-1006"_s, Author::Customer, kT0 + 5'000, u"Thanks, all good"_s),
    };
}

inline QList<MessageRecord> messagesOf(const QString &conversationId)
{
    QList<MessageRecord> list;
    for (const MessageRecord &m : messages()) {
        if (m.conversationId == conversationId)
            list.append(m);
    }
    return list;
}

/// A cache file holding only the messages table, with the columns of models/store/migrations.cpp.
inline QString writeCache(const QString &path, const QList<MessageRecord> &list, const QString &connection)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        const auto run = [&q, &error](const QString &sql) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text();
        };
        run(u"PRAGMA journal_mode=WAL"_s);
        run(u"CREATE TABLE messages (id TEXT PRIMARY KEY NOT NULL, conversation_id TEXT NOT NULL, author TEXT NOT NULL "
            "DEFAULT '', author_name TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', at INTEGER NOT NULL "
            "DEFAULT 0, has_ai INTEGER NOT NULL DEFAULT 0, intent TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL "
            "DEFAULT 0, latency_ms INTEGER NOT NULL DEFAULT 0, tools TEXT NOT NULL DEFAULT '[]', visibility TEXT NOT "
            "NULL DEFAULT 'public', rule_inputs TEXT)"_s);
        run(u"CREATE INDEX messages_conversation_at ON messages(conversation_id, at)"_s);
        // A cache without the supervisor's figures: no currency, so no revenue is attributed.
        run(u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)"_s);
        run(u"BEGIN"_s);
        // A null QString binds as NULL: the NOT NULL text columns take "" instead.
        q.prepare(u"INSERT INTO messages VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?, "
                  "?, ?, ?, ?)"_s);
        for (const MessageRecord &m : list) {
            const QVariantList values {m.id, m.conversationId, wireName(m.author), m.authorName, m.text, m.at,
                m.hasAi ? 1 : 0, m.intent, m.confidence, m.latencyMs, jsoncolumns::fromTools(m.tools),
                wireName(m.visibility), jsoncolumns::fromRuleInputs(m.rules)};
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values[i]);
            if (error.isEmpty() && !q.exec())
                error = q.lastError().text();
        }
        run(u"COMMIT"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace reviewfixtures
