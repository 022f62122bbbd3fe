// When to notify, when to keep the computer awake, and the queue scheduled for later: core's
// decisions, on a session over a scripted provider and an injected clock.
#include "core/away/KeepAwake.h"
#include "core/away/NotificationPlanner.h"
#include "core/away/SleepInhibitor.h"
#include "core/journal/InMemoryJournal.h"
#include "core/journal/SqliteJournal.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using passerelle::fakes::FakeAdminApi;

namespace {

// Records what KeepAwake asks of the desktop.
class FakeInhibitor final : public SleepInhibitor
{
public:
    void inhibit(const QString &reason) override
    {
        ++inhibits;
        lastReason = reason;
        m_state = State::Held;
    }
    void release() override
    {
        ++releases;
        m_state = State::Released;
    }
    State state() const override { return m_state; }

    int inhibits = 0;
    int releases = 0;
    QString lastReason;

private:
    State m_state = State::Released;
};

class AwayTest : public ::testing::Test
{
protected:
    // KeepAwake gives the inhibition back as it goes: before the fake inhibitor does.
    void TearDown() override { stopSession(); }

    void startSession(JournalStore *store = nullptr)
    {
        if (!api)
            api.reset(fakes::makeReadyProvider(3));
        session = std::make_unique<MigrationSession>(api.get(), &clock, store ? store : &journal);
        session->schedule().setLongestWait(std::chrono::milliseconds(20));
        planner = std::make_unique<NotificationPlanner>(*session);
        planner->setLongestWait(std::chrono::milliseconds(20));
        keepAwake = std::make_unique<KeepAwake>(*session, inhibitor);
        QObject::connect(planner.get(), &NotificationPlanner::notify,
                         [this](const Notification &notification) { notifications << notification; });
        session->schedule().adoptKept();
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    void stopSession()
    {
        keepAwake.reset();
        planner.reset();
        session.reset();
    }

    // The provider's next answer, read now.
    void poll()
    {
        QSignalSpy changed(session.get(), &MigrationSession::snapshotChanged);
        session->refresh();
        ASSERT_TRUE(changed.wait(5000));
    }

    // The session sees the account running (the provider took the action).
    bool running(qint64 accountId)
    {
        return QTest::qWaitFor(
            [&] { return isRunning(session->snapshot().account(accountId)->status) && session->inFlight().isEmpty(); },
            5000);
    }

    void finish(qint64 accountId, bool succeeded = true)
    {
        api->finishOperation(accountId, succeeded);
        poll();
    }

    bool waitFor(const std::function<bool()> &condition) { return QTest::qWaitFor(condition, 5000); }

    QList<Notification> ofKind(Notification::Kind kind) const
    {
        QList<Notification> found;
        for (const Notification &notification : notifications) {
            if (notification.kind == kind)
                found << notification;
        }
        return found;
    }

    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    std::unique_ptr<FakeAdminApi> api;
    std::unique_ptr<MigrationSession> session;
    std::unique_ptr<NotificationPlanner> planner;
    std::unique_ptr<KeepAwake> keepAwake;
    FakeInhibitor inhibitor;
    QList<Notification> notifications;
};

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

TEST_F(AwayTest, AQueueHoldsTheInhibitionFromItsStartToItsEndAndIsNotified)
{
    startSession();
    EXPECT_EQ(inhibitor.inhibits, 0); // never held while idle
    session->queue().start({301, 302}, AccountAction::Migrate);
    EXPECT_EQ(inhibitor.inhibits, 1);
    EXPECT_FALSE(keepAwake->reason().isEmpty());
    ASSERT_TRUE(running(301));
    finish(301);
    ASSERT_TRUE(running(302));
    EXPECT_EQ(inhibitor.releases, 0); // held between the two accounts
    finish(302);
    ASSERT_TRUE(waitFor([this] { return !session->queue().isActive(); }));
    EXPECT_EQ(inhibitor.releases, 1);
    EXPECT_EQ(inhibitor.inhibits, 1);
    // One notification for the whole queue: its accounts that ended well are told in it.
    ASSERT_EQ(notifications.size(), 1);
    EXPECT_EQ(notifications.constFirst().kind, Notification::Kind::QueueDone);
    EXPECT_TRUE(notifications.constFirst().body.contains(u"2"_s)) << notifications.constFirst().body.toStdString();
}

TEST_F(AwayTest, ACancelledQueueReleasesOnceTheRunningAccountEnds)
{
    startSession();
    session->queue().start({301, 302, 303}, AccountAction::Migrate);
    ASSERT_TRUE(running(301));
    session->queue().cancel();
    EXPECT_EQ(inhibitor.releases, 0); // account-1 still moves
    finish(301);
    ASSERT_TRUE(waitFor([this] { return inhibitor.releases == 1; }));
    EXPECT_EQ(api->postsFor(302, AccountAction::Migrate), 0);
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
}

TEST_F(AwayTest, QuittingReleasesTheInhibition)
{
    startSession();
    session->queue().start({301, 302}, AccountAction::Migrate);
    ASSERT_EQ(inhibitor.state(), SleepInhibitor::State::Held);
    stopSession();
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
    EXPECT_EQ(inhibitor.releases, 1);
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

TEST_F(AwayTest, AScheduledQueueSendsNothingBeforeItsTimeThenStarts)
{
    startSession();
    const QDateTime startAt = clock.now().addSecs(3 * 3600);
    ASSERT_TRUE(session->schedule().set({302, 301}, AccountAction::Migrate, startAt));
    EXPECT_EQ(inhibitor.inhibits, 1); // a scheduled queue keeps the computer awake
    QTest::qWait(100); // several looks at the clock (20 ms each)
    EXPECT_TRUE(api->posts.isEmpty());
    clock.advance(3 * 3600);
    ASSERT_TRUE(waitFor([this] { return api->postsFor(302, AccountAction::Migrate) == 1; }));
    EXPECT_FALSE(session->schedule().pending());
    EXPECT_TRUE(session->queue().isActive());
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 0); // the next waits for the first to end
    EXPECT_EQ(inhibitor.releases, 0);
}

TEST_F(AwayTest, AScheduledQueueIsKeptAcrossARestartAndCanBeCancelled)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const QDateTime startAt = clock.now().addSecs(8 * 3600);
    {
        SqliteJournal disk(path);
        ASSERT_TRUE(disk.open());
        startSession(&disk);
        ASSERT_TRUE(session->schedule().set({301, 303}, AccountAction::Migrate, startAt));
        stopSession();
    }
    SqliteJournal reopened(path);
    ASSERT_TRUE(reopened.open());
    startSession(&reopened);
    const std::optional<ScheduledQueue> &kept = session->schedule().pending();
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->accountIds, (QList<qint64> {301, 303}));
    EXPECT_EQ(kept->startAt, startAt);
    EXPECT_EQ(kept->action, AccountAction::Migrate);
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Held);

    session->schedule().cancel();
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
    EXPECT_FALSE(reopened.scheduledQueue(session->migrationId()));
    clock.advance(9 * 3600);
    QTest::qWait(100);
    EXPECT_TRUE(api->posts.isEmpty());
}

// A clock that jumps (or a computer that sleeps) past the time plus the grace while Passerelle
// waits: nothing starts hours late; the queue is reported missed.
TEST_F(AwayTest, AScheduleWhoseTimePassedLongAgoWhileWaitingIsMissedNotStarted)
{
    startSession();
    QSignalSpy missed(&session->schedule(), &QueueSchedule::missed);
    const QDateTime startAt = clock.now().addSecs(600);
    ASSERT_TRUE(session->schedule().set({301}, AccountAction::Migrate, startAt));
    clock.advance(600 + std::chrono::seconds(QueueSchedule::kLateStartGrace).count() + 4 * 3600);
    ASSERT_TRUE(missed.wait(5000));
    EXPECT_EQ(missed.at(0).at(0).value<ScheduledQueue>().startAt, startAt);
    EXPECT_FALSE(session->schedule().pending());
    const QList<ActivityEntry> said = session->recentActivity(1);
    ASSERT_EQ(said.size(), 1);
    EXPECT_EQ(said.constFirst().category, u"error"_s);
    EXPECT_TRUE(said.constFirst().text.contains(u"did not start"_s)) << said.constFirst().text.toStdString();
    QTest::qWait(100);
    EXPECT_TRUE(api->posts.isEmpty());
}

// Within the grace a late start still happens (a poll that came a little late).
TEST_F(AwayTest, AScheduleALittleLateStillStarts)
{
    startSession();
    ASSERT_TRUE(session->schedule().set({301}, AccountAction::Migrate, clock.now().addSecs(600)));
    clock.advance(600 + 30 * 60);
    ASSERT_TRUE(waitFor([this] { return api->postsFor(301, AccountAction::Migrate) == 1; }));
}

TEST_F(AwayTest, AScheduleWhoseTimePassedLongAgoWhileClosedIsDroppedNotStarted)
{
    journal.saveScheduledQueue(7, {AccountAction::Migrate, {301}, clock.now().addSecs(-3 * 3600)});
    api.reset(fakes::makeReadyProvider(1));
    session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
    QSignalSpy missed(&session->schedule(), &QueueSchedule::missed);
    session->schedule().adoptKept();
    session->start();
    ASSERT_TRUE(missed.wait(5000));
    EXPECT_FALSE(session->schedule().pending());
    EXPECT_FALSE(journal.scheduledQueue(7));
    QTest::qWait(100);
    EXPECT_TRUE(api->posts.isEmpty());
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

TEST(KeepAwakeReason, IdleMeansNoReason)
{
    MigrationSnapshot snapshot;
    snapshot.accounts = {AccountRecord {}};
    EXPECT_TRUE(keepawake::reason({&snapshot, {}, 0, std::nullopt}).isEmpty());
    EXPECT_TRUE(keepawake::reason({nullptr, {}, 0, std::nullopt}).isEmpty());
}

TEST(KeepAwakeReason, EachKindOfPendingWorkHasItsReason)
{
    MigrationSnapshot snapshot;
    AccountRecord moving;
    moving.name = u"shop"_s;
    moving.status = AccountStatus::Migrating;
    snapshot.accounts = {moving};
    EXPECT_TRUE(keepawake::reason({&snapshot, {}, 0, std::nullopt}).contains(u"shop"_s));
    MigrationSnapshot idle;
    EXPECT_FALSE(keepawake::reason({&idle, {5}, 0, std::nullopt}).isEmpty());
    EXPECT_FALSE(keepawake::reason({&idle, {}, 2, std::nullopt}).isEmpty());
    const ScheduledQueue later {AccountAction::Migrate, {1}, QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC)};
    EXPECT_FALSE(keepawake::reason({&idle, {}, 0, later}).isEmpty());
}

} // namespace
