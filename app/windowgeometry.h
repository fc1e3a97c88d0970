#pragma once
// The console's window opens where and as large as the operator left it, and never larger than
// the screen it opens on: a window made for 1440 pixels on a 1280-pixel laptop has its Resolve button
// off screen. Kept in the settings file (window/geometry, window/maximized).

#include <QRect>
#include <QString>

class QWindow;

namespace pilothouse::app {

class WindowGeometry {
public:
    explicit WindowGeometry(QString settingsFile);

    /// Sizes and places `window`: the saved geometry when it still fits a screen, else its
    /// default size shrunk to the primary screen's available area and centred there.
    void restore(QWindow *window) const;
    /// Saves `window`'s geometry (the normal one when it is maximized) for the next start.
    void save(const QWindow *window) const;

    /// The rule on its own: `wanted` (the saved or the default geometry) fitted into `available`.
    /// A saved rectangle mostly off the screen goes back to the centre.
    static QRect fitted(QRect wanted, const QRect &available, const QSize &minimum);

private:
    QString m_settingsFile;
};

} // namespace pilothouse::app
