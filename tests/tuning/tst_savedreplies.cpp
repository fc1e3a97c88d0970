// The team's saved replies as a configuration document (common/tuning/savedreplies.h,
// docs/config.md "Saved replies"): the canonical form, every field error with its path, the limits
// at, below and above, placeholders refused by name and filled in when an operator inserts a reply.

#include "tuning/savedreplies.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace pilothouse::tuning;
using nlohmann::json;

namespace {

json reply(const std::string &id, const std::string &title, const std::string &text)
{
    return {{"id", id}, {"title", title}, {"text", text}};
}

json document(json replies)
{
    return {{"schema", 1}, {"replies", std::move(replies)}};
}

/// "field:code" of every error, or {"ok"} when `text` validates.
std::set<std::string> problems(const std::string &text)
{
    const auto parsed = parseSavedReplies(text);
    if (std::holds_alternative<SavedReplies>(parsed))
        return {"ok"};
    std::set<std::string> out;
    for (const auto &error : std::get<std::vector<FieldError>>(parsed)) {
        out.insert(error.field + ":" + error.code);
        if (error.message.empty())
            out.insert("empty message for " + error.field);
    }
    return out;
}

std::set<std::string> problems(const json &doc)
{
    return problems(doc.dump());
}

using Problems = std::set<std::string>;

/// `count` copies of one character that takes `bytes` bytes in UTF-8.
std::string repeated(std::size_t count, const std::string &character)
{
    std::string out;
    for (std::size_t i = 0; i < count; ++i)
        out += character;
    return out;
}

} // namespace

class TestSavedReplies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aValidDocumentRoundTripsCanonical()
    {
        const std::string text = R"({"replies": [{"text": "  Hi {customer.firstName},\nthanks.  ", "title": " Hello ",
            "id": "hello"}, {"id": "b-2", "title": "Ünïcödé", "text": "Grüße {agent.name}"}], "schema": 1})";
        const auto parsed = parseSavedReplies(text);
        QVERIFY(std::holds_alternative<SavedReplies>(parsed));
        const auto &replies = std::get<SavedReplies>(parsed);
        QCOMPARE(replies.replies.size(), std::size_t(2));
        QCOMPARE(replies.replies[0].title, std::string("Hello"));
        QCOMPARE(replies.replies[0].text, std::string("Hi {customer.firstName},\nthanks."));
        const std::string canonical = toJson(replies);
        QCOMPARE(canonical,
            std::string("{\n  \"schema\": 1,\n  \"replies\": [\n    {\n      \"id\": \"hello\",\n      \"title\": "
                        "\"Hello\",\n      \"text\": \"Hi {customer.firstName},\\nthanks.\"\n    },\n    {\n      "
                        "\"id\": \"b-2\",\n      \"title\": \"Ünïcödé\",\n      \"text\": \"Grüße {agent.name}\"\n "
                        "   }\n  ]\n}"));
        // The canonical text reads back to the same replies and writes the same text again.
        const auto again = parseSavedReplies(canonical);
        QVERIFY(std::holds_alternative<SavedReplies>(again));
        QVERIFY(std::get<SavedReplies>(again) == replies);
        QCOMPARE(toJson(std::get<SavedReplies>(again)), canonical);
        // No replies at all is a valid document.
        QCOMPARE(problems(document(json::array())), Problems {"ok"});
    }

    void theBuiltInRepliesValidate()
    {
        const SavedReplies &builtIn = defaultSavedReplies();
        QCOMPARE(builtIn.replies.size(), std::size_t(5));
        const auto parsed = parseSavedReplies(toJson(builtIn));
        QVERIFY(std::holds_alternative<SavedReplies>(parsed));
        QVERIFY(std::get<SavedReplies>(parsed) == builtIn);
        bool usesPlaceholders = false;
        for (const auto &r : builtIn.replies)
            usesPlaceholders = usesPlaceholders || r.text.find("{customer.firstName}") != std::string::npos;
        QVERIFY(usesPlaceholders);
    }

    void everyErrorIsNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const json &doc, std::initializer_list<const char *> expected) {
            QStringList list;
            for (const char *e : expected)
                list << QString::fromLatin1(e);
            QTest::newRow(name) << QString::fromStdString(doc.dump()) << list;
        };
        const auto ok = reply("ok", "Fine", "Fine text");
        QTest::newRow("not JSON") << QStringLiteral("{\"schema\": 1,") << QStringList {QStringLiteral(":malformed")};
        QTest::newRow("duplicate key") << QStringLiteral(R"({"schema": 1, "schema": 1, "replies": []})")
                                       << QStringList {QStringLiteral(":malformed")};
        QTest::newRow("not an object") << QStringLiteral("[]") << QStringList {QStringLiteral(":wrong_type")};
        row("no schema", {{"replies", json::array()}}, {"schema:required"});
        row("schema text", {{"schema", "1"}, {"replies", json::array()}}, {"schema:wrong_type"});
        row("schema 2", {{"schema", 2}, {"replies", json::array()}}, {"schema:out_of_range"});
        row("no replies", {{"schema", 1}}, {"replies:required"});
        row("replies object", {{"schema", 1}, {"replies", json::object()}}, {"replies:wrong_type"});
        row("unknown member", {{"schema", 1}, {"replies", json::array()}, {"extra", 1}}, {"extra:unknown_field"});
        row("reply not object", document({ok, 3}), {"replies[1]:wrong_type"});
        row("reply unknown member", document({{{"id", "a"}, {"title", "A"}, {"text", "T"}, {"tags", json::array()}}}),
            {"replies[0].tags:unknown_field"});
        row("no id, title, text", document({json::object()}),
            {"replies[0].id:required", "replies[0].title:required", "replies[0].text:required"});
        row("blank id, title, text", document({reply("", "  ", "\n\t ")}),
            {"replies[0].id:required", "replies[0].title:required", "replies[0].text:required"});
        row("wrong types", document({{{"id", 1}, {"title", true}, {"text", json::array()}}}),
            {"replies[0].id:wrong_type", "replies[0].title:wrong_type", "replies[0].text:wrong_type"});
        row("id upper case", document({reply("Refund", "A", "T")}), {"replies[0].id:out_of_range"});
        row("id underscore", document({reply("a_b", "A", "T")}), {"replies[0].id:out_of_range"});
        row("id twice", document({ok, reply("x", "A", "T"), ok}), {"replies[2].id:duplicate"});
        row("unknown placeholder", document({ok, ok, reply("z", "A", "Hi {customer.nmae}")}),
            {"replies[1].id:duplicate", "replies[2].text:unknown_value"});
        row("every error at once", {{"schema", 3}, {"replies", {reply("A", "", "{order.number}")}}, {"x", 0}},
            {"schema:out_of_range", "x:unknown_field", "replies[0].id:out_of_range", "replies[0].title:required",
                "replies[0].text:unknown_value"});
    }
    void everyErrorIsNamed()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        std::set<std::string> want;
        for (const QString &e : expected)
            want.insert(e.toStdString());
        QCOMPARE(problems(text.toStdString()), want);
    }

    void theUnknownPlaceholderIsNamed()
    {
        const auto parsed = parseSavedReplies(
            document({reply("a", "A", "Dear {customer.nmae}, {order.id} {agent.fristName} {customer.nmae}")}).dump());
        const auto &errors = std::get<std::vector<FieldError>>(parsed);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].code, std::string("unknown_value"));
        QVERIFY2(errors[0].message.find("{customer.nmae}") != std::string::npos, errors[0].message.c_str());
        QVERIFY2(errors[0].message.find("{agent.fristName}") != std::string::npos, errors[0].message.c_str());
        // Braces that open no placeholder are plain text.
        QCOMPARE(
            problems(document({reply("a", "A", "{ } {} {name} {a.} {.b} {a.b.c} {a b.c} set {x}")})), Problems {"ok"});
    }

    void limitsAtBelowAndAbove()
    {
        const auto many = [](std::size_t count) {
            json list = json::array();
            for (std::size_t i = 0; i < count; ++i)
                list.push_back(reply("r" + std::to_string(i), "Title", "Text"));
            return document(list);
        };
        QCOMPARE(problems(many(199)), Problems {"ok"});
        QCOMPARE(problems(many(200)), Problems {"ok"});
        QCOMPARE(problems(many(201)), Problems {"replies:too_many"});

        // Characters, not bytes: "é" is two bytes, "€" three.
        for (const std::string character : {"a", "é", "€"}) {
            QCOMPARE(problems(document({reply("a", repeated(79, character), "T")})), Problems {"ok"});
            QCOMPARE(problems(document({reply("a", repeated(80, character), "T")})), Problems {"ok"});
            QCOMPARE(problems(document({reply("a", repeated(81, character), "T")})),
                Problems {"replies[0].title:out_of_range"});
            QCOMPARE(problems(document({reply("a", "T", repeated(3999, character))})), Problems {"ok"});
            QCOMPARE(problems(document({reply("a", "T", repeated(4000, character))})), Problems {"ok"});
            QCOMPARE(problems(document({reply("a", "T", repeated(4001, character))})),
                Problems {"replies[0].text:out_of_range"});
        }
        // Counted after trimming.
        QCOMPARE(problems(document({reply("a", "  " + repeated(80, "x") + "\n", "T")})), Problems {"ok"});
        QCOMPARE(problems(document({reply(repeated(63, "a"), "T", "T")})), Problems {"ok"});
        QCOMPARE(problems(document({reply(repeated(64, "a"), "T", "T")})), Problems {"ok"});
        QCOMPARE(problems(document({reply(repeated(65, "a"), "T", "T")})), Problems {"replies[0].id:out_of_range"});
    }

    void fillingPlaceholders()
    {
        const std::map<std::string, std::string> values {{"customer.firstName", "Maria"},
            {"customer.name", "Maria Lopez"}, {"agent.firstName", "Sam"}, {"order.id", ""}, {"customer.nmae", "never"}};
        QCOMPARE(
            fillPlaceholders("Hi {customer.firstName} ({customer.name}), order #{order.id}. {agent.firstName}", values),
            std::string("Hi Maria (Maria Lopez), order #{order.id}. Sam"));
        // Unknown placeholders stay as written even with a value; missing ones too; other braces untouched.
        QCOMPARE(fillPlaceholders("{customer.nmae} {agent.name} {x} {{customer.firstName}}", values),
            std::string("{customer.nmae} {agent.name} {x} {Maria}"));
        QCOMPARE(fillPlaceholders("", values), std::string());
        QCOMPARE(fillPlaceholders("no braces at all", {}), std::string("no braces at all"));
        QCOMPARE(savedReplyPlaceholders().size(), std::size_t(5));
    }

    void firstWords()
    {
        QCOMPARE(firstWord("Maria Lopez"), std::string("Maria"));
        QCOMPARE(firstWord("  Ana\tMaria "), std::string("Ana"));
        QCOMPARE(firstWord("Cher"), std::string("Cher"));
        QCOMPARE(firstWord("Łukasz Nowak"), std::string("Łukasz"));
        QCOMPARE(firstWord("   "), std::string());
        QCOMPARE(firstWord(""), std::string());
    }
};

QTEST_GUILESS_MAIN(TestSavedReplies)
#include "tst_savedreplies.moc"
