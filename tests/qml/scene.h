#pragma once
// A QML snippet in its own engine and offscreen window, plus a recorder of every Qt/QML warning
// so a test can fail on the first one.

#include <QImage>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <QVariantMap>

#include "qmltesting.h"

#include <memory>

namespace pilothouse::tests {

class Scene {
public:
    Scene();
    ~Scene();
    Scene(const Scene &) = delete;
    Scene &operator=(const Scene &) = delete;

    /// Compiles `qml` (imports included), creates it with `initial` properties inside the window
    /// at `size`, shows the window and waits until it is exposed and active. False on errors.
    bool load(const QByteArray &qml, const QVariantMap &initial = {}, QSize size = {800, 600});

    QQuickItem *root() const { return m_root; }
    QQuickWindow *window() const { return m_window.get(); }
    QQmlEngine *engine() const { return m_engine.get(); }
    QString errors() const { return m_errors; }

    /// First object below the root with this objectName, or nullptr.
    QObject *find(const QString &objectName) const;
    /// Every visible Text item below the root whose text equals `text`.
    QList<QQuickItem *> visibleTexts(const QString &text) const;
    /// Lets bindings, layouts, canvases and the renderer settle, then grabs the window.
    QImage grab();
    /// Saves a grab as <screenshot dir>/<name>.png; returns the path or "" on failure.
    QString saveScreenshot(const QString &name);

private:
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QQuickItem *m_root = nullptr;
    QString m_errors;
};

} // namespace pilothouse::tests
