// A poll emits several session signals in a row: the page on screen redraws once for all of them,
// at the next turn of the event loop, and then shows the new state.
#include "core/model/ProcessRules.h"
#include "core/model/StepHeadline.h"
#include "tests/ui/WizardHarness.h"
#include "ui/common/MessageLabel.h"
#include "ui/diagram/ServerDiagram.h"
#include "ui/wizard/StepPage.h"

#include <QAbstractButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

struct ShowCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++count;
        return false;
    }
};

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
    QSignalSpy redraws(page, &StepPage::updated);
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

// Each completeChanged makes QWizard hide and show the whole window's contents (to set its
// buttons) and then repaint it all: a poll that leaves Next as it was must not send it.
TEST_F(StepPageUpdates, APollThatLeavesNextAsItWasDoesNotMakeTheWizardShowThePageAgain)
{
    ShowCounter shows;
    page->installEventFilter(&shows);
    QSignalSpy complete(page, &QWizardPage::completeChanged);
    QSignalSpy redraws(page, &StepPage::updated);
    const bool before = page->isComplete();
    Q_EMIT h.session()->snapshotChanged();
    ASSERT_TRUE(QTest::qWaitFor([&] { return redraws.count() > 0; }, 5000)) << "never redrawn";
    EXPECT_EQ(page->isComplete(), before);
    EXPECT_EQ(complete.count(), 0) << "told QWizard of a change that did not happen";
    EXPECT_EQ(shows.count, 0) << "the wizard hid and showed the page for a poll";
}

// Only a change of the answer is said: Next must still follow it both ways.
TEST(StepPageNext, FollowsTheGateAsItOpensAndCloses)
{
    WizardHarness h(3);
    h.wizard->show();
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(waitForPage(h, Step::PrepareAccounts));
    QAbstractButton *next = h.wizard->button(QWizard::NextButton);
    EXPECT_FALSE(next->isEnabled()) << "no account confirmed ready yet";
    h.session()->setAllAccountsReady(true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return next->isEnabled(); }, 5000)) << "the gate opened, Next did not";
    h.session()->setAllAccountsReady(false);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !next->isEnabled(); }, 5000)) << "the gate closed, Next did not";
}

} // namespace
