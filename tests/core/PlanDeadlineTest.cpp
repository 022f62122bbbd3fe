#include "ModelFixtures.h"

#include "core/model/MigrationPlan.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using passerelle::fixtures::makeAccount;
using passerelle::fixtures::utc;

namespace {

MigrationSnapshot withDatabases(qint64 bytesEach)
{
    MigrationSnapshot snapshot;
    snapshot.migration.summary.deadline = utc("2027-01-31T23:59:59Z");
    for (qint64 id : {301, 302}) {
        AccountRecord account = makeAccount(id, u"account-%1"_s.arg(id));
        account.databaseSize = bytesEach;
        snapshot.accounts.append(account);
    }
    return snapshot;
}

// 2^53 bytes of databases take decades at a minute per GiB: the plan must say it cannot be kept.
TEST(PlanDeadline, APlanEndingAfterTheDeadlineWarns)
{
    const MigrationPlan plan
        = planMigration(withDatabases(qint64(1) << 53), Step::PrepareAccounts, utc("2026-11-30T04:00:00Z"));
    EXPECT_TRUE(plan.endsAfterDeadline());
    EXPECT_GT(plan.end(), plan.deadline);
    EXPECT_TRUE(deadlineWarning(plan).contains(u"after the migration deadline"_s)) << deadlineWarning(plan).toStdString();
}

TEST(PlanDeadline, APlanThatFitsSaysNothing)
{
    const MigrationPlan plan = planMigration(withDatabases(qint64(1) << 30), Step::PrepareAccounts,
                                             utc("2026-11-30T04:00:00Z"));
    EXPECT_FALSE(plan.endsAfterDeadline());
    EXPECT_TRUE(deadlineWarning(plan).isEmpty());
}

} // namespace
