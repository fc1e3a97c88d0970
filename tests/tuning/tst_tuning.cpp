// The escalation rule set as a supervisor writes it and as the agent and the dry run evaluate it
// (common/tuning, docs/config.md "Escalation rules").

#include "tuning/evaluator.h"
#include "tuning/guardrails.h"
#include "tuning/phrases.h"
#include "tuning/rulesetdiff.h"
#include "tuning/rulesetjson.h"
#include "tuning/words.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace pilothouse;
using namespace pilothouse::tuning;
using nlohmann::json;

namespace {

/// The built-in rule set as JSON, to edit in a test.
json defaults()
{
    return json::parse(toJson(defaultRuleSet()));
}

/// A rule set of the three guardrails, then `extra`.
json withRules(std::vector<json> extra)
{
    json doc = defaults();
    json rules = json::array();
    for (const auto &rule : doc["rules"])
        if (rule.contains("guardrail"))
            rules.push_back(rule);
    for (auto &rule : extra)
        rules.push_back(std::move(rule));
    doc["rules"] = rules;
    return doc;
}

json rule(const std::string &id, json when, const std::string &reason = "vip", int priority = 3)
{
    return {{"id", id}, {"name", id}, {"when", std::move(when)},
        {"then", {{"action", "hand_over"}, {"reason", reason}, {"priority", priority}}}};
}

RuleSet parsed(const json &doc)
{
    auto result = parseRuleSet(doc.dump());
    if (auto *errors = std::get_if<std::vector<FieldError>>(&result)) {
        for (const auto &e : *errors)
            qWarning("%s: %s (%s)", e.field.c_str(), e.message.c_str(), e.code.c_str());
        return {};
    }
    return std::get<RuleSet>(std::move(result));
}

/// field -> code of every error.
std::map<std::string, std::string> problems(const json &doc)
{
    std::map<std::string, std::string> out;
    auto result = parseRuleSet(doc.dump());
    if (auto *errors = std::get_if<std::vector<FieldError>>(&result)) {
        for (const auto &e : *errors) {
            if (e.message.empty())
                qWarning("no message for %s", e.field.c_str());
            out[e.field] = e.code;
        }
    }
    return out;
}

/// A calm, confident English turn that no built-in rule hands over.
TurnFacts calm(std::string_view text = "Where is my order?")
{
    TurnFacts facts;
    facts.confidence = 0.9;
    facts.sentiment = 0.1;
    facts.intent = "order_status";
    facts.segment = "returning";
    facts.lifetimeValueCents = 50000;
    facts.language = "en";
    facts.text = text;
    facts.turnsWithoutProgress = 1;
    facts.atMs = 1764000000000; // Monday 2025-11-24 16:00 UTC
    return facts;
}

std::string decidedBy(const RuleSet &rules, const TurnFacts &facts)
{
    return evaluate(rules, facts).ruleId;
}

} // namespace

class TestTuning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInRulesValidateAndRoundTrip()
    {
        const std::string text = toJson(defaultRuleSet());
        auto again = parseRuleSet(text);
        QVERIFY(std::holds_alternative<RuleSet>(again));
        QCOMPARE(toJson(std::get<RuleSet>(again)), text);
        QCOMPARE(defaultRuleSet().rules.size(), std::size_t(9));
    }

    void builtInRulesDecideAsTheAgentAlwaysDid_data()
    {
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("sentiment");
        QTest::addColumn<bool>("vip");
        QTest::addColumn<int>("turns");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("calm") << 0.9 << 0.1 << false << 1 << "Where is my order?"
                              << "";
        QTest::newRow("unsure at 0.449") << 0.449 << 0.1 << false << 1 << "hm"
                                         << "low-confidence";
        QTest::newRow("sure at 0.45") << 0.45 << 0.1 << false << 1 << "hm"
                                      << "";
        QTest::newRow("angry at -0.6") << 0.9 << -0.6 << false << 1 << "bad"
                                       << "negative-sentiment";
        QTest::newRow("cross at -0.59") << 0.9 << -0.59 << false << 1 << "bad"
                                        << "";
        QTest::newRow("unhappy vip at -0.5") << 0.9 << -0.5 << true << 1 << "bad"
                                             << "vip-negative-sentiment";
        QTest::newRow("vip at -0.49") << 0.9 << -0.49 << true << 1 << "bad"
                                      << "";
        QTest::newRow("loop of 3") << 0.9 << 0.1 << false << 3 << "again"
                                   << "ai-looping";
        QTest::newRow("loop of 2") << 0.9 << 0.1 << false << 2 << "again"
                                   << "";
        QTest::newRow("person") << 0.9 << 0.1 << false << 1 << "Can I talk to a real person?"
                                << "asked-for-human";
        QTest::newRow("lawyer beats person") << 0.9 << 0.1 << false << 1 << "My lawyer wants a real person"
                                             << "legal-threat";
        QTest::newRow("self-harm first") << 0.2 << -0.9 << true << 5 << "I want to kill myself, get me a human"
                                         << "self-harm";
    }
    void builtInRulesDecideAsTheAgentAlwaysDid()
    {
        QFETCH(double, confidence);
        QFETCH(double, sentiment);
        QFETCH(bool, vip);
        QFETCH(int, turns);
        QFETCH(QString, text);
        QFETCH(QString, rule);
        const std::string words = text.toStdString();
        TurnFacts facts = calm(words);
        facts.confidence = confidence;
        facts.sentiment = sentiment;
        facts.vip = vip;
        facts.turnsWithoutProgress = turns;
        QCOMPARE(QString::fromStdString(decidedBy(defaultRuleSet(), facts)), rule);
    }

    void everyFactAtBelowAndAboveItsLimit_data()
    {
        QTest::addColumn<QByteArray>("condition");
        QTest::addColumn<QByteArray>("facts"); // a JSON object of TurnFacts members to set
        QTest::addColumn<bool>("holds");
        const auto row = [](const char *name, const char *condition, const char *facts, bool holds) {
            QTest::newRow(name) << QByteArray(condition) << QByteArray(facts) << holds;
        };
        row("confidence below, under", R"({"fact":"confidence","op":"below","value":0.6})", R"({"confidence":0.59})",
            true);
        row("confidence below, at", R"({"fact":"confidence","op":"below","value":0.6})", R"({"confidence":0.6})",
            false);
        row("confidence at_or_below, at", R"({"fact":"confidence","op":"at_or_below","value":0.6})",
            R"({"confidence":0.6})", true);
        row("sentiment above, over", R"({"fact":"sentiment","op":"above","value":0.5})", R"({"sentiment":0.51})", true);
        row("sentiment above, at", R"({"fact":"sentiment","op":"above","value":0.5})", R"({"sentiment":0.5})", false);
        row("ltv at_or_above, at", R"({"fact":"lifetime_value","op":"at_or_above","value":1000})", R"({"ltv":100000})",
            true);
        row("ltv at_or_above, a cent under", R"({"fact":"lifetime_value","op":"at_or_above","value":1000})",
            R"({"ltv":99999})", false);
        row("order value above, over", R"({"fact":"order_value","op":"above","value":200})", R"({"order":20001})",
            true);
        row("order value above, at", R"({"fact":"order_value","op":"above","value":200})", R"({"order":20000})", false);
        row("order value, no order", R"({"fact":"order_value","op":"below","value":200})", R"({})", false);
        row("turns at_or_above, at", R"({"fact":"turns_without_progress","op":"at_or_above","value":2})",
            R"({"turns":2})", true);
        row("turns at_or_above, under", R"({"fact":"turns_without_progress","op":"at_or_above","value":2})",
            R"({"turns":1})", false);
        row("intent in", R"({"fact":"intent","op":"in","value":["refund","cancel_order"]})", R"({"intent":"refund"})",
            true);
        row("intent not in", R"({"fact":"intent","op":"not_in","value":["refund"]})", R"({"intent":"refund"})", false);
        row("segment in", R"({"fact":"segment","op":"in","value":["business"]})", R"({"segment":"business"})", true);
        row("segment in, other", R"({"fact":"segment","op":"in","value":["business"]})", R"({"segment":"new"})", false);
        row("language in", R"({"fact":"language","op":"in","value":["fr","de"]})", R"({"language":"fr"})", true);
        row("language not in", R"({"fact":"language","op":"not_in","value":["fr","de"]})", R"({"language":"fr"})",
            false);
        row("channel in", R"({"fact":"channel","op":"in","value":["email"]})", R"({"channel":"email"})", true);
        row("channel in, chat", R"({"fact":"channel","op":"in","value":["email"]})", R"({})", false);
        row("kind in", R"({"fact":"kind","op":"in","value":["sales"]})", R"({"kind":"sales"})", true);
        row("vip is true", R"({"fact":"vip","op":"is","value":true})", R"({"vip":true})", true);
        row("vip is false", R"({"fact":"vip","op":"is","value":false})", R"({"vip":true})", false);
        row("text phrase", R"({"fact":"text","op":"contains_any","value":["cancel my account"]})",
            R"({"text":"Please CANCEL my account now"})", true);
        row("text phrase out of order", R"({"fact":"text","op":"contains_any","value":["cancel my account"]})",
            R"({"text":"my account, cancel it"})", false);
        row("text prefix", R"({"fact":"text","op":"contains_any","value":["refund*"]})",
            R"({"text":"I was never refunded"})", true);
        row("text whole word", R"({"fact":"text","op":"contains_any","value":["refund"]})",
            R"({"text":"I was never refunded"})", false);
        row("text accents", R"({"fact":"text","op":"contains_any","value":["remboursé"]})",
            "{\"text\":\"Je n'ai pas été REMBOURSÉ\"}", true);
        row("text cyrillic", R"({"fact":"text","op":"contains_any","value":["возврат"]})",
            R"({"text":"Где мой ВОЗВРАТ?"})", true);
        row("asked for human, words", R"({"fact":"asked_for_human","op":"is","value":true})",
            R"({"text":"get me a supervisor"})", true);
        row("asked for human, intent", R"({"fact":"asked_for_human","op":"is","value":true})",
            R"({"intent":"human_request","confidence":0.45})", true);
        row("asked for human, unsure intent", R"({"fact":"asked_for_human","op":"is","value":true})",
            R"({"intent":"human_request","confidence":0.44})", false);
        row("legal threat", R"({"fact":"legal_threat","op":"is","value":true})",
            R"({"text":"I will file a chargeback"})", true);
        row("self harm", R"({"fact":"self_harm","op":"is","value":true})", R"({"text":"I want to end my life"})", true);
        row("tool failed", R"({"fact":"tool_failed","op":"is","value":true})", R"({"toolFailed":true})", true);
        row("missing knowledge", R"({"fact":"missing_knowledge","op":"is","value":true})",
            R"({"missingKnowledge":true})", true);
        // Monday 2025-11-24 16:00 UTC is inside 09:00-17:00 UTC, outside it at +120 (18:00).
        row("business hours, inside", R"({"fact":"business_hours","op":"is","value":true})", R"({})", true);
        row("business hours, saturday", R"({"fact":"business_hours","op":"is","value":false})",
            R"({"at":1764432000000})", true);
    }
    void everyFactAtBelowAndAboveItsLimit()
    {
        QFETCH(QByteArray, condition);
        QFETCH(QByteArray, facts);
        QFETCH(bool, holds);
        const RuleSet rules
            = parsed(withRules({rule("the-rule", json::array({json::parse(condition.toStdString())}))}));
        QVERIFY(!rules.rules.empty());
        const json set = json::parse(facts.toStdString());
        std::string text = set.value("text", std::string("Where is my order?"));
        TurnFacts turn = calm(text);
        turn.confidence = set.value("confidence", turn.confidence);
        turn.sentiment = set.value("sentiment", turn.sentiment);
        turn.lifetimeValueCents = set.value("ltv", turn.lifetimeValueCents);
        if (set.contains("order"))
            turn.orderValueCents = set["order"].get<std::int64_t>();
        turn.turnsWithoutProgress = set.value("turns", turn.turnsWithoutProgress);
        turn.intent = set.value("intent", turn.intent);
        turn.segment = set.value("segment", turn.segment);
        turn.language = set.value("language", turn.language);
        if (set.value("channel", "") == "email")
            turn.channel = protocol::Channel::Email;
        if (set.value("kind", "") == "sales")
            turn.kind = protocol::ConversationKind::Sales;
        turn.vip = set.value("vip", false);
        turn.toolFailed = set.value("toolFailed", false);
        turn.missingKnowledge = set.value("missingKnowledge", false);
        turn.atMs = set.value("at", turn.atMs);
        std::vector<RuleOutcome> trace;
        const Decision decision = evaluate(rules, turn, &trace);
        const bool decidedByTheRule = decision.ruleId == "the-rule";
        // The guardrails come first; none of these texts is one, except where the row says so.
        const bool guardrail = decision.decided() && !decidedByTheRule;
        QCOMPARE(trace.back().matched, holds);
        if (!guardrail)
            QCOMPARE(decidedByTheRule, holds);
    }

    void precedenceAndTrace()
    {
        const RuleSet rules = parsed(withRules({
            rule(
                "first", json::array({{{"fact", "confidence"}, {"op", "below"}, {"value", 0.8}}}), "low_confidence", 1),
            rule("second", json::array({{{"fact", "confidence"}, {"op", "below"}, {"value", 0.9}}}), "vip", 3),
        }));
        TurnFacts turn = calm();
        turn.confidence = 0.5;
        std::vector<RuleOutcome> trace;
        const Decision decision = evaluate(rules, turn, &trace);
        QCOMPARE(decision.ruleId, std::string("first"));
        QCOMPARE(decision.action.priority, 1);
        QCOMPARE(trace.size(), rules.rules.size()); // every rule, in order, even after the decision
        QVERIFY(trace[3].matched);
        QVERIFY(trace[4].matched);
        QCOMPARE(trace[4].conditions, std::vector<bool>({true}));

        // Switched off, the first rule no longer decides; the trace says it did not run.
        json doc = json::parse(toJson(rules));
        doc["rules"][3]["enabled"] = false;
        const RuleSet off = parsed(doc);
        QCOMPARE(evaluate(off, turn, &trace).ruleId, std::string("second"));
        QVERIFY(!trace[3].enabled);
        QVERIFY(!trace[3].matched);

        // Moved below the second, it loses.
        doc = json::parse(toJson(rules));
        std::swap(doc["rules"][3], doc["rules"][4]);
        QCOMPARE(decidedBy(parsed(doc), turn), std::string("second"));

        // A guardrail can move down the list, below a rule that now decides first.
        doc = json::parse(toJson(rules));
        json guard = doc["rules"][0];
        QCOMPARE(guard.value("guardrail", ""), std::string("self_harm"));
        doc["rules"].erase(0);
        doc["rules"].push_back(guard);
        TurnFacts harm = calm("I want to end my life");
        harm.confidence = 0.5;
        QCOMPARE(decidedBy(parsed(doc), harm), std::string("first"));
        QCOMPARE(decidedBy(rules, harm), std::string("self-harm"));
    }

    void draftForApproval()
    {
        json r = rule("refunds-wait", json::array({{{"fact", "intent"}, {"op", "in"}, {"value", {"refund"}}}}));
        r["then"]["action"] = "draft_for_approval";
        const RuleSet rules = parsed(withRules({r}));
        TurnFacts turn = calm();
        turn.intent = "refund";
        const Decision decision = evaluate(rules, turn);
        QCOMPARE(decision.ruleId, std::string("refunds-wait"));
        QVERIFY(decision.action.kind == ActionKind::DraftForApproval);
    }

    void validationNamesEveryBadField()
    {
        json doc = withRules({
            rule("ok", json::array({{{"fact", "confidence"}, {"op", "below"}, {"value", 0.5}}})),
            rule("Bad Id", json::array({{{"fact", "confidence"}, {"op", "below"}, {"value", 1.5}}})),
            rule("ok", json::array({{{"fact", "colour"}, {"op", "is"}, {"value", true}}})),
            rule("ops",
                json::array({{{"fact", "vip"}, {"op", "below"}, {"value", 1}},
                    {{"fact", "channel"}, {"op", "in"}, {"value", {"fax"}}},
                    {{"fact", "text"}, {"op", "contains_any"}, {"value", {"re*und", "ok", "ok"}}},
                    {{"fact", "turns_without_progress"}, {"op", "above"}, {"value", 2.5}}})),
            {{"id", "no-when"}, {"name", "x"},
                {"then", {{"action", "escalate"}, {"reason", "bored"}, {"priority", 4}}}},
        });
        doc["rules"][0]["enabled"] = false; // a guardrail
        doc["rules"][1]["when"] = json::array({{{"fact", "vip"}, {"op", "is"}, {"value", true}}});
        doc["colour"] = "red";
        doc["businessHours"]
            = {{"days", {"mon", "mon", "someday"}}, {"opens", "18:00"}, {"closes", "09:00"}, {"utcOffsetMinutes", 900}};
        const auto found = problems(doc);
        const std::map<std::string, std::string> expected {
            {"colour", "unknown_field"},
            {"rules[0].enabled", "guardrail_changed"},
            {"rules[1].when", "guardrail_changed"},
            {"rules[4].id", "out_of_range"},
            {"rules[4].when[0].value", "out_of_range"},
            {"rules[5].id", "duplicate"},
            {"rules[5].when[0].fact", "unknown_value"},
            {"rules[6].when[0].op", "unknown_value"},
            {"rules[6].when[1].value[0]", "unknown_value"},
            {"rules[6].when[2].value[0]", "out_of_range"},
            {"rules[6].when[2].value[2]", "duplicate"},
            {"rules[6].when[3].value", "out_of_range"},
            {"rules[7].when", "required"},
            {"rules[7].then.action", "unknown_value"},
            {"rules[7].then.reason", "unknown_value"},
            {"rules[7].then.priority", "out_of_range"},
            {"businessHours.utcOffsetMinutes", "out_of_range"},
            {"businessHours.days[1]", "duplicate"},
            {"businessHours.days[2]", "unknown_value"},
            {"businessHours.closes", "out_of_range"},
        };
        for (const auto &[field, code] : expected) {
            const auto it = found.find(field);
            QVERIFY2(it != found.end(), ("no error for " + field).c_str());
            QCOMPARE(QString::fromStdString(it->second), QString::fromStdString(code));
        }
        QCOMPARE(found.size(), expected.size());
    }

    void guardrailsCannotBeRemoved()
    {
        json doc = defaults();
        doc["rules"].erase(3); // asked-for-human
        QCOMPARE(problems(doc), (std::map<std::string, std::string> {{"rules", "guardrail_missing"}}));
        doc = defaults();
        doc["rules"].push_back(doc["rules"][0]);
        doc["rules"].back()["id"] = "again";
        QCOMPARE(problems(doc), (std::map<std::string, std::string> {{"rules[9].guardrail", "duplicate"}}));
        doc = defaults();
        doc["rules"][0]["then"]["action"] = "draft_for_approval";
        QCOMPARE(problems(doc), (std::map<std::string, std::string> {{"rules[0].then.action", "guardrail_changed"}}));
        doc = defaults();
        doc["rules"][0]["then"]["priority"] = 1; // its priority is the supervisor's to choose
        QVERIFY(problems(doc).empty());
    }

    void limitsAtBelowAndAbove()
    {
        const json condition = {{"fact", "confidence"}, {"op", "below"}, {"value", 0.5}};
        // Rules: 3 guardrails + 61 = 64 is the limit.
        std::vector<json> many;
        for (int i = 0; i < 61; ++i)
            many.push_back(rule("r" + std::to_string(i), json::array({condition})));
        QVERIFY(problems(withRules(many)).empty());
        many.push_back(rule("one-more", json::array({condition})));
        QCOMPARE(problems(withRules(many)), (std::map<std::string, std::string> {{"rules", "too_many"}}));

        json conditions = json::array();
        for (std::size_t i = 0; i < kMaxConditionsPerRule; ++i)
            conditions.push_back(condition);
        QVERIFY(problems(withRules({rule("c", conditions)})).empty());
        conditions.push_back(condition);
        QCOMPARE(problems(withRules({rule("c", conditions)})),
            (std::map<std::string, std::string> {{"rules[3].when", "too_many"}}));

        json phrases = json::array();
        for (std::size_t i = 0; i < kMaxValuesPerCondition; ++i)
            phrases.push_back("word" + std::to_string(i));
        const auto textRule = [](const json &values) {
            return rule("t", json::array({{{"fact", "text"}, {"op", "contains_any"}, {"value", values}}}));
        };
        QVERIFY(problems(withRules({textRule(phrases)})).empty());
        phrases.push_back("one more");
        QCOMPARE(problems(withRules({textRule(phrases)})),
            (std::map<std::string, std::string> {{"rules[3].when[0].value", "too_many"}}));

        QVERIFY(problems(withRules({textRule({"a b c d e f g h"})})).empty());
        QCOMPARE(problems(withRules({textRule({"a b c d e f g h i"})})),
            (std::map<std::string, std::string> {{"rules[3].when[0].value[0]", "out_of_range"}}));
        QVERIFY(problems(withRules({textRule({std::string(kMaxPhraseBytes, 'x')})})).empty());
        QCOMPARE(problems(withRules({textRule({std::string(kMaxPhraseBytes + 1, 'x')})})),
            (std::map<std::string, std::string> {{"rules[3].when[0].value[0]", "out_of_range"}}));
    }

    void malformedDocuments()
    {
        for (const char *text : {"", "{", "[]", "null", R"({"schema":1,"rules":[],"rules":[]})", "{\"schema\":2}"}) {
            auto result = parseRuleSet(text);
            QVERIFY2(std::holds_alternative<std::vector<FieldError>>(result), text);
            QVERIFY(!std::get<std::vector<FieldError>>(result).front().message.empty());
        }
        std::string deep(100000, '[');
        QVERIFY(std::holds_alternative<std::vector<FieldError>>(parseRuleSet(deep)));
    }

    void guardrailsReadFiveLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("which"); // 0 person, 1 legal, 2 self-harm, -1 none
        QTest::newRow("en person") << "I need to speak to someone" << 0;
        QTest::newRow("fr person") << "Je veux parler à quelqu'un, un conseiller SVP" << 0;
        QTest::newRow("de person") << "Ich will mit einem echten Menschen reden" << 0;
        QTest::newRow("es person") << "Quiero hablar con alguien ya" << 0;
        QTest::newRow("ru person") << "Позовите ОПЕРАТОРА" << 0;
        QTest::newRow("en legal") << "I'll take you to court" << 1;
        QTest::newRow("fr legal") << "Mon avocat vous contactera" << 1;
        QTest::newRow("de legal") << "Ich werde Sie verklagen" << 1;
        QTest::newRow("es legal") << "Voy a llamar a mi abogado" << 1;
        QTest::newRow("ru legal") << "Я подам в суд" << 1;
        QTest::newRow("en harm") << "honestly I want to die" << 2;
        QTest::newRow("fr harm") << "j'ai envie de mourir" << 2;
        QTest::newRow("de harm") << "ich denke an Selbstmord" << 2;
        QTest::newRow("es harm") << "quiero morir" << 2;
        QTest::newRow("ru harm") << "Я не хочу жить" << 2;
        QTest::newRow("en calm") << "Where is order 12345?" << -1;
        QTest::newRow("avocado is not a lawyer") << "Do you sell avocado green boots?" << -1;
    }
    void guardrailsReadFiveLanguages()
    {
        QFETCH(QString, text);
        QFETCH(int, which);
        const auto words = splitWords(text.toStdString());
        QCOMPARE(asksForHuman(words), which == 0);
        QCOMPARE(mentionsLegalThreat(words), which == 1);
        QCOMPARE(mentionsSelfHarm(words), which == 2);
    }

    void patternsCannotMakeMatchingSlow()
    {
        // What a careless or hostile supervisor could type: a hundred near-miss phrases of eight
        // words each, all prefixes of the one word a long message repeats.
        std::vector<std::string> phrases;
        for (std::size_t i = 0; i < kMaxPhrasesPerCondition; ++i)
            phrases.push_back("a* a* a* a* a* a* a* b" + std::to_string(i));
        for (const auto &phrase : phrases)
            QVERIFY(PhraseSet::problemWith(phrase).empty());
        const PhraseSet set(phrases);
        std::string text;
        for (int i = 0; i < 100000; ++i)
            text += "aaaa ";
        const auto words = splitWords(text, true, kMaxTextWords);
        QCOMPARE(words.size(), kMaxTextWords); // the rest of the message is not read
        std::uint64_t comparisons = 0;
        QVERIFY(!set.matchesAny(words, &comparisons));
        // Linear in the words read: at most words x phrases x words per phrase.
        QVERIFY(comparisons <= kMaxTextWords * kMaxPhrasesPerCondition * kMaxWordsPerPhrase);
        QVERIFY(comparisons > 0);

        // Through the evaluator too, with the message's words read once for every rule.
        json phraseList = json::array();
        for (const auto &phrase : phrases)
            phraseList.push_back(phrase);
        std::vector<json> rules;
        for (int i = 0; i < 20; ++i)
            rules.push_back(rule("p" + std::to_string(i),
                json::array({{{"fact", "text"}, {"op", "contains_any"}, {"value", phraseList}}})));
        const RuleSet set2 = parsed(withRules(rules));
        QCOMPARE(set2.rules.size(), std::size_t(23));
        QVERIFY(!evaluate(set2, calm(text)).decided());
    }

    void phrasesThatCannotMeanAnything()
    {
        QVERIFY(!PhraseSet::problemWith("*").empty());
        QVERIFY(!PhraseSet::problemWith("re*und").empty());
        QVERIFY(!PhraseSet::problemWith("   ").empty());
        QVERIFY(!PhraseSet::problemWith("?!").empty());
        QVERIFY(PhraseSet::problemWith("refund* now").empty());
    }

    void turnsWithoutProgressCountsTheAiLoop()
    {
        using protocol::Author;
        const std::vector<PastMessage> history {{Author::Customer, ""}, {Author::Ai, "refund"}, {Author::Customer, ""},
            {Author::Ai, "refund"}, {Author::Customer, ""}};
        QCOMPARE(turnsWithoutProgress(history, "refund"), 3);
        QCOMPARE(turnsWithoutProgress(history, "order_status"), 1);
        QCOMPARE(turnsWithoutProgress(history, "greeting_smalltalk"), 0);
        std::vector<PastMessage> broken = history;
        broken.insert(broken.begin() + 3, PastMessage {Author::Human, ""});
        QCOMPARE(turnsWithoutProgress(broken, "refund"), 2);
    }

    void businessHoursInOffsetAndDays()
    {
        BusinessHours hours; // Monday to Friday, 09:00 to 17:00 UTC
        const std::int64_t monday0900 = 1763974800000; // 2025-11-24 09:00 UTC
        QVERIFY(insideBusinessHours(hours, monday0900));
        QVERIFY(!insideBusinessHours(hours, monday0900 - 1));
        QVERIFY(insideBusinessHours(hours, monday0900 + 8 * 3600000 - 1));
        QVERIFY(!insideBusinessHours(hours, monday0900 + 8 * 3600000));
        hours.utcOffsetMinutes = 60; // 09:00 local is 08:00 UTC
        QVERIFY(insideBusinessHours(hours, monday0900 - 3600000));
        QVERIFY(!insideBusinessHours(hours, monday0900 + 7 * 3600000));
        hours = {};
        hours.utcOffsetMinutes = -300; // Sunday 23:00 in New York is Monday 04:00 UTC
        QVERIFY(!insideBusinessHours(hours, monday0900 - 5 * 3600000));
        QVERIFY(!insideBusinessHours(hours, -1)); // 1969-12-31 18:59 local, a Wednesday evening
    }

    void differencesRuleByRule()
    {
        const RuleSet base = parsed(defaults());
        QVERIFY(diff(base, base).empty());

        json doc = defaults();
        // ids in order: self-harm, legal-threat, vip-negative-sentiment, asked-for-human,
        // negative-sentiment, tool-failure, missing-knowledge, ai-looping, low-confidence
        std::swap(doc["rules"][5], doc["rules"][6]); // one of the two moves
        doc["rules"][4]["when"][0]["value"] = -0.5; // negative-sentiment: another threshold
        doc["rules"][8]["enabled"] = false; // low-confidence switched off
        doc["rules"].erase(7); // ai-looping removed
        doc["rules"].insert(doc["rules"].begin() + 2,
            json(rule("refunds", json::array({{{"fact", "text"}, {"op", "contains_any"}, {"value", {"refund*"}}}}))));
        doc["businessHours"]["opens"] = "08:00";
        const RuleSetDiff d = diff(base, parsed(doc));
        QVERIFY(d.businessHours);
        std::vector<std::string> seen;
        for (const RuleChange &c : d.rules) {
            const char *kind = c.kind == RuleChange::Kind::Added ? "+"
                : c.kind == RuleChange::Kind::Removed            ? "-"
                : c.kind == RuleChange::Kind::Moved              ? ">"
                                                                 : "~";
            seen.push_back(std::string(kind) + c.id);
        }
        QCOMPARE(seen,
            (std::vector<std::string> {
                "+refunds", "~negative-sentiment", ">tool-failure", "~low-confidence", "-ai-looping"}));
        const RuleChange &threshold = d.rules[1];
        QVERIFY(threshold.when && !threshold.then && !threshold.name && !threshold.enabled && !threshold.moved);
        QCOMPARE(threshold.from, 4);
        QCOMPARE(threshold.to, 5);
        QVERIFY(d.rules[3].enabled && !d.rules[3].when);
        QCOMPARE(d.rules[4].from, 7);
        QCOMPARE(d.rules[4].to, -1);

        // A guardrail moved to the end and given another priority: changed, and moved as well.
        doc = defaults();
        json guard = doc["rules"][0];
        guard["then"]["priority"] = 1;
        doc["rules"].erase(0);
        doc["rules"].push_back(guard);
        const RuleSetDiff moved = diff(base, parsed(doc));
        QCOMPARE(moved.rules.size(), std::size_t(1));
        QVERIFY(moved.rules[0].kind == RuleChange::Kind::Changed && moved.rules[0].then && moved.rules[0].moved);
    }

    void lowerCaseCoversAccentsAndCyrillic()
    {
        QCOMPARE(QString::fromStdString(lower("ÀÉÎÕÜ ÇÑ × ЁЖИК ÄÖÜ Hello")),
            QString::fromStdString("àéîõü çñ × ёжик äöü hello"));
        QCOMPARE(splitWords("don't ПЕРЕДАЙТЕ"), (std::vector<std::string> {"dont", "передайте"}));
    }
};

QTEST_APPLESS_MAIN(TestTuning)
#include "tst_tuning.moc"
