// The workspace at 800, 1024 and 1440 pixels wide, 860 high (and 800 by 600, the smallest window
// an operator keeps beside a ticket system), with no control cut off (issue "The operator's day").
// The real console, offline on the rich cache (tests/shell/richcache.h), signed in as a supervisor
// (the most tabs in the top bar). In each size the workspace is read in three states:
// - "owned": the conversation Lena owns beside the board (the action bar offers Hand back and
//   Resolve; the composer with the AI's drafts);
// - "details": the same with the customer panel opened by its "Details" toggle, where the pane is
//   too narrow to dock it;
// - "escalated": an escalated conversation beside the queue (the reason, the rule, Take over).
// Every visible, enabled control (buttons, tab buttons, fields, combo boxes, anything with a
// control's accessible role) must lie inside the window and be cut by no clipping parent (a
// scrolling view may hide what is scrolled out of sight), and its label must not be elided.
// Screenshots: workspace-800.png, workspace-1024.png, workspace-1440.png (height 860),
// workspace-800x600.png and workspace-<width>-details.png, in $PILOTHOUSE_SCREENSHOT_DIR or else
// the build folder, for docs/screenshots/.

#include "consoleqmlmodules.h"
#include "console.h"
#include "qmltesting.h"
#include "richcache.h"
#include "sceneitems.h"
#include "shownconsole.h"

#include "live/identity.h"

#include <QApplication>
#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pilothouse;
using pilothouse::tests::describeItem;
using pilothouse::tests::findByName;
using pilothouse::tests::findVisibleByName;
using pilothouse::tests::RichCache;
using pilothouse::tests::WarningRecorder;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("PILOTHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return QStringLiteral(PNG_DIR);
    QDir().mkpath(dir);
    return dir;
}

/// Every visible, enabled control in the window that is cut off or whose label is elided.
QStringList clippedControls(QQuickWindow *window, const QString &where, int *checked)
{
    QStringList problems;
    tests::forEachShownItem(window->contentItem(), [&](QQuickItem *item) {
        if (!item->isEnabled() || !tests::isControl(item))
            return;
        bool away = false;
        QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QRectF visible = tests::visiblePart(item, &away);
        // A text area's padding is no text: a scroll view may lay it a few pixels past its edge
        // (Qt 6.4 places the area below its top padding); only the text's own lines count.
        if (item->inherits("QQuickTextArea"))
            box.setBottom(std::min(box.bottom(),
                box.top() + item->property("topPadding").toReal() + item->property("contentHeight").toReal()));
        if (away)
            return; // scrolled out of sight in a list or a scroll view: the user scrolls to it
        ++*checked;
        const QString cut = tests::cutDescription(box, visible);
        if (!cut.isEmpty())
            problems.append(u"%1: %2 %3 (%4)"_s.arg(where, describeItem(item), cut, tests::itemPath(item)));
        if (QQuickItem *label = tests::elidedLabel(item))
            problems.append(u"%1: %2 shows its label \"%3\" cut short (%4 px wide, needs %5) (%6)"_s.arg(where,
                describeItem(item), label->property("text").toString(), QString::number(label->width()),
                QString::number(label->property("implicitWidth").toReal()), tests::itemPath(item)));
    });
    return problems;
}

/// What collapsed, for the log (docs/screenshots/README.md describes it).
QString collapseState(QQuickWindow *window)
{
    QQuickItem *content = window->contentItem();
    const auto shown = [content](const QString &name) { return findVisibleByName(content, name) != nullptr; };
    auto *view = qobject_cast<QQuickItem *>(findByName(content, u"conversationView"_s));
    bool productName = false;
    bool suggestions = false;
    tests::forEachShownItem(content, [&](QQuickItem *item) {
        const QString text = item->property("text").toString();
        productName = productName || (item->inherits("QQuickText") && text == "Pilothouse"_L1);
        suggestions = suggestions || (item->inherits("QQuickText") && text == "AI suggestions"_L1);
    });
    return u"conversation pane %1 px; customer panel %2; AI suggestions %3 the composer; product name %4"_s.arg(
        QString::number(view ? view->width() : -1),
        shown(u"customerPanelToggle"_s) ? u"behind the Details toggle"_s : u"docked"_s,
        suggestions ? u"beside"_s : u"not beside"_s, productName ? u"shown"_s : u"hidden"_s);
}

} // namespace

class TestLayouts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        tests::setUpConsoleProcess();
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void noControlClipped_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("png");
        QTest::newRow("800x860") << QSize(800, 860) << u"workspace-800"_s;
        QTest::newRow("800x600") << QSize(800, 600) << u"workspace-800x600"_s;
        QTest::newRow("1024x860") << QSize(1024, 860) << u"workspace-1024"_s;
        QTest::newRow("1440x860") << QSize(1440, 860) << u"workspace-1440"_s;
    }
    void noControlClipped()
    {
        QFETCH(QSize, size);
        QFETCH(QString, png);
        RichCache cache;
        tests::ShownConsole shown(RichCache::kUser, [&cache](const QString &path) { cache.fill(path); });
        if (!shown.start(size))
            return;
        QQuickWindow *window = shown.window;
        QQuickItem *content = window->contentItem();
        shown.console->identity()->set(RichCache::kUser, RichCache::kUserName, models::Role::Supervisor);
        QTRY_COMPARE(window->size(), size); // Main.qml's minimum is 800 by 540
        const QString dir = screenshotDir();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QStringList problems;
        int checked = 0;

        // Owned: the action bar offers Hand back and Resolve.
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(openConversation(window, RichCache::kOwnedId));
        QTRY_VERIFY2(findVisibleByName(content, u"resolveButton"_s), "no Resolve button on a conversation Lena owns");
        QVERIFY2(findVisibleByName(content, u"handBackButton"_s), "no Hand back button on a conversation Lena owns");
        QTest::qWait(500);
        problems += clippedControls(window, tag + u" owned"_s, &checked);
        qInfo().noquote() << tag << collapseState(window);
        QVERIFY(window->grabWindow().save(dir + u"/"_s + png + u".png"_s));

        // Details: the customer panel over the transcript, where it is not docked.
        if (auto *toggle = findVisibleByName(content, u"customerPanelToggle"_s)) {
            QTest::mouseClick(
                window, Qt::LeftButton, {}, toggle->mapToScene(toggle->boundingRect().center()).toPoint());
            QTRY_VERIFY2(findVisibleByName(content, u"lifetimeValue"_s), "Details did not open the customer panel");
            QTest::qWait(400);
            problems += clippedControls(window, tag + u" details"_s, &checked);
            QVERIFY(window->grabWindow().save(dir + u"/"_s + png + u"-details.png"_s));
            QTest::mouseClick(
                window, Qt::LeftButton, {}, toggle->mapToScene(toggle->boundingRect().center()).toPoint());
            QTRY_VERIFY(!findVisibleByName(content, u"lifetimeValue"_s));
        } else {
            QVERIFY2(
                findVisibleByName(content, u"lifetimeValue"_s), "neither a docked customer panel nor a Details toggle");
        }

        // Escalated, beside the queue: the reason, the rule and Take over share the action bar.
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(openConversation(window, RichCache::kEscalatedId));
        QTRY_VERIFY2(
            findVisibleByName(content, u"takeOverButton"_s), "no Take over button on an escalated conversation");
        QTest::qWait(500);
        problems += clippedControls(window, tag + u" escalated"_s, &checked);
        QVERIFY(window->grabWindow().save(dir + u"/"_s + png + u"-escalated.png"_s));

        qInfo().noquote() << tag << ":" << checked << "controls checked";
        for (const QString &problem : std::as_const(problems))
            qInfo().noquote() << problem;
        QVERIFY2(checked >= 20, qPrintable(u"only %1 controls found: the workspace did not show"_s.arg(checked)));
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"%1 controls cut off or with their label cut short at %2 (listed above)"_s.arg(problems.size())
                           .arg(tag)));
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

private:
    /// Opens `id` in the workspace as a click on its row does (WorkspacePage.openConversationId).
    static bool openConversation(QQuickWindow *window, const QString &id)
    {
        QObject *view = findByName(window->contentItem(), u"conversationView"_s);
        for (auto *p = qobject_cast<QQuickItem *>(view); p; p = p->parentItem()) {
            if (p->property("openConversationId").isValid()) {
                p->setProperty("openConversationId", id);
                return QTest::qWaitFor([view, id] { return view->property("conversationId").toString() == id; });
            }
        }
        return false;
    }

    QTemporaryDir m_config;
};

QTEST_MAIN(TestLayouts)
#include "tst_layouts.moc"
