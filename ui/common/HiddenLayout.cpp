#include "ui/common/HiddenLayout.h"

#include <QCoreApplication>
#include <QLayout>
#include <QMoveEvent>
#include <QResizeEvent>
#include <QWidget>

namespace passerelle::ui {
namespace {

// What Qt sends a widget as it is shown (QWidgetPrivate::sendPendingMoveAndResizeEvents), sent
// now. Says whether there was any.
bool sendPendingGeometryEvents(QWidget *widget)
{
    bool sent = false;
    if (widget->testAttribute(Qt::WA_PendingMoveEvent)) {
        QMoveEvent moved(widget->pos(), widget->pos());
        QCoreApplication::sendEvent(widget, &moved);
        widget->setAttribute(Qt::WA_PendingMoveEvent, false);
        sent = true;
    }
    if (widget->testAttribute(Qt::WA_PendingResizeEvent)) {
        QResizeEvent resized(widget->size(), QSize());
        QCoreApplication::sendEvent(widget, &resized);
        widget->setAttribute(Qt::WA_PendingResizeEvent, false);
        sent = true;
    }
    return sent;
}

// One pass, parents first as at show (a scroll area sizes its contents in its resize event). Says
// whether any widget had events waiting.
bool layOutTree(QWidget *widget)
{
    widget->ensurePolished();
    bool sent = sendPendingGeometryEvents(widget);
    // A hidden widget's layout ignores its LayoutRequest events: asked directly, it places the
    // children, whose own events are then waiting in turn.
    if (QLayout *layout = widget->layout())
        layout->activate();
    // A copy: an event may add a child (a scroll bar).
    const QObjectList children = widget->children();
    for (QObject *child : children) {
        auto *childWidget = qobject_cast<QWidget *>(child);
        // Windows (a dialog) and widgets hidden on purpose are not shown with their parent; a child
        // never shown yet is hidden only because its parent is.
        const bool hiddenOnPurpose
            = childWidget && childWidget->isHidden() && childWidget->testAttribute(Qt::WA_WState_ExplicitShowHide);
        if (childWidget && !childWidget->isWindow() && !hiddenOnPurpose)
            sent = layOutTree(childWidget) || sent;
    }
    return sent;
}

} // namespace

void layOutWhileHidden(QWidget *widget)
{
    // A child's event can move a widget visited before it (a scroll area places its contents as
    // they resize): passes until none is left waiting, a few at most.
    constexpr int kMostPasses = 4;
    for (int pass = 0; pass < kMostPasses && layOutTree(widget); ++pass) { }
}

} // namespace passerelle::ui
