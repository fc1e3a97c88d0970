// The Rules page as a supervisor meets it (issue 12): the real console started offline on a cache
// written by the real write path, holding the built-in rule set's decisions and a published
// version 1 that hands refund talk to people. Alt+6 shows version 1 in force with its rules in
// words; the built-in set chosen with the keyboard is replayed against it over the cached history,
// and the replies that would be decided differently are listed. Offscreen, both themes, zero QML
// warnings; screenshots in the build folder (rules*.png).

#include "consoleqmlmodules.h"
#include "accountpaths.h"
#include "appoptions.h"
#include "console.h"
#include "qmltesting.h"
#include "shownconsole.h"

#include "credentials/tokenstore.h"
#include "rules/rulesmodel.h"
#include "store/eventapplier.h"
#include "store/localstore.h"
#include "tuning/rulesetjson.h"

#include <QApplication>
#include <QLocale>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace pilothouse;
using pilothouse::app::Console;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

namespace {

constexpr int kConversations = 30;

/// Version 1: the built-in set with a rule, after the guardrails, that hands refund talk to people.
std::string versionOne()
{
    nlohmann::json doc = nlohmann::json::parse(tuning::toJson(tuning::defaultRuleSet()));
    const nlohmann::json rule = {{"id", "refunds-to-people"}, {"name", "Refunds go to people"},
        {"when",
            nlohmann::json::array({{{"fact", "text"}, {"op", "contains_any"}, {"value", {"refund*"}}},
                {{"fact", "intent"}, {"op", "in"}, {"value", {"refund_status", "order_status"}}}})},
        {"then", {{"action", "hand_over"}, {"reason", "legal_or_policy"}, {"priority", 2}}}};
    doc["rules"].insert(doc["rules"].begin() + 2, rule);
    return doc.dump();
}

/// Thirty conversations of the last days; every third customer asks for a refund. Each AI reply
/// records what the built-in rules read and decided (the AI answered).
void fillCache(const QString &path)
{
    models::LocalStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    models::EventApplier applier(store);
    QVERIFY(applier.prepare());
    const protocol::Millis now = QDateTime::currentMSecsSinceEpoch();
    std::vector<protocol::Event> events;
    std::int64_t seq = 0;
    const auto push = [&](protocol::EventPayload payload) {
        protocol::Event e;
        e.seq = ++seq;
        e.epoch = "rules";
        e.id = "rules-" + std::to_string(seq);
        e.at = now;
        e.payload = std::move(payload);
        events.push_back(std::move(e));
    };
    push(protocol::ConfigPublished {
        "rules", 1, "lena", now - 3600'000, "Refunds need a person for now", {}, versionOne()});
    for (int i = 0; i < kConversations; ++i) {
        const std::string id = "cv-" + std::to_string(100 + i);
        protocol::Customer customer;
        customer.id = "cu-" + std::to_string(i);
        customer.name = "Customer " + std::to_string(i);
        customer.segment = "returning";
        push(customer);
        protocol::Conversation c;
        c.id = id;
        c.customerId = customer.id;
        c.intent = "order_status";
        c.createdAt = now - protocol::Millis(i) * 3 * 3600'000;
        c.lastMessageAt = c.createdAt + 3000;
        c.status = protocol::ConversationStatus::Resolved;
        c.closed = protocol::Closed {protocol::ResolveOutcome::Resolved, "ai", c.lastMessageAt};
        push(c);
        protocol::Message ask;
        ask.id = id + "-1";
        ask.conversationId = id;
        ask.author = protocol::Author::Customer;
        ask.text = i % 3 == 0 ? "I want a refund for order #4711, it arrived broken." : "Where is my order #4711?";
        ask.at = c.createdAt;
        push(ask);
        protocol::Message reply;
        reply.id = id + "-2";
        reply.conversationId = id;
        reply.author = protocol::Author::Ai;
        reply.text = "Let me check that for you.";
        reply.at = c.createdAt + 3000;
        reply.ai = protocol::AiAnnotation {"order_status", 0.9, 300, {}};
        reply.ai->rules = protocol::RuleInputs {0, 0.1, "en", false, false, std::nullopt, ""};
        push(reply);
    }
    QVERIFY2(applier.applyEvents(events), qPrintable(applier.errorString()));
}

} // namespace

class TestRulesPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { tests::setUpConsoleProcess(); }

    void versionsRulesAndADryRun()
    {
        tests::ShownConsole shown(u"lena"_s, fillCache);
        if (!shown.start())
            return;
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;
        QObject *content = window->contentItem();

        // Alt+6, offline: version 1 is in force, its ten rules in words, the built-in set below it.
        QTRY_VERIFY(findByName(content, u"rulesPageTab"_s));
        QTest::keyClick(window, Qt::Key_6, Qt::AltModifier);
        QTRY_VERIFY(findByName(content, u"rulesPage"_s));
        models::RulesModel *rules = console.rules();
        QTRY_VERIFY(rules->loaded());
        QCOMPARE(rules->inForceVersion(), 1);
        QCOMPARE(rules->versions().size(), 2);
        QCOMPARE(rules->rowCount(), 10);
        QTRY_COMPARE(findByName(content, u"ruleList"_s)->property("count").toInt(), 10);
        QCOMPARE(findByName(content, u"ruleSetTitle"_s)->property("text").toString(),
            u"Escalation rules: Version 1, in force"_s);
        QCOMPARE(rules->data(rules->index(2), models::RulesModel::WhenRole).toString(),
            u"The message contains \u201Crefund*\u201D and intent is Refund status or Order status"_s);
        QCOMPARE(rules->data(rules->index(2), models::RulesModel::ThenRole).toString(),
            u"Hand over: Legal or policy, high"_s);
        QCOMPARE(rules->data(rules->index(9), models::RulesModel::WhenRole).toString(), u"Confidence below 45 %"_s);
        QVERIFY(!rules->canDryRun()); // the version in force against itself compares nothing
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/rules.png"));

        // Down in the versions list: the built-in set, replayed against version 1 over 30 days.
        auto *versions = qobject_cast<QQuickItem *>(findByName(content, u"ruleVersions"_s));
        QVERIFY(versions);
        versions->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_COMPARE(rules->selectedVersion(), 0);
        QTRY_COMPARE(findByName(content, u"ruleList"_s)->property("count").toInt(), 9);
        QVERIFY(rules->canDryRun());
        QCOMPARE(rules->changesTitle(), u"Compared with the rules in force: 1 change"_s);
        QCOMPARE(
            rules->changes(), QStringList {u"Rule \u201CRefunds go to people\u201D removed (it was at position 3)"_s});
        auto *run = qobject_cast<QQuickItem *>(findByName(content, u"dryRunButton"_s));
        QVERIFY(run && run->isEnabled());
        QMetaObject::invokeMethod(run, "clicked");
        QTRY_VERIFY(rules->hasResult());
        // Ten of the thirty asked for a refund: version 1 hands them over, the built-in set would not.
        QCOMPARE(rules->resultSummary(), u"Hand-offs: 10 \u2192 0 (10 fewer)"_s);
        QCOMPARE(rules->flips().size(), 10);
        const QVariantMap flip = rules->flips().constFirst().toMap();
        QCOMPARE(flip.value(u"change"_s).toString(), u"Would no longer hand over"_s);
        QCOMPARE(flip.value(u"before"_s).toString(), u"Refunds go to people: Hand over: Legal or policy, high"_s);
        QCOMPARE(flip.value(u"after"_s).toString(), u"The AI answers"_s);
        // The rule trace: every rule in order, what held and what decided, condition by condition.
        const QStringList now = flip.value(u"traceNow"_s).toStringList();
        QCOMPARE(now.size(), 10);
        QCOMPARE(now.at(0), u"1. Self-harm or a risk to life: does not hold (\u2717 built-in detector)"_s);
        QCOMPARE(now.at(2),
            u"3. Refunds go to people: holds and decides (\u2713 the message contains \u201Crefund*\u201D; "
            "\u2713 intent is Refund status or Order status)"_s);
        QCOMPARE(now.at(9), u"10. The AI is unsure: does not hold (\u2717 confidence below 45 %)"_s);
        QCOMPARE(flip.value(u"traceThen"_s).toStringList().size(), 9);
        QCOMPARE(findByName(content, u"dryRunFlips"_s)->property("count").toInt(), 10);
        for (bool dark : {false, true}) {
            console.setDarkTheme(dark);
            QTest::qWait(250);
            window->grabWindow().save(
                QStringLiteral(PNG_DIR "/") + (dark ? u"dark-"_s : QString()) + u"rules-dryrun.png"_s);
        }
        console.setDarkTheme(false);
        // The first flip's trace, opened as a user opens it.
        QQuickItem *toggle = pilothouse::tests::findVisibleByName(window->contentItem(), u"flipTraceToggle"_s);
        QVERIFY(toggle);
        QCOMPARE(toggle->property("text").toString(), u"Show the rule trace"_s);
        QMetaObject::invokeMethod(toggle, "clicked");
        QQuickItem *shownTrace = nullptr;
        QTRY_VERIFY((shownTrace = pilothouse::tests::findVisibleByName(window->contentItem(), u"flipTrace"_s)));
        QVERIFY(shownTrace->property("text").toString().contains(u"3. Refunds go to people: holds and decides"_s));
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/rules-trace.png"));

        // A flip opens its conversation; the AI reply says which rules decided it, and that
        // line leads back here, to those rules.
        const QString conversationId = flip.value(u"conversationId"_s).toString();
        QObject *page = findByName(content, u"rulesPage"_s);
        QVERIFY(QMetaObject::invokeMethod(page, "conversationRequested", Q_ARG(QString, conversationId)));
        QTRY_VERIFY(findByName(content, u"workspacePageTab"_s)->property("checked").toBool());
        QTRY_COMPARE(findByName(content, u"conversationView"_s)->property("conversationId").toString(), conversationId);
        QQuickItem *decidedBy = nullptr;
        QTRY_VERIFY((decidedBy = pilothouse::tests::findVisibleByName(window->contentItem(), u"replyRules"_s)));
        QCOMPARE(decidedBy->property("text").toString(), u"Decided by the built-in rules"_s);
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/rules-transcript.png"));
        rules->setSelectedVersion(1);
        QTest::mouseClick(window, Qt::LeftButton, {},
            decidedBy->mapToScene(QPointF(decidedBy->width() / 2, decidedBy->height() / 2)).toPoint());
        QTRY_VERIFY(findByName(content, u"rulesPageTab"_s)->property("checked").toBool());
        QCOMPARE(rules->selectedVersion(), 0);

        // The narrowest window the console supports still shows every part of the page.
        window->resize(800, 640);
        QTest::qWait(250);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/rules-800.png"));

        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
