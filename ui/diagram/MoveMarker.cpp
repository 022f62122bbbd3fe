#include "ui/diagram/MoveMarker.h"

#include <algorithm>

namespace passerelle::ui {

MoveMarker MoveMarker::fit(const QRectF &gap, qreal nameHeight, bool toTransit)
{
    MoveMarker marker;
    const qreal boxSide = std::max<qreal>(8, std::min<qreal>({28, gap.width() / 4, (gap.height() - nameHeight) / 3}));
    // The chevron's pen reaches beyond its path by half its width on each side.
    marker.half
        = std::max<qreal>(4, std::min<qreal>({18, gap.width() / 6, (gap.height() - nameHeight - boxSide - 8) / 3}));
    const qreal centreX = gap.center().x();
    marker.name = QRectF(gap.left() + 4, gap.top(), gap.width() - 8, nameHeight);
    marker.box = QRectF(centreX - boxSide / 2, marker.name.bottom() + 2, boxSide, boxSide);
    const qreal reach = marker.half + marker.chevronPen() / 2;
    const qreal centreY = std::min(std::max(gap.center().y(), marker.box.bottom() + 4 + reach), gap.bottom() - reach);
    marker.direction = toTransit ? 1 : -1;
    marker.tip = QPointF(centreX + marker.direction * marker.half, centreY);
    return marker;
}

qreal MoveMarker::chevronPen() const
{
    return std::max<qreal>(3, half / 2);
}

QRectF MoveMarker::chevronBounds() const
{
    const qreal pen = chevronPen() / 2;
    // The path spans 2 × half across, from the tip back to its two ends.
    const qreal left = std::min(tip.x(), tip.x() - direction * 2 * half);
    return QRectF(left - pen, tip.y() - half - pen, 2 * half + 2 * pen, 2 * half + 2 * pen);
}

} // namespace passerelle::ui
