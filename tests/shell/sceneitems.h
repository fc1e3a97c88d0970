#pragma once
// What tst_rawcodes and tst_layouts read off the real console's window: every text a reader sees,
// every control a user can reach, and how much of an item its clipping parents and the window cut
// off. Walks the whole item tree from the window's content item, which holds the popups' overlay
// too (QQuickOverlay is a child of the content item), so open popups and menus are read as well.

#include "qmltesting.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace pilothouse::tests {

/// Where an item is: its objectName (or class) and the objectNames of its named ancestors,
/// innermost last: "conversationView/actionBar/resolveButton".
inline QString itemPath(const QQuickItem *item)
{
    QStringList names;
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->objectName().isEmpty())
            names.prepend(p->objectName());
    }
    names.append(
        item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : item->objectName());
    return names.join(u'/');
}

/// Calls `visit` for every item under `root` that is drawn: visible, not transparent, not empty.
inline void forEachShownItem(QQuickItem *root, const std::function<void(QQuickItem *)> &visit, qreal opacity = 1)
{
    if (!root->isVisible() || root->opacity() * opacity <= 0.01)
        return;
    opacity *= root->opacity();
    if (root->width() > 0 && root->height() > 0)
        visit(root);
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        forEachShownItem(child, visit, opacity);
}

/// Whether `item` shows text of its own: a Text (and a Label, which is one), a TextEdit (a
/// TextArea is one) or a TextInput (a TextField is one).
inline bool isTextItem(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput");
}

/// Whether `item` is a control a user operates: a Quick Controls button, field, box or slider,
/// or any item assistive technology is told is one (Accessible.role).
inline bool isControl(QQuickItem *item)
{
    for (const char *type : {"QQuickAbstractButton", "QQuickTextField", "QQuickTextArea", "QQuickComboBox",
             "QQuickSpinBox", "QQuickSlider", "QQuickRangeSlider", "QQuickDial"}) {
        if (item->inherits(type))
            return true;
    }
    // A plain item made a control in QML (Accessible.role: Accessible.Button, ...). A control's
    // own parts (a TextField's TextInput) are not separate controls.
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return false;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    if (!iface)
        return false;
    switch (iface->role()) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::PageTab:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

/// What of `item` its clipping ancestors and the window leave visible, in scene pixels. A
/// scrolling view (a Flickable: lists, scroll views) lets its content run on in the direction it
/// scrolls (a row scrolled half out of sight is normal there, and so is everything that view's own
/// ancestors would cut in that direction), not across it. `scrolledAway` is set when the item lies
/// wholly outside a scrolling view's viewport in its direction: the user scrolls to it.
inline QRectF visiblePart(const QQuickItem *item, bool *scrolledAway = nullptr)
{
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    QRectF limit = box;
    bool freeAcross = false; // inside a view that scrolls sideways
    bool freeDown = false; // inside a view that scrolls down
    bool away = false;
    const auto clampTo = [&](const QRectF &r) {
        if (!freeAcross) {
            limit.setLeft(std::max(limit.left(), r.left()));
            limit.setRight(std::min(limit.right(), r.right()));
        }
        if (!freeDown) {
            limit.setTop(std::max(limit.top(), r.top()));
            limit.setBottom(std::min(limit.bottom(), r.bottom()));
        }
    };
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        const QRectF pbox = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
        if (p->inherits("QQuickFlickable")) {
            const bool across = p->property("contentWidth").toReal() > p->width() + 1;
            const bool down = p->property("contentHeight").toReal() > p->height() + 1;
            if ((down && (box.bottom() <= pbox.top() || box.top() >= pbox.bottom()))
                || (across && (box.right() <= pbox.left() || box.left() >= pbox.right())))
                away = true;
            freeAcross = freeAcross || across;
            freeDown = freeDown || down;
            clampTo(pbox); // across its direction: what it shows is all there is
        } else if (p->clip()) {
            clampTo(pbox);
        }
    }
    if (const QQuickWindow *window = item->window())
        clampTo(QRectF(0, 0, window->width(), window->height()));
    if (scrolledAway)
        *scrolledAway = away;
    return limit.width() > 0 && limit.height() > 0 ? limit : QRectF();
}

/// "cut 12 px on the right, 3 px at the bottom" for what `visiblePart` took off `box`; "" if none.
inline QString cutDescription(const QRectF &box, const QRectF &visible)
{
    if (visible.isEmpty())
        return QStringLiteral("wholly outside the window or its clipping parents");
    QStringList parts;
    const auto add = [&parts](qreal amount, const char *side) {
        if (amount > 1.0)
            parts.append(QStringLiteral("%1 px %2").arg(qRound(amount)).arg(QLatin1String(side)));
    };
    add(visible.left() - box.left(), "on the left");
    add(box.right() - visible.right(), "on the right");
    add(visible.top() - box.top(), "at the top");
    add(box.bottom() - visible.bottom(), "at the bottom");
    return parts.isEmpty() ? QString() : QStringLiteral("cut ") + parts.join(QStringLiteral(", "));
}

/// The control's own label when it is cut short: an elided Text (`truncated`) in its content
/// item, or a text field (a combo box's) whose text is wider than the field. Null when it shows
/// all of it. Rows and cards (an ItemDelegate such as a draft or an earlier conversation, or a
/// plain item with a button's role) preview content, a customer's words cut to fit by design,
/// not a label: not asked.
inline QQuickItem *elidedLabel(QQuickItem *control)
{
    if (control->inherits("QQuickItemDelegate"))
        return nullptr;
    auto *content = control->property("contentItem").value<QQuickItem *>();
    if (!content)
        return nullptr;
    QQuickItem *found = nullptr;
    forEachShownItem(content, [&found](QQuickItem *item) {
        if (found)
            return;
        if (item->inherits("QQuickText") && item->property("truncated").toBool())
            found = item;
        else if (item->inherits("QQuickTextInput") && item->property("contentWidth").toReal() > item->width() + 1)
            found = item;
    });
    return found;
}

} // namespace pilothouse::tests
