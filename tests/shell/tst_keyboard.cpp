// Every page from the keyboard alone, as a user who cannot use a mouse meets it (issue 14,
// section 4): the real console, offline on a cache written by the real write path, signed in as a
// supervisor. On each page (reached with Alt+1 to Alt+7) Tab walks the focus chain until it comes
// round again, and:
// - Tab is never kept: the focus moves on every press, and comes round within 150 presses;
// - every control the page shows that takes focus is reached, and nothing hidden or disabled is;
// - each control shows that it has the focus: the pixels of its box change when it gets it;
// - the order reads as the page does: within a column, top to bottom;
// - every control reached has a name for assistive technology.
// In English and light; zero QML warnings.

#include "consoleqmlmodules.h"
#include "console.h"
#include "qmltesting.h"
#include "samplecache.h"
#include "shownconsole.h"

#include "live/identity.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QLocale>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pilothouse;
using pilothouse::app::Console;
using pilothouse::tests::describeItem;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

namespace {

constexpr int kMaxPresses = 150;

QRectF sceneBox(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

/// The name assistive technology gets for `item` (Accessible.name, or what Qt derives).
QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/// Visible, enabled items under `root` that Tab stops at.
void collectTabStops(QQuickItem *item, QList<QQuickItem *> *out)
{
    if (!item->isVisible() || !item->isEnabled() || item->opacity() <= 0.01)
        return;
    if (item->activeFocusOnTab())
        out->append(item);
    for (QQuickItem *child : item->childItems())
        collectTabStops(child, out);
}

/// Whether the part of `after` inside `box` differs from `before`.
bool differs(const QImage &before, const QImage &after, const QRectF &box, qreal dpr)
{
    const QRect r = QRectF(box.topLeft() * dpr, box.size() * dpr)
                        .toAlignedRect()
                        .adjusted(-3, -3, 3, 3)
                        .intersected(before.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (before.pixel(x, y) != after.pixel(x, y))
                return true;
        }
    }
    return false;
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        tests::setUpConsoleProcess();
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void everyPageByTab_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("pageName");
        QTest::newRow("workspace") << int(Qt::Key_1) << QString();
        QTest::newRow("overview") << int(Qt::Key_2) << u"overviewPage"_s;
        QTest::newRow("analytics") << int(Qt::Key_3) << u"analyticsPage"_s;
        QTest::newRow("history") << int(Qt::Key_4) << u"historyPage"_s;
        QTest::newRow("review") << int(Qt::Key_5) << u"reviewPage"_s;
        QTest::newRow("rules") << int(Qt::Key_6) << u"rulesPage"_s;
        QTest::newRow("settings") << int(Qt::Key_7) << u"settingsPage"_s;
    }
    void everyPageByTab()
    {
        QFETCH(int, key);
        QFETCH(QString, pageName);
        QQuickWindow *window = ensureConsole();
        QVERIFY(window);
        QTest::keyClick(window, Qt::Key(key), Qt::AltModifier);
        if (!pageName.isEmpty())
            QTRY_VERIFY(findByName(window->contentItem(), pageName));
        QTest::qWait(300);

        QList<QQuickItem *> found;
        collectTabStops(window->contentItem(), &found);
        const QList<QPointer<QQuickItem>> stops(found.cbegin(), found.cend());
        QVERIFY2(stops.size() >= 3, qPrintable(u"only %1 controls take the focus"_s.arg(stops.size())));

        // Somewhere to put the focus that draws nothing and is not in the chain. (A focus scope
        // given the focus hands it back to the item inside that had it.)
        QQuickItem sink(window->contentItem());
        // Walk the chain from the window's start.
        sink.forceActiveFocus(Qt::OtherFocusReason);
        QList<QPointer<QQuickItem>> chain; // a row scrolled away takes its delegate with it
        QStringList problems;
        const qreal dpr = window->devicePixelRatio();
        for (int press = 0; press < kMaxPresses; ++press) {
            QTest::keyClick(window, Qt::Key_Tab);
            QTest::qWait(30);
            QQuickItem *focused = window->activeFocusItem();
            if (!focused) {
                problems.append(u"Tab left no item with the focus"_s);
                break;
            }
            if (!chain.isEmpty() && focused == chain.last().data()) {
                problems.append(u"Tab is kept by "_s + describeItem(focused));
                break;
            }
            if (!chain.isEmpty() && focused == chain.first().data())
                break; // round again
            // Text inputs and controls take the focus themselves; an item inside a control (a
            // field's inner TextInput) stands for it.
            chain.append(focused);
            if (!focused->isVisible() || !focused->isEnabled())
                problems.append(u"the focus went to a hidden or disabled "_s + describeItem(focused));
            // Seen: the control's box with the focus and, everything else the same, without it.
            const QImage with = window->grabWindow();
            sink.forceActiveFocus(Qt::OtherFocusReason);
            QTest::qWait(20); // the controls redraw on the next frame
            const QImage without = window->grabWindow();
            focused->forceActiveFocus(Qt::TabFocusReason);
            QTest::qWait(20);
            if (!differs(without, with, sceneBox(focused), dpr))
                problems.append(u"no visible focus on "_s + describeItem(focused));
            if (accessibleName(focused).trimmed().isEmpty() && focused->property("text").toString().isEmpty())
                problems.append(u"no name for assistive technology: "_s + describeItem(focused));
        }
        if (chain.size() >= kMaxPresses)
            problems.append(u"the focus did not come round in %1 presses"_s.arg(kMaxPresses));

        // Every control showing on this page is reached.
        // A list passes the focus on to its current row: reaching the row reaches the list.
        const auto isReached = [&chain](QQuickItem *stop) {
            for (const QPointer<QQuickItem> &item : std::as_const(chain)) {
                for (QQuickItem *p = item.data(); p; p = p->parentItem()) {
                    if (p == stop)
                        return true;
                }
            }
            return false;
        };
        for (const QPointer<QQuickItem> &stop : std::as_const(stops)) {
            if (stop && stop->isVisible() && !isReached(stop))
                problems.append(u"never reached by Tab: "_s + describeItem(stop));
        }
        // Within a column, top to bottom: the next control below or beside, never above; from the
        // page's last control Tab goes round to the top bar.
        const auto *pageTabs = qobject_cast<QQuickItem *>(findByName(window->contentItem(), u"pageTabs"_s));
        QVERIFY(pageTabs);
        const qreal topBarBottom = sceneBox(pageTabs).bottom();
        for (qsizetype i = 1; i < chain.size(); ++i) {
            if (!chain[i - 1] || !chain[i] || sceneBox(chain[i]).bottom() <= topBarBottom + 1)
                continue;
            const QRectF a = sceneBox(chain[i - 1]);
            const QRectF b = sceneBox(chain[i]);
            const bool sameColumn = b.left() < a.right() - 1 && a.left() < b.right() - 1;
            if (sameColumn && b.bottom() < a.top() - 1)
                problems.append(
                    u"the focus goes up from %1 to %2"_s.arg(describeItem(chain[i - 1]), describeItem(chain[i])));
        }
        qInfo().noquote() << QTest::currentDataTag() << chain.size() << "controls in the chain," << stops.size()
                          << "showing";
        for (const QString &problem : std::as_const(problems))
            qInfo().noquote() << QTest::currentDataTag() << problem;
        QVERIFY2(problems.isEmpty(),
            qPrintable(
                u"%1 problems (listed above) in a chain of %2 controls"_s.arg(problems.size()).arg(chain.size())));
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void cleanupTestCase() { m_shown.reset(); }

private:
    /// The console every page is walked on, started once, with a conversation open.
    QQuickWindow *ensureConsole()
    {
        if (m_shown)
            return m_shown->window;
        m_shown = std::make_unique<tests::ShownConsole>(u"lena"_s, tests::fillSampleCache);
        if (!m_shown->start())
            return nullptr;
        // A supervisor, as the cache's owner: every page and the account menu are there.
        m_shown->console->identity()->set(u"lena"_s, u"Lena Supervisor"_s, models::Role::Supervisor);
        QTest::keyClick(m_shown->window, Qt::Key_J);
        QTest::qWait(300);
        return m_shown->window;
    }

    QTemporaryDir m_config;
    std::unique_ptr<tests::ShownConsole> m_shown;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
