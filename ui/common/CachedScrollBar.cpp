#include "ui/common/CachedScrollBar.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace passerelle::ui {
namespace {

bool keepsPictures(const QStyle *style)
{
    const QString name = style->name();
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
}

} // namespace

CachedScrollBar::CachedScrollBar(Qt::Orientation orientation, QWidget *parent) : QScrollBar(orientation, parent) { }

void CachedScrollBar::installOn(QAbstractScrollArea *area)
{
    area->setVerticalScrollBar(new CachedScrollBar(Qt::Vertical, area));
    area->setHorizontalScrollBar(new CachedScrollBar(Qt::Horizontal, area));
}

void CachedScrollBar::paintEvent(QPaintEvent *event)
{
    // Hovered or dragged, the bar highlights a part the style option cannot say from outside. Only
    // styles known to draw a bar from its option alone are kept: others (Breeze, macOS) fade a
    // hover out or show transient bars, frame after frame, which a kept picture would freeze.
    if (underMouse() || isSliderDown() || !keepsPictures(style())) {
        m_picture = QPixmap();
        QScrollBar::paintEvent(event);
        return;
    }
    QStyleOptionSlider option;
    initStyleOption(&option);
    option.subControls = QStyle::SC_All;
    option.activeSubControls = QStyle::SC_None;
    const Key key {size(),         devicePixelRatioF(),   int(option.state), option.minimum,
                   option.maximum, option.sliderPosition, option.pageStep,   qint64(option.palette.cacheKey()),
                   style(),        option.direction,      option.upsideDown};
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
