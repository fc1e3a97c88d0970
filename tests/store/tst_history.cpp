// History's reads of the cache (store/historyquery.h) on a real SQLite file written by the real
// write path: the review figures each conversation derives, every filter and sort, and full-text
// search (accents, prefixes, five languages, whatever a user types), a snapshot that replaces the
// index, and a version 3 cache migrated in place.

#include "cachefixture.h"
#include "store/retention.h"
#include "store/revenue.h"
#include "store/searchsnippet.h"
#include "store/statssql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pilothouse::models;
namespace protocol = pilothouse::protocol;
using storefixtures::makeEvent;

namespace {

using namespace cachefixture;

/// Four conversations that differ in every filtered field (see each comment).
void writeFourConversations(Cache &cache)
{
    // cv-1: French VIP, handed off for low confidence, answered by a person, resolved by maria,
    // rated 2, its weakest reply judged wrong.
    protocol::Conversation one = conversation("cv-1", "cu-fr", kT0);
    one.status = protocol::ConversationStatus::Resolved;
    one.handoff = protocol::Handoff {kT0 + 6 * kMinute, protocol::EscalationReason::LowConfidence};
    one.closed = protocol::Closed {protocol::ResolveOutcome::Resolved, "maria", kT0 + 30 * kMinute};
    protocol::Message note = message("m-1d", "cv-1", protocol::Author::Human, kT0 + 7 * kMinute, "Checking stock");
    note.visibility = protocol::Visibility::Note;
    cache.write(customer("cu-fr", "Amélie Dubois", "vip", "fr"), one,
        message("m-1a", "cv-1", protocol::Author::Customer, kT0 + kMinute, "Je veux un remboursement pour mon résumé"),
        message("m-1b", "cv-1", protocol::Author::Ai, kT0 + kMinute + 2000, "Bien sûr, je vérifie.", 0.8),
        message("m-1c", "cv-1", protocol::Author::Ai, kT0 + 5 * kMinute, "Votre commande est partie.", 0.4), note,
        message("m-1e", "cv-1", protocol::Author::Human, kT0 + 9 * kMinute, "Le remboursement est fait."),
        protocol::Judgement {"m-1c", "cv-1", false, "wrong_facts", "sam"},
        protocol::Rating {"cv-1", 2, "Slow", kT0 + 31 * kMinute});

    // cv-2: German, email, sales, only the AI, closed by the AI (the customer confirmed), rated 5.
    protocol::Conversation two = conversation("cv-2", "cu-de", kT0 + 60 * kMinute);
    two.channel = protocol::Channel::Email;
    two.kind = protocol::ConversationKind::Sales;
    two.status = protocol::ConversationStatus::Resolved;
    two.intent = "product_question";
    two.closed = protocol::Closed {protocol::ResolveOutcome::Resolved, "ai", kT0 + 65 * kMinute};
    cache.write(customer("cu-de", "Jürgen Müller", "business", "de"), two,
        message("m-2a", "cv-2", protocol::Author::Customer, kT0 + 60 * kMinute, "Ich möchte eine Rückerstattung"),
        message("m-2b", "cv-2", protocol::Author::Ai, kT0 + 61 * kMinute, "Gerne, hier ist der Link.", 0.95),
        protocol::Rating {"cv-2", 5, "", kT0 + 66 * kMinute});

    // cv-3: Spanish, still open, taken over by a person without an escalation, not rated.
    protocol::Conversation three = conversation("cv-3", "cu-es", kT0 + 120 * kMinute);
    three.status = protocol::ConversationStatus::Human;
    three.handoff = protocol::Handoff {kT0 + 125 * kMinute, std::nullopt};
    cache.write(customer("cu-es", "Íñigo Ruiz", "new", "es"), three,
        message("m-3a", "cv-3", protocol::Author::Customer, kT0 + 120 * kMinute, "Quiero una devolución"),
        message("m-3b", "cv-3", protocol::Author::Ai, kT0 + 121 * kMinute, "Claro.", 0.6));

    // cv-4: Russian, abandoned while waiting for a person (closed by the system), SMS.
    protocol::Conversation four = conversation("cv-4", "cu-ru", kT0 + 180 * kMinute);
    four.channel = protocol::Channel::Sms;
    four.status = protocol::ConversationStatus::Resolved;
    four.handoff = protocol::Handoff {kT0 + 181 * kMinute, protocol::EscalationReason::AskedForHuman};
    four.closed = protocol::Closed {protocol::ResolveOutcome::Abandoned, "system", kT0 + 240 * kMinute};
    cache.write(customer("cu-ru", "Ольга Иванова", "returning", "ru"), four,
        message(
            "m-4a", "cv-4", protocol::Author::Customer, kT0 + 180 * kMinute, "Хочу ВОЗВРАТ денег, позовите человека"));
}

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void rowCarriesTheReviewFigures();
    void liveFiguresEqualARecount();
    void eachFilterNarrows_data();
    void eachFilterNarrows();
    void sortOrders();
    void searchFindsWordsInEveryLanguage_data();
    void searchFindsWordsInEveryLanguage();
    void searchGroupsHitsByConversation();
    void snippetMarksEveryMatchingWord();
    void anythingTypedIsASearch_data();
    void anythingTypedIsASearch();
    void searchCombinesWithFilters();
    void snapshotReplacesTheIndex();
    void version3CacheIsMigrated();
    void retentionPurgesClosedConversations();
    void revenueIsAttributedAsTheMetricsDo();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestHistory::rowCarriesTheReviewFigures()
{
    Cache cache(path("figures.db"));
    writeFourConversations(cache);
    const QList<HistoryRow> rows = cache.rows();
    QCOMPARE(rows.size(), 4);
    const HistoryRow &row = rows.last(); // newest first: cv-1 is the oldest
    QCOMPARE(row.conversationId, u"cv-1"_s);
    QCOMPARE(row.customerName, u"Amélie Dubois"_s);
    QCOMPARE(row.customerEmail, u"cu-fr@example.com"_s);
    QCOMPARE(row.segment, u"vip"_s);
    QCOMPARE(row.language, u"fr"_s);
    QVERIFY(row.vip);
    QCOMPARE(row.outcome, Outcome::Resolved);
    QCOMPARE(row.closedBy, u"maria"_s);
    QCOMPARE(row.closedAt.value(), kT0 + 30 * kMinute);
    QCOMPARE(row.resolutionMs().value(), 30 * kMinute);
    QVERIFY(row.handedOff);
    QCOMPARE(row.handoffReason, EscalationReason::LowConfidence);
    QCOMPARE(row.csat.value(), 2);
    QCOMPARE(row.aiReplies, 2);
    QCOMPARE(row.judgedReplies, 1);
    QCOMPARE(row.wrongReplies, 1);
    QCOMPARE(row.minConfidence.value(), 0.4);
    QCOMPARE(row.minConfidenceMessageId, u"m-1c"_s);
    QCOMPARE(row.meanConfidence.value(), 0.6);
    QCOMPARE(row.aiFirstResponseMs.value(), qint64(2000));
    // From the hand-off to the first public reply of a person; the internal note does not count.
    QCOMPARE(row.humanFirstResponseMs.value(), 3 * kMinute);

    const HistoryRow &open = rows.at(1); // cv-3
    QCOMPARE(open.conversationId, u"cv-3"_s);
    QCOMPARE(open.outcome, Outcome::None);
    QVERIFY(!open.closedAt);
    QVERIFY(!open.csat);
    QVERIFY(open.handedOff);
    QCOMPARE(open.handoffReason, EscalationReason::None);
    QVERIFY(!open.humanFirstResponseMs); // nobody has answered yet

    const HistoryRow &noAi = rows.first(); // cv-4: the AI never replied
    QCOMPARE(noAi.aiReplies, 0);
    QVERIFY(!noAi.minConfidence);
    QVERIFY(!noAi.meanConfidence);
    QVERIFY(!noAi.aiFirstResponseMs);

    // A later judgement (right this time) updates the figures of its conversation.
    cache.write(protocol::Judgement {"m-1c", "cv-1", true, "", "sam"});
    QCOMPARE(cache.rows().last().wrongReplies, 0);
    QCOMPARE(cache.rows().last().judgedReplies, 1);
}

// The write path folds each new message into its conversation's figures instead of recounting
// them (store/statssql.h); whatever order and batching the events come in, the table must hold
// what a recount of the same cache gives.
void TestHistory::liveFiguresEqualARecount()
{
    Cache cache(path("recount.db"));
    writeFourConversations(cache);
    // cv-5, across many batches: a label before the reply it labels, replies tied at the lowest
    // confidence arriving latest first, a note and a public reply by a person, a duplicate.
    protocol::Conversation five = conversation("cv-5", "cu-fr", kT0 + 300 * kMinute);
    cache.write(five, protocol::Judgement {"m-5c", "cv-5", false, "wrong_facts", "sam"});
    cache.write(message("m-5a", "cv-5", protocol::Author::Customer, kT0 + 302 * kMinute, "Bonjour"));
    cache.write(message("m-5c", "cv-5", protocol::Author::Ai, kT0 + 310 * kMinute, "Troisième", 0.3));
    cache.write(message("m-5b", "cv-5", protocol::Author::Ai, kT0 + 305 * kMinute, "Deuxième", 0.3),
        message("m-5d", "cv-5", protocol::Author::Ai, kT0 + 311 * kMinute, "Quatrième", 0.9));
    protocol::Message note = message("m-5e", "cv-5", protocol::Author::Human, kT0 + 312 * kMinute, "Note");
    note.visibility = protocol::Visibility::Note;
    cache.write(note, message("m-5f", "cv-5", protocol::Author::Human, kT0 + 315 * kMinute, "Réponse"),
        message("m-5a", "cv-5", protocol::Author::Customer, kT0 + 302 * kMinute, "Bonjour"));
    cache.write(message("m-5g", "cv-5", protocol::Author::Customer, kT0 + 301 * kMinute, "Plus tôt"));

    const auto table = [&cache] {
        QSqlQuery query(cache.store.database());
        [&] { QVERIFY(query.exec(u"SELECT * FROM conversation_stats ORDER BY conversation_id"_s)); }();
        QList<QVariantList> rows;
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < query.record().count(); ++column)
                row.append(query.value(column));
            rows.append(row);
        }
        return rows;
    };
    const QList<QVariantList> live = table();
    QCOMPARE(live.size(), 5);
    QSqlQuery recount(cache.store.database());
    QVERIFY(recount.exec(u"DELETE FROM conversation_stats"_s));
    QVERIFY(recount.exec(stats::refreshSql(stats::Scope::All)));
    const QList<QVariantList> recounted = table();
    QCOMPARE(recounted.size(), live.size());
    for (qsizetype row = 0; row < live.size(); ++row) {
        for (qsizetype column = 0; column < live[row].size(); ++column) {
            const QVariant &a = live[row][column];
            const QVariant &b = recounted[row][column];
            if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
                QVERIFY2(qFuzzyCompare(1 + a.toDouble(), 1 + b.toDouble()),
                    qPrintable(a.toString() + u" "_s + b.toString()));
            else
                QCOMPARE(a, b);
        }
    }
    const HistoryRow row = cache.rows().first(); // newest first
    QCOMPARE(row.conversationId, u"cv-5"_s);
    QCOMPARE(row.aiReplies, 3);
    QCOMPARE(row.minConfidenceMessageId, u"m-5b"_s); // the earlier of the two at 0.3
    QCOMPARE(row.judgedReplies, 1);
    QCOMPARE(row.wrongReplies, 1);
    QCOMPARE(row.aiFirstResponseMs.value(), 4 * kMinute); // from the earliest customer message
}

void TestHistory::eachFilterNarrows_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const auto with = [](auto change) {
        HistoryFilter f;
        change(f);
        return f;
    };
    QTest::newRow("none") << HistoryFilter {} << QStringList {u"cv-4"_s, u"cv-3"_s, u"cv-2"_s, u"cv-1"_s};
    QTest::newRow("created from") << with([](HistoryFilter &f) { f.createdFrom = kT0 + 60 * kMinute; })
                                  << QStringList {u"cv-4"_s, u"cv-3"_s, u"cv-2"_s};
    QTest::newRow("created before") << with([](HistoryFilter &f) { f.createdTo = kT0 + 60 * kMinute; })
                                    << QStringList {u"cv-1"_s};
    QTest::newRow("open") << with([](HistoryFilter &f) { f.outcome = Outcome::None; }) << QStringList {u"cv-3"_s};
    QTest::newRow("abandoned") << with([](HistoryFilter &f) { f.outcome = Outcome::Abandoned; })
                               << QStringList {u"cv-4"_s};
    QTest::newRow("closed by the AI") << with([](HistoryFilter &f) { f.closedBy = HistoryFilter::Closer::Ai; })
                                      << QStringList {u"cv-2"_s};
    QTest::newRow("closed by a person") << with([](HistoryFilter &f) { f.closedBy = HistoryFilter::Closer::Person; })
                                        << QStringList {u"cv-1"_s};
    QTest::newRow("closed by the system")
        << with([](HistoryFilter &f) { f.closedBy = HistoryFilter::Closer::System; }) << QStringList {u"cv-4"_s};
    QTest::newRow("intent") << with([](HistoryFilter &f) { f.intent = u"product_question"_s; })
                            << QStringList {u"cv-2"_s};
    QTest::newRow("channel") << with([](HistoryFilter &f) { f.channel = Channel::Sms; }) << QStringList {u"cv-4"_s};
    QTest::newRow("kind") << with([](HistoryFilter &f) { f.kind = Kind::Sales; }) << QStringList {u"cv-2"_s};
    QTest::newRow("segment") << with([](HistoryFilter &f) { f.segment = u"new"_s; }) << QStringList {u"cv-3"_s};
    QTest::newRow("language") << with([](HistoryFilter &f) { f.language = u"de"_s; }) << QStringList {u"cv-2"_s};
    QTest::newRow("weakest reply below 0.61")
        << with([](HistoryFilter &f) { f.confidenceBelow = 0.61; }) << QStringList {u"cv-3"_s, u"cv-1"_s};
    QTest::newRow("never handed off") << with([](HistoryFilter &f) { f.handoff = HistoryFilter::Handoff::Never; })
                                      << QStringList {u"cv-2"_s};
    QTest::newRow("handed off") << with([](HistoryFilter &f) { f.handoff = HistoryFilter::Handoff::Ever; })
                                << QStringList {u"cv-4"_s, u"cv-3"_s, u"cv-1"_s};
    QTest::newRow("asked for a person") << with([](HistoryFilter &f) {
        f.handoff = HistoryFilter::Handoff::Reason;
        f.handoffReason = EscalationReason::AskedForHuman;
    }) << QStringList {u"cv-4"_s};
    QTest::newRow("taken over unasked") << with([](HistoryFilter &f) {
        f.handoff = HistoryFilter::Handoff::Reason;
        f.handoffReason = EscalationReason::None;
    }) << QStringList {u"cv-3"_s};
    QTest::newRow("reviewed") << with([](HistoryFilter &f) { f.reviewed = true; }) << QStringList {u"cv-1"_s};
    QTest::newRow("not reviewed") << with([](HistoryFilter &f) { f.reviewed = false; })
                                  << QStringList {u"cv-4"_s, u"cv-3"_s, u"cv-2"_s};
    QTest::newRow("rated 5") << with([](HistoryFilter &f) { f.rating = 5; }) << QStringList {u"cv-2"_s};
    QTest::newRow("not rated") << with([](HistoryFilter &f) { f.rating = 0; }) << QStringList {u"cv-4"_s, u"cv-3"_s};
    QTest::newRow("two at once") << with([](HistoryFilter &f) {
        f.handoff = HistoryFilter::Handoff::Ever;
        f.outcome = Outcome::Resolved;
    }) << QStringList {u"cv-1"_s};
}

void TestHistory::eachFilterNarrows()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QStringList, expected);
    Cache cache(path("filters.db"));
    writeFourConversations(cache);
    QCOMPARE(cache.ids(filter), expected);
}

void TestHistory::sortOrders()
{
    Cache cache(path("sort.db"));
    writeFourConversations(cache);
    HistoryFilter f;
    f.sort = HistorySort::Oldest;
    QCOMPARE(cache.ids(f), (QStringList {u"cv-1"_s, u"cv-2"_s, u"cv-3"_s, u"cv-4"_s}));
    f.sort = HistorySort::LowestConfidence; // 0.4, 0.6, 0.95, then no AI reply
    QCOMPARE(cache.ids(f), (QStringList {u"cv-1"_s, u"cv-3"_s, u"cv-2"_s, u"cv-4"_s}));
    f.sort = HistorySort::LongestResolution; // 60 min, 30 min, 5 min, then the open one
    QCOMPARE(cache.ids(f), (QStringList {u"cv-4"_s, u"cv-1"_s, u"cv-2"_s, u"cv-3"_s}));
    f.sort = HistorySort::LowestRating; // 2, 5, then unrated newest first
    QCOMPARE(cache.ids(f), (QStringList {u"cv-1"_s, u"cv-2"_s, u"cv-4"_s, u"cv-3"_s}));
}

void TestHistory::searchFindsWordsInEveryLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("conversation");
    QTest::newRow("French, accents ignored") << u"resume"_s << u"cv-1"_s;
    QTest::newRow("French, prefix") << u"rembour"_s << u"cv-1"_s;
    QTest::newRow("German, umlaut typed without") << u"ruckerstattung"_s << u"cv-2"_s;
    QTest::newRow("German, umlaut typed") << u"Rückerst"_s << u"cv-2"_s;
    QTest::newRow("Spanish, accent typed without") << u"devolucion"_s << u"cv-3"_s;
    QTest::newRow("Russian, other case, prefix") << u"возв"_s << u"cv-4"_s;
    QTest::newRow("Russian, capitals") << u"ЧЕЛОВЕКА"_s << u"cv-4"_s;
    QTest::newRow("English word in an AI reply") << u"link"_s << u"cv-2"_s;
    QTest::newRow("two words, both must match") << u"quiero devol"_s << u"cv-3"_s;
    QTest::newRow("an internal note is searched") << u"stock"_s << u"cv-1"_s;
}

void TestHistory::searchFindsWordsInEveryLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, conversation);
    Cache cache(path("search.db"));
    writeFourConversations(cache);
    const auto hits = cache.search(text);
    QVERIFY(hits);
    QCOMPARE(hits->keys(), QStringList {conversation});
    const SearchHit hit = hits->value(conversation);
    QVERIFY2(hit.snippet.contains(HistoryQuery::kMarkStart) && hit.snippet.contains(HistoryQuery::kMarkEnd),
        qPrintable(hit.snippet));
}

void TestHistory::searchGroupsHitsByConversation()
{
    Cache cache(path("group.db"));
    writeFourConversations(cache);
    const auto hits = cache.search(u"remboursement"_s);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    const SearchHit hit = hits->value(u"cv-1"_s);
    QCOMPARE(hit.hits, 2); // the customer's question and the person's answer
    QCOMPARE(hit.messageId, u"m-1e"_s); // the newest hit opens
    QVERIFY(cache.search(u"zzzz"_s)->isEmpty());
}

void TestHistory::snippetMarksEveryMatchingWord()
{
    const QChar a = HistoryQuery::kMarkStart;
    const QChar b = HistoryQuery::kMarkEnd;
    const auto mark = [&](const QString &word) { return QString(a + word + b); };
    // Accents and case folded in the terms and the text; each term a prefix of a whole word.
    QCOMPARE(search::terms(u"RÉSUMÉ, rembour"_s), (QStringList {u"resume"_s, u"rembour"_s}));
    QCOMPARE(
        search::snippet(u"Un Remboursement pour mon résumé, pas de remise"_s, search::terms(u"rembour résumé"_s), a, b),
        u"Un "_s + mark(u"Remboursement"_s) + u" pour mon "_s + mark(u"résumé"_s) + u", pas de remise"_s);
    // A term inside a word is not a hit ("bours" in "remboursement").
    QCOMPARE(search::snippet(u"remboursement"_s, {u"bours"_s}, a, b), u"remboursement"_s);
    // A long text is cut around the first hit, with an ellipsis at each cut.
    const QString longText
        = QString(u"avant "_s).repeated(40) + u"Rückerstattung"_s + QString(u" danach"_s).repeated(40);
    const QString cut = search::snippet(longText, search::terms(u"ruckerst"_s), a, b, 120);
    QVERIFY2(cut.startsWith(u'\u2026') && cut.endsWith(u'\u2026'), qPrintable(cut));
    QVERIFY(cut.contains(mark(u"Rückerstattung"_s)));
    QVERIFY(cut.size() <= 120 + 4);
    // No hit in the text (the match was elsewhere): its beginning.
    QCOMPARE(search::snippet(u"Хочу возврат"_s, {u"zzz"_s}, a, b), u"Хочу возврат"_s);
    QCOMPARE(search::snippet(u"ХОЧУ ВОЗВРАТ"_s, search::terms(u"возв"_s), a, b), u"ХОЧУ "_s + mark(u"ВОЗВРАТ"_s));
}

void TestHistory::anythingTypedIsASearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("searches");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"   "_s << false;
    QTest::newRow("lone quote") << u"\""_s << false;
    QTest::newRow("unbalanced quote") << u"\"remboursement"_s << true;
    QTest::newRow("NEAR(") << u"NEAR("_s << true;
    QTest::newRow("NEAR with terms") << u"NEAR(remboursement fait, 2)"_s << true;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("lone minus") << u"-"_s << false;
    QTest::newRow("minus word") << u"-remboursement"_s << true;
    QTest::newRow("AND") << u"AND"_s << true;
    QTest::newRow("OR between") << u"remboursement OR devolución"_s << true;
    QTest::newRow("NOT") << u"NOT"_s << true;
    QTest::newRow("column filter") << u"text:remboursement"_s << true;
    QTest::newRow("caret") << u"^remboursement"_s << true;
    QTest::newRow("parentheses") << u"(()"_s << false;
    QTest::newRow("plus") << u"+"_s << false;
    QTest::newRow("SQL") << u"'; DROP TABLE messages; --"_s << true;
    QTest::newRow("emoji") << u"\U0001F600 refund"_s << true;
    QTest::newRow("control characters") << u"\x01\x02remboursement\x00"_s << true;
    QTest::newRow("a pasted page") << QString(u"remboursement "_s).repeated(2000) << true;
}

void TestHistory::anythingTypedIsASearch()
{
    QFETCH(QString, text);
    QFETCH(bool, searches);
    QCOMPARE(!HistoryQuery::ftsQuery(text).isEmpty(), searches);
    Cache cache(path("hostile.db"));
    writeFourConversations(cache);
    HistoryQuery query(cache.store.database());
    const auto hits = query.search(text);
    QVERIFY2(hits, qPrintable(query.errorString()));
    if (!searches)
        QVERIFY(hits->isEmpty());
}

void TestHistory::searchCombinesWithFilters()
{
    Cache cache(path("combine.db"));
    writeFourConversations(cache);
    HistoryQuery query(cache.store.database());
    const auto hits = query.search(u"remboursement OR devolución"_s); // every term must match: none does
    QVERIFY(hits && hits->isEmpty());
    const auto some = query.search(u"c"_s); // "commande", "checking" and "claro": two conversations
    QVERIFY(some && some->size() == 2);
    HistoryFilter filter;
    filter.language = u"es"_s;
    const auto rows = query.rows(filter, &*some);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().conversationId, u"cv-3"_s);
}

void TestHistory::snapshotReplacesTheIndex()
{
    Cache cache(path("snapshot.db"));
    writeFourConversations(cache);
    protocol::Snapshot snapshot;
    snapshot.position = {"ep2", 10};
    snapshot.final = true;
    snapshot.customers = {customer("cu-fr", "Amélie Dubois", "vip", "fr")};
    snapshot.conversations = {conversation("cv-9", "cu-fr", kT0)};
    snapshot.messages = {message("m-9a", "cv-9", protocol::Author::Customer, kT0, "Nouvelle question sur la livraison"),
        message("m-9b", "cv-9", protocol::Author::Ai, kT0 + 1000, "Elle arrive demain.", 0.7)};
    snapshot.ratings = {protocol::Rating {"cv-9", 4, "", kT0 + 2000}};
    QVERIFY(cache.applier->applySnapshot({snapshot}));
    QVERIFY(cache.search(u"remboursement"_s)->isEmpty()); // the old texts left the index with their rows
    // The snapshot's texts wait for the index (store/searchbacklog.h), which StoreWriter feeds
    // batch by batch after the commit.
    QVERIFY(cache.search(u"livraison"_s)->isEmpty());
    QCOMPARE(cache.applier->indexSearchBacklog(1), 1);
    QCOMPARE(cache.applier->indexSearchBacklog(1), 1);
    QCOMPARE(cache.applier->indexSearchBacklog(1), 0);
    QCOMPARE(cache.search(u"livraison"_s)->keys(), QStringList {u"cv-9"_s});
    const QList<HistoryRow> rows = cache.rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().aiReplies, 1);
    QCOMPARE(rows.first().minConfidence.value(), 0.7);
    QCOMPARE(rows.first().csat.value(), 4);
    QSqlQuery integrity(cache.store.database());
    QVERIFY(integrity.exec(u"INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)"_s));
}

void TestHistory::version3CacheIsMigrated()
{
    // Through version 4 (History), 5 (labels by judge) to 7: each judge's label, its verdict kept.
    const QString file = path("v3.db");
    {
        Cache cache(file);
        writeFourConversations(cache);
        // Back to version 3: what a console of the previous release left on disk.
        QSqlQuery q(cache.store.database());
        for (const QString &sql :
            {u"DROP TABLE messages_fts"_s, u"DROP TABLE conversation_stats"_s, u"DROP TABLE ratings"_s,
                u"DROP INDEX conversations_created_at"_s, u"ALTER TABLE customers DROP COLUMN language"_s,
                u"ALTER TABLE conversations DROP COLUMN closed_outcome"_s,
                u"ALTER TABLE conversations DROP COLUMN closed_by"_s,
                u"ALTER TABLE conversations DROP COLUMN closed_at"_s,
                u"ALTER TABLE conversations DROP COLUMN handoff_at"_s,
                u"ALTER TABLE conversations DROP COLUMN handoff_reason"_s, u"DROP INDEX messages_ai_confidence"_s,
                u"DROP INDEX messages_ai_at"_s,
                u"CREATE TABLE judgements_v1 (message_id TEXT PRIMARY KEY NOT NULL, conversation_id TEXT NOT NULL "
                "DEFAULT '', correct INTEGER NOT NULL, reason TEXT NOT NULL DEFAULT '', judged_by TEXT NOT NULL "
                "DEFAULT '')"_s,
                u"INSERT INTO judgements_v1 SELECT message_id, conversation_id, correct, reason, judged_by "
                "FROM judgements"_s,
                u"DROP TABLE judgements"_s, u"ALTER TABLE judgements_v1 RENAME TO judgements"_s,
                u"DROP TABLE config_versions"_s, u"ALTER TABLE messages DROP COLUMN rule_inputs"_s,
                // and version 7's
                u"DROP TABLE transitions"_s, u"ALTER TABLE conversations DROP COLUMN responded_at"_s,
                u"ALTER TABLE conversations DROP COLUMN escalation_rule_name"_s,
                u"ALTER TABLE conversations DROP COLUMN handoff_due_at"_s,
                u"ALTER TABLE conversations DROP COLUMN weakest_confidence"_s,
                u"ALTER TABLE conversations DROP COLUMN weakest_message_id"_s,
                u"ALTER TABLE conversations DROP COLUMN weakest_intent"_s,
                u"ALTER TABLE conversations DROP COLUMN last_customer_message"_s,
                u"ALTER TABLE conversations DROP COLUMN last_customer_message_at"_s, u"PRAGMA user_version = 3"_s})
            QVERIFY2(q.exec(sql), qPrintable(sql));
        cache.applier.reset();
        cache.store.close();
    }
    Cache migrated(file);
    QVERIFY(!migrated.store.cursor()); // forgotten: the next connection's snapshot fills the new columns
    QCOMPARE(migrated.search(u"rückerstattung"_s)->keys(), QStringList {u"cv-2"_s}); // indexed in place
    const QList<HistoryRow> rows = migrated.rows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.last().minConfidence.value(), 0.4); // figures derived from what was cached
    QCOMPARE(rows.last().wrongReplies, 1);
}

void TestHistory::retentionPurgesClosedConversations()
{
    Cache cache(path("retention.db"));
    writeFourConversations(cache);
    const qint64 cutoff = kT0 + 100 * kMinute; // cv-1 and cv-2 closed before it; cv-3 open; cv-4 after
    QString error;
    QCOMPARE(retention::purgeExpired(cache.store.database(), cutoff, 1, &error), std::optional<int>(1)); // in batches
    QCOMPARE(cache.ids({}), (QStringList {u"cv-4"_s, u"cv-3"_s, u"cv-2"_s}));
    QCOMPARE(retention::purgeExpired(cache.store.database(), cutoff, 1, &error), std::optional<int>(1));
    QCOMPARE(retention::purgeExpired(cache.store.database(), cutoff, 1, &error), std::optional<int>(0));
    QCOMPARE(cache.ids({}), (QStringList {u"cv-4"_s, u"cv-3"_s}));

    // Everything of the purged conversations went: messages, their index entries, judgements,
    // ratings, figures, and the customers left without a conversation.
    QVERIFY(cache.search(u"remboursement"_s)->isEmpty());
    QVERIFY(cache.search(u"ruckerstattung"_s)->isEmpty());
    QCOMPARE(cache.search(u"devolucion"_s)->keys(), QStringList {u"cv-3"_s});
    QSqlQuery q(cache.store.database());
    for (const QString &sql : {u"SELECT count(*) FROM messages WHERE conversation_id IN ('cv-1', 'cv-2')"_s,
             u"SELECT count(*) FROM judgements"_s, u"SELECT count(*) FROM ratings"_s,
             u"SELECT count(*) FROM conversation_stats WHERE conversation_id IN ('cv-1', 'cv-2')"_s,
             u"SELECT count(*) FROM customers WHERE id IN ('cu-fr', 'cu-de')"_s}) {
        QVERIFY2(q.exec(sql) && q.next(), qPrintable(sql));
        QVERIFY2(q.value(0).toInt() == 0, qPrintable(sql));
    }
    QVERIFY(q.exec(u"SELECT count(*) FROM customers"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.exec(u"INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)"_s));

    // An open conversation stays, however old.
    QCOMPARE(retention::purgeExpired(cache.store.database(), kT0 + 1000 * kMinute, 10, &error), std::optional<int>(1));
    QCOMPARE(cache.ids({}), QStringList {u"cv-3"_s});
}

void TestHistory::revenueIsAttributedAsTheMetricsDo()
{
    // docs/metrics.md, "Attribution", with the 5-day window: each order goes to the customer's
    // latest non-spam sales conversation created at most 5 days before it.
    constexpr protocol::Millis kDay = 24 * 3600 * 1000;
    Cache cache(path("revenue.db"));
    const auto order = [](const std::string &id, std::int64_t cents, const std::string &currency, protocol::Millis at) {
        return protocol::Order {id, cents, currency, "delivered", at, ""};
    };
    protocol::Customer buyer = customer("cu-b", "Bea Buyer", "returning", "en");
    buyer.orders = {order("o-1", 10'000, "USD", kT0 + kDay), // to s-1 (s-2 comes later)
        order("o-2", 4'000, "USD", kT0 + 3 * kDay), // to s-2, the latest before it
        order("o-3", 9'999, "EUR", kT0 + 3 * kDay), // another currency: not counted
        order("o-4", -500, "USD", kT0 + 3 * kDay), // a refund: not counted
        order("o-5", 7'000, "USD", kT0 + 2 * kDay + 6 * kDay), // 6 days after s-2: outside
        order("o-6", 2'500, "USD", kT0 - kDay)}; // before any conversation
    protocol::Conversation first = conversation("s-1", "cu-b", kT0);
    first.kind = protocol::ConversationKind::Sales;
    protocol::Conversation second = conversation("s-2", "cu-b", kT0 + 2 * kDay);
    second.kind = protocol::ConversationKind::Sales;
    protocol::Conversation spam = conversation("s-3", "cu-b", kT0 + 2 * kDay + kDay / 2);
    spam.kind = protocol::ConversationKind::Sales;
    spam.status = protocol::ConversationStatus::Resolved;
    spam.closed = protocol::Closed {protocol::ResolveOutcome::Spam, "maria", kT0 + 3 * kDay};
    protocol::Conversation support = conversation("h-1", "cu-b", kT0 + 2 * kDay + kDay / 3);
    cache.write(buyer, first, second, spam, support);

    // Without the supervisor's figures the cache does not know the currency: nothing is said.
    QString error;
    auto found = revenue::attributed(cache.store.database(), &error);
    QVERIFY2(found, qPrintable(error));
    QVERIFY(found->currency.isEmpty());
    QVERIFY(found->centsByConversation.isEmpty());

    QSqlQuery q(cache.store.database());
    QVERIFY(q.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('facts_currency', 'USD')"_s));
    found = revenue::attributed(cache.store.database(), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->currency, u"USD"_s);
    QCOMPARE(found->centsByConversation.value(u"s-1"_s), 10'000);
    QCOMPARE(found->centsByConversation.value(u"s-2"_s), 4'000);
    QVERIFY(!found->centsByConversation.contains(u"s-3"_s)); // spam never takes an order
    QVERIFY(!found->centsByConversation.contains(u"h-1"_s)); // nor does support
    QCOMPARE(found->centsByConversation.size(), 2);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
