#pragma once

#include <QPainterPath>
#include <QPen>
#include <QPointF>
#include <QRectF>

namespace passerelle::ui {

// Where the account on the move is drawn between the two servers: its name, its box and the
// chevron pointing where it goes, stacked inside the servers' band — never over the titles above
// it (wider than their boxes in French) nor the captions below.
struct MoveMarker
{
    QRectF name;
    QRectF box;
    QPointF tip; // the chevron's point
    qreal half = 0; // the chevron's half height (and half width)
    qreal direction = 1; // +1: to the transit server (right), -1: back to the client (left)

    static MoveMarker fit(const QRectF &gap, qreal nameHeight, bool toTransit);
    QPainterPath chevronPath() const;
    QPen chevronStroke(const QColor &color) const;
    // Everything the chevron covers, its caps and mitre included.
    QRectF chevronBounds() const;
    qreal chevronPen() const;
};

} // namespace passerelle::ui
