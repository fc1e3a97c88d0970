// The History page as a user meets it: the real console started offline on a cache written by the
// real write path, Alt+4, the list with its summary, a search typed into the field (accents
// ignored, the hit in bold), a filter, a search with no match, and a row opened with the keyboard
// into the workspace at the hit. Review mode (Alt+5) the same way: replies labelled from the
// keyboard into the durable outbox, offline, and two reviewers' agreement. Offscreen, both themes,
// zero QML warnings; screenshots in the build folder (history*.png, review*.png).

#include "consoleqmlmodules.h"
#include "accountpaths.h"
#include "appoptions.h"
#include "console.h"
#include "qmltesting.h"
#include "shownconsole.h"

#include "credentials/tokenstore.h"
#include "domain/displaytext.h"
#include "live/identity.h"
#include "review/historymodel.h"
#include "review/reviewmodel.h"
#include "store/outbox.h"
#include "store/eventapplier.h"
#include "store/localstore.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pilothouse;
using pilothouse::app::Console;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

namespace {

constexpr int kConversations = 40;

/// Forty conversations of the last days in five languages; every fourth open, the rest closed by
/// the AI, a person or the system; the French ones ask for a refund.
void fillCache(const QString &path)
{
    models::LocalStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    models::EventApplier applier(store);
    QVERIFY(applier.prepare());
    const protocol::Millis now = QDateTime::currentMSecsSinceEpoch();
    const std::array<const char *, 5> languages {"en", "fr", "de", "es", "ru"};
    const std::array<const char *, 5> names {
        "Dana Whitfield", "Amélie Dubois", "Jürgen Müller", "Íñigo Ruiz", "Ольга Иванова"};
    const std::array<const char *, 5> asks {"Where is my order #4711? It is late.",
        "Je voudrais un remboursement, le colis est arrivé abîmé.", "Wo ist meine Bestellung? Sie ist spät.",
        "¿Dónde está mi pedido? Llega tarde.", "Где мой заказ? Он опаздывает."};
    std::vector<protocol::Event> events;
    std::int64_t seq = 0;
    const auto push = [&](protocol::EventPayload payload) {
        protocol::Event e;
        e.seq = ++seq;
        e.epoch = "shell";
        e.id = "shell-" + std::to_string(seq);
        e.at = now;
        e.payload = std::move(payload);
        events.push_back(std::move(e));
    };
    for (int i = 0; i < kConversations; ++i) {
        const std::size_t l = std::size_t(i % 5);
        const std::string id = "cv-" + std::to_string(100 + i);
        protocol::Customer customer;
        customer.id = "cu-" + std::to_string(i);
        customer.name = std::string(names[l]) + (i >= 5 ? " " + std::to_string(i / 5) : std::string());
        customer.language = languages[l];
        customer.segment = i % 3 == 0 ? "vip" : "returning";
        push(customer);
        protocol::Conversation c;
        c.id = id;
        c.customerId = customer.id;
        c.channel = i % 4 == 1 ? protocol::Channel::Email : protocol::Channel::Chat;
        c.subject = l == 1 ? "Remboursement" : "Order status";
        c.intent = l == 1 ? "refund_request" : "order_status";
        c.createdAt = now - protocol::Millis(i) * 3 * 3600'000;
        c.lastMessageAt = c.createdAt + 600'000;
        if (i % 4 == 0) {
            c.status = protocol::ConversationStatus::Human;
            c.handoff = protocol::Handoff {c.createdAt + 120'000, protocol::EscalationReason::LowConfidence};
        } else {
            c.status = protocol::ConversationStatus::Resolved;
            const char *by = i % 4 == 1 ? "ai" : i % 4 == 2 ? "maria" : "system";
            c.closed = protocol::Closed {
                i % 4 == 3 ? protocol::ResolveOutcome::Abandoned : protocol::ResolveOutcome::Resolved, by,
                c.lastMessageAt};
        }
        push(c);
        protocol::Message ask;
        ask.id = id + "-1";
        ask.conversationId = id;
        ask.author = protocol::Author::Customer;
        ask.text = asks[l];
        ask.at = c.createdAt;
        push(ask);
        protocol::Message reply;
        reply.id = id + "-2";
        reply.conversationId = id;
        reply.author = protocol::Author::Ai;
        reply.text = "Let me check that for you.";
        reply.at = c.createdAt + 3000;
        reply.ai = protocol::AiAnnotation {c.intent, 0.35 + 0.015 * i, 300, {}};
        push(reply);
        if (i % 3 == 1)
            push(protocol::Rating {id, 1 + i % 5, "", c.lastMessageAt});
        if (i % 5 == 2) {
            push(protocol::Judgement {reply.id, id, i % 2 == 0, "", "sam"});
            // A second reviewer on the same replies, agreeing but on one.
            const bool correct = i == 7 ? i % 2 != 0 : i % 2 == 0;
            push(protocol::Judgement {reply.id, id, correct, "Checked the order", "ana",
                correct ? std::nullopt : std::optional(protocol::ReviewReason::WrongFacts)});
        }
    }
    QVERIFY2(applier.applyEvents(events), qPrintable(applier.errorString()));
}

/// Types `text` into the focused item, key by key (QTest has keyClicks for widgets only).
void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

int listCount(QObject *content, const QString &name = u"historyList"_s)
{
    QObject *list = findByName(content, name);
    return list ? list->property("count").toInt() : -1;
}

} // namespace

class TestHistoryPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { tests::setUpConsoleProcess(); }

    void searchFilterAndOpen()
    {
        tests::ShownConsole shown(u"sam"_s, fillCache);
        if (!shown.start())
            return;
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;
        QObject *content = window->contentItem();

        // Alt+4 opens History for anyone, offline included; the summary says what it shows.
        QTRY_VERIFY(findByName(content, u"historyPageTab"_s));
        QTest::keyClick(window, Qt::Key_4, Qt::AltModifier);
        QTRY_VERIFY(findByName(content, u"historyPage"_s));
        QVERIFY(findByName(content, u"historyPageTab"_s)->property("checked").toBool());
        QTRY_COMPARE(listCount(content), kConversations);
        QCOMPARE(findByName(content, u"historySummary"_s)->property("text").toString(),
            u"Offline: the conversations cached on this computer. 40 conversations"_s);
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/history.png"));

        // A search typed as a user types it: no accent, a prefix. The French conversations match.
        auto *search = qobject_cast<QQuickItem *>(findByName(content, u"historySearch"_s));
        QVERIFY(search);
        search->forceActiveFocus();
        typeText(window, u"rembours"_s);
        QTRY_COMPARE(listCount(content), kConversations / 5);
        models::HistoryModel *history = console.history();
        QCOMPARE(history->summary(), u"8 conversations match"_s);
        const QString snippet = history->data(history->index(0), models::HistoryModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(u"<b>remboursement</b>"_s), qPrintable(snippet));
        for (bool dark : {false, true}) {
            console.setDarkTheme(dark);
            QTest::qWait(250);
            window->grabWindow().save(
                QStringLiteral(PNG_DIR "/") + (dark ? u"dark-"_s : QString()) + u"history-search.png"_s);
        }
        console.setDarkTheme(false);

        // Export: the options first, then the rows the list shows, written on a worker thread.
        auto *exportButton = qobject_cast<QQuickItem *>(findByName(content, u"historyExportButton"_s));
        QVERIFY(exportButton && exportButton->isEnabled());
        QMetaObject::invokeMethod(exportButton, "clicked");
        QObject *exportOptions = findByName(content, u"historyExportOptions"_s);
        QVERIFY(exportOptions);
        QTRY_VERIFY(exportOptions->property("opened").toBool());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/history-export.png"));
        QMetaObject::invokeMethod(exportOptions, "close");
        QSignalSpy exported(history->exporter(), &models::ExportJob::finished);
        const QString csv = shown.data.filePath(u"refunds.csv"_s);
        QVERIFY(history->exportRows(models::ExportJob::Csv, QUrl::fromLocalFile(csv), false, true));
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QCOMPARE(exported.first().at(1).toString(), u"Exported 8 conversations."_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 1 + kConversations / 5); // the header and one line each
        QTRY_COMPARE(
            findByName(content, u"historyExportResult"_s)->property("text").toString(), u"Exported 8 conversations."_s);

        // A filter narrows the search further: the open ones only.
        history->setOutcome(models::Outcome::None);
        QTRY_COMPARE(listCount(content), 2); // i = 1..36 step 5 with i % 4 == 0: 16 and 36
        history->setOutcome(-1);
        QTRY_COMPARE(listCount(content), kConversations / 5);

        // Down from the field to the first row, Enter: the workspace opens that conversation at the hit.
        const QString first = history->data(history->index(0), models::HistoryModel::ConversationIdRole).toString();
        const QString hit = history->data(history->index(0), models::HistoryModel::HitMessageIdRole).toString();
        QCOMPARE(hit, first + u"-1"_s);
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(findByName(content, u"workspacePageTab"_s)->property("checked").toBool());
        QObject *conversation = findByName(content, u"conversationView"_s);
        QVERIFY(conversation);
        QCOMPARE(conversation->property("conversationId").toString(), first);
        QCOMPARE(conversation->property("focusMessageId").toString(), hit);
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/history-opened.png"));

        // "Save as PDF…" on the open conversation: the dialog, then its transcript from the cache.
        auto *print = qobject_cast<QQuickItem *>(findByName(content, u"printTranscriptButton"_s));
        QVERIFY(print && print->isVisible());
        QMetaObject::invokeMethod(print, "clicked");
        QObject *pdfDialog = findByName(content, u"transcriptPdfDialog"_s);
        QVERIFY(pdfDialog);
        QTRY_VERIFY(pdfDialog->property("opened").toBool());
        QCOMPARE(pdfDialog->property("conversationId").toString(), first);
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/history-transcript-pdf.png"));
        QMetaObject::invokeMethod(pdfDialog, "close");
        QSignalSpy printed(history->exporter(), &models::ExportJob::finished);
        const QString pdf = shown.data.filePath(u"transcript.pdf"_s);
        history->exportTranscript(first, QUrl::fromLocalFile(pdf), false);
        QTRY_COMPARE(printed.count(), 1);
        QVERIFY2(printed.first().at(0).toBool(), qPrintable(printed.first().at(1).toString()));
        QFile printedFile(pdf);
        QVERIFY(printedFile.open(QIODevice::ReadOnly));
        QVERIFY(printedFile.read(5) == "%PDF-");
        // A conversation the cache does not hold is refused with a sentence, and nothing is written.
        history->exportTranscript(u"cv-unknown"_s, QUrl::fromLocalFile(shown.data.filePath(u"none.pdf"_s)), true);
        QTRY_COMPARE(printed.count(), 2);
        QVERIFY(!printed.at(1).at(0).toBool());
        QCOMPARE(printed.at(1).at(1).toString(), u"This conversation is not in the cache, so it cannot be printed."_s);
        QVERIFY(!QFile::exists(shown.data.filePath(u"none.pdf"_s)));

        // Back to History: a search nothing matches says so and offers to clear.
        QTest::keyClick(window, Qt::Key_4, Qt::AltModifier);
        search->forceActiveFocus();
        typeText(window, u" zzzz"_s);
        QTRY_COMPARE(listCount(content), 0);
        QObject *empty = findByName(content, u"historyEmpty"_s);
        QVERIFY(empty);
        QTRY_VERIFY(empty->property("visible").toBool());
        QCOMPARE(empty->property("title").toString(), u"No conversation matches"_s);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/history-nomatch.png"));
        history->resetFilters();
        QTRY_COMPARE(listCount(content), kConversations);

        // One letter: every conversation matches ("Let me check…"); where two messages match, the
        // row says so ("late" and "Let", "le" and "Let").
        history->setSearchText(u"l"_s);
        QTRY_COMPARE(history->summary(), u"40 conversations match"_s);
        const auto hitsOf = [history](const QString &id) {
            for (int row = 0; row < history->rowCount(); ++row) {
                const QModelIndex index = history->index(row);
                if (history->data(index, models::HistoryModel::ConversationIdRole).toString() == id)
                    return history->data(index, models::HistoryModel::HitsTextRole).toString();
            }
            return u"<missing>"_s;
        };
        QCOMPARE(hitsOf(u"cv-100"_s), u"2 matching messages"_s); // English
        QCOMPARE(hitsOf(u"cv-102"_s), QString()); // German: only the reply
        history->resetFilters();
        QTRY_COMPARE(history->summary(), u"40 conversations"_s);

        // The account's cache closes (sign-out): its conversations leave the list at once. (The
        // list first finishes creating its rows: Qt 6.4's DelegateModel warns "cancel: index out
        // range" when a reset lands while it is still incubating them.)
        QTest::qWait(300);
        history->setDatabasePath(QString());
        QCOMPARE(history->rowCount(), 0);
        QVERIFY(!history->loaded());
        QTRY_COMPARE(listCount(content), 0);

        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void reviewFromTheKeyboard()
    {
        tests::ShownConsole shown(u"sam"_s, fillCache);
        if (!shown.start())
            return;
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;
        QObject *content = window->contentItem();
        const QString cachePath = shown.cachePath();
        models::ReviewModel *review = console.review();

        // Alt+5: the replies nobody labelled, the least sure first (eight of forty are labelled).
        QTRY_VERIFY(findByName(content, u"reviewPageTab"_s));
        QTest::keyClick(window, Qt::Key_5, Qt::AltModifier);
        QTRY_VERIFY(findByName(content, u"reviewPage"_s));
        QTRY_COMPARE(listCount(content, u"reviewList"_s), kConversations - 8);
        QVERIFY(review->canJudge()); // offline: labels wait in the outbox
        QCOMPARE(review->currentIndex(), 0);
        QCOMPARE(review->currentMessageId(), u"cv-100-2"_s); // confidence 0.35, the lowest
        QCOMPARE(findByName(content, u"reviewSummary"_s)->property("text").toString(),
            u"Offline: labels are kept and sent when the link returns. 32 replies to review"_s);
        // Sam and ana labelled the same eight replies and disagreed once: kappa of the verdict.
        const QVariantList agreement = review->agreement();
        QCOMPARE(agreement.size(), 1);
        const QVariantMap pair = agreement.first().toMap();
        QCOMPARE(pair.value(u"title"_s).toString(),
            u"%1 and %2"_s.arg(models::isolatedText(u"ana"_s), models::isolatedText(u"sam"_s)));
        QCOMPARE(pair.value(u"summary"_s).toString(), u"8 replies labelled by both"_s);
        const QVariantMap verdict = pair.value(u"rows"_s).toList().first().toMap();
        QCOMPARE(verdict.value(u"detail"_s).toString(), u"agree on 7 of 8"_s);

        // J and K move; 1 labels right and moves on; 2, then F, labels wrong with a reason; N
        // writes a note first.
        QTest::keyClick(window, Qt::Key_J);
        QCOMPARE(review->currentIndex(), 1);
        QTest::keyClick(window, Qt::Key_K);
        QCOMPARE(review->currentIndex(), 0);
        QTest::keyClick(window, Qt::Key_1);
        QCOMPARE(review->currentIndex(), 1);
        QTest::keyClick(window, Qt::Key_N);
        typeText(window, u"Order number 4711 was wrong"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTest::keyClick(window, Qt::Key_2);
        QTRY_VERIFY(findByName(content, u"reviewBar"_s)->property("choosingReason").toBool());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/review-reasons.png"));
        QTest::keyClick(window, Qt::Key_F);
        QCOMPARE(review->currentIndex(), 2);
        QCOMPARE(review->data(review->index(0), models::ReviewModel::MyLabelTextRole).toString(), u"Right"_s);
        QCOMPARE(
            review->data(review->index(1), models::ReviewModel::MyLabelTextRole).toString(), u"Wrong: Wrong facts"_s);
        QVERIFY(review->data(review->index(1), models::ReviewModel::PendingRole).toBool());
        QCOMPARE(review->summary(), u"30 replies to review · 2 labelled here"_s);
        QTest::qWait(250);
        for (bool dark : {false, true}) {
            console.setDarkTheme(dark);
            QTest::qWait(250);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/") + (dark ? u"dark-"_s : QString()) + u"review.png"_s);
        }
        console.setDarkTheme(false);

        // Another reviewer's label of the current reply arrives in the cache: it shows on the reply
        // at once, and the queue does not move. (Written here by a second connection; the writer's
        // changesApplied is what calls cacheChanged in the console.)
        const QString current = review->currentMessageId();
        {
            models::LocalStore other;
            QVERIFY(other.open(cachePath));
            models::EventApplier applier(other);
            QVERIFY(applier.prepare());
            protocol::Event event;
            event.seq = 1000;
            event.epoch = "shell";
            event.id = "shell-lee";
            event.payload = protocol::Judgement {current.toStdString(), current.section(u'-', 0, 1).toStdString(),
                false, "", "lee", protocol::ReviewReason::WrongTone};
            QVERIFY2(applier.applyEvents({event}), qPrintable(applier.errorString()));
        }
        review->cacheChanged();
        QTRY_COMPARE(review->currentLabels().size(), 1);
        QCOMPARE(review->currentLabels().first().toMap().value(u"verdictText"_s).toString(),
            u"Wrong: Wrong tone or voice"_s);
        QCOMPARE(review->currentMessageId(), current);
        QCOMPARE(review->data(review->index(2), models::ReviewModel::OthersTextRole).toString(),
            models::isolatedText(u"lee"_s) + u": Wrong: Wrong tone or voice"_s);

        // Both labels are in the durable outbox, as message.judge commands with their reason and note.
        models::Outbox outbox;
        QVERIFY(outbox.open(models::Outbox::pathBeside(cachePath)));
        QList<models::OutboxRecord> judged;
        QTRY_VERIFY((judged = outbox.all().value_or(QList<models::OutboxRecord> {})).size() == 2);
        QCOMPARE(judged.at(0).action, models::Action::Judge);
        QVERIFY2(judged.at(0).args.contains(u"\"messageId\":\"cv-100-2\""_s), qPrintable(judged.at(0).args));
        QVERIFY2(judged.at(0).args.contains(u"\"correct\":true"_s), qPrintable(judged.at(0).args));
        QVERIFY2(judged.at(1).args.contains(u"\"category\":\"wrong_facts\""_s), qPrintable(judged.at(1).args));
        QVERIFY2(judged.at(1).args.contains(u"Order number 4711 was wrong"_s), qPrintable(judged.at(1).args));

        // The daily sample and the handed-over queue.
        review->setQueue(models::ReviewModel::HandedOver);
        // Every fourth was handed over; sam labelled two of those (i = 12 and 32) before.
        QTRY_COMPARE(listCount(content, u"reviewList"_s), kConversations / 4 - 2);
        review->setQueue(models::ReviewModel::DailySample);
        QTRY_VERIFY(!review->busy());
        QVERIFY(listCount(content, u"reviewList"_s) > 0);
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/review-sample.png"));

        QTest::qWait(300);
        review->setDatabasePath(QString());
        QCOMPARE(review->rowCount(), 0);
        QTRY_COMPARE(listCount(content, u"reviewList"_s), 0);
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
