// The migration queue: accounts one after another, the next when the previous ends (docs/process.md, step 4).

#include "core/model/MigrationQueue.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

constexpr qint64 GiB = downtime::kBytesPerGiB;

// alpha 1 GiB (60 s), bravo empty (5 s floor), charlie 2 GiB (120 s).
AccountList threeAccounts()
{
    AccountList accounts = {makeAccount(1, u"alpha"_s), makeAccount(2, u"bravo"_s), makeAccount(3, u"charlie"_s)};
    accounts[0].databaseSize = GiB;
    accounts[2].databaseSize = 2 * GiB;
    return accounts;
}

QList<qint64> ids(const MigrationQueue &queue)
{
    QList<qint64> result;
    for (const MigrationQueue::Entry &entry : queue.entries())
        result << entry.accountId;
    return result;
}

TEST(MigrationQueue, KeepsTheGivenOrderAndIgnoresDuplicates)
{
    AccountList accounts = threeAccounts();
    accounts = {accounts[2], accounts[0], accounts[2], accounts[1], accounts[0]};
    const MigrationQueue queue(accounts);
    EXPECT_EQ(ids(queue), (QList<qint64> {3, 1, 2}));
    EXPECT_EQ(queue.pendingCount(), 3);
    EXPECT_EQ(queue.entries().at(0).estimate.count(), 120);
    EXPECT_EQ(queue.entries().at(0).accountName, u"charlie"_s);
}

TEST(MigrationQueue, EmptyQueueIsFinished)
{
    const MigrationQueue queue;
    EXPECT_TRUE(queue.isEmpty());
    EXPECT_TRUE(queue.isFinished());
    EXPECT_EQ(queue.nextToStart(), 0);
    EXPECT_EQ(queue.remainingDowntime().count(), 0);
}

TEST(MigrationQueue, OneAtATimeInOrder)
{
    MigrationQueue queue(threeAccounts());
    EXPECT_EQ(queue.nextToStart(), 1);
    ASSERT_TRUE(queue.markStarted(1));
    EXPECT_EQ(queue.nextToStart(), 0);
    EXPECT_FALSE(queue.markStarted(2)) << "a second account may not start while one runs";
    EXPECT_FALSE(queue.markStarted(1));
    ASSERT_TRUE(queue.markFinished(1, true));
    EXPECT_EQ(queue.nextToStart(), 2);
    ASSERT_TRUE(queue.markStarted(2));
    ASSERT_TRUE(queue.markFinished(2, false));
    EXPECT_EQ(queue.entries().at(1).state, MigrationQueue::EntryState::Failed);
    EXPECT_EQ(queue.nextToStart(), 3);
    ASSERT_TRUE(queue.markStarted(3));
    EXPECT_FALSE(queue.isFinished());
    ASSERT_TRUE(queue.markFinished(3, true));
    EXPECT_TRUE(queue.isFinished());
    EXPECT_EQ(queue.nextToStart(), 0);
    EXPECT_EQ(queue.entries().at(0).state, MigrationQueue::EntryState::Succeeded);
}

TEST(MigrationQueue, MarkFinishedOnlyWhatRuns)
{
    MigrationQueue queue(threeAccounts());
    EXPECT_FALSE(queue.markFinished(1, true));
    EXPECT_FALSE(queue.markFinished(42, true));
    EXPECT_FALSE(queue.markStarted(42));
    ASSERT_TRUE(queue.markStarted(1));
    ASSERT_TRUE(queue.markFinished(1, true));
    EXPECT_FALSE(queue.markFinished(1, false)) << "an entry finishes once";
    EXPECT_EQ(queue.entries().at(0).state, MigrationQueue::EntryState::Succeeded);
}

TEST(MigrationQueue, CancelPendingLeavesTheRunningOne)
{
    MigrationQueue queue(threeAccounts());
    ASSERT_TRUE(queue.markStarted(1));
    EXPECT_EQ(queue.cancelPending(), 2);
    EXPECT_EQ(queue.cancelPending(), 0);
    EXPECT_EQ(queue.entries().at(0).state, MigrationQueue::EntryState::Running);
    EXPECT_EQ(queue.entries().at(2).state, MigrationQueue::EntryState::Cancelled);
    EXPECT_FALSE(queue.isFinished());
    EXPECT_EQ(queue.remainingDowntime().count(), 60);
    ASSERT_TRUE(queue.markFinished(1, true));
    EXPECT_TRUE(queue.isFinished());
    EXPECT_EQ(queue.nextToStart(), 0);
}

TEST(MigrationQueue, RemainingDowntimeCountsRunningAndPending)
{
    MigrationQueue queue(threeAccounts());
    EXPECT_EQ(queue.remainingDowntime().count(), 60 + 5 + 120);
    ASSERT_TRUE(queue.markStarted(1));
    EXPECT_EQ(queue.remainingDowntime().count(), 60 + 5 + 120);
    ASSERT_TRUE(queue.markFinished(1, true));
    EXPECT_EQ(queue.remainingDowntime().count(), 5 + 120);
    ASSERT_TRUE(queue.markStarted(2));
    ASSERT_TRUE(queue.markFinished(2, false));
    EXPECT_EQ(queue.remainingDowntime().count(), 120);
}

TEST(MigrationQueue, PlanIsBackToBack)
{
    MigrationQueue queue(threeAccounts());
    const QDateTime start = utc("2026-12-02T10:00:00Z");
    const auto plan = queue.plan(start);
    ASSERT_EQ(plan.size(), 3);
    EXPECT_EQ(plan[0].accountId, 1);
    EXPECT_EQ(plan[0].start, start);
    EXPECT_EQ(plan[0].end, utc("2026-12-02T10:01:00Z"));
    EXPECT_EQ(plan[1].start, plan[0].end);
    EXPECT_EQ(plan[1].end, utc("2026-12-02T10:01:05Z"));
    EXPECT_EQ(plan[2].start, plan[1].end);
    EXPECT_EQ(plan[2].end, utc("2026-12-02T10:03:05Z"));
    EXPECT_EQ(plan[2].accountName, u"charlie"_s);
    EXPECT_EQ(queue.estimatedEnd(start), plan[2].end);
}

TEST(MigrationQueue, PlanStartsWithTheRunningEntryAndSkipsTheEndedOnes)
{
    MigrationQueue queue(threeAccounts());
    ASSERT_TRUE(queue.markStarted(1));
    ASSERT_TRUE(queue.markFinished(1, true));
    ASSERT_TRUE(queue.markStarted(2));
    ASSERT_TRUE(queue.markFinished(2, false));
    ASSERT_TRUE(queue.markStarted(3));
    const QDateTime start = utc("2026-12-02T10:00:00Z");
    const auto plan = queue.plan(start);
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].accountId, 3);
    EXPECT_EQ(plan[0].end, start.addSecs(120));
    EXPECT_EQ(queue.estimatedEnd(start), start.addSecs(120));
}

} // namespace

// The queue's "downtime left" counts what is left of the running account, not its full estimate.
TEST(MigrationQueue, RemainingDowntimeCountsWhatIsLeftOfTheRunningOne)
{
    MigrationQueue queue(threeAccounts());
    const QDateTime now = utc("2026-12-02T10:00:00Z");
    ASSERT_TRUE(queue.markStarted(1));
    EXPECT_EQ(queue.runningAccountId(), 1);
    EXPECT_EQ(queue.remainingDowntime(now, now.addSecs(20)).count(), 20 + 5 + 120);
    EXPECT_EQ(queue.remainingDowntime(now, now.addSecs(-30)).count(), 5 + 120) << "overdue: nothing left of it";
    EXPECT_EQ(queue.remainingDowntime(now, QDateTime()).count(), 60 + 5 + 120) << "no end known: its estimate";
    EXPECT_EQ(queue.estimatedEnd(now, now.addSecs(20)), now.addSecs(20 + 5 + 120));
    ASSERT_TRUE(queue.markFinished(1, true));
    EXPECT_EQ(queue.runningAccountId(), 0);
    EXPECT_EQ(queue.remainingDowntime(now, now.addSecs(20)).count(), 5 + 120);
}

// The queue keeps where the next pending entry is and which one runs, instead of walking its
// entries: an entry started out of order, a failure and a cancellation leave those right.
TEST(MigrationQueue, StartedOutOfOrderTheOthersFollowInOrder)
{
    MigrationQueue queue(threeAccounts());
    ASSERT_TRUE(queue.markStarted(2));
    EXPECT_EQ(queue.runningAccountId(), 2);
    EXPECT_EQ(queue.nextToStart(), 0);
    ASSERT_TRUE(queue.markFinished(2, false));
    EXPECT_EQ(queue.runningAccountId(), 0);
    EXPECT_FALSE(queue.isFinished());
    EXPECT_EQ(queue.nextToStart(), 1);
    ASSERT_TRUE(queue.markStarted(1));
    ASSERT_TRUE(queue.markFinished(1, true));
    EXPECT_EQ(queue.nextToStart(), 3);
    EXPECT_EQ(queue.cancelPending(), 1);
    EXPECT_EQ(queue.nextToStart(), 0);
    EXPECT_TRUE(queue.isFinished());
    EXPECT_FALSE(queue.markStarted(3)) << "a cancelled entry never starts";
}

// The counts kept as entries change say what a walk through the entries says, at every turn.
TEST(MigrationQueue, KeptCountsAgreeWithTheEntries)
{
    AccountList accounts;
    for (qint64 id = 1; id <= 40; ++id) {
        accounts.append(makeAccount(id, u"a%1"_s.arg(id)));
        accounts.last().databaseSize = (id % 5) * GiB;
    }
    MigrationQueue queue(accounts);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    auto check = [&](const char *when) {
        int pending = 0;
        downtime::Seconds pendingTime {0};
        downtime::Seconds runningTime {0};
        for (const MigrationQueue::Entry &entry : queue.entries()) {
            if (entry.state == MigrationQueue::EntryState::Pending) {
                ++pending;
                pendingTime += entry.estimate;
            } else if (entry.state == MigrationQueue::EntryState::Running) {
                runningTime = entry.estimate;
            }
        }
        EXPECT_EQ(queue.pendingCount(), pending) << when;
        EXPECT_EQ(queue.remainingDowntime(), pendingTime + runningTime) << when;
        EXPECT_EQ(queue.remainingDowntime(now, now.addSecs(7)).count(),
                  pendingTime.count() + (queue.runningAccountId() != 0 ? 7 : 0))
            << when;
    };
    check("new");
    for (int turn = 0; turn < 15; ++turn) {
        const qint64 next = queue.nextToStart();
        ASSERT_TRUE(queue.markStarted(next));
        check("started");
        EXPECT_FALSE(queue.markStarted(queue.entries().last().accountId)) << "one at a time";
        ASSERT_TRUE(queue.markFinished(next, turn % 3 != 0));
        check("finished");
    }
    ASSERT_TRUE(queue.markStarted(queue.nextToStart()));
    EXPECT_EQ(queue.cancelPending(), 40 - 16);
    check("cancelled while one runs");
    ASSERT_TRUE(queue.markFinished(queue.runningAccountId(), true));
    check("over");
    EXPECT_TRUE(queue.isFinished());
}
