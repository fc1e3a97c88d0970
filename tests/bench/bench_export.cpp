// Export of the History page (issue 13, section 4: "export of 10,000 conversations"): 10,000
// conversations of 50 messages each (500,000 messages) in a temporary SQLite cache, exported by the
// real ExportJob (models/review/exportjob.h) on its worker thread, as CSV and as JSON Lines, each
// with and without redaction, and the first 100 conversations as printed transcripts (PDF). Prints
// the wall time of each and the file's size.
//
//   cmake --build build/hx -j 2 --target bench_export && build/hx/tests/bench/bench_export
//
// Optional arguments: conversations and messages per conversation (default 10000 50). Runs
// offscreen unless QT_QPA_PLATFORM says otherwise (the PDF needs a QGuiApplication's fonts).

#include "domain/convert.h"
#include "review/exportjob.h"
#include "store/jsoncolumns.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace pilothouse::models;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'796'000'000'000;

const QStringList kCustomerTexts {
    u"Hi, where is my order #81860? It was due on 2026-12-04."_s,
    u"Please call me back on +44 20 7946 0958 or write to jane.doe+orders@example.co.uk"_s,
    u"Bonjour, je voudrais changer l'adresse de livraison de ma commande, merci beaucoup."_s,
    u"Meine Karte 4111 1111 1111 1111 wurde zweimal belastet, bitte erstatten Sie 49,90 €."_s,
    u"¿Pueden enviarme la factura? Mi teléfono es 612 34 56 78."_s,
    u"Здравствуйте, заказ пришёл повреждённым, что делать?"_s,
};
const QStringList kAiTexts {
    u"Your order #81860 left our warehouse on 2026-12-05 and should arrive within two working days."_s,
    u"I have updated the delivery address; you will receive a confirmation e-mail shortly."_s,
    u"I am sorry about the double charge. I have asked our billing team to refund it today."_s,
};

QString createCache(const QString &path, int conversations, int perConversation)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"CREATE TABLE messages (id TEXT PRIMARY KEY NOT NULL, conversation_id TEXT NOT NULL, author TEXT NOT "
               "NULL DEFAULT '', author_name TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', at INTEGER NOT "
               "NULL DEFAULT 0, has_ai INTEGER NOT NULL DEFAULT 0, intent TEXT NOT NULL DEFAULT '', confidence REAL "
               "NOT NULL DEFAULT 0, latency_ms INTEGER NOT NULL DEFAULT 0, tools TEXT NOT NULL DEFAULT '[]', "
               "visibility TEXT NOT NULL DEFAULT 'public', rule_inputs TEXT)"_s);
        q.exec(u"CREATE INDEX messages_conversation_at ON messages(conversation_id, at)"_s);
        q.exec(u"BEGIN"_s);
        q.prepare(u"INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s);
        const QString tools = jsoncolumns::fromTools({{u"order_lookup"_s, u"looked up order #81860"_s}});
        for (int c = 0; c < conversations; ++c) {
            for (int m = 0; m < perConversation; ++m) {
                const bool ai = m % 2 == 1;
                const bool note = m % 17 == 16;
                q.bindValue(0, u"m-%1-%2"_s.arg(c).arg(m));
                q.bindValue(1, u"c-%1"_s.arg(c));
                q.bindValue(2, wireName(ai ? Author::Ai : note ? Author::Human : Author::Customer));
                q.bindValue(3, ai ? u"Pilot"_s : note ? u"Sam"_s : u"Customer %1"_s.arg(c));
                q.bindValue(
                    4, ai ? kAiTexts[(c + m) % kAiTexts.size()] : kCustomerTexts[(c + m) % kCustomerTexts.size()]);
                q.bindValue(5, kT0 + qint64(c) * 60'000 + m * 1'000);
                q.bindValue(6, ai ? 1 : 0);
                q.bindValue(7, ai ? u"order_status"_s : u""_s);
                q.bindValue(8, ai ? 0.5 + (m % 50) / 100.0 : 0.0);
                q.bindValue(9, ai ? 1'200 : 0);
                q.bindValue(10, ai ? tools : u"[]"_s);
                q.bindValue(11, wireName(note ? Visibility::Note : Visibility::Public));
                if (!q.exec() && error.isEmpty())
                    error = q.lastError().text();
            }
        }
        q.exec(u"COMMIT"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench"_s);
    return error;
}

QList<HistoryRow> historyRows(int conversations, int perConversation)
{
    QList<HistoryRow> rows;
    rows.reserve(conversations);
    for (int c = 0; c < conversations; ++c) {
        HistoryRow row;
        row.conversationId = u"c-%1"_s.arg(c);
        row.customerId = u"k-%1"_s.arg(c);
        row.customerName = u"Customer %1, Ltd."_s.arg(c);
        row.customerEmail = u"customer%1@example.com"_s.arg(c);
        row.segment = u"returning"_s;
        row.language = u"en"_s;
        row.intent = u"order_status"_s;
        row.createdAt = kT0 + qint64(c) * 60'000;
        row.lastMessageAt = row.createdAt + perConversation * 1'000;
        row.messageCount = perConversation;
        row.aiFirstResponseMs = 1'200;
        row.outcome = c % 5 == 0 ? Outcome::NotResolved : Outcome::Resolved;
        row.closedBy = u"ai"_s;
        row.closedAt = row.lastMessageAt;
        row.csat = 1 + c % 5;
        row.aiReplies = perConversation / 2;
        row.minConfidence = 0.5;
        row.meanConfidence = 0.745;
        row.revenueCents = (c % 7) * 1'999;
        rows.append(row);
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int conversations = args.size() > 1 ? args[1].toInt() : 10'000;
    const int perConversation = args.size() > 2 ? args[2].toInt() : 50;
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (const QString error = createCache(cache, conversations, perConversation); !error.isEmpty()) {
        std::fprintf(stderr, "creating the cache failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("cache of %d conversations x %d messages written in %lld ms\n", conversations, perConversation,
        timer.elapsed());
    const QList<HistoryRow> rows = historyRows(conversations, perConversation);

    struct Case {
        const char *name;
        ExportJob::Format format;
        bool redact;
        qsizetype rows;
    };
    const qsizetype all = rows.size();
    const Case cases[] = {{"CSV", ExportJob::Csv, false, all}, {"CSV, redacted", ExportJob::Csv, true, all},
        {"JSON Lines", ExportJob::JsonLines, false, all}, {"JSON Lines, redacted", ExportJob::JsonLines, true, all},
        {"PDF, 100 transcripts", ExportJob::Pdf, false, std::min<qsizetype>(100, all)}};
    ExportJob job;
    for (const Case &c : cases) {
        const QString path = dir.filePath(c.format == ExportJob::Csv ? u"out.csv"_s
                : c.format == ExportJob::Pdf                         ? u"out.pdf"_s
                                                                     : u"out.jsonl"_s);
        QEventLoop loop;
        bool ok = false;
        QString message;
        QObject::connect(&job, &ExportJob::finished, &loop, [&](bool success, const QString &text) {
            ok = success;
            message = text;
            loop.quit();
        });
        timer.restart();
        ExportJob::Options options;
        options.redact = c.redact;
        if (!job.start(rows.first(c.rows), c.format, QUrl::fromLocalFile(path), options, cache))
            return 1;
        loop.exec();
        const qint64 ms = timer.elapsed();
        std::printf(
            "%-22s %6lld ms  %8.1f MB  %s\n", c.name, ms, double(QFileInfo(path).size()) / 1e6, qPrintable(message));
        if (!ok)
            return 1;
    }
    return 0;
}
