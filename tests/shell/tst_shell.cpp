// The Shell module loads offscreen with zero QML warnings, with the real Console behind it, in the
// states a user meets before any server is involved, and shows what the user should see there:
// signed out, the sign-in page; offline with no cache, the workspace with the notice that says so.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "console.h"
#include "qmltesting.h"
#include "textlayout.h"
#include "preferences.h"
#include "syntheticfacts.h"
#include "workedexample.h"

#include "analytics/drilldown.h"
#include "analytics/factsbuilder.h"
#include "board/boardmodel.h"
#include "insights/conversationsbehindmodel.h"
#include "live/workspace.h"
#include "insights/analyticsreport.h"
#include "insights/costmodelform.h"
#include "live/identity.h"

#include <QApplication>
#include <QTranslator>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace pilothouse::app;
using pilothouse::models::AnalyticsReport;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;
namespace MetricId = pilothouse::models::MetricId;

namespace {

/// What the server would answer for `side` of `metric` over the worked example (1-8 March).
pilothouse::protocol::FactsConversations workedExampleList(
    pilothouse::analytics::Metric metric, pilothouse::analytics::DrillSide side)
{
    using namespace pilothouse::analytics;
    const History history = workedexample::history();
    pilothouse::protocol::FactsConversations list;
    list.membership = membershipName(membershipOf(metric, side));
    QList<ConversationFacts> all = FactsBuilder::perConversation(history, workedexample::asOf(), QStringLiteral("USD"));
    std::reverse(all.begin(), all.end()); // newest first
    for (const ConversationFacts &c : all) {
        if (c.key.day < QDate(2025, 3, 1) || !isBehind(metric, side, c.counts))
            continue;
        const HistoryConversation &h = history.conversations[c.index];
        list.conversations.push_back({h.id.toStdString(), h.customerId.toStdString(), h.createdAt, h.channel, h.kind,
            h.intent.toStdString(), pilothouse::protocol::ConversationStatus::Resolved,
            std::string(outcomeName(outcomeOf(c.counts))), c.counts.handedOff > 0});
    }
    list.total = qint64(list.conversations.size());
    return list;
}

QString textOf(QObject *root, const QString &name, const char *property = "text")
{
    QObject *object = findByName(root, name);
    return object ? object->property(property).toString() : QStringLiteral("<no %1>").arg(name);
}

void saveBothThemes(Console &console, QQuickWindow *window, const QString &name)
{
    for (bool dark : {false, true}) {
        console.setDarkTheme(dark);
        QTest::qWait(250);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/") + (dark ? QStringLiteral("dark-") : QString()) + name);
    }
    console.setDarkTheme(false);
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT

private:
    /// Loads Main.qml with a Console started on `options`, checks what the user sees with `seen`
    /// (given the window's content), saves screenshots in both themes and fails on any warning.
    void loadAndSettle(
        const AppOptions &options, const QString &pngName, const std::function<void(Console &, QQuickItem *)> &seen)
    {
        WarningRecorder::take();
        Console console(options);
        QQmlApplicationEngine engine;
        // Qt 6.4 does not search the resource root for the statically linked modules by itself.
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(WarningRecorder::take().join(u'\n')));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(500);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/") + pngName);
        seen(console, window->contentItem());
        if (QTest::currentTestFailed())
            return;
        // Toggle the theme: both palettes must bind cleanly.
        console.setDarkTheme(!console.darkTheme());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/dark-") + pngName);
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        WarningRecorder::install();
        // The English catalogue, as app/main.cpp loads it, for the plural forms of the screenshots.
        static QTranslator english;
        QVERIFY(english.load(QStringLiteral("pilothouse_en"), QStringLiteral(QM_DIR)));
        QCoreApplication::installTranslator(&english);
    }

    void signedOutShowsSignIn()
    {
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        loadAndSettle(options, QStringLiteral("shell-signed-out.png"), [](Console &console, QQuickItem *content) {
            QCOMPARE(console.connectionState(), Console::ConnectionState::SignedOut);
            // The sign-in page fills the window; the workspace is not there at all.
            auto *page = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("signInPage")));
            QVERIFY(page);
            QVERIFY(page->isVisible());
            QCOMPARE(page->size(), content->size());
            QVERIFY(!findByName(content, QStringLiteral("boardTab")));
            QVERIFY(!findByName(content, QStringLiteral("noticeBanner")));
            // It asks for the server, the user name and the password, all empty on a first start,
            // with the cursor in the first field; no error and no notice yet.
            for (const auto *name : {"signInServer", "signInUser", "signInPassword"}) {
                auto *field = qobject_cast<QQuickItem *>(findByName(page, QString::fromLatin1(name)));
                QVERIFY2(field && field->isVisible(), name);
                QVERIFY2(field->property("text").toString().isEmpty(), name);
            }
            auto *server = findByName(page, QStringLiteral("signInServer"))->property("field").value<QQuickItem *>();
            QVERIFY(server);
            QTRY_VERIFY(server->hasActiveFocus());
            for (const auto *name : {"signInError", "signInNotice"}) {
                auto *text = qobject_cast<QQuickItem *>(findByName(page, QString::fromLatin1(name)));
                QVERIFY2(text && !text->isVisible(), name);
            }
        });
    }

    void offlineWithoutCache()
    {
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.offline = true;
        loadAndSettle(options, QStringLiteral("shell-offline-empty.png"), [](Console &console, QQuickItem *content) {
            QCOMPARE(console.connectionState(), Console::ConnectionState::Offline);
            // The workspace, not the sign-in page: there is nothing to sign in to offline.
            QVERIFY(!findByName(content, QStringLiteral("signInPage")));
            auto *label = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("connectionLabel")));
            QVERIFY(label && label->isVisible());
            QCOMPARE(label->property("text").toString(), QStringLiteral("Offline"));
            // The notice says why the board is empty and what to do about it...
            auto *notice = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("noticeBanner")));
            QVERIFY(notice && notice->isVisible());
            QCOMPARE(notice->property("text").toString(),
                QStringLiteral("No cached conversations yet: sign in once while online to fill the cache."));
            QCOMPARE(notice->property("severity").toInt(), int(pilothouse::models::Severity::Info));
            // ...and the board shows its empty state, not a list and not a loading spinner.
            auto *empty = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("boardEmpty")));
            QVERIFY(empty && empty->isVisible());
            // Offline nothing arrives live: the empty state says the cache is empty, not "appear here live".
            QCOMPARE(empty->property("title").toString(), QStringLiteral("Nothing cached yet"));
            QVERIFY2(!empty->property("body").toString().contains(QStringLiteral("live")),
                qPrintable(empty->property("body").toString()));
            auto *list = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("boardList")));
            QVERIFY(list);
            QCOMPARE(list->property("count").toInt(), 0);
            auto *conversation
                = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("conversationNothingSelected")));
            QVERIFY(conversation && conversation->isVisible());
        });
    }

    void queueTabAndShortcutSheet()
    {
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.offline = true;
        WarningRecorder::take();
        Console console(options);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(WarningRecorder::take().join(u'\n')));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Ctrl+2 shows the queue (empty here), Ctrl+1 the board again.
        auto *queue = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("queueView")));
        QVERIFY(queue);
        QVERIFY(!queue->isVisible());
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(queue->isVisible());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/shell-queue-empty.png"));

        // F1 opens the shortcut sheet and Esc closes it; "?" opens it too.
        QTest::keyClick(window, Qt::Key_F1);
        QObject *sheet = nullptr;
        QTRY_VERIFY((sheet = findByName(window->contentItem(), QStringLiteral("shortcutSheetPopup"))) != nullptr
            && sheet->property("visible").toBool());
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/shell-shortcut-sheet.png"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Question, Qt::ShiftModifier);
        QTRY_VERIFY(sheet->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(!queue->isVisible());
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    /// The supervisor's Overview and Analytics pages on the worked example of docs/metrics.md:
    /// agents never see them, the workspace stays the start page, and the figures are the model's.
    void overviewAndAnalyticsPages()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.offline = true;
        WarningRecorder::take();
        Console console(options);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(WarningRecorder::take().join(u'\n')));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        console.start();
        window->resize(1440, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *content = window->contentItem();

        // An agent: the Workspace and History tabs only, and Alt+3 shows nothing new.
        console.identity()->set(QStringLiteral("ana"), QStringLiteral("Ana Agent"), pilothouse::models::Role::Agent);
        auto *tabs = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("pageTabs")));
        QVERIFY(tabs);
        QTRY_VERIFY(tabs->isVisible());
        const auto tabShown = [content](const char *name) {
            auto *tab = qobject_cast<QQuickItem *>(findByName(content, QLatin1String(name)));
            return tab && tab->isVisible();
        };
        QVERIFY(tabShown("workspacePageTab"));
        QVERIFY(tabShown("historyPageTab"));
        QVERIFY(!tabShown("overviewPageTab"));
        QVERIFY(!tabShown("analyticsPageTab"));
        QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
        QTest::qWait(100);
        QVERIFY(!findByName(content, QStringLiteral("analyticsPage")));

        // A supervisor without facts: the tabs, the workspace first, and an empty state that says why.
        console.identity()->set(
            QStringLiteral("sam"), QStringLiteral("Sam Supervisor"), pilothouse::models::Role::Supervisor);
        QTRY_VERIFY(tabShown("overviewPageTab"));
        auto *analyticsTab = findByName(content, QStringLiteral("analyticsPageTab"));
        QVERIFY(analyticsTab);
        QVERIFY(findByName(content, QStringLiteral("workspacePageTab"))->property("checked").toBool());
        QTest::keyClick(window, Qt::Key_2, Qt::AltModifier);
        QTRY_VERIFY(findByName(content, QStringLiteral("overviewPage")));
        QCOMPARE(textOf(content, QStringLiteral("noFigures"), "title"), QStringLiteral("No figures yet"));
        saveBothThemes(console, window, QStringLiteral("overview-empty.png"));

        // The worked example: 1 to 8 March 2025 on the Analytics page, with a reviewer's judgements
        // of 300 replies (the example has none) so the calibration has something to show.
        AnalyticsReport *report = console.analytics();
        report->setCostModel(workedexample::costModel());
        QList<pilothouse::analytics::DayFacts> facts = pilothouse::analytics::FactsBuilder::build(
            workedexample::history(), workedexample::asOf(), QStringLiteral("USD"));
        QVERIFY(facts.size() > 3 && facts[3].key.day == QDate(2025, 3, 1));
        facts[3].counts.judgedByConfidence = {4, 6, 10, 14, 20, 26, 34, 46, 60, 80};
        facts[3].counts.wrongByConfidence = {3, 4, 6, 7, 8, 7, 6, 5, 3, 2};
        facts[3].counts.aiRepliesByConfidence = {8, 12, 20, 30, 42, 56, 70, 96, 130, 180};
        facts[3].counts.notHandedOffByLowestConfidence = {0, 0, 0, 1, 1, 1, 1, 2, 2, 3};
        report->setFacts(facts, workedexample::asOf());
        report->setToday(QDate(2025, 3, 8));
        // The Analytics page takes the report's selection when it is first shown.
        report->setRange(AnalyticsReport::Custom);
        report->setCustomFrom(QDate(2025, 3, 1));
        report->setCustomTo(QDate(2025, 3, 8));
        QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
        QTRY_VERIFY(findByName(content, QStringLiteral("analyticsPage")));
        QVERIFY(analyticsTab->property("checked").toBool());
        QObject *analytics = findByName(content, QStringLiteral("analyticsPage"));
        QTRY_COMPARE(textOf(analytics, QStringLiteral("card2"), "valueText"), QStringLiteral("40.0 %"));
        QCOMPARE(textOf(analytics, QStringLiteral("card2"), "deltaText"), QStringLiteral("\u221210.0 pts"));
        QCOMPARE(textOf(analytics, QStringLiteral("card0"), "valueText"), QStringLiteral("16"));
        QCOMPARE(textOf(analytics, QStringLiteral("card7"), "valueText"), QStringLiteral("5.0 s"));
        QCOMPARE(textOf(analytics, QStringLiteral("card16"), "valueText"), QStringLiteral("$30.70"));
        QVERIFY(textOf(analytics, QStringLiteral("periodText")).contains(QStringLiteral("compared with")));
        QCOMPARE(findByName(analytics, QStringLiteral("intentsTable"))->property("model").value<QObject *>(),
            report->intents());
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("analytics.png"));
        window->resize(1024, 768);
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/analytics-1024.png"));
        window->resize(1440, 900);

        // The cost model panel: the organisation's values, then unsaved ones being tried.
        QVERIFY(textOf(analytics, QStringLiteral("assumptionsText")).contains(QStringLiteral("$30.00")));
        auto *panel = qobject_cast<QQuickItem *>(findByName(analytics, QStringLiteral("costModelPanel")));
        auto *scroll = findByName(analytics, QStringLiteral("analyticsScroll"));
        QVERIFY(panel && scroll);
        auto *flickable = scroll->property("contentItem").value<QQuickItem *>();
        QVERIFY(flickable);
        flickable->setProperty("contentY", panel->y() - 200);
        pilothouse::models::CostModelForm *form = report->costModelForm();
        form->setHourlyCost(QStringLiteral("45"));
        QVERIFY(form->tryValues());
        QTRY_VERIFY(findByName(analytics, QStringLiteral("unsavedBanner"))->property("visible").toBool());
        QCOMPARE(textOf(analytics, QStringLiteral("card16"), "valueText") == QStringLiteral("$30.70"), false);
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("analytics-costmodel.png"));
        form->setTeamSize(QStringLiteral("0"));
        form->setCurrency(QStringLiteral("euro"));
        QVERIFY(!form->tryValues());
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/analytics-costmodel-errors.png"));
        form->useOrganisation();
        QTRY_COMPARE(textOf(analytics, QStringLiteral("card16"), "valueText"), QStringLiteral("$30.70"));

        // The tables: intents, hand-off reasons and customer segments, each with its CSV export.
        auto *segments = qobject_cast<QQuickItem *>(findByName(analytics, QStringLiteral("segmentsTable")));
        auto *scrolled = flickable->property("contentItem").value<QQuickItem *>();
        QVERIFY(segments && scrolled);
        QVERIFY(segments->isVisible());
        QCOMPARE(report->segments()->count(), 4); // new, returning, business, VIP
        flickable->setProperty("contentY", segments->mapToItem(scrolled, QPointF(0, 0)).y() - 420);
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("analytics-tables.png"));

        // The calibration: the threshold that would have caught 80 % of the 51 wrong replies.
        auto *calibration = qobject_cast<QQuickItem *>(findByName(analytics, QStringLiteral("calibrationChart")));
        QVERIFY(calibration && calibration->isVisible());
        QCOMPARE(report->calibration()->wrong(), 51);
        QCOMPARE(report->calibration()->thresholdPercent(), 70); // 41 of 51 below 70 %, 35 below 60 %
        QVERIFY2(textOf(analytics, QStringLiteral("calibrationSummary")).contains(QStringLiteral("below 70 %")),
            qPrintable(textOf(analytics, QStringLiteral("calibrationSummary"))));
        flickable->setProperty("contentY", calibration->mapToItem(scrolled, QPointF(0, 0)).y() - 80);
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("analytics-calibration.png"));
        flickable->setProperty("contentY", 0);

        // The Overview: the last 30 days, no filter, the same figures the model computes for them.
        AnalyticsReport expected;
        expected.setCostModel(workedexample::costModel());
        expected.setFacts(pilothouse::analytics::FactsBuilder::build(
                              workedexample::history(), workedexample::asOf(), QStringLiteral("USD")),
            workedexample::asOf());
        expected.setToday(QDate(2025, 3, 8));
        expected.setRange(AnalyticsReport::Last30Days);
        QTest::keyClick(window, Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(report->range(), AnalyticsReport::Last30Days);
        QObject *overview = findByName(content, QStringLiteral("overviewPage"));
        QTRY_COMPARE(textOf(overview, QStringLiteral("strictCard"), "valueText"),
            expected.valueText(MetricId::AiResolutionStrict));
        // Money saved is the month so far (1 to 8 March), against the same days of February.
        expected.setRange(AnalyticsReport::ThisMonth);
        QCOMPARE(textOf(overview, QStringLiteral("moneySaved")), expected.valueText(MetricId::MoneySaved));
        QCOMPARE(textOf(overview, QStringLiteral("moneySaved")), QStringLiteral("$30.70"));
        const QString moneySubtitle
            = findByName(overview, QStringLiteral("moneyPanel"))->property("subtitle").toString();
        QVERIFY2(moneySubtitle.contains(QStringLiteral("3/1/25 to 3/8/25, compared with 2/1/25 to 2/8/25")),
            qPrintable(moneySubtitle));
        expected.setRange(AnalyticsReport::Last30Days);
        QCOMPARE(textOf(overview, QStringLiteral("todayCard"), "valueText"),
            QString::number(expected.trend()->rows().constLast().conversations)); // 8 March
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("overview.png"));
        window->resize(1024, 768);
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/overview-1024.png"));

        // Back on Analytics the page's own period returns.
        QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
        QTRY_COMPARE(report->range(), AnalyticsReport::Custom);

        // The long periods a supervisor reads: 30 and 90 days of a busy account (300 a day), whose
        // day axes must stay legible.
        window->resize(1440, 900);
        const std::vector<pilothouse::analytics::DayFacts> busy = pilothouse::bench::synthesize(180, 300);
        report->setFacts(QList<pilothouse::analytics::DayFacts>(busy.cbegin(), busy.cend()), workedexample::asOf());
        report->setToday(QDate(2025, 6, 29));
        for (const auto &[range, name] : {std::pair {AnalyticsReport::Last30Days, "analytics-30days.png"},
                 std::pair {AnalyticsReport::Last90Days, "analytics-90days.png"}}) {
            report->setRange(range);
            QTRY_COMPARE(report->trend()->count(), range == AnalyticsReport::Last30Days ? 30 : 90);
            flickable->setProperty(
                "contentY", findByName(analytics, QStringLiteral("outcomesChart"))->property("y").toReal() + 300);
            QTest::qWait(300);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/") + QLatin1String(name));
        }
        flickable->setProperty("contentY", 0);

        // Both pages at 100 % and at 200 % text: no words cut off or drawn over others, from the
        // top to the bottom of the page (issue 14, section 4).
        QStringList layoutProblems;
        for (const int size : {100, 200}) {
            console.preferences()->setTextSize(size);
            for (const auto &[key, page] : {std::pair {Qt::Key_2, "overview"}, std::pair {Qt::Key_3, "analytics"}}) {
                QTest::keyClick(window, key, Qt::AltModifier);
                QTest::qWait(300);
                auto *pageFlick
                    = qobject_cast<QQuickItem *>(findByName(content, QLatin1String(page) + QStringLiteral("Scroll")));
                QVERIFY2(pageFlick, page);
                auto *flick = pageFlick->property("contentItem").value<QQuickItem *>();
                QVERIFY(flick);
                for (qreal y = 0;; y += flick->height() * 0.8) {
                    flick->setProperty("contentY", y);
                    QTest::qWait(150);
                    for (const QString &problem : pilothouse::tests::textLayoutProblems(window->contentItem()))
                        layoutProblems.append(QStringLiteral("%1 at %2 % (scrolled to %3): %4")
                                                  .arg(QLatin1String(page))
                                                  .arg(size)
                                                  .arg(y)
                                                  .arg(problem));
                    if (y == 0)
                        window->grabWindow().save(
                            QStringLiteral(PNG_DIR "/%1-%2.png").arg(QLatin1String(page)).arg(size));
                    if (y + flick->height() >= flick->property("contentHeight").toReal())
                        break;
                }
                flick->setProperty("contentY", 0);
            }
        }
        console.preferences()->setTextSize(100);
        for (const QString &problem : std::as_const(layoutProblems))
            qInfo().noquote() << problem;
        QVERIFY2(layoutProblems.isEmpty(),
            qPrintable(QStringLiteral("%1 texts cut off or overlapping (listed above)").arg(layoutProblems.size())));

        QTest::keyClick(window, Qt::Key_1, Qt::AltModifier);
        QTRY_VERIFY(findByName(content, QStringLiteral("workspacePageTab"))->property("checked").toBool());

        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    /// Every figure opens the conversations behind it (issue 11): a card by mouse, a row of the
    /// figures table by keyboard; offline it says it needs the server; a cached conversation opens
    /// in the workspace.
    void conversationsBehindAFigure()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.offline = true;
        WarningRecorder::take();
        Console console(options);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(WarningRecorder::take().join(u'\n')));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        console.start();
        window->resize(1440, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *content = window->contentItem();
        console.identity()->set(
            QStringLiteral("sam"), QStringLiteral("Sam Supervisor"), pilothouse::models::Role::Supervisor);

        // Three of the example's conversations are in the cache, with their customers' names.
        pilothouse::models::ChangeBatch cached;
        const QStringList names = {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"),
            QStringLiteral("Katherine Johnson-Goble, a name long enough to be cut short")};
        const QStringList ids = {QStringLiteral("c13"), QStringLiteral("c12"), QStringLiteral("c01")};
        for (int i = 0; i < ids.size(); ++i) {
            pilothouse::models::CustomerRecord customer;
            customer.id = QStringLiteral("k") + ids[i].mid(1);
            customer.name = names[i];
            cached.customers.append(customer);
            pilothouse::models::ConversationRecord conversation;
            conversation.id = ids[i];
            conversation.customerId = customer.id;
            conversation.subject = QStringLiteral("Order question");
            cached.conversations.append(conversation);
        }
        console.workspace()->setBoard(cached);

        AnalyticsReport *report = console.analytics();
        report->setCostModel(workedexample::costModel());
        report->setFacts(pilothouse::analytics::FactsBuilder::build(
                             workedexample::history(), workedexample::asOf(), QStringLiteral("USD")),
            workedexample::asOf());
        report->setToday(QDate(2025, 3, 8));
        report->setRange(AnalyticsReport::Custom);
        report->setCustomFrom(QDate(2025, 3, 1));
        report->setCustomTo(QDate(2025, 3, 8));
        QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
        QTRY_VERIFY(findByName(content, QStringLiteral("analyticsPage")));
        QObject *analytics = findByName(content, QStringLiteral("analyticsPage"));
        QTRY_COMPARE(textOf(analytics, QStringLiteral("card2"), "valueText"), QStringLiteral("40.0 %"));

        // Offline (no session): a click on the strict card says plainly what is missing.
        pilothouse::models::ConversationsBehindModel *list = report->conversationsBehind();
        auto *card = qobject_cast<QQuickItem *>(findByName(analytics, QStringLiteral("card2")));
        QVERIFY(card);
        QTest::mouseClick(window, Qt::LeftButton, {}, card->mapToScene(QPointF(40, 20)).toPoint());
        QTRY_COMPARE(list->state(), pilothouse::models::ConversationsBehindModel::Failed);
        QObject *dialog = findByName(analytics, QStringLiteral("conversationsBehind")); // a Popup
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        QObject *dialogContent = dialog->property("contentItem").value<QQuickItem *>();
        QVERIFY(dialogContent);
        QVERIFY(textOf(dialogContent, QStringLiteral("drillTitle")).contains(QStringLiteral("Resolved by AI")));
        QVERIFY(list->errorText().contains(QStringLiteral("needs a connection to the server")));
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("drilldown-offline.png"));

        // The server's answer (here: the list the server computes for the worked example).
        QObject::disconnect(list, &pilothouse::models::ConversationsBehindModel::requested, nullptr, nullptr);
        QSignalSpy asked(list, &pilothouse::models::ConversationsBehindModel::requested);
        list->retry();
        QCOMPARE(asked.size(), 2);
        using pilothouse::analytics::DrillSide;
        using pilothouse::analytics::Metric;
        list->onFetched(asked.at(0).at(1).toInt(), workedExampleList(Metric::AiResolutionStrict, DrillSide::Numerator));
        auto denominator = workedExampleList(Metric::AiResolutionStrict, DrillSide::Denominator);
        list->onFetched(asked.at(1).at(1).toInt(), denominator);
        QCOMPARE(list->numeratorTotal(), 6); // the figure's 6 / 15
        QCOMPARE(list->denominatorTotal(), 15);
        QCOMPARE(list->rowCount(), 6);
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("drilldown.png"));

        // The keyboard: to the rows, down to a conversation outside the cache, Enter: it says so.
        QTest::keyClick(window, Qt::Key_Down);
        auto *rows = qobject_cast<QQuickItem *>(findByName(dialogContent, QStringLiteral("drillRows")));
        QVERIFY(rows);
        QTRY_VERIFY(rows->hasActiveFocus());
        QCOMPARE(rows->property("currentIndex").toInt(), 0);
        int uncached = -1;
        for (int i = 0; i < list->rowCount() && uncached < 0; ++i) {
            if (!list->index(i).data(pilothouse::models::ConversationsBehindModel::CachedRole).toBool())
                uncached = i;
        }
        QVERIFY(uncached > 0);
        for (int i = 0; i < uncached; ++i)
            QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(rows->property("currentIndex").toInt(), uncached);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!list->noticeText().isEmpty());
        QVERIFY(dialog->property("visible").toBool());
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("drilldown-notcached.png"));

        // The denominator tab, cut short by the server.
        denominator.total = 3456;
        denominator.truncated = true;
        list->retry();
        list->onFetched(asked.at(2).at(1).toInt(), workedExampleList(Metric::AiResolutionStrict, DrillSide::Numerator));
        list->onFetched(asked.at(3).at(1).toInt(), denominator);
        list->setSide(pilothouse::models::ConversationsBehindModel::Denominator);
        QTRY_VERIFY(textOf(dialogContent, QStringLiteral("drillTruncated")).contains(QStringLiteral("3,456")));
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("drilldown-truncated.png"));

        // Enter on the first row (c13, cached) opens it in the workspace.
        list->setSide(pilothouse::models::ConversationsBehindModel::Numerator);
        rows->forceActiveFocus();
        rows->setProperty("currentIndex", 0);
        QCOMPARE(list->index(0).data(pilothouse::models::ConversationsBehindModel::CachedRole).toBool(), true);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_VERIFY(findByName(content, QStringLiteral("workspacePageTab"))->property("checked").toBool());
        QTRY_COMPARE(findByName(content, QStringLiteral("conversationView"))->property("conversationId").toString(),
            QStringLiteral("c13"));

        // The figures table's rows open it by keyboard too.
        QTest::keyClick(window, Qt::Key_3, Qt::AltModifier);
        QTRY_VERIFY(analytics->property("visible").toBool());
        const int before = int(asked.size());
        auto *table = findByName(analytics, QStringLiteral("figuresTable"));
        QVERIFY(table);
        QQuickItem *firstRow = nullptr;
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (!firstRow && item->property("metric").isValid() && item->property("activeFocusOnTab").toBool())
                firstRow = item;
            for (QQuickItem *child : item->childItems())
                walk(child);
        };
        walk(qobject_cast<QQuickItem *>(table));
        QVERIFY(firstRow);
        firstRow->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(int(asked.size()), before + 2);
        QTRY_VERIFY(dialog->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // The Overview's count of today opens today's conversations; while the server is asked,
        // the dialog says so.
        QTest::keyClick(window, Qt::Key_2, Qt::AltModifier);
        QObject *overview = nullptr;
        QTRY_VERIFY((overview = findByName(content, QStringLiteral("overviewPage"))));
        auto *todayCard = qobject_cast<QQuickItem *>(findByName(overview, QStringLiteral("todayCard")));
        QVERIFY(todayCard);
        QTRY_VERIFY(todayCard->isVisible());
        QTest::qWait(200);
        todayCard->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(int(asked.size()), before + 4);
        const QUrlQuery today = asked.at(before + 2).at(0).value<QUrlQuery>();
        QCOMPARE(today.queryItemValue(QStringLiteral("from")), QStringLiteral("2025-03-08"));
        QCOMPARE(today.queryItemValue(QStringLiteral("to")), QStringLiteral("2025-03-08"));
        QCOMPARE(list->state(), pilothouse::models::ConversationsBehindModel::Loading);
        QCOMPARE(list->title(), QStringLiteral("Conversations behind Conversations today"));
        QCOMPARE(list->periodText(), QStringLiteral("Created on 3/8/25 (UTC)"));
        QObject *overviewDialog = findByName(overview, QStringLiteral("conversationsBehind"));
        QVERIFY(overviewDialog);
        QTRY_VERIFY(overviewDialog->property("visible").toBool());
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("drilldown-loading.png"));
        pilothouse::protocol::FactsConversations none;
        none.membership = "count";
        list->onFetched(asked.at(before + 2).at(1).toInt(), none);
        QCOMPARE(list->state(), pilothouse::models::ConversationsBehindModel::Ready);
        QTRY_VERIFY(
            findByName(overviewDialog->property("contentItem").value<QQuickItem *>(), QStringLiteral("drillEmpty"))
                ->property("visible")
                .toBool());
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("drilldown-empty.png"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!overviewDialog->property("visible").toBool());

        // The Overview's recent activity lists the cached conversations; Enter opens one.
        QObject *recentRows = findByName(overview, QStringLiteral("recentActivityRows"));
        QVERIFY(recentRows);
        QTRY_COMPARE(recentRows->property("count").toInt(), 3);
        QQuickItem *firstRecent = nullptr;
        QMetaObject::invokeMethod(recentRows, "itemAt", Q_RETURN_ARG(QQuickItem *, firstRecent), Q_ARG(int, 0));
        QVERIFY(firstRecent && firstRecent->isVisible());
        const QString recentId = firstRecent->property("conversationId").toString();
        QVERIFY(ids.contains(recentId));
        auto *overviewFlick
            = findByName(overview, QStringLiteral("overviewScroll"))->property("contentItem").value<QQuickItem *>();
        QVERIFY(overviewFlick);
        overviewFlick->setProperty("contentY", 400);
        QTest::qWait(300);
        saveBothThemes(console, window, QStringLiteral("overview-recent.png"));
        overviewFlick->setProperty("contentY", 0);
        firstRecent->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(findByName(content, QStringLiteral("workspacePageTab"))->property("checked").toBool());
        QTRY_COMPARE(
            findByName(content, QStringLiteral("conversationView"))->property("conversationId").toString(), recentId);

        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
