#include "core/api/PollSchedule.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());

MigrationSnapshot snapshotWith(AccountStatus status, QDateTime estimatedEnd = {})
{
    MigrationSnapshot snapshot;
    snapshot.migration.transit.status = TransitStatus::Ready;
    AccountRecord account;
    account.id = 1;
    account.status = status;
    account.operationEstimatedEnd = estimatedEnd;
    snapshot.accounts = {account};
    return snapshot;
}

TEST(PollSchedule, FastWhileAnOperationRuns)
{
    EXPECT_EQ(poll::nextInterval(snapshotWith(AccountStatus::Migrating, kNow.addSecs(600)), kNow), 5s);
    EXPECT_EQ(poll::nextInterval(snapshotWith(AccountStatus::Testing, kNow.addSecs(20)), kNow), 2s);
    EXPECT_EQ(poll::nextInterval(snapshotWith(AccountStatus::RollingBack), kNow), 2s);
}

TEST(PollSchedule, NormalStepsEveryThirtySeconds)
{
    EXPECT_EQ(poll::nextInterval(snapshotWith(AccountStatus::Idle), kNow), 30s);
    EXPECT_EQ(poll::nextInterval(snapshotWith(AccountStatus::Migrated), kNow), 30s);
}

TEST(PollSchedule, SlowWhileSupportWorks)
{
    auto snapshot = snapshotWith(AccountStatus::Idle);
    snapshot.migration.transit.status = TransitStatus::WaitingForServer;
    EXPECT_EQ(poll::nextInterval(snapshot, kNow), 300s);
    snapshot.migration.transit.status = TransitStatus::Released;
    snapshot.migration.clientServer.status = ClientServerStatus::Reinstalling;
    EXPECT_EQ(poll::nextInterval(snapshot, kNow), 300s);
    snapshot.migration.clientServer.status = ClientServerStatus::Reinstalled;
    EXPECT_EQ(poll::nextInterval(snapshot, kNow), 30s);
}

TEST(PollSchedule, TransitInstallingShowsProgressEveryMinute)
{
    auto snapshot = snapshotWith(AccountStatus::Idle);
    snapshot.migration.transit.status = TransitStatus::Installing;
    EXPECT_EQ(poll::nextInterval(snapshot, kNow), 60s);
}

TEST(PollSchedule, FiveHundredAccountsStillOnePollPace)
{
    auto snapshot = snapshotWith(AccountStatus::Idle);
    for (int i = 2; i <= 500; ++i) {
        AccountRecord account;
        account.id = i;
        snapshot.accounts.append(account);
    }
    EXPECT_EQ(poll::nextInterval(snapshot, kNow), 30s);
}

} // namespace
