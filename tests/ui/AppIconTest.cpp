#include "ui/common/AppIcon.h"

#include <QImage>
#include <QPixmap>
#include <gtest/gtest.h>

using namespace passerelle::ui;

namespace {

// The window icon is the installed SVG compiled in; it must render (Qt's SVG plugin is there).
TEST(AppIcon, RendersFromTheCompiledInSvg)
{
    const QIcon icon = applicationIcon();
    ASSERT_FALSE(icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 64);
    EXPECT_NE(image.pixelColor(32, 32).alpha(), 0) << "the middle of the icon is drawn";
}

} // namespace
