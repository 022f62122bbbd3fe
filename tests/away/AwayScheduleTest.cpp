// Keeping the computer awake and the queue scheduled for later: core's decisions, on a session
// over a scripted provider and an injected clock.
#include "core/journal/SqliteJournal.h"
#include "tests/away/AwayFixture.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using namespace passerelle::testing;

namespace {

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
    // Kept in the schedule: a step page built after this (the pages are built when first shown)
    // still says it, until a queue is set.
    ASSERT_TRUE(session->schedule().lastMissed());
    EXPECT_EQ(session->schedule().lastMissed()->queue.accountIds, QList<qint64> {301});
    ASSERT_TRUE(session->schedule().set({301}, AccountAction::Migrate, clock.now().addSecs(600)));
    EXPECT_FALSE(session->schedule().lastMissed());
    QTest::qWait(100);
    EXPECT_TRUE(api->posts.isEmpty());
}

TEST(KeepAwakeReason, IdleMeansNoReason)
{
    MigrationSnapshot snapshot;
    snapshot.accounts = {AccountRecord {}};
    EXPECT_TRUE(keepawake::reason({&snapshot, {}, 0, 0, std::nullopt}).isEmpty());
    EXPECT_TRUE(keepawake::reason({nullptr, {}, 0, 0, std::nullopt}).isEmpty());
}

TEST(KeepAwakeReason, EachKindOfPendingWorkHasItsReason)
{
    MigrationSnapshot snapshot;
    AccountRecord moving;
    moving.name = u"shop"_s;
    moving.status = AccountStatus::Migrating;
    snapshot.accounts = {moving};
    EXPECT_TRUE(keepawake::reason({&snapshot, {}, 0, 0, std::nullopt}).contains(u"shop"_s));
    MigrationSnapshot idle;
    EXPECT_FALSE(keepawake::reason({&idle, {5}, 0, 0, std::nullopt}).isEmpty());
    EXPECT_FALSE(keepawake::reason({&idle, {}, 2, 0, std::nullopt}).isEmpty()) << "the last account of a queue";
    // The queue line's count ("Queue: 2 still to go"), not the account already moving.
    EXPECT_TRUE(keepawake::reason({&idle, {}, 3, 2, std::nullopt}).contains(u"2 more account"_s));
    const ScheduledQueue later {AccountAction::Migrate, {1}, QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC)};
    EXPECT_FALSE(keepawake::reason({&idle, {}, 0, 0, later}).isEmpty());
}

} // namespace
