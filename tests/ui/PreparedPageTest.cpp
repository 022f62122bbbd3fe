// The page Next leads to is updated and laid out while hidden, each at a turn of its own: showing
// it (Next, or the wizard opening the migration's step once connected) lays nothing out in that
// moment, and a poll's change does not redraw it in the same burst as the page on screen.
#include "tests/ui/GeometryEvents.h"
#include "tests/ui/UiFixtures.h"
#include "tests/ui/WizardHarness.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/StepPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

TEST(PreparedPage, ConnectingOpensTheStepOnlyOnceItsPageIsLaidOut)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
    const int stepId = pageIdFor(Step::MigrateAccounts);
    GeometryEvents events;
    int laidOut = 0;
    int eventsAsItShowed = -1;
    QObject::connect(h.wizard.get(), &QWizard::pageAdded, h.wizard.get(), [&](int id) {
        auto *page = qobject_cast<StepPage *>(h.wizard->page(id));
        if (!page)
            return;
        QObject::connect(page, &StepPage::laidOutWhileHidden, page, [&, page] {
            ++laidOut;
            events.watch(page);
        });
    });
    QObject::connect(h.wizard.get(), &QWizard::currentIdChanged, h.wizard.get(), [&](int id) {
        if (id == stepId)
            eventsAsItShowed = events.count;
    });
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    EXPECT_GE(laidOut, 1) << "opened before its page was laid out";
    EXPECT_EQ(eventsAsItShowed, 0) << "opening the step laid its page out";
}

// Back to the connection page stays there: the connection's Ready opens the step, not a later
// change that lays the step's (hidden) page out again.
TEST(PreparedPage, BackToTheConnectionPageStaysThere)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    h.wizard->button(QWizard::BackButton)->click();
    ASSERT_EQ(h.wizard->currentId(), ConnectionPageId);
    ASSERT_NE(h.session(), nullptr);
    auto *step = qobject_cast<StepPage *>(h.wizard->page(pageIdFor(Step::MigrateAccounts)));
    ASSERT_NE(step, nullptr);
    QSignalSpy laidOut(step, &StepPage::laidOutWhileHidden);

    h.session()->setAllAccountsReady(true); // a change the hidden step page takes
    ASSERT_TRUE(laidOut.wait(5000));
    EXPECT_FALSE(QTest::qWaitFor([&] { return h.wizard->currentId() != ConnectionPageId; }, 300))
        << "the wizard left the connection page by itself";
}

// Connected in a dry-run at step 1, the wizard on screen.
class PreparedStepTwo : public ::testing::Test
{
protected:
    void SetUp() override
    {
        h.wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
        ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
        ASSERT_TRUE(waitForPage(h, Step::PrepareAccounts));
    }

    // Step 2's page, once built and laid out hidden (null if it never is).
    StepPage *laidOutStepTwo()
    {
        const auto prepared = [this] { return qobject_cast<StepPage *>(h.wizard->page(stepTwoId)); };
        const bool ready = QTest::qWaitFor([&] { return prepared() && !prepared()->preparationPending(); }, 5000);
        return ready ? prepared() : nullptr;
    }

    WizardHarness h {3};
    const int stepTwoId = pageIdFor(Step::RequestTransit);
};

TEST_F(PreparedStepTwo, NextShowsThePreparedPageWithoutLayingItOut)
{
    auto *prepare = qobject_cast<PrepareAccountsPage *>(h.wizard->currentPage());
    ASSERT_NE(prepare, nullptr);
    prepare->allReady()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 5000));
    StepPage *next = laidOutStepTwo();
    ASSERT_NE(next, nullptr) << "never prepared";

    GeometryEvents events(next);
    h.next()->click();
    ASSERT_EQ(h.wizard->currentId(), stepTwoId);
    EXPECT_EQ(events.count, 0) << "Next laid the page out";
}

// A change reaches the page on screen with the poll's turn (posted events), the hidden next page at
// a timer turn of its own: the two redraws are not one burst.
TEST_F(PreparedStepTwo, TheHiddenNextPageTakesAChangeAtATurnOfItsOwn)
{
    auto *shown = qobject_cast<StepPage *>(h.wizard->currentPage());
    StepPage *hidden = laidOutStepTwo();
    ASSERT_NE(hidden, nullptr) << "never prepared";
    QSignalSpy shownUpdated(shown, &StepPage::updated);
    QSignalSpy hiddenUpdated(hidden, &StepPage::updated);

    h.session()->setAllAccountsReady(true);
    QCoreApplication::sendPostedEvents(); // the turn a poll's changes are drawn in
    EXPECT_EQ(shownUpdated.count(), 1);
    EXPECT_EQ(hiddenUpdated.count(), 0) << "the hidden page redrew in the same burst";
    EXPECT_TRUE(hiddenUpdated.wait(2000));
}

} // namespace
