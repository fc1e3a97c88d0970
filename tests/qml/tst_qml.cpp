// The QML views against a real Workspace, offscreen: every file of Components, Board and
// Conversation loads without a single warning; the board and the conversation render sample data
// (screenshots/*.png in the build folder, both themes); and what an operator would notice holds:
// one row per conversation, filters and search narrow the board, J/K and / and Esc work, the AI's
// confidence, intent, latency and tools show, and customer markup is displayed literally.

#include "actions/operatoractions.h"
#include "board/boardfiltermodel.h"
#include "clock.h"
#include "live/workspace.h"
#include "sampledata.h"
#include "scene.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QQmlContext>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <memory>

using namespace pilothouse;
using namespace pilothouse::tests;

namespace {

// Every snippet sits in this wrapper: the Workspace comes in as `ws`, `dark` drives the Theme,
// and `cv` is a live Models.ConversationView for the parts that take one.
QByteArray wrap(const QByteArray &body)
{
    return QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Board
import Pilothouse.Conversation
import Pilothouse.Queue
import Pilothouse.Team
import Pilothouse.Models as M

Rectangle {
    id: root
    required property M.Workspace ws
    property M.OperatorActions acts: null
    property bool dark: false
    color: Theme.window
    Binding { target: Theme; property: "dark"; value: root.dark }
    M.ConversationView { id: cv; workspace: root.ws; conversationId: "conv-1" }
)") + body
        + QByteArrayLiteral("\n}\n");
}

// One way to instantiate each QML file. A new file without an entry here fails the load test.
const QHash<QString, QByteArray> &loadCases()
{
    static const QHash<QString, QByteArray> cases = {
        {QStringLiteral("Components/ActionButton.qml"), "ActionButton { text: \"Retry\"; primary: true }"},
        {QStringLiteral("Components/Avatar.qml"), "Avatar { name: \"Dana Whitfield\" }"},
        {QStringLiteral("Components/ChannelGlyph.qml"), "ChannelGlyph { channel: M.Channel.Email; showLabel: true }"},
        {QStringLiteral("Components/ConfidenceBadge.qml"),
            "ConfidenceBadge { confidence: 0.87; band: 3; verbose: true }"},
        {QStringLiteral("Components/EmptyState.qml"),
            "EmptyState { anchors.fill: parent; title: \"T\"; body: \"B\"; actionText: \"Go\" }"},
        {QStringLiteral("Components/Icon.qml"), "Icon { name: \"clock\"; size: 22; color: Theme.warning }"},
        {QStringLiteral("Components/FormField.qml"),
            "FormField { width: 300; label: \"Server\"; text: \"https://x\" }"},
        {QStringLiteral("Components/MagnifierGlyph.qml"), "MagnifierGlyph { size: 22 }"},
        {QStringLiteral("Components/LoadingState.qml"), "LoadingState { anchors.fill: parent }"},
        {QStringLiteral("Components/NoticeBanner.qml"),
            "NoticeBanner { width: 600; text: \"Lost the connection\"; severity: 2; actionText: \"Retry\" }"},
        {QStringLiteral("Components/PriorityMark.qml"), "PriorityMark { priority: 3; height: 40 }"},
        {QStringLiteral("Components/SearchField.qml"), "SearchField { width: 300; text: \"dana\" }"},
        {QStringLiteral("Components/SelectBox.qml"),
            "SelectBox { prefix: \"Sort:\"; textRole: \"text\"; valueRole: \"value\"; model: [{ text: \"A\", value: 0 "
            "}, { text: \"B\", value: 1 }] }"},
        {QStringLiteral("Components/SentimentIndicator.qml"), "SentimentIndicator { band: -1; showLabel: true }"},
        {QStringLiteral("Components/StatusChip.qml"), "StatusChip { status: M.Status.Escalated }"},
        {QStringLiteral("Components/Tag.qml"), "Tag { text: \"order_status\" }"},
        {QStringLiteral("Components/SelectionBar.qml"),
            "Rectangle { width: 200; height: 40; color: Theme.selection; SelectionBar {} }"},
        {QStringLiteral("Components/RadioChoice.qml"), "RadioChoice { text: \"Resolved\"; checked: true }"},
        {QStringLiteral("Components/CheckChoice.qml"),
            "CheckChoice { text: \"Redact e-mail addresses\"; checked: true }"},
        {QStringLiteral("Components/Theme.qml"),
            "Text { text: \"themed\"; color: Theme.text; font.pixelSize: Theme.fontBody }"},
        {QStringLiteral("Components/VipBadge.qml"), "VipBadge {}"},
        {QStringLiteral("Components/ThinScrollBar.qml"),
            "ListView { width: 200; height: 100; model: 50; delegate: Text { required property int index; text: index "
            "} ScrollBar.vertical: ThinScrollBar {} }"},
        {QStringLiteral("Components/WaitingTime.qml"), "WaitingTime { since: Date.now() - 4 * 60000 }"},
        {QStringLiteral("Board/BoardView.qml"), "BoardView { anchors.fill: parent; workspace: root.ws }"},
        {QStringLiteral("Board/BoardHeader.qml"), "BoardHeader { width: 440; shownCount: 3 }"},
        {QStringLiteral("Board/BoardEmptyState.qml"),
            "BoardEmptyState { anchors.fill: parent; totalCount: 3; searchText: \"zzz\" }"},
        {QStringLiteral("Board/FilterTab.qml"), "FilterTab { text: \"VIP\"; filter: 4; activeFilter: 4 }"},
        {QStringLiteral("Board/BoardRow.qml"), R"(BoardRow {
            width: 440; index: 0; conversationId: "c"; customerName: "Dana"; customerVip: true
            customerSegmentText: ""; channel: M.Channel.Chat; kind: M.Kind.Sales; status: M.Status.Human
            intent: "refund"; lastMessage: "Hello"; lastAuthor: M.Author.Human; lastMessageAt: Date.now(); waitingSince: Date.now() - 300000
            confidence: 0.4; confidenceBand: 1; sentiment: -0.5; sentimentBand: -1; priority: 3; assignee: "ana"
            weakestConfidence: 0.3; weakestConfidenceBand: 1; weakestIntent: "Order status"
            escalatedAt: Date.now() - 400000; slaDueAt: Date.now() - 100000; respondedAt: 0
            currentUser: "ana"; selected: true })"},
        {QStringLiteral("Conversation/ConversationView.qml"),
            "ConversationView { anchors.fill: parent; workspace: root.ws; actions: root.acts; conversationId: "
            "\"conv-1\" }"},
        {QStringLiteral("Conversation/ActionBar.qml"), "ActionBar { width: 760; view: cv; actions: root.acts }"},
        {QStringLiteral("Conversation/ActionDialog.qml"),
            "Item { anchors.fill: parent; ActionDialog { id: d; customerName: \"Dana\" } Timer { running: true; "
            "interval: 1; onTriggered: d.openFor(M.Action.Resolve) } }"},
        {QStringLiteral("Conversation/EraseCustomerDialog.qml"),
            "Item { anchors.fill: parent; EraseCustomerDialog { id: d } Timer { running: true; "
            "interval: 1; onTriggered: d.openFor(\"Dana <b>Whitfield</b>\", 3) } }"},
        {QStringLiteral("Conversation/Composer.qml"), "Composer { width: 760; view: cv; actions: root.acts }"},
        {QStringLiteral("Conversation/DraftCard.qml"),
            "DraftCard { width: 260; draftId: \"d\"; draftText: \"Hi Dana\"; intent: \"refund\"; confidence: 0.8; "
            "confidenceBand: 3 }"},
        {QStringLiteral("Conversation/EchoBubble.qml"),
            "EchoBubble { width: 600; commandId: \"c\"; action: M.Action.Send; text: \"On it\"; echoState: "
            "M.OutboxState.Failed; error: \"You no longer own this conversation\" }"},
        {QStringLiteral("Components/ReasonChip.qml"), "ReasonChip { reason: M.EscalationReason.Vip }"},
        {QStringLiteral("Components/SlaTimer.qml"), "SlaTimer { slaState: M.SlaState.Near; text: \"1:30 left\" }"},
        {QStringLiteral("Queue/QueueView.qml"), "QueueView { anchors.fill: parent; workspace: root.ws }"},
        {QStringLiteral("Queue/QueueHeader.qml"),
            "QueueHeader { width: 440; waitingCount: 3; canTakeNext: true; reasonOptions: [{ value: 0, text: \"All "
            "reasons\" }] }"},
        {QStringLiteral("Queue/QueueSection.qml"), "QueueSection { width: 440; section: \"Waiting for a person\" }"},
        {QStringLiteral("Queue/QueueRow.qml"), R"(QueueRow {
            width: 440; index: 0; conversationId: "c"; customerName: "Dana"; customerVip: true; channel: M.Channel.Chat
            status: M.Status.Escalated; lastMessage: "Refund please"; waitingSince: Date.now() - 300000
            lastCustomerMessage: "I have written to you four times now"
            escalatedAt: Date.now() - 300000; escalationPriority: 3; escalationReason: M.EscalationReason.Vip
            escalationReasonText: "VIP customer"; escalationRule: "VIP asks for a refund"; slaState: M.SlaState.Breached
            slaText: "3 min over"; assignee: ""; assigneeName: ""; currentUser: "ana"; selected: true })"},
        {QStringLiteral("Conversation/ConversationHeader.qml"), "ConversationHeader { width: 760; view: cv }"},
        {QStringLiteral("Conversation/TranscriptView.qml"),
            "TranscriptView { anchors.fill: parent; model: cv.transcript; loaded: cv.loaded }"},
        {QStringLiteral("Conversation/CustomerPanel.qml"), "CustomerPanel { width: 300; height: 700; view: cv }"},
        {QStringLiteral("Conversation/PanelSection.qml"),
            "PanelSection { width: 300; title: \"Orders\"; count: 1; Text { text: \"x\" } }"},
        {QStringLiteral("Conversation/AiReplyDetails.qml"),
            "AiReplyDetails { width: 400; confidence: 0.6; confidenceBand: 2; intent: \"refund\"; latencyMs: 900; "
            "toolSummaries: [\"looked up order #1\"] }"},
        {QStringLiteral("Conversation/OrderRow.qml"),
            "OrderRow { width: 280; orderId: \"1\"; totalText: \"$1.00\"; statusLabel: \"Shipped\"; statusTone: "
            "M.Tone.Info; placedAtText: "
            "\"3/2/24\"; summary: \"Socks\" }"},
        {QStringLiteral("Conversation/EarlierConversationRow.qml"), R"(EarlierConversationRow {
            width: 280; conversationId: "c"; subject: "Old"; lastMessage: "Thanks"; status: M.Status.Resolved
            channel: M.Channel.Email; lastMessageAt: Date.now() - 86400000 })"},
        {QStringLiteral("Conversation/MessageBubble.qml"), R"(MessageBubble {
            width: 600; index: 0; author: M.Author.Ai; authorLabel: "AI agent"; authorName: "Aria"; text: "Hi"; timeText: "10:02"; isAi: true
            intent: "order_status"; confidence: 0.9; confidenceBand: 3; latencyMs: 1200
            toolSummaries: ["looked up order #12345"]; visibilityLabel: ""
            internal: false; rulesVersion: 2; rulesText: "Decided by rules version 2"; isWeakest: true
            mismatchText: "Mentions #77189; the customer asked about #81860." })"},
        {QStringLiteral("Queue/DeadlineLegend.qml"), "DeadlineLegend { width: 440 }"},
        {QStringLiteral("Team/TeamView.qml"), "TeamView { anchors.fill: parent; workspace: root.ws }"},
        {QStringLiteral("Team/TeamMemberRow.qml"), R"(TeamMemberRow {
            width: 440; userName: "ana"; displayName: "Ana <b>Ruiz</b>"; roleText: "Agent"; presence: M.Presence.Away
            presenceText: "Away"; presenceTone: M.Tone.Warning; since: Date.now() - 600000; held: 3
            oldestWaitingSince: Date.now() - 240000; isSelf: true })"},
        {QStringLiteral("Team/PresenceSwitch.qml"), "PresenceSwitch { presence: M.Presence.Online }"},
        {QStringLiteral("Team/AssignDialog.qml"),
            "Item { anchors.fill: parent; AssignDialog { id: d; team: root.ws.team } Timer { running: true; "
            "interval: 1; onTriggered: d.openFor(\"Dana\", \"ana\") } }"},
        {QStringLiteral("Team/SavedReplyPicker.qml"),
            "Item { anchors.fill: parent; SavedReplyPicker { id: d; replies: root.ws.savedReplies; conversationId: "
            "\"conv-1\" } Timer { running: true; interval: 1; onTriggered: d.openPicker() } }"},
        {QStringLiteral("Team/SavedReplyEditRow.qml"), R"(SavedReplyEditRow {
            width: 600; index: 0; title: "Refund"; text: "Hi {customer.firstName}"; titleError: ""
            textError: "{order.number} is not a placeholder the console can fill in." })"},
        {QStringLiteral("Team/SavedRepliesEditorDialog.qml"),
            "Item { anchors.fill: parent; SavedRepliesEditorDialog { id: d; editor: root.ws.savedRepliesEditor } "
            "Timer { running: true; interval: 1; onTriggered: d.open() } }"},
        {QStringLiteral("Conversation/ComposerEditor.qml"),
            "ComposerEditor { width: 600; email: true; placeholderText: \"Reply\"; accessibleName: \"Reply\"; "
            "keyHint: \"Enter: new line\" }"},
        {QStringLiteral("Conversation/ComposerDrafts.qml"), "ComposerDrafts { width: 260; drafts: cv.drafts }"},
        {QStringLiteral("Conversation/NoteSwitch.qml"), "NoteSwitch { checked: true }"},
        {QStringLiteral("Conversation/WhisperBar.qml"), "WhisperBar { width: 600 }"},
        {QStringLiteral("Conversation/OpenElsewhereNotice.qml"),
            "OpenElsewhereNotice { width: 600; text: \"Dana <b>W</b> also has an open conversation by email, started "
            "5 min ago\" }"},
        {QStringLiteral("Conversation/ConfirmDialog.qml"),
            "Item { anchors.fill: parent; ConfirmDialog { id: d; title: \"Reply here anyway?\"; body: \"Dana "
            "<b>W</b>\"; "
            "warning: \"This cannot be undone.\" } Timer { running: true; interval: 1; onTriggered: d.ask() } }"},
        {QStringLiteral("Conversation/MergeDialog.qml"),
            "Item { anchors.fill: parent; MergeDialog { id: d } Timer { running: true; interval: 1; "
            "onTriggered: d.askFor(\"c\", \"Old <i>one</i>\") } }"},
        {QStringLiteral("Conversation/ConversationKeys.qml"),
            "ConversationKeys { active: true; hasSelection: true; composerShown: true }"},
    };
    return cases;
}

} // namespace

class TestQml : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<models::OperatorActions> m_actions;
    SampleData m_data;

    /// A fresh workspace holding the sample board; transcripts are answered like the store does.
    void resetWorkspace()
    {
        m_workspace = std::make_unique<models::Workspace>();
        m_workspace->identity()->set(QStringLiteral("ana"), QStringLiteral("Ana Lopez"), models::Role::Supervisor);
        m_actions = std::make_unique<models::OperatorActions>(m_workspace->identity());
        m_data = makeSampleData(QDateTime::currentMSecsSinceEpoch());
        m_workspace->setBoard(m_data.board);
        m_workspace->setLoading(false);
        auto *ws = m_workspace.get();
        connect(
            ws, &models::Workspace::transcriptRequested, ws,
            [this, ws](const QString &id) {
                ws->deliverTranscript(
                    id, id == m_data.transcriptConversationId ? m_data.transcript : QList<models::MessageRecord> {});
            },
            Qt::QueuedConnection);
    }

    bool loadIn(Scene &scene, const QByteArray &body, QSize size, bool dark = false)
    {
        return scene.load(wrap(body),
            {{QStringLiteral("ws"), QVariant::fromValue(m_workspace.get())},
                {QStringLiteral("acts"), QVariant::fromValue(m_actions.get())}, {QStringLiteral("dark"), dark}},
            size);
    }

    static int listCount(Scene &scene, const QString &name)
    {
        QObject *list = scene.find(name);
        return list ? list->property("count").toInt() : -1;
    }

    static void typeText(Scene &scene, const char *text)
    {
        for (const char *c = text; *c; ++c)
            QTest::keyClick(scene.window(), *c);
    }

    static void click(Scene &scene, QQuickItem *item)
    {
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(scene.window(), Qt::LeftButton, {}, centre.toPoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        WarningRecorder::install();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    }

    void init()
    {
        resetWorkspace();
        WarningRecorder::take();
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(QStringLiteral("QML warnings:\n") + warnings.join(QLatin1Char('\n'))));
    }

    void waitingTimesReadNaturally()
    {
        const ui::Clock clock;
        constexpr qint64 minute = 60'000;
        QCOMPARE(clock.durationText(-5 * minute), QStringLiteral("just now")); // clocks disagree
        QCOMPARE(clock.durationText(30'000), QStringLiteral("just now"));
        QCOMPARE(clock.durationText(4 * minute + 59'000), QStringLiteral("4 min"));
        QCOMPARE(clock.durationText(60 * minute), QStringLiteral("1 h"));
        QCOMPARE(clock.durationText(125 * minute), QStringLiteral("2 h 5 min"));
        QCOMPARE(clock.durationText(50 * 60 * minute), QStringLiteral("2 d"));
        QCOMPARE(clock.since(0, 10 * minute), QString()); // nobody waits
        QCOMPARE(clock.since(minute, 15 * minute), QStringLiteral("14 min"));

        // Event times on the board never show seconds, whatever the locale's short format says.
        const QLocale previous;
        QLocale::setDefault(QLocale::c());
        const qint64 now = QDateTime(QDate(2026, 3, 4), QTime(15, 37, 35)).toMSecsSinceEpoch();
        QCOMPARE(clock.shortTime(now - 2 * minute, now), QStringLiteral("15:35"));
        QLocale::setDefault(previous);
    }

    void everyFileLoadsWithoutWarnings_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *module : {"Components", "Board", "Conversation", "Queue", "Team"}) {
            const QDir dir(QStringLiteral(":/Pilothouse/") + QLatin1String(module));
            const QStringList files = dir.entryList({QStringLiteral("*.qml")}, QDir::Files, QDir::Name);
            QVERIFY2(!files.isEmpty(), module);
            for (const QString &file : files) {
                const QString key = QLatin1String(module) + QLatin1Char('/') + file;
                QTest::newRow(qPrintable(key)) << key;
            }
        }
    }

    void everyFileLoadsWithoutWarnings()
    {
        QFETCH(QString, file);
        const auto it = loadCases().constFind(file);
        QVERIFY2(it != loadCases().constEnd(), qPrintable(QStringLiteral("no load case for ") + file));
        for (bool dark : {false, true}) {
            Scene scene;
            QVERIFY2(loadIn(scene, *it, {900, 700}, dark), qPrintable(scene.errors()));
            QVERIFY(!scene.grab().isNull());
        }
    }

    void iconsDrawInTheirColour()
    {
        // Icon draws a Lucide SVG compiled in under qrc:/icons/ui/ (resources/icons/ui) in the colour
        // it is given, and again in a new one: the stroke is that colour, not the SVG's black.
        Scene scene;
        QVERIFY2(
            loadIn(scene, "Icon { objectName: \"icon\"; name: \"clock\"; size: 48; color: \"#c0392b\" }", {100, 100}),
            qPrintable(scene.errors()));
        const auto pixelsOf = [&scene](QRgb colour) {
            const QImage image = scene.grab();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb pixel = image.pixel(x, y);
                    if (std::abs(qRed(pixel) - qRed(colour)) <= 2 && std::abs(qGreen(pixel) - qGreen(colour)) <= 2
                        && std::abs(qBlue(pixel) - qBlue(colour)) <= 2)
                        ++count;
                }
            }
            return count;
        };
        const QRgb red = qRgb(0xc0, 0x39, 0x2b);
        const QRgb green = qRgb(0x1a, 0x7f, 0x37);
        QVERIFY(pixelsOf(red) > 100); // a 48 px clock: a ring 4 px wide and its hands
        QObject *icon = scene.find(QStringLiteral("icon"));
        QVERIFY(icon);
        icon->setProperty("color", QColor(green));
        QVERIFY(pixelsOf(green) > 100);
        QCOMPARE(pixelsOf(red), 0);
    }

    void boardShowsOneRowPerConversation()
    {
        Scene scene;
        QVERIFY2(
            loadIn(scene, "BoardView { id: board; objectName: \"board\"; anchors.fill: parent; workspace: root.ws }",
                {460, 900}),
            qPrintable(scene.errors()));
        const int total = int(m_data.board.conversations.size());
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), total);
        QCOMPARE(scene.find(QStringLiteral("boardCount"))->property("text").toString(), QString::number(total));
        // Names, waiting times and deadlines are on screen, not just in the model: Liam waits for the
        // AI (no urgency colour), Dana's first-reply deadline passed 12 minutes ago.
        QCOMPARE(scene.visibleTexts(QStringLiteral("Dana Whitfield")).size(), 2); // her two conversations
        QVERIFY(!scene.visibleTexts(QStringLiteral("3 min")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("12 min over")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("board-light")).isEmpty());
        scene.root()->setProperty("dark", true);
        QVERIFY(!scene.saveScreenshot(QStringLiteral("board-dark")).isEmpty());
    }

    void filterTabNarrowsTheBoard()
    {
        Scene scene;
        QVERIFY2(loadIn(scene, "BoardView { anchors.fill: parent; workspace: root.ws }", {460, 900}),
            qPrintable(scene.errors()));
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), int(m_data.board.conversations.size()));

        auto *escalated = qobject_cast<QQuickItem *>(
            scene.find(QStringLiteral("filterTab_%1").arg(int(models::BoardFilterModel::Escalated))));
        QVERIFY(escalated);
        click(scene, escalated);
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), m_data.escalatedCount);
        QVERIFY(escalated->property("checked").toBool());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("board-escalated")).isEmpty());

        // "Mine": the one conversation assigned to ana.
        auto *mine = qobject_cast<QQuickItem *>(
            scene.find(QStringLiteral("filterTab_%1").arg(int(models::BoardFilterModel::Mine))));
        click(scene, mine);
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), 1);
        QVERIFY(!scene.visibleTexts(QStringLiteral("Priya Raman")).isEmpty());
    }

    void searchNarrowsAndEscClears()
    {
        Scene scene;
        QVERIFY2(loadIn(scene, "BoardView { anchors.fill: parent; workspace: root.ws }", {460, 900}),
            qPrintable(scene.errors()));
        const int total = int(m_data.board.conversations.size());
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), total);

        QTest::keyClick(scene.window(), Qt::Key_Slash);
        auto *search = qobject_cast<QQuickItem *>(scene.find(QStringLiteral("boardSearch")));
        QTRY_VERIFY(search->hasActiveFocus());
        typeText(scene, "rossi");
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), 1);

        typeText(scene, "zzz");
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), 0);
        QObject *empty = scene.find(QStringLiteral("boardEmpty"));
        QVERIFY(empty->property("visible").toBool());
        QVERIFY(!scene.visibleTexts(QStringLiteral("No matches for “rossizzz”")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("board-no-match")).isEmpty());

        QTest::keyClick(scene.window(), Qt::Key_Escape);
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), total);
        QCOMPARE(search->property("text").toString(), QString());
    }

    void jAndKMoveThroughTheBoard()
    {
        Scene scene;
        QVERIFY2(
            loadIn(scene, "BoardView { objectName: \"board\"; anchors.fill: parent; workspace: root.ws }", {460, 900}),
            qPrintable(scene.errors()));
        QTRY_COMPARE(listCount(scene, QStringLiteral("boardList")), int(m_data.board.conversations.size()));
        QObject *board = scene.find(QStringLiteral("board"));
        QSignalSpy activated(board, SIGNAL(conversationActivated(QString)));

        // Sorted by activity: newest first, so J opens conv-1 (2 min ago) then conv-2 (3 min ago).
        QTest::keyClick(scene.window(), Qt::Key_J);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("conv-1"));
        QTest::keyClick(scene.window(), Qt::Key_J);
        QTRY_COMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("conv-2"));
        QTest::keyClick(scene.window(), Qt::Key_K);
        QTRY_COMPARE(activated.size(), 3);
        QCOMPARE(activated.at(2).at(0).toString(), QStringLiteral("conv-1"));
        QCOMPARE(board->property("selectedConversationId").toString(), QStringLiteral("conv-1"));
        QVERIFY(!scene.saveScreenshot(QStringLiteral("board-selected")).isEmpty());
    }

    void customerMarkupIsShownLiterally()
    {
        const QString hostile = QString::fromUtf8(kHostileText);
        {
            Scene scene;
            QVERIFY2(loadIn(scene, "BoardView { anchors.fill: parent; workspace: root.ws }", {460, 900}),
                qPrintable(scene.errors()));
            QTRY_VERIFY(!scene.visibleTexts(hostile).isEmpty());
            for (QQuickItem *text : scene.visibleTexts(hostile))
                QCOMPARE(text->property("textFormat").toInt(), int(Qt::PlainText));
        }
        {
            Scene scene;
            QVERIFY2(loadIn(scene,
                         "ConversationView { anchors.fill: parent; workspace: root.ws; conversationId: \"conv-1\" }",
                         {1000, 800}),
                qPrintable(scene.errors()));
            QTRY_VERIFY(!scene.visibleTexts(hostile).isEmpty());
            for (QQuickItem *text : scene.visibleTexts(hostile))
                QCOMPARE(text->property("textFormat").toInt(), int(Qt::PlainText));
        }
    }

    void avatarInitialsAreLettersNotMarkup_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << QStringLiteral("Dana Whitfield") << QStringLiteral("DW");
        QTest::newRow("one word") << QStringLiteral("cher") << QStringLiteral("C");
        QTest::newRow("punctuation") << QStringLiteral("(Eve) <Stone>") << QStringLiteral("ES");
        QTest::newRow("only symbols") << QStringLiteral("<> !!") << QStringLiteral("?");
        QTest::newRow("non-latin") << QStringLiteral("\u00c9lodie \u0416\u0443\u043a\u043e\u0432")
                                   << QStringLiteral("\u00c9\u0416");
    }

    void avatarInitialsAreLettersNotMarkup()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        Scene scene;
        QVERIFY2(loadIn(scene, "Avatar { objectName: \"avatar\" }", {100, 100}), qPrintable(scene.errors()));
        QObject *avatar = scene.find(QStringLiteral("avatar"));
        QVERIFY(avatar);
        avatar->setProperty("name", name);
        QCOMPARE(avatar->property("initials").toString(), initials);
    }

    void conversationShowsTranscriptAndAiDetails()
    {
        Scene scene;
        QVERIFY2(
            loadIn(scene, "ConversationView { anchors.fill: parent; workspace: root.ws; conversationId: \"conv-1\" }",
                {1100, 860}),
            qPrintable(scene.errors()));
        QTRY_COMPARE(listCount(scene, QStringLiteral("transcriptList")), int(m_data.transcript.size()));
        // The header and the customer panel.
        QVERIFY(!scene.visibleTexts(QStringLiteral("Cracked screen on arrival")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("dana.whitfield@example.com")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("#20311")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("Tablet stopped charging")).isEmpty());
        // Every AI reply: confidence as a number, intent, latency and tools.
        QTRY_VERIFY(!scene.visibleTexts(QStringLiteral("87% confidence")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("41% confidence")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("Looked up order #20311")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("replied in 1.2 s")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("replied in 860 ms")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("conversation-light")).isEmpty());
        scene.root()->setProperty("dark", true);
        QVERIFY(!scene.saveScreenshot(QStringLiteral("conversation-dark")).isEmpty());
    }

    void conversationStates()
    {
        Scene scene;
        QVERIFY2(loadIn(scene, "ConversationView { objectName: \"view\"; anchors.fill: parent; workspace: root.ws }",
                     {900, 600}),
            qPrintable(scene.errors()));
        QVERIFY(scene.find(QStringLiteral("conversationNothingSelected"))->property("visible").toBool());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("conversation-none")).isEmpty());

        scene.find(QStringLiteral("view"))->setProperty("conversationId", QStringLiteral("conv-does-not-exist"));
        QTRY_VERIFY(scene.find(QStringLiteral("conversationNotFound"))->property("visible").toBool());
        QVERIFY(!scene.find(QStringLiteral("conversationNothingSelected"))->property("visible").toBool());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("conversation-not-found")).isEmpty());
    }

    void emptyAndLoadingBoard()
    {
        m_workspace = std::make_unique<models::Workspace>(); // loading, nothing yet
        Scene scene;
        QVERIFY2(loadIn(scene, "BoardView { anchors.fill: parent; workspace: root.ws }", {460, 700}),
            qPrintable(scene.errors()));
        QVERIFY(!scene.visibleTexts(QStringLiteral("Loading conversations…")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("board-loading")).isEmpty());

        m_workspace->setBoard({});
        m_workspace->setLoading(false);
        QTRY_VERIFY(!scene.visibleTexts(QStringLiteral("No conversations yet")).isEmpty());
        QVERIFY(scene.visibleTexts(QStringLiteral("Loading conversations…")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("board-empty")).isEmpty());
    }
};

QTEST_MAIN(TestQml)
#include "tst_qml.moc"
