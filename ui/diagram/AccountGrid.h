#pragma once

#include <QRectF>

namespace passerelle::ui {

// How many account boxes fit a server, and where: the largest square cells that hold them all.
struct AccountGrid
{
    int columns = 0;
    int rows = 0;
    qreal cell = 0; // side of one cell, box plus its label

    static AccountGrid fit(int count, const QRectF &area);
    QRectF cellRect(int index, const QRectF &area) const;
};

} // namespace passerelle::ui
