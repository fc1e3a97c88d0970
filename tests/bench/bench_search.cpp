// History benchmark (not a test): fills a cache through the real write path with C conversations of
// M messages each (1,000,000 messages by default, in five languages), then measures what History
// does on it: full-text searches (search, then the matching rows, as HistoryWorker runs them) with
// p50 and p99 over many queries, the unfiltered list ("opening History"), a filtered list, review
// mode's three queues (store/reviewquery.h), and the retention purge of a batch of conversations.
//
//   build/<preset>/tests/bench/bench_search [--conversations 20000] [--messages 50] [--queries 300]
//
// The bar (issue 13): search p99 under 50 ms at 1,000,000 cached messages.

#include "store/eventapplier.h"
#include "store/historyquery.h"
#include "store/localstore.h"
#include "store/retention.h"
#include "store/reviewquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pilothouse;
using namespace pilothouse::models;
using namespace Qt::StringLiterals;

namespace {

constexpr protocol::Millis kStart = 1'700'000'000'000;

// A vocabulary per language: common words, and rarer ones (order numbers, products) searches hit.
const std::array<std::vector<std::string>, 5> kWords {{
    {"where", "is", "my", "order", "refund", "please", "thanks", "delivery", "late", "package", "size", "return", "the",
        "a", "you", "help", "shipping", "address", "change", "cancel"},
    {"où", "est", "ma", "commande", "remboursement", "merci", "livraison", "retard", "colis", "taille", "retour", "le",
        "la", "vous", "aide", "adresse", "changer", "annuler", "déjà", "reçu"},
    {"wo", "ist", "meine", "bestellung", "rückerstattung", "danke", "lieferung", "spät", "paket", "größe",
        "rücksendung", "der", "die", "sie", "hilfe", "adresse", "ändern", "stornieren", "schon", "erhalten"},
    {"dónde", "está", "mi", "pedido", "devolución", "gracias", "entrega", "tarde", "paquete", "talla", "reembolso",
        "el", "la", "usted", "ayuda", "dirección", "cambiar", "cancelar", "ya", "recibido"},
    {"где", "мой", "заказ", "возврат", "спасибо", "доставка", "поздно", "посылка", "размер", "вернуть", "это", "вы",
        "помощь", "адрес", "изменить", "отменить", "уже", "получил", "деньги", "товар"},
}};

std::string sentence(QRandomGenerator &random, int language, int id)
{
    const auto &words = kWords[std::size_t(language)];
    std::string text;
    const int length = 6 + int(random.bounded(10));
    for (int i = 0; i < length; ++i) {
        if (!text.empty())
            text += ' ';
        text += words[random.bounded(quint32(words.size()))];
    }
    text += " #" + std::to_string(10'000 + id % 90'000);
    return text;
}

bool fill(LocalStore &store, int conversations, int messagesEach)
{
    EventApplier applier(store);
    if (!applier.prepare())
        return false;
    QRandomGenerator random(7);
    std::int64_t seq = 0;
    std::vector<protocol::Event> batch;
    const auto push = [&](protocol::EventPayload payload) {
        protocol::Event event;
        event.seq = ++seq;
        event.epoch = "bench";
        event.id = "bench-" + std::to_string(seq);
        event.at = kStart + seq;
        event.payload = std::move(payload);
        batch.push_back(std::move(event));
    };
    const auto flush = [&] {
        const bool ok = applier.applyEvents(batch).has_value();
        batch.clear();
        return ok;
    };
    for (int c = 0; c < conversations; ++c) {
        const int language = c % 5;
        const std::string id = "cv-" + std::to_string(c);
        protocol::Customer customer;
        customer.id = "cu-" + std::to_string(c % (conversations / 4 + 1));
        customer.name = "Customer " + std::to_string(c);
        customer.language = std::array {"en", "fr", "de", "es", "ru"}[std::size_t(language)];
        customer.segment = "returning";
        push(customer);
        protocol::Conversation conversation;
        conversation.id = id;
        conversation.customerId = customer.id;
        conversation.createdAt = kStart + protocol::Millis(c) * 60'000;
        conversation.lastMessageAt = conversation.createdAt + messagesEach * 30'000;
        conversation.status = c % 10 == 0 ? protocol::ConversationStatus::Ai : protocol::ConversationStatus::Resolved;
        if (conversation.status == protocol::ConversationStatus::Resolved)
            conversation.closed
                = protocol::Closed {protocol::ResolveOutcome::Resolved, "ai", conversation.lastMessageAt};
        conversation.intent = "order_status";
        push(conversation);
        for (int m = 0; m < messagesEach; ++m) {
            protocol::Message message;
            message.id = id + "-" + std::to_string(m);
            message.conversationId = id;
            message.author = m % 2 == 0 ? protocol::Author::Customer : protocol::Author::Ai;
            message.at = conversation.createdAt + m * 30'000;
            message.text = sentence(random, language, c * messagesEach + m);
            if (message.author == protocol::Author::Ai)
                message.ai = protocol::AiAnnotation {"order_status", 0.3 + random.bounded(70) / 100.0, 300, {}};
            push(message);
        }
        if (batch.size() >= 5000 && !flush())
            return false;
    }
    return flush();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"conversations"_s, u"Conversations to cache."_s, u"N"_s, u"20000"_s});
    parser.addOption({u"messages"_s, u"Messages per conversation."_s, u"M"_s, u"50"_s});
    parser.addOption({u"queries"_s, u"Searches to time."_s, u"Q"_s, u"300"_s});
    parser.process(app);
    const int conversations = std::max(1, parser.value(u"conversations"_s).toInt());
    const int messages = std::max(1, parser.value(u"messages"_s).toInt());
    const int queries = std::max(1, parser.value(u"queries"_s).toInt());

    QTemporaryDir dir;
    LocalStore store;
    if (!dir.isValid() || !store.open(dir.filePath(u"bench.db"_s))) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(store, conversations, messages)) {
        std::fprintf(stderr, "cannot fill the cache\n");
        return 1;
    }
    std::printf("filled %d conversations, %d messages in %.1f s (through the write path, index included)\n",
        conversations, conversations * messages, double(timer.elapsed()) / 1000);

    // Queries as people type them: a common word, a rare order number, a prefix of two letters,
    // two words, an accent typed without it, Cyrillic.
    const QStringList terms {u"refund"_s, u"#4711"_s, u"re"_s, u"order late"_s, u"remboursement"_s, u"ruckerstattung"_s,
        u"devolucion"_s, u"возврат"_s, u"paquete tarde"_s, u"12345"_s};
    HistoryQuery query(store.database());
    std::vector<double> times;
    int matched = 0;
    for (int i = 0; i < queries; ++i) {
        const QString text = terms.at(i % terms.size());
        QElapsedTimer t;
        t.start();
        const auto hits = query.search(text);
        const auto rows = hits ? query.rows(HistoryFilter {}, &*hits) : std::nullopt;
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!rows) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(query.errorString()));
            return 1;
        }
        matched += int(rows->size());
    }
    std::printf("search + rows, %d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%.0f conversations on average)\n",
        queries, percentile(times, 0.5), percentile(times, 0.99), percentile(times, 1.0), double(matched) / queries);
    for (qsizetype t = 0; t < terms.size(); ++t) {
        std::vector<double> own;
        for (std::size_t i = std::size_t(t); i < times.size(); i += std::size_t(terms.size()))
            own.push_back(times[i]);
        std::printf("  %-16s median %.1f ms\n", qPrintable(terms.at(t)), percentile(own, 0.5));
    }

    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const auto rows = query.rows({});
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!rows)
            return 1;
    }
    std::printf(
        "History opened, every conversation (%d rows): median %.1f ms\n", conversations, percentile(opens, 0.5));
    HistoryFilter weak;
    weak.confidenceBelow = 0.35;
    weak.sort = HistorySort::LowestConfidence;
    timer.restart();
    const auto weakRows = query.rows(weak);
    std::printf("filtered (weakest reply below 35%%, weakest first, %lld rows): %.1f ms\n",
        weakRows ? qlonglong(weakRows->size()) : -1LL, double(timer.nsecsElapsed()) / 1e6);

    // Review mode's queues, as ReviewWorker reads them (500 replies, then their labels).
    ReviewQuery review(store.database());
    for (const auto &[queue, name] :
        {std::pair {ReviewQueue::LowestConfidence, "lowest confidence"},
            std::pair {ReviewQueue::DailySample, "daily sample"}, std::pair {ReviewQueue::HandedOver, "handed over"}}) {
        std::vector<double> reads;
        qsizetype shown = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const auto items = review.queue(ReviewRequest {queue, u"sam"_s, 10, 7, kStart + 200 * 60'000, 500});
            QStringList ids;
            for (const ReviewItem &item : items.value_or(QList<ReviewItem> {}))
                ids.append(item.messageId);
            const auto labels = review.labels(ids);
            reads.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!items || !labels) {
                std::fprintf(stderr, "review queue failed: %s\n", qPrintable(review.errorString()));
                return 1;
            }
            shown = items->size();
        }
        std::printf(
            "review queue %-17s (%lld replies): median %.1f ms\n", name, qlonglong(shown), percentile(reads, 0.5));
    }

    timer.restart();
    QString error;
    const auto purged = retention::purgeExpired(store.database(), kStart + 200 * 60'000, 200, &error);
    std::printf("retention purge of one batch (%d conversations, %d messages): %.1f ms\n", purged.value_or(-1),
        purged.value_or(0) * messages, double(timer.nsecsElapsed()) / 1e6);
    return purged ? 0 : 1;
}
