#include "scene.h"

#include <QDir>
#include <QQmlComponent>
#include <QTest>

namespace pilothouse::tests {

namespace {

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
