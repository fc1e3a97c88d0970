// One evaluator (issue 12, section 5): the decisions the reference server made on a history equal
// the console's replay of the same rules on the same cached history. The real server on loopback
// writes a demo past under the built-in rules (version 0), then decides live traffic under a
// published rule set (version 1) that holds refund answers back for approval; the console's real
// account runtime caches it all, live and from a snapshot, and common/tuning replays every turn.

#include "consolerig.h"
#include "restclient.h"
#include "serverlog.h"
#include "serverprocess.h"

#include "store/ruleturns.h"
#include "tuning/rulesetjson.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <chrono>

using namespace std::chrono_literals;
using namespace pilothouse;
using nlohmann::json;
namespace pt = pilothouse::testing;

namespace {

json post(const QUrl &server, const QString &token, const QString &path, const json &body, bool put = false)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QByteArray bytes = QByteArray::fromStdString(body.dump());
    const pt::HttpReply reply = pt::finish(put ? manager.put(request, bytes) : manager.post(request, bytes));
    json out = json::parse(reply.body.toStdString(), nullptr, false);
    out["status"] = reply.status;
    return out;
}

/// Rules that differ from the built-in set on most facts, so the replay is exercised beyond it.
json customRules()
{
    json doc = json::parse(tuning::toJson(tuning::defaultRuleSet()));
    const auto rule = [](const char *id, json when, const char *action, const char *reason, int priority) {
        return json {{"id", id}, {"name", id}, {"when", std::move(when)},
            {"then", {{"action", action}, {"reason", reason}, {"priority", priority}}}};
    };
    json extra = json::array({
        rule("refunds-wait",
            json::array({{{"fact", "text"}, {"op", "contains_any"}, {"value", {"refund*", "money back"}}}}),
            "draft_for_approval", "legal_or_policy", 2),
        rule("big-spenders-unsure",
            json::array({{{"fact", "lifetime_value"}, {"op", "at_or_above"}, {"value", 500}},
                {{"fact", "confidence"}, {"op", "below"}, {"value", 0.7}}}),
            "hand_over", "vip", 3),
        rule("sales-out-of-hours",
            json::array({{{"fact", "kind"}, {"op", "in"}, {"value", {"sales"}}},
                {{"fact", "business_hours"}, {"op", "is"}, {"value", false}}}),
            "hand_over", "low_confidence", 1),
        rule("quick-loop",
            json::array({{{"fact", "turns_without_progress"}, {"op", "at_or_above"}, {"value", 2}},
                {{"fact", "intent"}, {"op", "not_in"}, {"value", {"order_status"}}}}),
            "hand_over", "ai_looping", 1),
    });
    auto &rules = doc["rules"];
    rules.insert(rules.begin() + 2, extra.begin(), extra.end());
    doc["businessHours"]
        = {{"utcOffsetMinutes", 60}, {"days", {"mon", "tue", "wed"}}, {"opens", "08:00"}, {"closes", "12:00"}};
    return doc;
}

struct Replayed {
    int turns = 0;
    int mismatches = 0;
    std::map<qint64, int> byVersion;
    std::map<std::string, int> byRule;
    QStringList firstMismatches;
};

Replayed replay(const QString &cachePath)
{
    Replayed out;
    pt::withReadOnlyDatabase(cachePath, [&](QSqlDatabase &db) {
        const auto sets = models::ruleturns::ruleSets(db);
        for (const auto &turn : models::ruleturns::read(db, 0, std::numeric_limits<qint64>::max())) {
            ++out.turns;
            ++out.byVersion[turn.rulesVersion];
            const auto set = sets.find(turn.rulesVersion);
            const std::string decided = set == sets.end()
                ? std::string("(version unknown)")
                : tuning::evaluate(*set->second, models::ruleturns::factsOf(turn)).ruleId;
            ++out.byRule[decided];
            if (decided != turn.matched.toStdString()) {
                ++out.mismatches;
                if (out.firstMismatches.size() < 5)
                    out.firstMismatches << QStringLiteral("%1: server %2, replay %3 (v%4: \"%5\")")
                                               .arg(turn.replyId, turn.matched, QString::fromStdString(decided))
                                               .arg(turn.rulesVersion)
                                               .arg(QString::fromStdString(turn.text).left(80));
            }
        }
    });
    return out;
}

int count(const QString &cachePath, const QString &sql)
{
    int n = -1;
    pt::withReadOnlyDatabase(cachePath, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toInt();
    });
    return n;
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theConsoleReplaysWhatTheServerDecided()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        pt::ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--history-days"), QStringLiteral("2"),
                         QStringLiteral("--simulate"), QStringLiteral("400"), QStringLiteral("--seed"),
                         QStringLiteral("12")}),
            qPrintable(server.errorString()));
        const QString token = pt::signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
        QVERIFY(!token.isEmpty());

        // A console that follows live: the demo past arrives in its snapshot, version 1 as an event.
        const QString livePath = dir.filePath(QStringLiteral("live/cache.sqlite"));
        pt::ConsoleRig live(livePath, net::Backoff(100ms, 1000ms));
        live.start(server.url(), token);
        QTRY_VERIFY_WITH_TIMEOUT(!live.welcomes.isEmpty(), 20000);

        const json saved = post(server.url(), token, QStringLiteral("/api/v1/config/rules/draft"),
            {{"revision", 0}, {"body", customRules()}}, true);
        QCOMPARE(saved["status"].get<int>(), 200);
        const json published = post(server.url(), token, QStringLiteral("/api/v1/config/rules/publish"),
            {{"revision", 1}, {"note", "replay test"}});
        QCOMPARE(published["status"].get<int>(), 200);
        QCOMPARE(published["version"].get<int>(), 1);

        // Live traffic decided by version 1, until a good number of its turns are cached.
        const QString v1Turns
            = QStringLiteral("SELECT COUNT(*) FROM messages WHERE json_extract(rule_inputs, '$.version') = 1");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                live.settle();
                return count(livePath, v1Turns) >= 60;
            }(),
            90000);
        live.account.stop();
        QCOMPARE(server.stop(), 0);

        QCOMPARE(count(livePath, QStringLiteral("SELECT COUNT(*) FROM config_versions WHERE document = 'rules'")), 2);
        Replayed first = replay(livePath);
        qInfo("live cache: %d turns replayed (version 0: %d, version 1: %d), %d mismatches", first.turns,
            first.byVersion[0], first.byVersion[1], first.mismatches);
        for (const auto &[rule, n] : first.byRule)
            qInfo("  %-26s %d", rule.empty() ? "(the AI answered)" : rule.c_str(), n);
        QVERIFY2(first.mismatches == 0, qPrintable(first.firstMismatches.join(u'\n')));
        QVERIFY(first.byVersion[0] >= 100);
        QVERIFY(first.byVersion[1] >= 60);
        // The replay met the custom rules, not only the built-in ones.
        QVERIFY(first.byRule["refunds-wait"] + first.byRule["big-spenders-unsure"] + first.byRule["quick-loop"]
                + first.byRule["sales-out-of-hours"]
            > 0);
        // A held answer is an AI note: the customer never saw it.
        QCOMPARE(count(livePath,
                     QStringLiteral("SELECT COUNT(*) FROM messages WHERE author = 'ai' AND visibility = 'public'"
                                    " AND json_extract(rule_inputs, '$.matched') = 'refunds-wait'")),
            0);
        QCOMPARE(count(livePath,
                     QStringLiteral("SELECT COUNT(*) FROM messages WHERE author = 'ai' AND visibility = 'note'"
                                    " AND json_extract(rule_inputs, '$.matched') = 'refunds-wait'")),
            first.byRule["refunds-wait"]);

        // A console that learns it all from a snapshot: version 1 arrives in the snapshot's part 0.
        QVERIFY(server.start(dir.filePath(QStringLiteral("server")), {QStringLiteral("--demo")}));
        const QString freshPath = dir.filePath(QStringLiteral("fresh/cache.sqlite"));
        {
            pt::ConsoleRig fresh(freshPath, net::Backoff(100ms, 1000ms));
            fresh.start(server.url(), pt::signIn(server.url(), QStringLiteral("agent"), QStringLiteral("agent-demo")));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    fresh.settle();
                    return count(freshPath, v1Turns) >= 60;
                }(),
                30000);
            fresh.account.stop();
        }
        QCOMPARE(server.stop(), 0);
        QCOMPARE(
            count(freshPath, QStringLiteral("SELECT MAX(version) FROM config_versions WHERE document = 'rules'")), 1);
        const Replayed second = replay(freshPath);
        QVERIFY2(second.mismatches == 0, qPrintable(second.firstMismatches.join(u'\n')));
        QVERIFY(second.turns >= first.turns);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
