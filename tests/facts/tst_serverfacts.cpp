// The server's daily facts (docs/metrics.md "Facts", docs/protocol.md GET /api/v1/facts) against
// the real pilothouse-server on loopback: what it serves for a run of the demo simulator equals
// the reference fold (analytics::FactsBuilder) of the same history rebuilt independently from its
// event log, only supervisors and admins get them, and `facts` frames follow the welcome's burst
// for those who asked for them in their hello (docs/protocol.md section 7.1).

#include "serverharness.h"
#include "restclient.h"
#include "serverlog.h"
#include "serverprocess.h"

#include "analytics/drilldown.h"
#include "analytics/factsbuilder.h"
#include "analytics/factswire.h"
#include "protocol/drilldown.h"
#include "protocol/facts.h"
#include "protocol/rest.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

using namespace pilothouse;
using namespace pilothouse::analytics;
using pilothouse::testing::ServerProcess;

namespace {

using Reply = pilothouse::testing::HttpReply;
using pilothouse::testing::finish;
using pilothouse::testing::signIn;

Reply getFacts(const QUrl &server, const QString &token, const QString &query)
{
    return pilothouse::testing::httpGet(server, token, QStringLiteral("/api/v1/facts?") + query);
}

Reply getBehind(const QUrl &server, const QString &token, const QString &query)
{
    return pilothouse::testing::httpGet(server, token, QStringLiteral("/api/v1/facts/conversations?") + query);
}

QString range(QDate from, QDate to)
{
    return QStringLiteral("from=%1&to=%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

/// The served facts of the last two days summed over their rows.
FactsCounters recentTotals(const QUrl &server, const QString &token)
{
    FactsCounters total;
    const Reply reply = getFacts(server, token, range(today().addDays(-1), today()));
    const auto facts = protocol::decodeFacts(reply.body.toStdString());
    if (!facts)
        return total;
    for (const protocol::FactsRow &wire : facts.value().rows) {
        DayFacts row;
        if (fromWire(wire, row))
            total += row.counts;
    }
    return total;
}

/// The sales stages the log records: how many conversations qualified and then won, how many
/// were lost, and what breaks the rules (docs/protocol.md, Conversation.salesStage).
struct SalesPaths {
    int qualifiedThenWon = 0;
    int lost = 0;
    QStringList problems;
    std::map<std::string, protocol::Conversation> last; ///< Each conversation's last row.
};

SalesPaths salesPaths(const pilothouse::testing::ServerLog &log)
{
    SalesPaths out;
    // Per conversation, the stages in the order the log recorded them, and its last row.
    std::map<std::string, std::vector<protocol::SalesStage>> stages;
    std::map<std::string, protocol::Conversation> &last = out.last;
    std::map<std::string, std::vector<protocol::Order>> ordersOf; // by customer, each order once
    std::map<std::string, bool> seenOrder;
    for (const protocol::Event &event : log.events) {
        if (const auto *v = std::get_if<protocol::Conversation>(&event.payload)) {
            if (v->salesStage.has_value() != (v->kind == protocol::ConversationKind::Sales))
                out.problems.append(QStringLiteral("%1: a stage only on sales").arg(QString::fromStdString(v->id)));
            if (v->salesStage && (stages[v->id].empty() || stages[v->id].back() != *v->salesStage))
                stages[v->id].push_back(*v->salesStage);
            last[v->id] = *v;
        } else if (const auto *c = std::get_if<protocol::Customer>(&event.payload)) {
            for (const protocol::Order &order : c->orders) {
                if (!std::exchange(seenOrder[order.id], true))
                    ordersOf[c->id].push_back(order);
            }
        }
    }
    for (const auto &[id, path] : stages) {
        const protocol::Conversation &row = last.at(id);
        const QString name = QString::fromStdString(id);
        if (path.front() != protocol::SalesStage::Engaged)
            out.problems.append(name + QStringLiteral(": does not start engaged"));
        if (std::find(path.begin(), path.end(), protocol::SalesStage::Qualified) != path.end()
            && row.qualification.size() != 4)
            out.problems.append(name + QStringLiteral(": qualified without all four facts"));
        if (row.salesStage == protocol::SalesStage::Won) {
            // The customer ordered while the conversation ran (the simulated "I'll take it").
            const auto &orders = ordersOf[row.customerId];
            if (std::none_of(orders.begin(), orders.end(), [&](const protocol::Order &o) {
                    return o.placedAt >= row.createdAt && o.placedAt <= row.lastMessageAt && o.totalCents > 0
                        && o.status == "processing";
                }))
                out.problems.append(name + QStringLiteral(": won without an order"));
            if (path.size() >= 3 && path[path.size() - 2] == protocol::SalesStage::Qualified)
                ++out.qualifiedThenWon;
        }
        if (row.salesStage == protocol::SalesStage::Lost)
            ++out.lost;
    }
    return out;
}

/// The history as a console applying every event of the log would know it.
History historyFromLog(const pilothouse::testing::ServerLog &log)
{
    std::map<std::string, protocol::Customer> customers;
    std::map<std::string, protocol::Order> orders; // every order any customer.upserted carried
    std::map<std::string, protocol::Conversation> conversations;
    std::map<std::string, HistoryConversation> byId;
    std::map<std::string, std::vector<HistoryMessage>> messages;
    std::map<std::string, std::pair<std::string, std::size_t>> messageAt; // id: conversation, index
    std::map<std::string, std::vector<HistoryTransition>> transitions;
    std::map<std::string, std::vector<HistoryRating>> ratings;
    std::map<std::string, std::string> orderCustomer;
    for (const protocol::Event &event : log.events) {
        if (const auto *c = std::get_if<protocol::Customer>(&event.payload)) {
            customers[c->id] = *c;
            for (const protocol::Order &order : c->orders) {
                orders[order.id] = order;
                orderCustomer[order.id] = c->id;
            }
        } else if (const auto *v = std::get_if<protocol::Conversation>(&event.payload)) {
            conversations[v->id] = *v;
        } else if (const auto *m = std::get_if<protocol::Message>(&event.payload)) {
            HistoryMessage message;
            message.author = m->author;
            message.visibility = m->visibility;
            message.at = m->at;
            message.tokens = m->ai && m->ai->tokens ? *m->ai->tokens : 0;
            if (m->ai)
                message.confidence = m->ai->confidence;
            messages[m->conversationId].push_back(message);
            messageAt[m->id] = {m->conversationId, messages[m->conversationId].size() - 1};
        } else if (const auto *j = std::get_if<protocol::Judgement>(&event.payload)) {
            // The latest judgement of a reply stands.
            if (const auto at = messageAt.find(j->messageId); at != messageAt.end())
                messages[at->second.first][at->second.second].judged = j->correct ? Judged::Correct : Judged::Wrong;
        } else if (const auto *t = std::get_if<protocol::Transition>(&event.payload)) {
            transitions[t->conversationId].push_back({t->from, t->to, QString::fromStdString(t->actor),
                QString::fromStdString(t->reason), closeOutcomeOf(t->outcome), t->at});
        } else if (const auto *r = std::get_if<protocol::Rating>(&event.payload)) {
            ratings[r->conversationId].push_back({r->rating, r->at});
        }
    }
    History history;
    for (const auto &[id, v] : conversations) {
        HistoryConversation c;
        c.id = QString::fromStdString(id);
        c.customerId = QString::fromStdString(v.customerId);
        c.createdAt = v.createdAt;
        c.channel = v.channel;
        c.kind = v.kind;
        c.intent = QString::fromStdString(v.intent);
        c.humanHandleMs = v.humanHandleMs;
        c.stage = salesStageOf(v.salesStage);
        c.qualified = v.qualification.size() == 4; // the codec refuses repeats
        const protocol::Customer &customer = customers[v.customerId];
        c.segment = QString::fromStdString(customer.segment);
        c.language = QString::fromStdString(customer.language);
        c.vip = customer.vip;
        c.messages = QList<HistoryMessage>(messages[id].begin(), messages[id].end());
        c.transitions = QList<HistoryTransition>(transitions[id].begin(), transitions[id].end());
        c.ratings = QList<HistoryRating>(ratings[id].begin(), ratings[id].end());
        history.conversations.append(c);
    }
    std::stable_sort(history.conversations.begin(), history.conversations.end(), [](const auto &a, const auto &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    for (const auto &[id, order] : orders) {
        history.orders.append({QString::fromStdString(orderCustomer[id]), order.totalCents,
            QString::fromStdString(order.currency), order.placedAt});
    }
    return history;
}

QString keyText(const FactsKey &k)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(k.day.toString(Qt::ISODate))
        .arg(int(k.channel))
        .arg(int(k.kind))
        .arg(k.intent, k.segment, k.language)
        .arg(k.vip);
}

QHash<QString, FactsCounters> keyed(const QList<DayFacts> &rows)
{
    QHash<QString, FactsCounters> out;
    for (const DayFacts &row : rows)
        out[keyText(row.key)] += row.counts;
    return out;
}

} // namespace

class TestServerFacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void factsEqualTheReferenceFoldOfTheEventLog()
    {
        QTemporaryDir dir;
        const QString serverData = dir.filePath(QStringLiteral("server"));
        ServerProcess server;
        // Short closing windows, so the run ends conversations every way the facts count.
        QVERIFY2(server.start(serverData,
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--ai-resolve-after-ms"),
                         QStringLiteral("1500"), QStringLiteral("--abandon-after-ms"), QStringLiteral("2500"),
                         QStringLiteral("--facts-debounce-ms"), QStringLiteral("200")}),
            qPrintable(server.errorString()));
        const QString supervisor = signIn(server.url(), QStringLiteral("supervisor"));
        QVERIFY(!supervisor.isEmpty());
        // Live facts follow the traffic (recomputed within the debounce).
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Reply reply = getFacts(server.url(), supervisor, range(today().addDays(-1), today()));
                const auto facts = protocol::decodeFacts(reply.body.toStdString());
                qint64 conversations = 0;
                if (facts) {
                    for (const auto &row : facts.value().rows)
                        conversations += row.counts.conversations;
                }
                return conversations >= 30;
            },
            60000));
        // A reviewer judges AI replies: three wrong, two right, and changes her mind on one.
        ::testing::StreamClient reviewer;
        QVERIFY(reviewer.connectTo(quint16(server.port())));
        protocol::Hello hello;
        hello.client = {"tst_serverfacts", "1"};
        hello.token = supervisor.toStdString();
        reviewer.send(hello);
        const auto aiReplies = [&reviewer] {
            std::vector<std::string> ids;
            for (const protocol::Event &event : reviewer.events()) {
                const auto *m = std::get_if<protocol::Message>(&event.payload);
                if (m && m->author == protocol::Author::Ai && m->visibility == protocol::Visibility::Public && m->ai)
                    ids.push_back(m->id);
            }
            return ids;
        };
        QVERIFY(reviewer.waitFor([&] { return aiReplies().size() >= 5; }, 30000));
        std::vector<std::string> judged = aiReplies();
        judged.resize(5);
        const auto judge = [&reviewer](const std::string &id, const std::string &message, bool correct) {
            reviewer.send(protocol::Command {
                "judge-" + id, "message.judge", {{"messageId", message}, {"correct", correct}, {"reason", "other"}}});
        };
        for (std::size_t i = 0; i < judged.size(); ++i)
            judge(std::to_string(i), judged[i], i >= 3);
        judge("again", judged[4], false); // the latest judgement counts: now four wrong
        QVERIFY(reviewer.waitFor([&] {
            return std::count_if(reviewer.frames().begin(), reviewer.frames().end(), [](const auto &frame) {
                return std::holds_alternative<protocol::Ack>(frame);
            }) == 6;
        }));
        QTest::qWait(3000); // let conversations close
        const int port = server.port();
        QCOMPARE(server.stop(), 0);

        // A quiet restart: the facts are computed at start from the tables the first run wrote
        // (transitions included), while the log stays as it is.
        QVERIFY2(server.start(
                     serverData, {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}, port),
            qPrintable(server.errorString()));
        const QString admin = signIn(server.url(), QStringLiteral("admin"));
        const Reply reply = getFacts(server.url(), admin, range(today().addDays(-179), today()));
        QCOMPARE(reply.status, 200);
        const auto served = protocol::decodeFacts(reply.body.toStdString());
        QVERIFY2(served, served ? "" : served.error().message.c_str());
        QCOMPARE(served.value().currency, std::string("USD"));
        QCOMPARE(served.value().days.size(), std::size_t(180));

        QList<DayFacts> rows;
        for (const protocol::FactsRow &wire : served.value().rows) {
            DayFacts row;
            QVERIFY(fromWire(wire, row));
            rows.append(row);
        }
        const pilothouse::testing::ServerLog log = pilothouse::testing::readServerLog(serverData);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QCOMPARE(log.prunedThrough, 0);
        const QList<DayFacts> reference
            = FactsBuilder::build(historyFromLog(log), served.value().asOf, QStringLiteral("USD"));

        const auto got = keyed(rows);
        const auto want = keyed(reference);
        QCOMPARE(got.keys().size(), want.keys().size());
        FactsCounters total;
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(got.value(it.key()) == it.value(), qPrintable(QStringLiteral("counters differ: ") + it.key()));
            total += it.value();
        }
        // The run was not trivial: it resolved, handed off and was measured.
        QVERIFY(total.conversations >= 30);
        QVERIFY(total.aiResolvedLenient + total.humanResolved + total.abandoned + total.notResolved > 0);
        QVERIFY(total.aiReplies > 0);
        // The reviewer's judgements are in the calibration, each reply in its confidence band.
        const auto sum
            = [](const FactsCounters::Bands &bands) { return std::accumulate(bands.begin(), bands.end(), 0LL); };
        QCOMPARE(sum(total.judgedByConfidence), 5);
        QCOMPARE(sum(total.wrongByConfidence), 4);
        QCOMPARE(sum(total.aiRepliesByConfidence), total.aiReplies);
        QVERIFY(sum(total.notHandedOffByLowestConfidence) > 0);

        // Each band opens the conversations behind its wrong share: exactly those the reference
        // fold finds with a reply of the band judged wrong (numerator) or judged (denominator).
        const QList<ConversationFacts> perConversation
            = FactsBuilder::perConversation(historyFromLog(log), served.value().asOf, QStringLiteral("USD"));
        const QString window = range(today().addDays(-179), today());
        for (std::size_t band = 0; band < kConfidenceBands; ++band) {
            for (const auto side : {DrillSide::Numerator, DrillSide::Denominator}) {
                const qint64 expected = std::count_if(perConversation.cbegin(), perConversation.cend(),
                    [&](const ConversationFacts &c) { return isBehindBand(side, c.counts, band); });
                const Reply behind = getBehind(server.url(), admin,
                    QStringLiteral("metric=calibrationWrongShare&band=%1&side=%2&")
                            .arg(band * 10)
                            .arg(side == DrillSide::Numerator ? u"numerator" : u"denominator")
                        + window);
                QCOMPARE(behind.status, 200);
                const auto list = protocol::decodeFactsConversations(behind.body.toStdString());
                QVERIFY2(list, behind.body.constData());
                QCOMPARE(list.value().total, expected);
                QCOMPARE(list.value().membership, std::string("contributors"));
            }
        }
        // A band that is no band's lower bound, or a band for another figure, is refused by name.
        for (const QString &query : {QStringLiteral("metric=calibrationWrongShare&band=45&side=numerator&"),
                 QStringLiteral("metric=calibrationWrongShare&side=numerator&"),
                 QStringLiteral("metric=handOffRate&band=40&side=numerator&")}) {
            const Reply refused = getBehind(server.url(), admin, query + window);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.body.contains(R"(\"band\")"), refused.body.constData()); // the message names it
        }
    }

    void salesConversationsQualifyWinOrLoseAndTheirOrdersCount()
    {
        // Simulated sales customers only: they say what they need, when, for how much and who
        // decides, then buy or decline; the agent detects the facts, the server records stages and
        // orders, and the facts count them. The default close windows (minutes) keep the
        // conversations open, so every loss here is a customer who declined.
        QTemporaryDir dir;
        const QString serverData = dir.filePath(QStringLiteral("server"));
        ServerProcess server;
        QVERIFY2(
            server.start(serverData,
                {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("300"), QStringLiteral("--mix"),
                    QStringLiteral("product_question=1,sizing_help=1,bulk_lead=1"), QStringLiteral("--seed"),
                    QStringLiteral("11"), QStringLiteral("--facts-debounce-ms"), QStringLiteral("200")}),
            qPrintable(server.errorString()));
        const QString supervisor = signIn(server.url(), QStringLiteral("supervisor"));
        QVERIFY(!supervisor.isEmpty());
        // Until the log holds a conversation that qualified and then won, and one that was lost.
        SalesPaths paths;
        FactsCounters live;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         QTest::qWait(300);
                         live = recentTotals(server.url(), supervisor);
                         paths = salesPaths(pilothouse::testing::readServerLog(serverData));
                         return paths.qualifiedThenWon > 0 && paths.lost > 0 && live.revenueCents[0] > 0;
                     },
                     120000),
            qPrintable(QStringLiteral("sales %1, qualified %2, won %3, lost %4")
                           .arg(live.salesConversations)
                           .arg(live.qualified)
                           .arg(live.won)
                           .arg(live.lost)));
        QCOMPARE(server.stop(), 0);

        const pilothouse::testing::ServerLog log = pilothouse::testing::readServerLog(serverData);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        paths = salesPaths(log);
        QVERIFY2(paths.problems.isEmpty(), qPrintable(paths.problems.join(u'\n')));
        QVERIFY(paths.qualifiedThenWon > 0);
        QVERIFY(paths.lost > 0);

        // The facts count what the log says, orders included (the reference fold of the log).
        QVERIFY2(
            server.start(serverData, {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}),
            qPrintable(server.errorString()));
        const QString admin = signIn(server.url(), QStringLiteral("admin"));
        const Reply reply = getFacts(server.url(), admin, range(today().addDays(-179), today()));
        const auto served = protocol::decodeFacts(reply.body.toStdString());
        QVERIFY(served);
        FactsCounters got;
        for (const protocol::FactsRow &wire : served.value().rows) {
            DayFacts row;
            QVERIFY(fromWire(wire, row));
            got += row.counts;
        }
        FactsCounters want;
        for (const DayFacts &row : FactsBuilder::build(historyFromLog(log), served.value().asOf, QStringLiteral("USD")))
            want += row.counts;
        QVERIFY(got == want);
        qint64 won = 0, lostRows = 0, qualified = 0;
        for (const auto &[id, row] : paths.last) {
            won += row.salesStage == protocol::SalesStage::Won;
            lostRows += row.salesStage == protocol::SalesStage::Lost;
            qualified += row.salesStage == protocol::SalesStage::Won || row.qualification.size() == 4;
        }
        QCOMPARE(got.won, won);
        QCOMPARE(got.lost, lostRows);
        QCOMPARE(got.qualified, qualified);
        // Orders placed within minutes of their conversation count in every window, the same.
        QVERIFY(got.attributedOrders[0] >= got.won);
        QCOMPARE(got.revenueCents[0], got.revenueCents[1]);
        QVERIFY(got.revenueCents[0] > 0);
        QCOMPARE(server.stop(), 0);
    }

    void onlySupervisorsAndAdminsReadFacts()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}),
            qPrintable(server.errorString()));
        const QString week = range(today().addDays(-6), today());

        const Reply anonymous = getFacts(server.url(), QString(), week);
        QCOMPARE(anonymous.status, 401);

        const Reply agent = getFacts(server.url(), signIn(server.url(), QStringLiteral("agent")), week);
        QCOMPARE(agent.status, 403);
        const auto refusal = protocol::decodeRestError(agent.body.toStdString());
        QVERIFY(refusal);
        QCOMPARE(refusal.value().code, std::string(protocol::errors::Forbidden));
        QVERIFY(!protocol::decodeFacts(agent.body.toStdString()));

        const QString supervisor = signIn(server.url(), QStringLiteral("supervisor"));
        const Reply ok = getFacts(server.url(), supervisor, week);
        QCOMPARE(ok.status, 200);
        const auto facts = protocol::decodeFacts(ok.body.toStdString());
        QVERIFY(facts);
        QCOMPARE(facts.value().days.size(), std::size_t(7));
        QCOMPARE(facts.value().days.front(), today().addDays(-6).toString(Qt::ISODate).toStdString());

        const struct {
            QString query;
            const char *names;
        } bad[] = {
            {QStringLiteral("to=2026-01-01"), "\"from\""},
            {QStringLiteral("from=2026-02-30&to=2026-03-01"), "\"from\""},
            {QStringLiteral("from=2026-01-01&to=tomorrow"), "\"to\""},
            {QStringLiteral("from=2026-01-02&to=2026-01-01"), "\"to\""},
            {QStringLiteral("from=2024-01-01&to=2025-01-01"), "366"},
        };
        for (const auto &item : bad) {
            const Reply reply = getFacts(server.url(), supervisor, item.query);
            QCOMPARE(reply.status, 400);
            const auto error = protocol::decodeRestError(reply.body.toStdString());
            QVERIFY(error);
            QCOMPARE(error.value().code, std::string(protocol::errors::BadRequest));
            QVERIFY2(error.value().message.find(item.names) != std::string::npos, error.value().message.c_str());
        }
        // 366 days is the longest range.
        QCOMPARE(getFacts(server.url(), supervisor, QStringLiteral("from=2024-01-01&to=2024-12-31")).status, 200);
    }

    void factsFramesFollowTheBurstForLeadsWhoAskedOnly()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                         QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--facts-debounce-ms"),
                         QStringLiteral("200")}),
            qPrintable(server.errorString()));
        const auto port = quint16(server.port());
        const auto hello = [](const QString &token, bool accept) {
            protocol::Hello h;
            h.client = {"tst_serverfacts", "1"};
            h.token = token.toStdString();
            if (accept)
                h.accept = {"something_else", protocol::kAcceptFacts};
            return h;
        };
        const auto factsFrames = [](const ::testing::StreamClient &client) {
            std::vector<std::pair<std::size_t, protocol::Facts>> found;
            for (std::size_t i = 0; i < client.frames().size(); ++i) {
                if (const auto *f = std::get_if<protocol::Facts>(&client.frames()[i]))
                    found.emplace_back(i, *f);
            }
            return found;
        };
        QTest::qWait(1500); // some traffic first, so that live events compete with the burst

        ::testing::StreamClient lead;
        QVERIFY(lead.connectTo(port));
        lead.send(hello(signIn(server.url(), QStringLiteral("supervisor")), true));
        QVERIFY2(lead.waitFor([&] { return !factsFrames(lead).empty(); }), "no facts frame for a supervisor who asked");
        QVERIFY(lead.waitFor([&] { return !lead.events().empty(); }));
        // Welcome, the snapshot, every day's facts, then live events; each day listed once.
        const auto burst = factsFrames(lead);
        std::size_t lastSnapshot = 0;
        std::size_t firstEvents = lead.frames().size();
        for (std::size_t i = 0; i < lead.frames().size(); ++i) {
            if (std::holds_alternative<protocol::Snapshot>(lead.frames()[i]))
                lastSnapshot = i;
            if (std::holds_alternative<protocol::Events>(lead.frames()[i]))
                firstEvents = std::min(firstEvents, i);
        }
        QVERIFY(std::holds_alternative<protocol::Welcome>(lead.frames().front()));
        QVERIFY(burst.front().first > lastSnapshot);
        // The welcome's set: the facts frames up to the first `complete` one, all before any live
        // event (a live change may follow it at once, before the events frame).
        const auto setEnd = std::find_if(burst.begin(), burst.end(), [](const auto &f) { return f.second.complete; });
        QVERIFY2(setEnd != burst.end(), "the welcome's facts never said they were complete");
        QVERIFY(setEnd->first < firstEvents);
        std::vector<std::string> listed;
        qint64 todays = 0;
        const std::string todayText = today().toString(Qt::ISODate).toStdString();
        for (auto it = burst.begin(); it != setEnd + 1; ++it) {
            const protocol::Facts &facts = it->second;
            listed.insert(listed.end(), facts.days.begin(), facts.days.end());
            for (const auto &row : facts.rows)
                todays += row.day == todayText ? row.counts.conversations : 0;
        }
        QCOMPARE(listed.size(), std::size_t(180));
        QCOMPARE(listed.front(), today().addDays(-179).toString(Qt::ISODate).toStdString());
        QCOMPARE(listed.back(), todayText);
        QVERIFY(todays > 0);

        // Then only the days that change, as the traffic goes on.
        const std::size_t seen = burst.size();
        QVERIFY2(lead.waitFor([&] { return factsFrames(lead).size() > seen; }), "no live facts frame");
        const protocol::Facts live = factsFrames(lead).back().second;
        QCOMPARE(live.days, std::vector<std::string> {todayText});
        QVERIFY(live.asOf > burst.front().second.asOf);

        QVERIFY(live.complete);

        // A console that holds the facts as of a complete set gets only what changed since.
        ::testing::StreamClient resumed;
        QVERIFY(resumed.connectTo(port));
        protocol::Hello since = hello(signIn(server.url(), QStringLiteral("supervisor")), true);
        since.factsSince = live.asOf;
        resumed.send(since);
        QVERIFY(resumed.waitFor(
            [&] { return !factsFrames(resumed).empty() && factsFrames(resumed).back().second.complete; }));
        std::size_t resumedDays = 0;
        for (const auto &[index, facts] : factsFrames(resumed)) {
            resumedDays += facts.days.size();
            for (const std::string &day : facts.days)
                QCOMPARE(day, todayText); // only today's traffic changed anything
        }
        QVERIFY(resumedDays <= 1);

        // A supervisor who did not ask, and an agent who did, get none.
        ::testing::StreamClient silent;
        ::testing::StreamClient agent;
        QVERIFY(silent.connectTo(port) && agent.connectTo(port));
        silent.send(hello(signIn(server.url(), QStringLiteral("supervisor")), false));
        agent.send(hello(signIn(server.url(), QStringLiteral("agent")), true));
        QVERIFY(silent.waitFor([&] { return !silent.events().empty() && !agent.events().empty(); }));
        const std::size_t before = factsFrames(lead).size();
        QVERIFY(lead.waitFor([&] { return factsFrames(lead).size() > before; })); // a change went out meanwhile
        QVERIFY(factsFrames(silent).empty());
        QVERIFY(factsFrames(agent).empty());
        QCOMPARE(silent.undecodable() + agent.undecodable() + lead.undecodable(), 0);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestServerFacts)
#include "tst_serverfacts.moc"
