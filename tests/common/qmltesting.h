#pragma once
// Helpers every QML test shares: a message handler that keeps warnings until taken (a QML test
// fails on any warning), a lookup of objects by objectName across visual and QObject children, and
// a click in the middle of an item as a user would make it.

#include <QMutex>
#include <QMutexLocker>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <QTest>

#include <utility>

namespace pilothouse::tests {

/// Installs a message handler that keeps warnings (and worse) until taken; earlier handlers still
/// see every message.
class WarningRecorder {
public:
    static void install() { previous() = qInstallMessageHandler(record); }
    /// Returns and forgets what was recorded.
    static QStringList take()
    {
        QMutexLocker lock(&mutex());
        return std::exchange(warnings(), {});
    }

private:
    static QMutex &mutex()
    {
        static QMutex instance;
        return instance;
    }
    static QStringList &warnings()
    {
        static QStringList instance;
        return instance;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler instance = nullptr;
        return instance;
    }
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
            QMutexLocker lock(&mutex());
            warnings().append(message);
        }
        if (previous())
            previous()(type, context, message);
    }
};

/// An item as a failure message names it: its text, its objectName (or class), where it is in the
/// scene and its size, e.g. "Save" (printTranscriptButton at 1142,145 104x30).
inline QString describeItem(const QQuickItem *item)
{
    QString text = item->property("text").toString().left(60);
    text.replace(u'\n', u' ');
    const QPointF at = item->mapToScene(QPointF());
    return QStringLiteral("\"%1\" (%2 at %3,%4 %5x%6)")
        .arg(text,
            item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : item->objectName())
        .arg(at.x())
        .arg(at.y())
        .arg(item->width())
        .arg(item->height());
}

/// The first visible item named `name` under `item`, depth first (a delegate's part that only some
/// rows show, such as an AI reply's details, by the row that shows it).
inline QQuickItem *findVisibleByName(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisibleByName(child, name))
            return found;
    }
    return nullptr;
}

/// Depth-first search by objectName. Delegates are visual children only; plain QObjects are
/// QObject children only.
inline QObject *findByName(QObject *object, const QString &name)
{
    if (!object)
        return nullptr;
    if (object->objectName() == name)
        return object;
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            if (QObject *found = findByName(child, name))
                return found;
        }
    }
    const auto children = object->children();
    for (QObject *child : children) {
        if (qobject_cast<QQuickItem *>(child))
            continue; // visited as a visual child (or deliberately hidden from the scene)
        if (QObject *found = findByName(child, name))
            return found;
    }
    return nullptr;
}

/// The item named `name` in the window's scene, or nullptr.
inline QQuickItem *itemNamed(QQuickWindow *window, const QString &name)
{
    return qobject_cast<QQuickItem *>(findByName(window->contentItem(), name));
}

/// A left click in the middle of `item`; fails the test when there is no item.
inline void clickItem(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item);
    QTest::mouseClick(
        window, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}

} // namespace pilothouse::tests
