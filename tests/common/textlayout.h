#pragma once
// What a reader would see wrong with the text on screen: a line cut off without an ellipsis (by
// its own box or by a clipping parent that is not a scrolling view), and two texts drawn over each
// other. Reads the scene as rendered: only visible, non-transparent text with something to show.
// Used at 200 % text size and at a device pixel ratio of 2 (tests/shell/tst_settingspage.cpp).

#include "qmltesting.h"

#include <QQuickItem>
#include <QRectF>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace pilothouse::tests {

namespace textlayout_detail {

struct ShownText {
    QQuickItem *item;
    QRectF visible; ///< In scene coordinates, after every clipping parent.
    QString text;
};

inline bool isScrollingView(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

/// Where a label's glyphs are, in its own coordinates: its content box inside its padding, placed
/// by its alignment.
inline QRectF glyphRect(const QQuickItem *item)
{
    const qreal left = item->property("leftPadding").toReal();
    const qreal top = item->property("topPadding").toReal();
    const qreal innerW = item->width() - left - item->property("rightPadding").toReal();
    const qreal innerH = item->height() - top - item->property("bottomPadding").toReal();
    const qreal w = std::min(item->property("contentWidth").toReal(), innerW);
    const qreal h = std::min(item->property("contentHeight").toReal(), innerH);
    const int hAlign = item->property("effectiveHorizontalAlignment").toInt();
    const int vAlign = item->property("verticalAlignment").toInt();
    const qreal x = hAlign & Qt::AlignRight ? innerW - w : hAlign & Qt::AlignHCenter ? (innerW - w) / 2 : 0;
    const qreal y = vAlign & Qt::AlignBottom ? innerH - h : vAlign & Qt::AlignVCenter ? (innerH - h) / 2 : 0;
    return QRectF(left + x, top + y, w, h);
}

/// Walks the visible tree, keeping each shown text's rectangle after clipping. `hardClip` is what
/// the window and clipping parents leave visible, unbounded in the direction a scrolling view
/// scrolls (a row half out of sight is normal there); `problems` gets the texts it or their own
/// box cut.
inline void collect(
    QQuickItem *item, QRectF clip, QRectF hardClip, qreal opacity, std::vector<ShownText> *shown, QStringList *problems)
{
    if (!item->isVisible() || item->opacity() * opacity <= 0.01)
        return;
    opacity *= item->opacity();
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QString text = item->property("text").toString();
    const bool label = item->inherits("QQuickText");
    if ((label || item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput")) && !text.trimmed().isEmpty()
        && item->width() > 0 && item->height() > 0) {
        const QRectF glyphs = label ? item->mapRectToScene(glyphRect(item)) : box;
        const QRectF visible = glyphs.intersected(clip);
        if (!visible.isEmpty())
            shown->push_back({item, visible, text});
        // Wholly or partly outside what the window and its clipping parents show: lost to the
        // reader either way (a text pushed off the window's edge is the worst case).
        if (!glyphs.isEmpty() && !hardClip.adjusted(-1, -1, 1, 1).contains(glyphs))
            problems->append(QStringLiteral("clipped by a parent: %1").arg(describeItem(item)));
        // Cut by its own box: wider or taller than it, with no ellipsis saying so. A text input
        // scrolls its own line, so only labels are asked.
        if (label && item->property("elide").toInt() == 0) {
            const QRectF inner
                = QRectF(0, 0, item->width(), item->height())
                      .adjusted(item->property("leftPadding").toReal(), item->property("topPadding").toReal(),
                          -item->property("rightPadding").toReal(), -item->property("bottomPadding").toReal());
            const qreal w = item->property("contentWidth").toReal();
            const qreal h = item->property("contentHeight").toReal();
            const bool linesCut
                = item->property("truncated").toBool() && item->property("maximumLineCount").toInt() > 0;
            if (w > inner.width() + 1.5 || (h > inner.height() + 1.5 && !linesCut))
                problems->append(QStringLiteral("cut off: %1 needs %2x%3").arg(describeItem(item)).arg(w).arg(h));
        }
    }
    if (isScrollingView(item)) {
        // Rows half out of sight are normal in the direction a view scrolls, not across it: a
        // vertical list whose row is wider than the list cuts the row's text.
        constexpr qreal far = 1e7;
        const bool scrollsAcross = item->property("contentWidth").toReal() > item->width() + 1;
        const bool scrollsDown = item->property("contentHeight").toReal() > item->height() + 1;
        const QRectF limits = hardClip.intersected(box);
        hardClip = QRectF(scrollsAcross ? -far : limits.left(), scrollsDown ? -far : limits.top(),
            scrollsAcross ? 2 * far : limits.width(), scrollsDown ? 2 * far : limits.height());
    } else if (item->clip()) {
        hardClip = hardClip.intersected(box);
    }
    if (item->clip())
        clip = clip.intersected(box);
    for (QQuickItem *child : item->childItems())
        collect(child, clip, hardClip, opacity, shown, problems);
}

inline bool isAncestor(const QQuickItem *maybeAncestor, const QQuickItem *item)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p == maybeAncestor)
            return true;
    }
    return false;
}

} // namespace textlayout_detail

/// Every text under `root` that is cut off or drawn over another, one sentence each.
inline QStringList textLayoutProblems(QQuickItem *root)
{
    using namespace textlayout_detail;
    std::vector<ShownText> shown;
    QStringList problems;
    const QRectF scene = root->mapRectToScene(QRectF(0, 0, root->width(), root->height()));
    collect(root, scene, scene, 1.0, &shown, &problems);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        for (std::size_t j = i + 1; j < shown.size(); ++j) {
            const QRectF overlap = shown[i].visible.intersected(shown[j].visible);
            // A shared pixel row at the edges is spacing, not an overlap.
            if (overlap.width() <= 2 || overlap.height() <= 2)
                continue;
            if (isAncestor(shown[i].item, shown[j].item) || isAncestor(shown[j].item, shown[i].item))
                continue;
            problems.append(
                QStringLiteral("overlap: %1 and %2").arg(describeItem(shown[i].item), describeItem(shown[j].item)));
        }
    }
    return problems;
}

} // namespace pilothouse::tests
