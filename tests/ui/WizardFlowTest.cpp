#include "core/model/OverdueWatch.h"
#include "core/model/ProcessRules.h"
#include "core/session/QueueRunner.h"
#include "tests/ui/UiFixtures.h"
#include "tests/ui/WizardHarness.h"
#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/common/MessageLabel.h"
#include "ui/diagram/DiagramScene.h"
#include "ui/diagram/ServerDiagram.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/FinalizationPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/MigrationOverPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/RequestTransitPage.h"
#include "ui/wizard/SupportProgressPage.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/VerifyPage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// Keyboard only: go to the row of `accountId` with the arrow keys, press the action's shortcut.
void pressActionOn(AccountsPanel *panel, qint64 accountId, AccountAction action)
{
    AccountsView *view = panel->view();
    const QModelIndex source = sourceIndexOf(*panel->model(), accountId, AccountsTableModel::Name);
    const int row = panel->proxy()->mapFromSource(source).row();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    ASSERT_EQ(view->currentIndex().data(AccountsTableModel::AccountIdRole).toLongLong(), accountId);
    const QKeyCombination keys = AccountsView::shortcutFor(action)[0];
    QTest::keyClick(view, keys.key(), keys.keyboardModifiers());
}

// What the row of `accountId` says of `action` (its buttons and shortcut follow it).
Verdict verdictOf(AccountsPanel *panel, qint64 accountId, AccountAction action)
{
    return sourceIndexOf(*panel->model(), accountId, AccountsTableModel::Actions)
        .data(AccountsTableModel::VerdictsRole)
        .value<ActionVerdicts>()
        .of(action);
}

class WizardFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        h.wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
    }

    // One picture per page, to look at (PASSERELLE_UI_SHOTS names a folder to keep them).
    void shoot(const QString &name)
    {
        QCoreApplication::processEvents();
        const QString dir = qEnvironmentVariableIsSet("PASSERELLE_UI_SHOTS")
            ? qEnvironmentVariable("PASSERELLE_UI_SHOTS")
            : shots.path();
        const QString file = QDir(dir).filePath(name + u".png"_s);
        EXPECT_TRUE(h.wizard->grab().save(file)) << file.toStdString();
        written << file;
    }

    WizardHarness h {3};
    QTemporaryDir shots;
    QStringList written;
};

TEST(WizardPages, OnlyTheFirstPageIsBuiltBeforeItIsLeft)
{
    WizardHarness h(3, TransitStatus::Ready);
    // The step pages cost start-up time the connection page does not need.
    EXPECT_EQ(h.wizard->pageIds(), QList<int> {ConnectionPageId});
    h.wizard->show();
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts)) << "the wizard opens at the current step";
    EXPECT_EQ(h.wizard->pageIds(), (QList<int> {ConnectionPageId, pageIdFor(Step::MigrateAccounts)}));
}

// While the customer reads a page, the one Next leads to is built, filled and laid out hidden:
// Next then only switches pages.
TEST(WizardPages, TheNextPageIsPreparedWhileThisOneIsRead)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.wizard->show();
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    const int nextId = pageIdFor(Step::VerifyAfterMigration);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.wizard->page(nextId) != nullptr; }, 5000)) << "never prepared";
    auto *prepared = qobject_cast<StepPage *>(h.wizard->page(nextId));
    ASSERT_NE(prepared, nullptr);
    EXPECT_FALSE(prepared->isVisible());
    EXPECT_EQ(prepared->diagram()->scene(), DiagramScene::fromSnapshot(h.session()->snapshot()))
        << "the diagram waits for the page to be shown";
    EXPECT_EQ(prepared->geometry(), h.wizard->currentPage()->geometry()) << "laid out at another place";
    EXPECT_EQ(h.wizard->pageIds().size(), 3) << "only the next page is prepared";
}

TEST_F(WizardFlow, WholeDryRunFromConnectionToStepEightWithTheKeyboardOnly)
{
    auto *connection = qobject_cast<ConnectionPage *>(h.wizard->currentPage());
    ASSERT_NE(connection, nullptr);
    EXPECT_FALSE(h.next()->isEnabled());
    shoot(u"connection"_s);
    pressSpaceOn(connection->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::PrepareAccounts)) << "the wizard opens at the current step";
    EXPECT_TRUE(h.lastOptions.dryRun);

    // Step 1: the gate waits for "every account is ready".
    auto *prepare = pageFor<PrepareAccountsPage>(h, Step::PrepareAccounts);
    EXPECT_FALSE(h.next()->isEnabled());
    EXPECT_TRUE(prepare->gateLabel()->isVisible());
    shoot(u"step-1"_s);
    pressSpaceOn(prepare->allReady());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::RequestTransit));

    // Step 2: the prepared request goes to support through the API.
    auto *request = pageFor<RequestTransitPage>(h, Step::RequestTransit);
    EXPECT_FALSE(request->request()->messageEdit()->toPlainText().isEmpty());
    shoot(u"step-2"_s);
    pressSpaceOn(request->request()->sendButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 5000));
    ASSERT_EQ(h.api->supportRequests.size(), 1);
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::TransitInstallation));

    // Step 3: support installs; the page says what it does.
    auto *install = pageFor<SupportProgressPage>(h, Step::TransitInstallation);
    h.api->detail.transit.status = TransitStatus::Installing;
    h.api->detail.transit.precopyPercent = 40;
    ASSERT_TRUE(h.refreshAndWait([&] { return install->statusText().contains(u"40"_s); }));
    EXPECT_FALSE(h.next()->isEnabled());
    shoot(u"step-3"_s);
    h.api->detail.transit.status = TransitStatus::Ready;
    h.api->detail.transit.readyAt = h.clock.now();
    ASSERT_TRUE(h.refreshAndWait([&] { return h.next()->isEnabled(); }));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));

    // Step 4: each account migrated with the keyboard, confirmed with its downtime.
    auto *migrate = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts);
    for (const qint64 id : {301, 302, 303}) {
        // The previous move's end is read by a poll: the row offers Migrate once the page redrew it.
        ASSERT_TRUE(QTest::qWaitFor([&] { return verdictOf(migrate->accounts(), id, AccountAction::Migrate).hasValue(); },
                                    5000));
        pressActionOn(migrate->accounts(), id, AccountAction::Migrate);
        ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(id, AccountAction::Migrate) == 1; }, 5000));
        EXPECT_TRUE(h.confirmations.constLast().text.contains(u"account-"_s));
        EXPECT_TRUE(h.confirmations.constLast().text.contains(u"min"_s));
        if (id == 302)
            shoot(u"step-4"_s);
        h.api->finishOperation(id);
        ASSERT_TRUE(
            h.refreshAndWait([&] { return h.session()->snapshot().account(id)->status == AccountStatus::Migrated; }));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::VerifyAfterMigration));

    // Step 5: tick each account, then ask for the reinstall (confirmed, listing the accounts).
    auto *verify = pageFor<VerifyPage>(h, Step::VerifyAfterMigration);
    EXPECT_FALSE(verify->request()->sendButton()->isEnabled());
    QListWidget *list = verify->checklist();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int row = 0; row < list->count(); ++row) {
        QTest::keyClick(list, Qt::Key_Space);
        QTest::keyClick(list, Qt::Key_Down);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().verified.size() == 3; }, 2000));
    // The page redraws the new facts at the next turn of the event loop.
    ASSERT_TRUE(QTest::qWaitFor([&] { return verify->request()->sendButton()->isEnabled(); }, 2000));
    shoot(u"step-5"_s);
    pressSpaceOn(verify->request()->sendButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().reinstallRequestSent; }, 5000));
    EXPECT_EQ(h.confirmations.constLast().details.size(), 3);
    EXPECT_TRUE(h.confirmations.constLast().text.contains(u"rollback is no longer possible"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::ClientReinstallation));

    // Step 6: support reinstalls.
    EXPECT_FALSE(h.next()->isEnabled());
    shoot(u"step-6"_s);
    h.api->detail.clientServer.status = ClientServerStatus::Reinstalled;
    h.api->detail.clientServer.reinstallStartedAt = h.clock.now();
    h.api->detail.clientServer.reinstalledAt = h.clock.now().addSecs(3 * 3600);
    ASSERT_TRUE(h.refreshAndWait([&] { return h.next()->isEnabled(); }));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::Finalization));

    // Step 7: "I move them back myself", then each account moved back with the keyboard.
    auto *finalization = pageFor<FinalizationPage>(h, Step::Finalization);
    finalization->byMe()->setFocus();
    QTest::keyClick(finalization->byMe(), Qt::Key_Space);
    ASSERT_TRUE(finalization->request()->sendButton()->isEnabled());
    pressSpaceOn(finalization->request()->sendButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().finalizer == Finalizer::Customer; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finalization->accounts()->isVisible(); }, 2000));
    for (const qint64 id : {301, 302, 303}) {
        pressActionOn(finalization->accounts(), id, AccountAction::MoveBack);
        ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(id, AccountAction::MoveBack) == 1; }, 5000));
        if (id == 302)
            shoot(u"step-7"_s);
        h.api->finishOperation(id);
        ASSERT_TRUE(
            h.refreshAndWait([&] { return h.session()->snapshot().account(id)->status == AccountStatus::Done; }));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::MigrationOver));

    // Step 8: the summary, and Finish.
    auto *over = pageFor<MigrationOverPage>(h, Step::MigrationOver);
    EXPECT_TRUE(over->summaryText().contains(u"Accounts migrated: 3"_s));
    EXPECT_TRUE(h.wizard->button(QWizard::FinishButton)->isEnabled());
    shoot(u"step-8"_s);
    ASSERT_EQ(written.size(), 9);
    for (const QString &file : std::as_const(written))
        EXPECT_GT(QFileInfo(file).size(), 1000) << file.toStdString();
}

TEST_F(WizardFlow, RefusedConfirmationSendsNothing)
{
    h.transitStatus = TransitStatus::Ready;
    pressSpaceOn(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    h.acceptConfirmations = false;
    pressActionOn(pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts)->accounts(), 302, AccountAction::Migrate);
    EXPECT_EQ(h.confirmations.size(), 1);
    EXPECT_TRUE(h.api->posts.isEmpty());
}

TEST_F(WizardFlow, MigrateSelectedRunsAQueueAfterConfirmingTotalDowntime)
{
    h.transitStatus = TransitStatus::Ready;
    pressSpaceOn(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    auto *page = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts);
    AccountsView *view = page->accounts()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier); // keyboard selection of two rows
    ASSERT_EQ(view->selectedAccountIds().size(), 2);
    ASSERT_TRUE(page->queueButton()->isEnabled());
    pressSpaceOn(page->queueButton());
    ASSERT_EQ(h.confirmations.size(), 1);
    EXPECT_EQ(h.confirmations.constFirst().details.size(), 2);
    EXPECT_TRUE(h.confirmations.constFirst().text.contains(u"3 min"_s)) << "1 GiB + 2 GiB";
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    EXPECT_TRUE(h.session()->queue().isActive());
    EXPECT_EQ(h.api->postsFor(302, AccountAction::Migrate), 0) << "one at a time";
}

// One account at a time, visible before the click: while a migration is on its way (sent, its
// answer not read yet), every other account's buttons are disabled with the reason.
TEST_F(WizardFlow, WhileAMigrationIsOnItsWayTheOtherRowsSayWhyTheyWait)
{
    h.transitStatus = TransitStatus::Ready;
    pressSpaceOn(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    AccountsPanel *panel = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts)->accounts();
    const auto verdictOf = [panel](qint64 accountId, AccountAction action) {
        return sourceIndexOf(*panel->model(), accountId, AccountsTableModel::Actions)
            .data(AccountsTableModel::VerdictsRole)
            .value<ActionVerdicts>()
            .of(action);
    };
    ASSERT_TRUE(verdictOf(302, AccountAction::Migrate));
    pressActionOn(panel, 301, AccountAction::Migrate);
    ASSERT_EQ(h.session()->inFlight(), (QSet<qint64> {301})) << "the answer is not read yet";
    const Verdict waiting = verdictOf(302, AccountAction::Migrate);
    ASSERT_FALSE(waiting);
    EXPECT_TRUE(waiting.error().contains(u"account-1"_s)) << waiting.error().toStdString();
    EXPECT_TRUE(waiting.error().contains(u"on its way"_s)) << waiting.error().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->inFlight().isEmpty(); }, 5000));
    // The answer is read by a poll, drawn with the poll's other changes at the next turn.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !verdictOf(302, AccountAction::Migrate).error().contains(u"on its way"_s); }, 5000));
    const Verdict busy = verdictOf(302, AccountAction::Migrate);
    ASSERT_FALSE(busy) << "account-1 now migrates";
    EXPECT_FALSE(busy.error().contains(u"on its way"_s)) << busy.error().toStdString();
}

TEST_F(WizardFlow, AFailedPollIsShownInlineAndClearedByTheNextGoodOne)
{
    h.transitStatus = TransitStatus::Ready;
    pressSpaceOn(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    auto *page = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts);
    h.api->failReads = 1;
    h.session()->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->errorLabel()->isVisible(); }, 5000));
    EXPECT_EQ(page->errorLabel()->kind(), MessageLabel::Kind::Error);
    EXPECT_EQ(h.wizard->currentId(), static_cast<int>(Step::MigrateAccounts)) << "no dialog, no page change";
    h.clock.advance(60);
    h.api->accounts[2].status = AccountStatus::Tested;
    ASSERT_TRUE(h.refreshAndWait([&] { return !page->errorLabel()->isVisible(); }));
}

// After the provider accepted a migration its state cannot be read: past the estimated end the
// page says the action is on its way and nothing is needed, without a dialog.
TEST_F(WizardFlow, AnAcceptedOperationWhoseStateStaysUnreadableIsShownAsOnItsWay)
{
    h.transitStatus = TransitStatus::Ready;
    pressSpaceOn(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    auto *page = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts);
    h.session()->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->snapshot().account(301)->status == AccountStatus::Migrating; },
                                5000));
    h.clock.advance(10 * 60); // well past the estimate of a 1 GiB account
    QSignalSpy failures(h.session(), &MigrationSession::refreshFailed);
    h.api->failReads = 100;
    for (int i = 0; i < OverdueWatch::kPatience; ++i) {
        h.session()->refresh();
        ASSERT_TRUE(QTest::qWaitFor([&] { return failures.size() > i; }, 5000));
    }
    EXPECT_EQ(page->errorLabel()->kind(), MessageLabel::Kind::Warning);
    EXPECT_TRUE(page->errorLabel()->message().contains(u"on its way"_s)) << page->errorLabel()->message().toStdString();
    EXPECT_EQ(h.wizard->currentId(), static_cast<int>(Step::MigrateAccounts));
}

// The page on screen redraws its lists, and the one Next leads to (so that Next only switches
// pages); the others wait until they are shown.
TEST_F(WizardFlow, OnlyThePageOnScreenAndTheNextRedrawTheirLists)
{
    h.transitStatus = TransitStatus::Ready;
    pressSpaceOn(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    EXPECT_EQ(pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts)->accounts()->model()->rowCount(), 3);
    EXPECT_EQ(pageFor<VerifyPage>(h, Step::VerifyAfterMigration)->accounts()->model()->rowCount(), 3);
    EXPECT_EQ(pageFor<FinalizationPage>(h, Step::Finalization)->accounts()->model()->rowCount(), 0);
    EXPECT_FALSE(pageFor<FinalizationPage>(h, Step::Finalization)->isComplete()) << "the gate is still computed";
}

TEST_F(WizardFlow, SupportRequestNotOfferedShowsTheMessageToCopy)
{
    pressSpaceOn(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton());
    ASSERT_TRUE(waitForPage(h, Step::PrepareAccounts));
    h.api->supportNotOffered = true;
    pressSpaceOn(pageFor<PrepareAccountsPage>(h, Step::PrepareAccounts)->allReady());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::RequestTransit));
    SupportRequestBox *box = pageFor<RequestTransitPage>(h, Step::RequestTransit)->request();
    pressSpaceOn(box->sendButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return box->sentManuallyButton()->isVisible(); }, 5000));
    EXPECT_FALSE(h.next()->isEnabled());
    pressSpaceOn(box->sentManuallyButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    EXPECT_TRUE(h.session()->facts().transitRequestSent);
}

} // namespace
