#include "ui/common/CachedScrollBar.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QStyleOptionSlider>

namespace passerelle::ui {

CachedScrollBar::CachedScrollBar(Qt::Orientation orientation, QWidget *parent) : QScrollBar(orientation, parent) { }

void CachedScrollBar::installOn(QAbstractScrollArea *area)
{
    area->setVerticalScrollBar(new CachedScrollBar(Qt::Vertical, area));
    area->setHorizontalScrollBar(new CachedScrollBar(Qt::Horizontal, area));
}

void CachedScrollBar::paintEvent(QPaintEvent *event)
{
    // Hovered or dragged, the bar highlights a part the style option cannot say from outside.
    if (underMouse() || isSliderDown()) {
        m_picture = QPixmap();
        QScrollBar::paintEvent(event);
        return;
    }
    QStyleOptionSlider option;
    initStyleOption(&option);
    option.subControls = QStyle::SC_All;
    option.activeSubControls = QStyle::SC_None;
    const Key key {size(),
                   devicePixelRatioF(),
                   int(option.state),
                   option.minimum,
                   option.maximum,
                   option.sliderPosition,
                   option.pageStep,
                   qint64(option.palette.cacheKey())};
    if (m_picture.isNull() || key != m_pictureKey) {
        m_picture = QPixmap(size() * key.pixelRatio);
        m_picture.setDevicePixelRatio(key.pixelRatio);
        m_picture.fill(Qt::transparent);
        QPainter painter(&m_picture);
        style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, this);
        m_pictureKey = key;
    } else {
        ++m_picturesDrawn;
    }
    QPainter(this).drawPixmap(0, 0, m_picture);
}

} // namespace passerelle::ui
