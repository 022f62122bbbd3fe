// When the desktop is told something, and when it is withdrawn: core's decisions, on a session
// over a scripted provider and an injected clock.
#include "core/journal/SqliteJournal.h"
#include "core/session/IntentPipeline.h"
#include "tests/away/AwayFixture.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using namespace passerelle::testing;

namespace {

TEST_F(AwayTest, EachEndedOperationIsNotifiedNamingTheAccount)
{
    startSession();
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(running(301));
    EXPECT_TRUE(notifications.isEmpty());
    finish(301);
    ASSERT_EQ(ofKind(Notification::Kind::OperationDone).size(), 1);
    EXPECT_TRUE(notifications.constFirst().title.contains(u"account-1"_s));
    EXPECT_FALSE(notifications.constFirst().title.startsWith(u"Rehearsal"_s));

    session->startAction(302, AccountAction::Migrate);
    ASSERT_TRUE(running(302));
    finish(302, false);
    const QList<Notification> failed = ofKind(Notification::Kind::OperationFailed);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.constFirst().title.contains(u"account-2"_s));
}

TEST_F(AwayTest, AnOperationEndedWhileTheProviderReorderedItsListIsNotifiedOnce)
{
    startSession();
    session->startAction(302, AccountAction::Migrate);
    ASSERT_TRUE(running(302));
    // The accounts come back in another order: each is compared with itself, found by its id.
    std::swap(api->accounts[0], api->accounts[2]);
    finish(302);
    const QList<Notification> done = ofKind(Notification::Kind::OperationDone);
    ASSERT_EQ(done.size(), 1);
    EXPECT_TRUE(done.constFirst().title.contains(u"account-2"_s));
    std::swap(api->accounts[0], api->accounts[2]); // only the order changes: nothing is told twice
    poll();
    EXPECT_EQ(ofKind(Notification::Kind::OperationDone).size(), 1);
}

TEST_F(AwayTest, ARehearsalSaysSoInEveryTitle)
{
    api.reset(fakes::makeReadyProvider(1));
    api->dryRun = true;
    startSession();
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(running(301));
    finish(301);
    ASSERT_FALSE(notifications.isEmpty());
    for (const Notification &notification : std::as_const(notifications))
        EXPECT_TRUE(notification.title.startsWith(u"Rehearsal"_s)) << notification.title.toStdString();
}

TEST_F(AwayTest, TheTransitServerBeingReadyIsNotified)
{
    api.reset(fakes::makeReadyProvider(1));
    api->detail.transit.status = TransitStatus::Installing;
    startSession();
    api->detail.transit.status = TransitStatus::Ready;
    api->detail.transit.name = u"transit-7"_s;
    poll();
    const QList<Notification> done = ofKind(Notification::Kind::StepDone);
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.constFirst().targetStep, Step::MigrateAccounts);
}

TEST_F(AwayTest, TheFreePeriodReminderComesOnceADayBeforeAndNotAgainAfterARestart)
{
    QTemporaryDir dir;
    SqliteJournal disk(dir.filePath(u"journal.sqlite"_s));
    ASSERT_TRUE(disk.open());
    api.reset(fakes::makeReadyProvider(1));
    api->detail.transit.freeUntil = clock.now().addSecs(25 * 3600);
    startSession(&disk);
    EXPECT_TRUE(ofKind(Notification::Kind::Reminder).isEmpty());
    clock.advance(3600 + 60); // 23 h 59 min before the end: the clock, not the ticks, decides
    ASSERT_TRUE(waitFor([this] { return ofKind(Notification::Kind::Reminder).size() == 1; }));
    QTest::qWait(100);
    EXPECT_EQ(ofKind(Notification::Kind::Reminder).size(), 1);

    stopSession();
    notifications.clear();
    startSession(&disk);
    QTest::qWait(100); // several reminder timer rounds (20 ms each)
    EXPECT_TRUE(ofKind(Notification::Kind::Reminder).isEmpty());
}

TEST_F(AwayTest, TheCustomersTurnIsNotifiedWhenTheStepChangesToOneOfTheirs)
{
    api.reset(fakes::makeReadyProvider(1));
    startSession();
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(running(301));
    finish(301); // every account migrated: step 5, the customer verifies
    ASSERT_EQ(session->currentStep(), Step::VerifyAfterMigration);
    const QList<Notification> yours = ofKind(Notification::Kind::NeedsYou);
    ASSERT_EQ(yours.size(), 1);
    EXPECT_EQ(yours.constFirst().targetStep, Step::VerifyAfterMigration);
}

TEST_F(AwayTest, NothingIsNotifiedWhileTheCustomerIsAtTheWindow)
{
    startSession();
    planner->setCustomerPresent(true);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(running(301));
    finish(301);
    EXPECT_TRUE(notifications.isEmpty()) << "the window says it";

    planner->setCustomerPresent(false); // minimised, or another window in front
    session->startAction(302, AccountAction::Migrate);
    ASSERT_TRUE(running(302));
    finish(302);
    EXPECT_EQ(ofKind(Notification::Kind::OperationDone).size(), 1);
}

TEST_F(AwayTest, TheirTurnIsWithdrawnOnceTheyLookAtThatStepOrItHasPassed)
{
    api.reset(fakes::makeReadyProvider(1));
    startSession();
    QSignalSpy withdrawn(planner.get(), &NotificationPlanner::withdraw);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(running(301));
    finish(301); // step 5: the customer's turn
    const QList<Notification> yours = ofKind(Notification::Kind::NeedsYou);
    ASSERT_EQ(yours.size(), 1);
    ASSERT_FALSE(yours.constFirst().tag.isEmpty());

    planner->setStepOnScreen(Step::VerifyAfterMigration);
    EXPECT_TRUE(withdrawn.isEmpty()) << "not at the window: the desktop keeps it";
    planner->setStepOnScreen(Step::MigrateAccounts);
    planner->setCustomerPresent(true);
    EXPECT_TRUE(withdrawn.isEmpty()) << "at another step";
    planner->setStepOnScreen(Step::VerifyAfterMigration);
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_EQ(withdrawn.constFirst().at(0).toString(), yours.constFirst().tag);
}

TEST_F(AwayTest, ARefusedKeyIsWithdrawnOnceTheProviderAnswersAgain)
{
    startSession();
    QSignalSpy withdrawn(planner.get(), &NotificationPlanner::withdraw);
    api->failReads = 2;
    api->failReadsAsKeyRefused = true;
    QSignalSpy failed(session.get(), &MigrationSession::refreshFailed);
    session->refresh();
    ASSERT_TRUE(failed.wait(5000));
    const QList<Notification> refused = ofKind(Notification::Kind::NeedsYou);
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(withdrawn.isEmpty());
    api->account(301)->status = AccountStatus::Tested; // the key works again: news comes in
    poll();
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_EQ(withdrawn.constFirst().at(0).toString(), refused.constFirst().tag);
}

// One read of the provider, changed or not.
void readOnce(MigrationSession &session)
{
    QSignalSpy answered(&session, &MigrationSession::refreshed);
    session.refresh();
    ASSERT_TRUE(answered.wait(5000));
}

// After a 202, a lagging list still shows the account as it was: no end, neither done nor failed.
TEST_F(AwayTest, ALaggingReadAfterTheAcceptanceIsNoEnd)
{
    startSession();
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    QObject::connect(session.get(), &MigrationSession::actionAccepted,
                     [this] { api->account(301)->status = AccountStatus::Idle; });
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    readOnce(*session);
    readOnce(*session);
    ASSERT_TRUE(session->inFlight().contains(301)) << "still on its way: the reads did not show it";
    EXPECT_TRUE(ofKind(Notification::Kind::OperationDone).isEmpty());
    EXPECT_TRUE(ofKind(Notification::Kind::OperationFailed).isEmpty());
    api->account(301)->status = AccountStatus::Migrating; // the provider's list catches up
    ASSERT_TRUE(running(301));
    finish(301);
    EXPECT_EQ(ofKind(Notification::Kind::OperationDone).size(), 1);
    EXPECT_TRUE(ofKind(Notification::Kind::OperationFailed).isEmpty());
}

// Accepted, but no read ever showed it: the desktop says "unknown", never "done" or "failed".
TEST_F(AwayTest, AnUnknownOutcomeIsNotified)
{
    startSession();
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    QSignalSpy unseen(session.get(), &MigrationSession::actionUnseen);
    QObject::connect(session.get(), &MigrationSession::actionAccepted,
                     [this] { api->account(301)->status = AccountStatus::Idle; });
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    for (int read = 0; read < IntentPipeline::kStartGraceReads; ++read)
        readOnce(*session);
    clock.advance(std::chrono::seconds(IntentPipeline::kStartGrace).count() + 1);
    readOnce(*session);
    ASSERT_EQ(unseen.count(), 1);
    const QList<Notification> needsYou = ofKind(Notification::Kind::NeedsYou);
    ASSERT_EQ(needsYou.size(), 1);
    EXPECT_TRUE(needsYou.constFirst().title.contains(u"unknown"_s)) << needsYou.constFirst().title.toStdString();
    EXPECT_EQ(needsYou.constFirst().tag, u"account:301"_s);
    readOnce(*session);
    EXPECT_TRUE(ofKind(Notification::Kind::OperationDone).isEmpty());
    EXPECT_TRUE(ofKind(Notification::Kind::OperationFailed).isEmpty());
}

// The customer who set a queue for the night learns in the morning that nothing was sent.
TEST_F(AwayTest, AMissedScheduledQueueIsNotified)
{
    startSession();
    QSignalSpy missed(&session->schedule(), &QueueSchedule::missed);
    ASSERT_TRUE(session->schedule().set({301, 302}, AccountAction::Migrate, clock.now().addSecs(600)));
    clock.advance(600 + std::chrono::seconds(QueueSchedule::kLateStartGrace).count() + 3600);
    ASSERT_TRUE(missed.wait(5000));
    const QList<Notification> needsYou = ofKind(Notification::Kind::NeedsYou);
    ASSERT_EQ(needsYou.size(), 1);
    EXPECT_TRUE(needsYou.constFirst().title.contains(u"did not start"_s)) << needsYou.constFirst().title.toStdString();
    EXPECT_TRUE(needsYou.constFirst().body.contains(u"Nothing was sent"_s)) << needsYou.constFirst().body.toStdString();
    EXPECT_EQ(needsYou.constFirst().targetStep, Step::MigrateAccounts);
    EXPECT_TRUE(api->posts.isEmpty());
}

// The key works again as soon as the provider answers with it, even when nothing changed.
TEST_F(AwayTest, ARefusedKeyIsWithdrawnByTheNextAnswerEvenAnUnchangedOne)
{
    startSession();
    QSignalSpy withdrawn(planner.get(), &NotificationPlanner::withdraw);
    api->failReads = 1;
    api->failReadsAsKeyRefused = true;
    QSignalSpy failed(session.get(), &MigrationSession::refreshFailed);
    session->refresh();
    ASSERT_TRUE(failed.wait(5000));
    ASSERT_EQ(ofKind(Notification::Kind::NeedsYou).size(), 1);
    readOnce(*session); // the same state as before the refusal
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_EQ(withdrawn.constFirst().at(0).toString(), ofKind(Notification::Kind::NeedsYou).constFirst().tag);
}

} // namespace
