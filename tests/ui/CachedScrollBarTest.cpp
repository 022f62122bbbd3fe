// A scroll bar repainted while it did not move paints its kept picture, and a moved one is painted
// anew: the same pixels either way.
#include "ui/common/CachedScrollBar.h"

#include <QImage>
#include <QTest>

#include <gtest/gtest.h>

using namespace passerelle::ui;

namespace {

QImage pictureOf(QWidget &widget)
{
    return widget.grab().toImage().convertToFormat(QImage::Format_ARGB32);
}

TEST(CachedScrollBar, RepaintsFromItsPictureUntilItMovesAndLooksTheSame)
{
    CachedScrollBar cached(Qt::Vertical);
    QScrollBar plain(Qt::Vertical);
    for (QScrollBar *bar : {static_cast<QScrollBar *>(&cached), &plain}) {
        bar->resize(16, 300);
        bar->setRange(0, 500);
        bar->setPageStep(100);
        bar->setValue(120);
    }
    const QImage first = pictureOf(cached);
    EXPECT_EQ(first, pictureOf(plain)) << "the kept picture differs from the style's";
    const int before = cached.picturesDrawn();
    EXPECT_EQ(pictureOf(cached), first);
    EXPECT_EQ(cached.picturesDrawn(), before + 1) << "an unchanged bar was painted anew";

    cached.setValue(300);
    plain.setValue(300);
    const QImage moved = pictureOf(cached);
    EXPECT_EQ(cached.picturesDrawn(), before + 1) << "a moved bar showed its old picture";
    EXPECT_NE(moved, first);
    EXPECT_EQ(moved, pictureOf(plain));
}

} // namespace
