#include "core/session/MigrationSession.h"
#include "core/journal/InMemoryJournal.h"
#include "core/session/QueueRunner.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using passerelle::fakes::FakeAdminApi;

namespace {

class SessionTest : public ::testing::Test
{
protected:
    void startWith(int accounts)
    {
        api.reset(fakes::makeReadyProvider(accounts));
        session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    std::unique_ptr<FakeAdminApi> api;
    std::unique_ptr<MigrationSession> session;
};

TEST_F(SessionTest, DiscoversTheOnlyMigrationAndItsSnapshot)
{
    startWith(3);
    EXPECT_EQ(session->migrationId(), 7);
    EXPECT_EQ(session->snapshot().accounts.size(), 3);
    EXPECT_EQ(session->currentStep(), Step::MigrateAccounts);
    EXPECT_EQ(session->serverName(), u"vps-acme"_s);
}

TEST_F(SessionTest, SeveralMigrationsWithoutAChoiceFailWithAMessage)
{
    api.reset(fakes::makeReadyProvider(1));
    api->offered.append(api->offered.constFirst());
    api->offered.last().id = 8;
    session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
    QSignalSpy failed(session.get(), &MigrationSession::refreshFailed);
    session->start();
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(session->state(), MigrationSession::State::Failed);
    EXPECT_TRUE(session->lastError()->message.contains(u"7, 8"_s));
}

TEST_F(SessionTest, APollIsExactlyTwoReadsWhateverTheNumberOfAccounts)
{
    startWith(500);
    const int migrationReads = api->migrationReads;
    const int accountReads = api->accountReads;
    QSignalSpy changed(session.get(), &MigrationSession::snapshotChanged);
    api->accounts[42].status = AccountStatus::Tested;
    session->refresh();
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(api->migrationReads - migrationReads, 1);
    EXPECT_EQ(api->accountReads - accountReads, 1);
}

TEST_F(SessionTest, ARefusedActionSendsNothingAndSaysWhy)
{
    startWith(2);
    api->accounts[0].status = AccountStatus::Migrating; // another account is moving
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().accounts[0].status == AccountStatus::Migrating; }, 5000));
    QSignalSpy failed(session.get(), &MigrationSession::actionFailed);
    session->startAction(302, AccountAction::Migrate);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(2).toString().contains(u"account-1"_s));
    EXPECT_TRUE(api->posts.isEmpty());
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
}

TEST_F(SessionTest, AnAcceptedActionIsJournaledWithAnIdempotencyKey)
{
    startWith(2);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    ASSERT_EQ(api->posts.size(), 1);
    EXPECT_FALSE(api->posts[0].key.isNull());
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
    EXPECT_EQ(session->snapshot().account(301)->status, AccountStatus::Migrating);
    // While it runs, the other account must wait: one at a time.
    EXPECT_FALSE(session->canAct(302, AccountAction::Migrate));
}

TEST_F(SessionTest, ALostAnswerToAProcessedPostIsConfirmedByReadingBackNotResent)
{
    startWith(2);
    api->loseNextAnswerAfterApplying = true;
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 1);
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
}

TEST_F(SessionTest, ALostAnswerToAnUnprocessedPostIsResentWithTheSameKey)
{
    startWith(2);
    api->loseNextAnswerWithoutApplying = true;
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    ASSERT_EQ(api->posts.size(), 2);
    EXPECT_EQ(api->posts[0].key, api->posts[1].key);
    EXPECT_EQ(api->account(301)->status, AccountStatus::Migrating);
}

TEST_F(SessionTest, ALostAnswerWithNoWayToReadBackStaysInDoubt)
{
    startWith(2);
    api->loseNextAnswerAfterApplying = true;
    api->failReads = 1;
    QSignalSpy failed(session.get(), &MigrationSession::actionFailed);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.at(0).at(2).toString().contains(u"nothing will be sent twice"_s));
    EXPECT_EQ(journal.intentsInDoubt(7).size(), 1);
    EXPECT_EQ(api->posts.size(), 1);
}

TEST_F(SessionTest, TheQueueMovesAccountsOneAfterAnother)
{
    startWith(3);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    session->queue().start({303, 301, 302}, AccountAction::Migrate);
    EXPECT_TRUE(session->queue().isActive());
    EXPECT_EQ(session->queue().plan().remainingDowntime().count(), 180 + 60 + 120);
    for (const qint64 expected : {303, 301, 302}) {
        ASSERT_TRUE(accepted.wait(5000)) << expected;
        EXPECT_EQ(accepted.last().at(0).toLongLong(), expected);
        EXPECT_EQ(api->posts.size(), accepted.count()); // nothing else started meanwhile
        api->finishOperation(expected);
        session->refresh();
    }
    ASSERT_TRUE(QTest::qWaitFor([this] { return !session->queue().isActive(); }, 5000));
    for (const AccountRecord &account : api->accounts)
        EXPECT_EQ(account.location, Location::Transit);
}

// The provider renames the next account while the first one moves: that id is no longer the
// account the customer chose, so it is not sent, and the page or command says why.
TEST_F(SessionTest, TheQueueSendsNothingForAnAccountRenamedSinceItWasSet)
{
    startWith(3);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    QSignalSpy failed(session.get(), &MigrationSession::actionFailed);
    session->queue().start({301, 302, 303}, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    api->account(302)->name = u"victim"_s;
    api->finishOperation(301);
    session->refresh();
    ASSERT_TRUE(accepted.wait(5000));
    EXPECT_EQ(accepted.last().at(0).toLongLong(), 303) << "the renamed account was sent";
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toLongLong(), 302);
    EXPECT_TRUE(failed.at(0).at(2).toString().contains(u"victim"_s)) << failed.at(0).at(2).toString().toStdString();
    EXPECT_EQ(api->posts.size(), 2);
}

// The running account leaves the provider's list: the queue ends (it waited forever), says the
// outcome is unknown, and starts no other.
TEST_F(SessionTest, TheQueueStopsWhenItsRunningAccountLeavesTheList)
{
    startWith(3);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    QSignalSpy failed(session.get(), &MigrationSession::actionFailed);
    session->queue().start({301, 302}, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !session->inFlight().contains(301); }, 5000));
    AccountList kept;
    for (const AccountRecord &account : std::as_const(api->accounts)) {
        if (account.id != 301)
            kept.append(account);
    }
    api->accounts = kept;
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !session->queue().isActive(); }, 5000)) << "waits forever";
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(2).toString().contains(u"outcome is unknown"_s))
        << failed.at(0).at(2).toString().toStdString();
    EXPECT_EQ(api->posts.size(), 1) << "the next account started on a guess";
}

TEST_F(SessionTest, ACancelledQueueLetsTheRunningAccountFinishAndStartsNoOther)
{
    startWith(3);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    session->queue().start({301, 302, 303}, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    session->queue().cancel();
    EXPECT_EQ(session->queue().plan().pendingCount(), 0);
    EXPECT_TRUE(session->queue().isActive()) << "the running account goes on";
    api->finishOperation(301);
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !session->queue().isActive(); }, 5000));
    EXPECT_EQ(api->posts.size(), 1);
}

TEST_F(SessionTest, SupportNotOfferedFallsBackToTheMessageAndAManualConfirmation)
{
    startWith(2);
    api->detail.transit = {};
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->currentStep() == Step::PrepareAccounts; }, 5000));
    session->setAllAccountsReady(true);
    EXPECT_EQ(session->currentStep(), Step::RequestTransit);
    api->supportNotOffered = true;
    QSignalSpy notOffered(session.get(), &MigrationSession::supportRequestNotOffered);
    const QString message = session->preparedSupportMessage(SupportTopic::TransitServer);
    EXPECT_TRUE(message.contains(u"account-2"_s));
    EXPECT_TRUE(message.contains(u"vps-acme"_s));
    session->requestSupport(SupportTopic::TransitServer, message);
    ASSERT_TRUE(notOffered.wait(5000));
    EXPECT_EQ(session->currentStep(), Step::RequestTransit);
    session->confirmSupportRequestSentManually(SupportTopic::TransitServer, message);
    EXPECT_EQ(session->currentStep(), Step::TransitInstallation);
    EXPECT_EQ(session->facts().transitRequestText, message);
}

TEST_F(SessionTest, TheCustomersTicksSurviveANewSession)
{
    startWith(2);
    session->setAccountVerified(301, true);
    session->setAllAccountsReady(true);
    session->setFinalizer(Finalizer::Customer);
    const LocalFacts facts = session->facts();
    session.reset();
    session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    EXPECT_EQ(session->facts(), facts);
}

// The customer's ticks are in the activity log, with the account they concern.
TEST_F(SessionTest, TheCustomersTicksAreLoggedAsFacts)
{
    startWith(2);
    QSignalSpy logged(session.get(), &MigrationSession::activityLogged);
    session->setAccountVerified(301, true);
    session->setAccountVerified(301, true); // no change, no line
    session->setFinalizer(Finalizer::Support);
    ASSERT_EQ(logged.count(), 2);
    const auto first = logged.at(0).at(0).value<ActivityEntry>();
    EXPECT_EQ(first.category, u"fact"_s);
    EXPECT_EQ(first.accountId, 301);
    EXPECT_TRUE(first.text.contains(u"checked"_s)) << first.text.toStdString();
    QList<ActivityEntry> journaled = session->recentActivity(10);
    ASSERT_GE(journaled.size(), 2);
    EXPECT_TRUE(std::any_of(journaled.cbegin(), journaled.cend(), [](const ActivityEntry &entry) {
        return entry.category == u"fact"_s && entry.text.contains(u"support"_s);
    }));
}

} // namespace

namespace {

TEST_F(SessionTest, TheQueueWaitsForAnotherAccountsOperationInsteadOfGivingUp)
{
    startWith(2);
    api->account(302)->status = AccountStatus::Testing; // someone else's operation
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().account(302)->status == AccountStatus::Testing; }, 5000));
    session->queue().start({301}, AccountAction::Migrate);
    EXPECT_TRUE(api->posts.isEmpty());
    EXPECT_EQ(session->queue().plan().pendingCount(), 1);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    api->finishOperation(302);
    session->refresh();
    ASSERT_TRUE(accepted.wait(5000));
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 1);
}

} // namespace

namespace {

TEST_F(SessionTest, ARolledBackAccountMustBeCheckedAgain)
{
    startWith(1);
    api->account(301)->status = AccountStatus::Migrating;
    api->finishOperation(301);
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().account(301)->location == Location::Transit; }, 5000));
    session->setAccountVerified(301, true);
    ASSERT_TRUE(session->facts().verified.contains(301));
    api->account(301)->status = AccountStatus::RollingBack;
    api->finishOperation(301);
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().account(301)->location == Location::Client; }, 5000));
    EXPECT_FALSE(session->facts().verified.contains(301));
    EXPECT_FALSE(journal.loadFacts(7).verified.contains(301));
    // Said as what happened on the provider's side, not as something the customer answered.
    const QList<ActivityEntry> entries = session->recentActivity(20);
    EXPECT_TRUE(std::any_of(entries.cbegin(), entries.cend(), [](const ActivityEntry &entry) {
        return entry.category == u"state"_s && entry.accountId == 301 && entry.text.contains(u"check it again"_s);
    }));
    EXPECT_FALSE(std::any_of(entries.cbegin(), entries.cend(), [](const ActivityEntry &entry) {
        return entry.category == u"fact"_s && entry.text.contains(u"no longer"_s);
    }));
}

} // namespace

namespace {

// Only a rollback undoes the check: an account moved back in step 7 lands on the client server on
// the new version, and nothing in the log says it is "no longer checked".
TEST_F(SessionTest, AMovedBackAccountKeepsItsCheck)
{
    startWith(1);
    api->account(301)->status = AccountStatus::Migrating;
    api->finishOperation(301);
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().account(301)->location == Location::Transit; }, 5000));
    session->setAccountVerified(301, true);
    QSignalSpy logged(session.get(), &MigrationSession::activityLogged);
    api->account(301)->status = AccountStatus::MovingBack;
    api->finishOperation(301);
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().account(301)->location == Location::Client; }, 5000));
    EXPECT_TRUE(session->facts().verified.contains(301));
    for (const QList<QVariant> &arguments : logged)
        EXPECT_NE(arguments.at(0).value<ActivityEntry>().category, u"fact"_s);
}

} // namespace

namespace {

// While an action is on its way (sent, answer not read yet), the rules hold every account, with
// the reason, for the wizard's buttons as for the CLI: the provider runs one action at a time.
TEST_F(SessionTest, WhileAnActionIsOnItsWayEveryOtherAccountWaitsWithTheReason)
{
    startWith(3);
    QSignalSpy inFlight(session.get(), &MigrationSession::inFlightChanged);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_EQ(inFlight.count(), 1);
    EXPECT_EQ(session->inFlight(), (QSet<qint64> {301}));
    const Verdict own = session->canAct(301, AccountAction::Migrate);
    ASSERT_FALSE(own);
    EXPECT_TRUE(own.error().contains(u"already on its way"_s)) << own.error().toStdString();
    const Verdict other = session->canAct(302, AccountAction::Migrate);
    ASSERT_FALSE(other);
    EXPECT_TRUE(other.error().contains(u"account-1"_s)) << other.error().toStdString();
    EXPECT_TRUE(other.error().contains(u"on its way"_s)) << other.error().toStdString();
    ASSERT_TRUE(accepted.wait(5000));
    // Accepted: still on its way until a read of the accounts shows it started.
    EXPECT_EQ(session->inFlight(), (QSet<qint64> {301}));
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->inFlight().isEmpty(); }, 5000));
    EXPECT_EQ(inFlight.count(), 2);
}

TEST_F(SessionTest, AnActionWhileAnotherIsOnItsWayIsRefusedAndNothingIsSent)
{
    startWith(2);
    QSignalSpy failed(session.get(), &MigrationSession::actionFailed);
    session->startAction(301, AccountAction::Migrate);
    session->startAction(302, AccountAction::Migrate);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toLongLong(), 302);
    EXPECT_TRUE(failed.at(0).at(2).toString().contains(u"on its way"_s));
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->inFlight().isEmpty(); }, 5000));
    EXPECT_EQ(api->posts.size(), 1);
}

TEST_F(SessionTest, TheQueueWaitsForARequestOnItsWayInsteadOfGivingUp)
{
    startWith(2);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    session->startAction(302, AccountAction::Migrate);
    session->queue().start({301}, AccountAction::Migrate);
    EXPECT_EQ(session->queue().plan().pendingCount(), 1) << "waiting, not given up";
    ASSERT_TRUE(accepted.wait(5000));
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 0) << "302 now migrates: one at a time";
    api->finishOperation(302);
    session->refresh();
    ASSERT_TRUE(accepted.wait(5000));
    EXPECT_EQ(accepted.last().at(0).toLongLong(), 301);
}

// One rule for a lost answer, whatever the request: a support request whose 201 cannot be read
// keeps its key, and asking again cannot reach support twice.
TEST_F(SessionTest, ASupportRequestWithAnUnreadableAnswerIsAskedAgainWithItsKey)
{
    startWith(2);
    api->detail.transit = {};
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->currentStep() == Step::PrepareAccounts; }, 5000));
    session->setAllAccountsReady(true);
    api->unreadableNextSupportAnswer = true;
    QSignalSpy failed(session.get(), &MigrationSession::supportRequestFailed);
    QSignalSpy sent(session.get(), &MigrationSession::supportRequestSent);
    session->requestSupport(SupportTopic::TransitServer, u"please"_s);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(u"will not receive it twice"_s));
    EXPECT_EQ(journal.intentsInDoubt(7).size(), 1);
    session->requestSupport(SupportTopic::TransitServer, u"please"_s);
    ASSERT_TRUE(sent.wait(5000));
    ASSERT_EQ(api->supportKeys.size(), 2);
    EXPECT_EQ(api->supportKeys[0], api->supportKeys[1]);
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
}

} // namespace
