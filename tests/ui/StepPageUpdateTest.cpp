// A poll emits several session signals in a row: the page on screen redraws once for all of them,
// at the next turn of the event loop, and then shows the new state.
#include "core/model/ProcessRules.h"
#include "core/model/StepHeadline.h"
#include "tests/ui/WizardHarness.h"
#include "ui/common/MessageLabel.h"
#include "ui/diagram/ServerDiagram.h"
#include "ui/wizard/StepPage.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

class StepPageUpdates : public ::testing::Test
{
protected:
    void SetUp() override
    {
        h.wizard->show();
        ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
        ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
        page = qobject_cast<StepPage *>(h.wizard->currentPage());
        ASSERT_NE(page, nullptr);
    }

    WizardHarness h {3, TransitStatus::Ready};
    StepPage *page = nullptr;
};

TEST_F(StepPageUpdates, OneRedrawForEverySignalOfOnePoll)
{
    QSignalSpy redraws(page, &QWizardPage::completeChanged); // emitted once by each redraw
    MigrationSession *session = h.session();
    Q_EMIT session->snapshotChanged();
    Q_EMIT session->factsChanged();
    Q_EMIT session->inFlightChanged();
    Q_EMIT session->databasesChanged();
    EXPECT_EQ(redraws.count(), 0) << "redrawn inside the poll's signals";
    ASSERT_TRUE(QTest::qWaitFor([&] { return redraws.count() > 0; }, 5000)) << "never redrawn";
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(redraws.count(), 1) << "one redraw per signal instead of one per turn";
}

TEST_F(StepPageUpdates, ShowsTheNewStateOnceTheLoopTurns)
{
    const QString moving = h.api->accounts[0].name;
    EXPECT_TRUE(page->diagram()->scene().movingAccount.isEmpty());
    h.api->accounts[0].status = AccountStatus::Migrating;
    h.session()->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->snapshot().accounts == h.api->accounts; }, 5000));
    const Verdict gate = rules::canLeaveStep(Step::MigrateAccounts, h.session()->snapshot(), h.session()->facts());
    ASSERT_FALSE(gate) << "the test's change should close step 4's gate";
    const QString expected = headline::forPage(Step::MigrateAccounts, h.session()->currentStep(),
                                               h.session()->snapshot(), h.session()->facts());
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->diagram()->scene().movingAccount == moving; }, 5000))
        << "the diagram missed the snapshot";
    EXPECT_EQ(page->whoActsText(), expected);
    EXPECT_EQ(page->gateLabel()->message(), gate.error());
    EXPECT_FALSE(page->isComplete());
}

} // namespace
