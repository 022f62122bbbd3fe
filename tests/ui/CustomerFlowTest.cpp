// What the wizard tells a customer about the process, driven by keys and clicks: the accounts
// with problems before the reinstall, the step 1 note in view, "who acts now" after Back, step 7's
// queue as step 4's, and a queue's time left that follows the clock.
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "tests/ui/EnglishWizard.h"
#include "tests/ui/UiFixtures.h"
#include "tests/ui/WizardHarness.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/common/MessageLabel.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/FinalizationPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/QueueControls.h"
#include "ui/wizard/SupportProgressPage.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/VerifyPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

void everyAccountOnTransit(fakes::FakeAdminApi &api)
{
    for (AccountRecord &account : api.accounts) {
        account.location = Location::Transit;
        account.version = Version::New;
        account.status = AccountStatus::Migrated;
        account.rollbackAvailable = true;
    }
}

void reinstalled(fakes::FakeAdminApi &api)
{
    everyAccountOnTransit(api);
    api.detail.clientServer.status = ClientServerStatus::Reinstalled;
    api.detail.clientServer.reinstallStartedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
    api.detail.clientServer.reinstalledAt = QDateTime(QDate(2026, 11, 22), QTime(14, 0), Qt::UTC);
}

// account-2 (302) had a MongoDB database before the move: the new infrastructure does not offer it.
void mongoOnTwo(fakes::FakeAdminApi &api)
{
    api.databaseList = {DatabaseInfo {9002, u"two_docs"_s, DatabaseType::MongoDb, 302}};
}

class CustomerFlow : public EnglishWizard
{
protected:
    // Every account back on the reinstalled server, account-2 with a database the new
    // infrastructure does not offer.
    void reachStepEightWithAMongoDatabaseLeft()
    {
        h.transitStatus = TransitStatus::Ready;
        h.setUpProvider = [](fakes::FakeAdminApi &api) {
            reinstalled(api);
            for (AccountRecord &account : api.accounts) {
                account.location = Location::Client;
                account.status = AccountStatus::Done;
            }
            mongoOnTwo(api);
        };
        connectDryRun();
        ASSERT_TRUE(waitForPage(h, Step::MigrationOver));
    }
};

TEST_F(CustomerFlow, StepFiveNamesAnAccountWithProblemsAndTickingItIsAnExplicitOverride)
{
    h.transitStatus = TransitStatus::Ready;
    h.setUpProvider = [](fakes::FakeAdminApi &api) {
        everyAccountOnTransit(api);
        mongoOnTwo(api);
    };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::VerifyAfterMigration));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->databases().size() == 1; }, 5000));
    auto *page = pageFor<VerifyPage>(h, Step::VerifyAfterMigration);
    QListWidget *list = page->checklist();
    list->setFocus();

    // Space on account-1: no question. On account-2: asked; refused, it stays unticked.
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().verified.contains(301); }, 2000));
    EXPECT_TRUE(h.confirmations.isEmpty());
    h.acceptConfirmations = false;
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    ASSERT_EQ(h.confirmations.size(), 1);
    EXPECT_TRUE(
        h.confirmations.constLast().text.contains(u"not offered by the new infrastructure: two_docs (MongoDB)"_s))
        << h.confirmations.constLast().text.toStdString();
    QCoreApplication::processEvents();
    EXPECT_FALSE(h.session()->facts().verified.contains(302));
    EXPECT_EQ(list->item(1)->checkState(), Qt::Unchecked);
    h.acceptConfirmations = true;
    QSignalSpy redrawn(page, &StepPage::updated);
    QTest::keyClick(list, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().verified.contains(302); }, 2000));
    // The page redraws with the new tick (icons and tooltips set again): asked once, not again.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !redrawn.isEmpty(); }, 2000));
    EXPECT_EQ(h.confirmations.size(), 2) << "the question came back for a tick already confirmed";
    EXPECT_EQ(list->item(1)->checkState(), Qt::Checked);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().verified.size() == 3; }, 2000));

    // The message to support and the final confirmation name it with its problem.
    SupportRequestBox *request = page->request();
    ASSERT_TRUE(QTest::qWaitFor([&] { return request->sendButton()->isEnabled(); }, 2000));
    const QString message = request->messageEdit()->toPlainText();
    EXPECT_TRUE(message.contains(u"(checked; warning: not offered by the new infrastructure: two_docs (MongoDB))"_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"some still have problems"_s)) << message.toStdString();
    const qsizetype asked = h.confirmations.size();
    h.acceptConfirmations = false;
    pressSpaceOn(request->sendButton());
    ASSERT_EQ(h.confirmations.size(), asked + 1);
    const ConfirmationRequest &reinstall = h.confirmations.constLast();
    EXPECT_TRUE(reinstall.text.contains(u"Warning: these accounts still have problems"_s))
        << reinstall.text.toStdString();
    ASSERT_EQ(reinstall.details.size(), 3);
    EXPECT_EQ(reinstall.details.constFirst(),
              u"account-2: not offered by the new infrastructure: two_docs (MongoDB)"_s);
    EXPECT_TRUE(h.api->supportRequests.isEmpty()) << "refused: nothing sent";
}

TEST_F(CustomerFlow, StepEightSaysWhatIsLeftInsteadOfNothingLeftToDo)
{
    ASSERT_NO_FATAL_FAILURE(reachStepEightWithAMongoDatabaseLeft());
    auto *page = pageFor<StepPage>(h, Step::MigrationOver);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->whoActsText().startsWith(u"Left to you: account-2"_s); }, 5000))
        << page->whoActsText().toStdString();
    EXPECT_FALSE(page->whoActsText().contains(u"Nothing left to do"_s));
}

// The pages before it, reached with Back at step 8, say the same as step 8, never "Nothing left to do".
TEST_F(CustomerFlow, PagesReachedWithBackAtStepEightSayWhatIsLeftToo)
{
    ASSERT_NO_FATAL_FAILURE(reachStepEightWithAMongoDatabaseLeft());
    auto *last = pageFor<StepPage>(h, Step::MigrationOver);
    ASSERT_TRUE(QTest::qWaitFor([&] { return last->whoActsText().startsWith(u"Left to you: account-2"_s); }, 5000));
    auto *previous = pageFor<StepPage>(h, Step::Finalization); // what Back shows
    ASSERT_TRUE(QTest::qWaitFor([&] { return previous->whoActsText().contains(u"Left to you: account-2"_s); }, 5000))
        << previous->whoActsText().toStdString();
    EXPECT_TRUE(previous->whoActsText().startsWith(u"This step is done"_s)) << previous->whoActsText().toStdString();
    EXPECT_FALSE(previous->whoActsText().contains(u"Nothing left to do"_s)) << previous->whoActsText().toStdString();
}

TEST_F(CustomerFlow, StepOneShowsTheDatabaseNoteWithoutScrollingOnALaptopScreen)
{
    h.setUpProvider = mongoOnTwo;
    h.wizard->resize(1280, 720);
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::PrepareAccounts));
    auto *page = pageFor<PrepareAccountsPage>(h, Step::PrepareAccounts);
    MessageLabel *note = page->databaseWarning();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !note->message().isEmpty(); }, 5000));
    QCoreApplication::processEvents();
    auto *scroll = page->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    ASSERT_EQ(scroll->verticalScrollBar()->value(), 0);
    const QRect inViewport(note->mapTo(scroll->viewport(), QPoint(0, 0)), note->size());
    EXPECT_TRUE(scroll->viewport()->rect().contains(inViewport))
        << "note at " << inViewport.y() << "+" << inViewport.height() << ", viewport " << scroll->viewport()->height();
    auto *ready = page->findChild<QCheckBox *>();
    ASSERT_NE(ready, nullptr);
    EXPECT_LT(note->mapTo(page, QPoint(0, 0)).y(), ready->mapTo(page, QPoint(0, 0)).y()) << "above the ready tick";
}

TEST_F(CustomerFlow, WhoActsNowFollowsTheLiveStateOnAPageReachedWithBack)
{
    h.transitStatus = TransitStatus::Installing;
    h.setUpProvider = [](fakes::FakeAdminApi &api) { api.detail.transit.precopyPercent = 40; };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::TransitInstallation));
    auto *three = pageFor<StepPage>(h, Step::TransitInstallation);
    EXPECT_TRUE(three->whoActsText().startsWith(u"Who acts now: support."_s)) << three->whoActsText().toStdString();

    // Support finished: step 3 says so, and who acts now.
    h.api->detail.transit.status = TransitStatus::Ready;
    h.api->detail.transit.readyAt = h.clock.now();
    ASSERT_TRUE(h.refreshAndWait([&] { return h.session()->currentStep() == Step::MigrateAccounts; }));
    EXPECT_TRUE(three->whoActsText().contains(u"Who acts now: you."_s)) << three->whoActsText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    pressSpaceOn(h.next());
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));

    // Later support reinstalls the server; Back to step 3 says so, not the page's first words.
    everyAccountOnTransit(*h.api);
    h.api->detail.clientServer.status = ClientServerStatus::Reinstalling;
    h.api->detail.clientServer.reinstallStartedAt = h.clock.now();
    ASSERT_TRUE(h.refreshAndWait([&] { return h.session()->currentStep() == Step::ClientReinstallation; }));
    pressSpaceOn(h.wizard->button(QWizard::BackButton));
    ASSERT_TRUE(waitForPage(h, Step::TransitInstallation));
    EXPECT_TRUE(three->whoActsText().contains(u"step 6"_s)) << three->whoActsText().toStdString();
    EXPECT_TRUE(three->whoActsText().contains(u"Who acts now: support."_s)) << three->whoActsText().toStdString();
    EXPECT_FALSE(three->whoActsText().contains(u"installs the transit server"_s));
}

TEST_F(CustomerFlow, StepSevenQueuesOnlyTheAccountsThatMayMoveBackAsStepFourDoes)
{
    h.transitStatus = TransitStatus::Ready;
    h.setUpProvider = [](fakes::FakeAdminApi &api) {
        reinstalled(api);
        api.account(301)->location = Location::Client; // already back
        api.account(301)->status = AccountStatus::Done;
    };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::Finalization));
    auto *page = pageFor<FinalizationPage>(h, Step::Finalization);
    pressSpaceOn(page->byMe());
    h.session()->setFinalizer(Finalizer::Customer);
    QueueControls *queue = page->queueControls();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->isVisible(); }, 2000));
    AccountsView *view = page->accounts()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(view->selectedAccountIds().size(), 3);
    EXPECT_TRUE(queue->stateLabel()->text().contains(u"to move back: about 5 min"_s)) // 2 + 3 GiB, not account-1's
        << queue->stateLabel()->text().toStdString();
    EXPECT_TRUE(queue->stateLabel()->text().contains(u"account-1"_s)) << "the one already back is named as skipped";

    pressSpaceOn(queue->queueButton());
    ASSERT_EQ(h.confirmations.size(), 1);
    const ConfirmationRequest &asked = h.confirmations.constLast();
    ASSERT_EQ(asked.details.size(), 2);
    EXPECT_FALSE(asked.details.join(u' ').contains(u"account-1"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(302, AccountAction::MoveBack) == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->cancelButton()->isVisible(); }, 2000));
    EXPECT_FALSE(queue->queueButton()->isEnabled()) << "one queue at a time";
    EXPECT_TRUE(queue->stateLabel()->text().startsWith(u"Queue: 1 still to go"_s))
        << queue->stateLabel()->text().toStdString();

    // Every account back: nothing is offered any more.
    for (const qint64 id : {302, 303}) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(id, AccountAction::MoveBack) == 1; }, 5000));
        h.api->finishOperation(id);
        ASSERT_TRUE(
            h.refreshAndWait([&] { return h.session()->snapshot().account(id)->location == Location::Client; }));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !h.session()->queue().isActive(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->queueControls()->isHidden(); }, 5000))
        << "no queue offered once every account is back";
}

TEST_F(CustomerFlow, StepFoursQueueTimeLeftDropsAsTheRunningAccountProgresses)
{
    h.transitStatus = TransitStatus::Ready;
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    auto *page = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts);
    AccountsView *view = page->accounts()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    pressSpaceOn(page->queueButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    ASSERT_TRUE(h.refreshAndWait([&] { return isRunning(h.session()->snapshot().account(301)->status); }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->queueState()->text().startsWith(u"Queue:"_s); }, 2000));
    const QString before = page->queueState()->text();
    // Two minutes pass with no new read from the provider: the line follows the clock by itself.
    h.clock.advance(120);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->queueState()->text() != before; }, 3000)) << before.toStdString();
    EXPECT_TRUE(before.contains(u"about 3 min"_s)) << before.toStdString();
    EXPECT_TRUE(page->queueState()->text().contains(u"about 2 min"_s)) << page->queueState()->text().toStdString();
}

TEST_F(CustomerFlow, StepSixsDoneAroundIsStepSevensAndFollowsTheClock)
{
    h.transitStatus = TransitStatus::Ready;
    h.setUpProvider = [this](fakes::FakeAdminApi &api) {
        reinstalled(api);
        api.detail.clientServer.status = ClientServerStatus::Reinstalling;
        api.detail.clientServer.reinstallStartedAt = h.clock.now().addSecs(-7 * 3600); // past the usual hours
        api.detail.clientServer.reinstalledAt = QDateTime();
    };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::ClientReinstallation));
    auto *six = pageFor<SupportProgressPage>(h, Step::ClientReinstallation)->findChild<CountdownPanel *>();
    ASSERT_NE(six, nullptr);
    const QString before = six->projectionText();
    // An hour passes without any news from the provider: "done around" moves by itself.
    h.clock.advance(3600);
    ASSERT_TRUE(QTest::qWaitFor([&] { return six->projectionText() != before; }, 3000)) << before.toStdString();

    h.api->detail.clientServer.status = ClientServerStatus::Reinstalled;
    h.api->detail.clientServer.reinstalledAt = h.clock.now();
    ASSERT_TRUE(h.refreshAndWait([&] { return h.session()->currentStep() == Step::Finalization; }));
    auto *seven = pageFor<FinalizationPage>(h, Step::Finalization)->findChild<CountdownPanel *>();
    ASSERT_NE(seven, nullptr);
    seven->setSnapshot(h.session()->snapshot(), h.session()->facts());
    EXPECT_EQ(six->projectionText(), seven->projectionText()) << "one estimate, the move back included";
    // 1 + 2 + 3 min still to move back, from now.
    const QString end = QLocale().toString(h.clock.now().toLocalTime().addSecs(6 * 60), u"d MMM yyyy HH:mm"_s);
    EXPECT_TRUE(six->projectionText().contains(end))
        << six->projectionText().toStdString() << " / " << end.toStdString();
}

TEST_F(CustomerFlow, AnAccountOfAScheduledQueueAsksBeforeStartingEarlyAndLeavesTheQueue)
{
    h.transitStatus = TransitStatus::Ready;
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    const QDateTime at = h.clock.now().addSecs(6 * 3600);
    ASSERT_TRUE(h.session()->schedule().set({301, 302}, AccountAction::Migrate, at));
    auto *page = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts);
    // Waiting for its time, an account says so rather than "idle".
    AccountsTableModel *model = page->accounts()->model();
    const auto status
        = [&](qint64 id) { return sourceIndexOf(*model, id, AccountsTableModel::Status).data().toString(); };
    ASSERT_TRUE(QTest::qWaitFor([&] { return status(301).startsWith(u"scheduled for"_s); }, 2000))
        << status(301).toStdString();
    EXPECT_EQ(status(303), u"idle"_s);
    h.acceptConfirmations = false;
    AccountsView *view = page->accounts()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    const QKeyCombination keys = AccountsView::shortcutFor(AccountAction::Migrate)[0];
    QTest::keyClick(view, keys.key(), keys.keyboardModifiers());
    ASSERT_EQ(h.confirmations.size(), 1);
    EXPECT_TRUE(h.confirmations.constLast().text.contains(u"account-1 waits in the queue scheduled for"_s))
        << h.confirmations.constLast().text.toStdString();
    EXPECT_EQ(h.session()->schedule().pending()->accountIds, (QList<qint64> {301, 302})) << "refused: unchanged";
    h.acceptConfirmations = true;
    QTest::keyClick(view, keys.key(), keys.keyboardModifiers());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    ASSERT_TRUE(h.session()->schedule().pending().has_value());
    EXPECT_EQ(h.session()->schedule().pending()->accountIds, QList<qint64> {302});
    EXPECT_EQ(h.session()->schedule().pending()->startAt, at);
    EXPECT_TRUE(status(302).startsWith(u"scheduled for"_s));
}

} // namespace
