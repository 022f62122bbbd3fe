#include "ui/common/WindowPlacement.h"

#include <QSettings>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

const QString kSizeKey = u"window/size"_s;
const QString kPositionKey = u"window/position"_s;
// The size the pages are laid out for, when nothing is remembered.
constexpr QSize kPreferred(1280, 820);
constexpr QSize kUsualDecoration(8, 40);

} // namespace

void restorePlacement(QWidget *window, QSettings *settings, const QRect &available)
{
    QSize size = kPreferred;
    if (settings && settings->value(kSizeKey).toSize().isValid())
        size = settings->value(kSizeKey).toSize();
    // The frame (title bar, borders) comes on top of the size: leave room for it. Before the window
    // is shown the frame is unknown; a usual title bar and borders are assumed.
    const QSize decoration
        = window->isVisible() ? window->frameGeometry().size() - window->geometry().size() : kUsualDecoration;
    if (!available.isEmpty())
        size = size.boundedTo(available.size() - decoration);
    window->resize(size.expandedTo(window->minimumSize()));
    if (!settings || !settings->contains(kPositionKey) || available.isEmpty())
        return;
    QPoint position = settings->value(kPositionKey).toPoint();
    // Still on this screen, whatever screen it was last on.
    position.setX(
        std::clamp(position.x(), available.left(), std::max(available.left(), available.right() - size.width())));
    position.setY(
        std::clamp(position.y(), available.top(), std::max(available.top(), available.bottom() - size.height())));
    window->move(position);
}

void savePlacement(const QWidget *window, QSettings *settings)
{
    if (!settings)
        return;
    settings->setValue(kSizeKey, window->size());
    settings->setValue(kPositionKey, window->pos());
}

} // namespace passerelle::ui
