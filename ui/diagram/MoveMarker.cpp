#include "ui/diagram/MoveMarker.h"

#include <QPainterPathStroker>

#include <algorithm>

namespace passerelle::ui {

MoveMarker MoveMarker::fit(const QRectF &gap, qreal nameHeight, bool toTransit)
{
    MoveMarker marker;
    const qreal boxSide = std::max<qreal>(8, std::min<qreal>({28, gap.width() / 4, (gap.height() - nameHeight) / 3}));
    marker.half
        = std::max<qreal>(4, std::min<qreal>({18, gap.width() / 6, (gap.height() - nameHeight - boxSide - 8) / 3}));
    const qreal centreX = gap.center().x();
    marker.name = QRectF(gap.left() + 4, gap.top(), gap.width() - 8, nameHeight);
    marker.box = QRectF(centreX - boxSide / 2, marker.name.bottom() + 2, boxSide, boxSide);
    // The square caps and the mitre reach past the path by up to about 0.7 of the pen's width.
    const qreal reach = marker.half + marker.chevronPen();
    const qreal centreY = std::min(std::max(gap.center().y(), marker.box.bottom() + 4 + reach), gap.bottom() - reach);
    marker.direction = toTransit ? 1 : -1;
    marker.tip = QPointF(centreX + marker.direction * marker.half, centreY);
    return marker;
}

qreal MoveMarker::chevronPen() const
{
    return std::max<qreal>(3, half / 2);
}

QPainterPath MoveMarker::chevronPath() const
{
    // From its two ends, 2 × half behind the tip, to the tip.
    const qreal back = -direction * 2 * half;
    QPainterPath chevron;
    chevron.moveTo(tip.x() + back, tip.y() - half);
    chevron.lineTo(tip);
    chevron.lineTo(tip.x() + back, tip.y() + half);
    return chevron;
}

QPen MoveMarker::chevronStroke(const QColor &color) const
{
    return QPen(color, chevronPen(), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
}

QRectF MoveMarker::chevronBounds() const
{
    QPainterPathStroker stroker(chevronStroke(Qt::black));
    return stroker.createStroke(chevronPath()).boundingRect();
}

} // namespace passerelle::ui
