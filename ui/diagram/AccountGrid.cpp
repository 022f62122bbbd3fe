#include "ui/diagram/AccountGrid.h"

#include <algorithm>

namespace passerelle::ui {

AccountGrid AccountGrid::fit(int count, const QRectF &area)
{
    AccountGrid best;
    if (count <= 0 || area.width() <= 0 || area.height() <= 0)
        return best;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const qreal cell = std::min(area.width() / columns, area.height() / rows);
        if (cell > best.cell)
            best = AccountGrid{columns, rows, cell};
    }
    return best;
}

QRectF AccountGrid::cellRect(int index, const QRectF &area) const
{
    if (columns <= 0)
        return {};
    // The grid is centred in the server, as the provider's drawings centre their boxes.
    const qreal left = area.left() + (area.width() - columns * cell) / 2;
    const qreal top = area.top() + (area.height() - rows * cell) / 2;
    return QRectF(left + (index % columns) * cell, top + (index / columns) * cell, cell, cell);
}

} // namespace passerelle::ui
