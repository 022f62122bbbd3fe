#pragma once

#include <QPixmap>
#include <QScrollBar>

class QAbstractScrollArea;

namespace passerelle::ui {

// A scroll bar that keeps its last picture: most of its paints come from the page or the table
// behind it being repainted while the bar itself did not move, and Fusion's gradients cost a
// millisecond or two each time (the largest part of a page's paint in tests/bench/GuiStallBench).
// Painted by the style as usual whenever anything it shows changed, or under the mouse.
class CachedScrollBar : public QScrollBar
{
    Q_OBJECT

public:
    explicit CachedScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

    // Paints from the kept picture since the last change (for tests).
    int picturesDrawn() const { return m_picturesDrawn; }

    // Gives both scroll bars of `area` a kept picture (before anything connects to them). Not for
    // item views: they connect their own handlers to their bars when built (fetching more rows at
    // the bottom, hover after a scroll), which a replaced bar would lose; a view subclass can give
    // them back (AccountsView::keepScrollBarPictures).
    static void installOn(QAbstractScrollArea *area);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Key
    {
        QSize size;
        qreal pixelRatio = 1;
        int state = 0;
        int minimum = 0;
        int maximum = 0;
        int position = 0;
        int pageStep = 0;
        qint64 palette = 0;
        const QStyle *style = nullptr;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        bool inverted = false;
        bool operator==(const Key &) const = default;
    };

    QPixmap m_picture;
    Key m_pictureKey;
    int m_picturesDrawn = 0;
};

} // namespace passerelle::ui
