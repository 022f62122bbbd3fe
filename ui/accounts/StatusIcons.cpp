#include "ui/accounts/StatusIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace passerelle::ui {
namespace {

QPixmap paintAt(StatusIcons::Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.08, s * 0.08, s * 0.84, s * 0.84);
    QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (kind) {
    case StatusIcons::Kind::Waiting:
        painter.setPen(QPen(QColor(0x5f, 0x63, 0x68), s / 10.0));
        painter.drawEllipse(circle);
        break;
    case StatusIcons::Kind::Running:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1a, 0x5f, 0xb4));
        painter.drawEllipse(circle);
        painter.setBrush(Qt::white);
        for (int i = 0; i < 3; ++i)
            painter.drawEllipse(QPointF(s * (0.3 + 0.2 * i), s * 0.5), s * 0.07, s * 0.07);
        break;
    case StatusIcons::Kind::Succeeded: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x26, 0x8a, 0x3c));
        painter.drawEllipse(circle);
        painter.setPen(pen);
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.72, s * 0.34);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    }
    case StatusIcons::Kind::Failed:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc0, 0x1c, 0x28));
        painter.drawEllipse(circle);
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case StatusIcons::Kind::Changed:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x9c, 0x5d, 0x00));
        painter.drawEllipse(circle);
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    }
    return pixmap;
}

} // namespace

StatusIcons::Kind StatusIcons::kindOf(AccountStatus status)
{
    if (isRunning(status))
        return Kind::Running;
    switch (status) {
    case AccountStatus::Tested:
    case AccountStatus::Migrated:
    case AccountStatus::Done:
        return Kind::Succeeded;
    case AccountStatus::TestFailed:
    case AccountStatus::Failed:
        return Kind::Failed;
    default:
        return Kind::Waiting;
    }
}

StatusIcons::Kind StatusIcons::kindOf(SitesState state)
{
    switch (state) {
    case SitesState::Checking:
        return Kind::Running;
    case SitesState::Same:
        return Kind::Succeeded;
    case SitesState::Changed:
        return Kind::Changed;
    case SitesState::Broken:
        return Kind::Failed;
    case SitesState::NotChecked:
    case SitesState::Reference:
        break;
    }
    return Kind::Waiting;
}

const QIcon &StatusIcons::icon(Kind kind) const
{
    auto it = m_cache.find(static_cast<int>(kind));
    if (it == m_cache.end())
        it = m_cache.insert(static_cast<int>(kind), paint(kind));
    return *it;
}

QIcon StatusIcons::paint(Kind kind)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48})
        icon.addPixmap(paintAt(kind, size));
    return icon;
}

} // namespace passerelle::ui
