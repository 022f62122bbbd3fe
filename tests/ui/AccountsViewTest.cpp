#include "ui/accounts/AccountsView.h"
#include "tests/common/ParamName.h"
#include "tests/ui/UiFixtures.h"
#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/ActionButtonsDelegate.h"
#include "ui/common/CachedScrollBar.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// Step 4 with three accounts: site-1 on the transit (may roll back), site-2 and site-3 may migrate.
class AccountsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        snapshot = transitReady(makeSnapshot(3));
        moveToTransit(snapshot.accounts[0]);
        panel.resize(1000, 300);
        panel.setSnapshot(snapshot, facts, {});
        panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    }

    QModelIndex actionsCell(qint64 accountId)
    {
        return panel.proxy()->mapFromSource(sourceIndexOf(*panel.model(), accountId, AccountsTableModel::Actions));
    }

    QPoint buttonCentre(qint64 accountId, AccountAction action)
    {
        AccountsView *view = panel.view();
        view->scrollTo(actionsCell(accountId));
        QStyleOptionViewItem option;
        option.rect = view->visualRect(actionsCell(accountId));
        option.fontMetrics = view->fontMetrics();
        return view->actionsDelegate()->buttonRect(option, action).center();
    }

    MigrationSnapshot snapshot;
    LocalFacts facts;
    AccountsPanel panel;
};

// The table's bars keep their last picture (most of their paints repeated the same picture);
// scrolled to the bottom, the view still asks its model for more rows, as with Qt's own bars.
TEST(AccountsViewBars, KeepTheirPictureAndTheViewsHandlers)
{
    struct MoreRows : QStandardItemModel
    {
        int fetched = 0;
        bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && fetched == 0; }
        void fetchMore(const QModelIndex &) override
        {
            ++fetched;
            appendRow(new QStandardItem(u"more"_s));
        }
    } model;
    for (int i = 0; i < 200; ++i)
        model.appendRow(new QStandardItem(QString::number(i)));
    AccountsView view;
    view.setModel(&model);
    view.resize(300, 200);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_NE(qobject_cast<CachedScrollBar *>(view.verticalScrollBar()), nullptr);
    ASSERT_NE(qobject_cast<CachedScrollBar *>(view.horizontalScrollBar()), nullptr);
    QScrollBar *bar = view.verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    bar->setValue(bar->maximum());
    EXPECT_EQ(model.fetched, 1) << "the view no longer follows its bar";
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    EXPECT_EQ(view.indexAt(QPoint(5, 5)).row(), 0) << "the rows did not follow the bar";
}

struct ClickCase
{
    qint64 accountId;
    AccountAction action;
    bool allowed;
};

class AccountsViewClicks : public AccountsViewTest, public ::testing::WithParamInterface<ClickCase>
{
};

TEST_P(AccountsViewClicks, MouseClickEmitsOnlyWhenAllowed)
{
    const ClickCase c = GetParam();
    QSignalSpy requested(panel.view(), &AccountsView::actionRequested);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, buttonCentre(c.accountId, c.action));
    if (c.allowed) {
        ASSERT_EQ(requested.count(), 1);
        EXPECT_EQ(requested.at(0).at(0).toLongLong(), c.accountId);
        EXPECT_EQ(requested.at(0).at(1).value<AccountAction>(), c.action);
    } else {
        EXPECT_EQ(requested.count(), 0);
    }
}

TEST_P(AccountsViewClicks, KeyboardShortcutOnCurrentRowEmitsOnlyWhenAllowed)
{
    const ClickCase c = GetParam();
    AccountsView *view = panel.view();
    view->setFocus();
    view->setCurrentIndex(actionsCell(c.accountId).siblingAtColumn(AccountsTableModel::Name));
    QSignalSpy requested(view, &AccountsView::actionRequested);
    const QKeyCombination keys = AccountsView::shortcutFor(c.action)[0];
    QTest::keyClick(view, keys.key(), keys.keyboardModifiers());
    EXPECT_EQ(requested.count(), c.allowed ? 1 : 0);
    if (c.allowed) {
        EXPECT_EQ(requested.at(0).at(0).toLongLong(), c.accountId);
    }
}

TEST_P(AccountsViewClicks, MenuEntryEnabledOnlyWhenAllowed)
{
    const ClickCase c = GetParam();
    AccountsView *view = panel.view();
    std::unique_ptr<QMenu> menu(view->createActionMenu(actionsCell(c.accountId), nullptr));
    const QList<QAction *> entries = menu->actions();
    ASSERT_EQ(entries.size(), 6) << "the four actions, a separator, the site checks";
    QAction *entry = entries.at(static_cast<int>(c.action));
    EXPECT_EQ(entry->isEnabled(), c.allowed);
    EXPECT_EQ(entry->toolTip().isEmpty(), false);
    QSignalSpy requested(view, &AccountsView::actionRequested);
    entry->trigger();
    EXPECT_EQ(requested.count(), c.allowed ? 1 : 0);
}

INSTANTIATE_TEST_SUITE_P(
    Step4, AccountsViewClicks,
    ::testing::Values(ClickCase {2, AccountAction::Migrate, true}, ClickCase {3, AccountAction::Migrate, true},
                      ClickCase {1, AccountAction::Migrate, false}, ClickCase {1, AccountAction::Rollback, true},
                      ClickCase {2, AccountAction::Rollback, false}, ClickCase {2, AccountAction::Test, false},
                      ClickCase {2, AccountAction::MoveBack, false}),
    [](const auto &info) {
        return passerelle::testing::rowName(info.index,
                                            "account" + std::to_string(info.param.accountId)
                                                + (info.param.allowed ? "allowed" : "refused"));
    });

TEST_F(AccountsViewTest, EnterOpensTheActionMenuAndItsKeysTriggerTheAllowedAction)
{
    AccountsView *view = panel.view();
    view->setFocus();
    view->setCurrentIndex(actionsCell(2).siblingAtColumn(AccountsTableModel::Name));
    QSignalSpy requested(view, &AccountsView::actionRequested);
    QTest::keyClick(view, Qt::Key_Return);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->accessibleName().contains(u"site-2"_s));
    QTest::keyClick(menu, Qt::Key_Down); // the first enabled entry: Migrate
    QTest::keyClick(menu, Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(1).value<AccountAction>(), AccountAction::Migrate);
}

// The current row scrolled out of sight: Enter brings it back into view before its menu opens under it.
TEST(AccountsViewScroll, EnterOnARowOutOfSightScrollsToItBeforeTheMenu)
{
    AccountsPanel panel;
    panel.resize(1000, 220);
    panel.setSnapshot(transitReady(makeSnapshot(30)), LocalFacts {}, {});
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    AccountsView *view = panel.view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(29, AccountsTableModel::Name));
    view->scrollToTop();
    const QModelIndex current = view->currentIndex();
    ASSERT_FALSE(view->viewport()->rect().intersects(view->visualRect(current))) << "out of sight to begin with";

    QTest::keyClick(view, Qt::Key_Return);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    const QRect row = view->visualRect(current);
    EXPECT_TRUE(view->viewport()->rect().contains(row)) << "the row is in sight";
    menu->close();
}

TEST_F(AccountsViewTest, PressOnOneButtonReleaseOnAnotherDoesNothing)
{
    QSignalSpy requested(panel.view(), &AccountsView::actionRequested);
    QWidget *viewport = panel.view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, buttonCentre(2, AccountAction::Migrate));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, buttonCentre(2, AccountAction::Test));
    EXPECT_EQ(requested.count(), 0);
}

TEST_F(AccountsViewTest, FilterFieldNarrowsTheRows)
{
    QTest::keyClicks(panel.filterEdit(), u"site-3"_s);
    EXPECT_EQ(panel.proxy()->rowCount(), 1);
    EXPECT_FALSE(panel.view()->accessibleName().isEmpty());
    EXPECT_FALSE(panel.filterEdit()->accessibleName().isEmpty());
}

TEST_F(AccountsViewTest, SelectedIdsFollowTheView)
{
    AccountsView *view = panel.view();
    view->selectAll();
    EXPECT_EQ(view->selectedAccountIds(), (QList<qint64> {1, 2, 3}));
}

} // namespace
