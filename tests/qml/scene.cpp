#include "scene.h"

#include <QDir>
#include <QMutex>
#include <QMutexLocker>
#include <QQmlComponent>
#include <QTest>

namespace pilothouse::tests {

namespace {

QMutex g_mutex;
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&g_mutex);
        g_warnings.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QObject *findByName(QObject *object, const QString &name)
{
    if (!object)
        return nullptr;
    if (object->objectName() == name)
        return object;
    // Delegates are visual children only; plain QObjects are QObject children only.
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

void collectTexts(QQuickItem *item, const QString &text, QList<QQuickItem *> &out)
{
    if (!item || !item->isVisible())
        return;
    if (item->inherits("QQuickText") && item->property("text").toString() == text)
        out.append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, text, out);
}

} // namespace

void WarningRecorder::install()
{
    g_previous = qInstallMessageHandler(recordMessage);
}

QStringList WarningRecorder::take()
{
    QMutexLocker lock(&g_mutex);
    return std::exchange(g_warnings, {});
}

Scene::Scene()
    : m_engine(std::make_unique<QQmlEngine>())
    , m_window(std::make_unique<QQuickWindow>())
{
    // Qt 6.4 does not search the resource root by default; the QML modules live at qrc:/Pilothouse/...
    m_engine->addImportPath(QStringLiteral("qrc:/"));
}

Scene::~Scene()
{
    // Items first, while their engine still exists.
    delete m_root;
    m_root = nullptr;
}

bool Scene::load(const QByteArray &qml, const QVariantMap &initial, QSize size)
{
    QQmlComponent component(m_engine.get());
    component.setData(qml, QUrl(QStringLiteral("qrc:/tests/Scene.qml")));
    if (component.isError()) {
        m_errors = component.errorString();
        return false;
    }
    QObject *object = component.createWithInitialProperties(initial, m_engine->rootContext());
    m_root = qobject_cast<QQuickItem *>(object);
    if (!m_root) {
        m_errors = component.errorString();
        delete object;
        return false;
    }
    m_window->resize(size);
    m_root->setParentItem(m_window->contentItem());
    m_root->setSize(QSizeF(size));
    m_window->show();
    m_window->requestActivate();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !QTest::qWaitForWindowActive(m_window.get())) {
        m_errors = QStringLiteral("window never became active");
        return false;
    }
    return true;
}

QObject *Scene::find(const QString &objectName) const
{
    return findByName(m_root, objectName);
}

QList<QQuickItem *> Scene::visibleTexts(const QString &text) const
{
    QList<QQuickItem *> out;
    collectTexts(m_root, text, out);
    return out;
}

QImage Scene::grab()
{
    // Canvases paint on the next frame and layouts settle over a few polish passes.
    for (int i = 0; i < 5; ++i) {
        m_window->update();
        QTest::qWait(30);
    }
    return m_window->grabWindow();
}

QString Scene::saveScreenshot(const QString &name)
{
    QString dir = qEnvironmentVariable("PILOTHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const QImage image = grab();
    return !image.isNull() && image.save(path) ? path : QString();
}

} // namespace pilothouse::tests
