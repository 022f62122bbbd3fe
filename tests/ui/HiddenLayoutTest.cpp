// A hidden widget laid out ahead is shown without laying anything out again (no move or resize
// event left for its show), at the places its show would have given; a child hidden on purpose
// stays as it was.
#include "ui/common/HiddenLayout.h"

#include "tests/ui/GeometryEvents.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// A page hidden in a window on screen, as a wizard's next page.
struct Page
{
    QWidget window;
    QWidget &root = *new QWidget(&window);
    QScrollArea *scroll = new QScrollArea(&root);
    QWidget *inner = new QWidget;
    QLabel *wrapped = new QLabel(inner);
    QLabel *hiddenOnPurpose = new QLabel(inner);

    Page()
    {
        auto *outer = new QVBoxLayout(&root);
        outer->addWidget(scroll);
        scroll->setWidgetResizable(true);
        scroll->setWidget(inner);
        auto *layout = new QVBoxLayout(inner);
        wrapped->setWordWrap(true);
        wrapped->setText(QStringLiteral("A sentence long enough to wrap over several lines in a narrow page, "
                                        "so that its height depends on the width it is given."));
        layout->addWidget(wrapped);
        hiddenOnPurpose->hide();
        hiddenOnPurpose->resize(50, 20); // waits for its own show
        root.resize(240, 400);
        root.hide();
        window.resize(240, 400);
        window.show();
    }
};

TEST(HiddenLayout, AWidgetLaidOutWhileHiddenIsShownWithoutLayingOutAgain)
{
    Page page;
    layOutWhileHidden(&page.root);
    ASSERT_TRUE(page.window.isVisible());
    EXPECT_FALSE(page.root.isVisible());
    const QRect placed = page.wrapped->geometry();
    EXPECT_GT(placed.width(), 0) << "the label was not placed";

    GeometryEvents events(&page.root);
    page.root.show();
    EXPECT_EQ(events.count, 0) << "showing the widget still laid it out";
    EXPECT_EQ(page.wrapped->geometry(), placed) << "laid out hidden at another place than its show gives";
    EXPECT_FALSE(page.hiddenOnPurpose->isVisible());
}

// The same page shown without it: its show lays it out (what the test above measures away).
TEST(HiddenLayout, WithoutItShowingAHiddenWidgetLaysItOut)
{
    Page page;
    GeometryEvents events(&page.root);
    page.root.show();
    EXPECT_GT(events.count, 0);
}

TEST(HiddenLayout, AChildHiddenOnPurposeIsLeftForItsOwnShow)
{
    Page page;
    ASSERT_TRUE(page.hiddenOnPurpose->testAttribute(Qt::WA_PendingResizeEvent));
    layOutWhileHidden(&page.root);
    EXPECT_TRUE(page.hiddenOnPurpose->testAttribute(Qt::WA_PendingResizeEvent))
        << "a widget no one will see was laid out";
    page.root.show();
    EXPECT_FALSE(page.hiddenOnPurpose->isVisible());
}

} // namespace
