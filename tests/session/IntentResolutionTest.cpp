#include "core/session/IntentResolution.h"

#include <gtest/gtest.h>

using namespace passerelle;

namespace {

struct EvidenceCase
{
    const char *name;
    AccountAction action;
    Location location;
    Version version;
    AccountStatus status;
    int startedSecondsAfterIntent; // < -1000: no start time
    IntentEvidence expected;
};

class Evidence : public ::testing::TestWithParam<EvidenceCase>
{
};

TEST_P(Evidence, FromTheAccountReadBack)
{
    const EvidenceCase &c = GetParam();
    const QDateTime intentAt(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    ActionIntent intent;
    intent.action = c.action;
    intent.createdAt = intentAt;
    AccountRecord account;
    account.location = c.location;
    account.version = c.version;
    account.status = c.status;
    if (c.startedSecondsAfterIntent > -1000)
        account.operationStartedAt = intentAt.addSecs(c.startedSecondsAfterIntent);
    EXPECT_EQ(evidenceFor(intent, account), c.expected);
}

using A = AccountAction;
using L = Location;
using V = Version;
using S = AccountStatus;
using E = IntentEvidence;

INSTANTIATE_TEST_SUITE_P(
    Cases, Evidence,
    ::testing::Values(
        EvidenceCase{"MigrateRunning", A::Migrate, L::Client, V::Old, S::Migrating, 1, E::Running},
        EvidenceCase{"MigrateDone", A::Migrate, L::Transit, V::New, S::Migrated, -2000, E::Finished},
        EvidenceCase{"MigrateNotStarted", A::Migrate, L::Client, V::Old, S::Idle, -2000, E::NotStarted},
        EvidenceCase{"MigrateFailedAfterIntent", A::Migrate, L::Client, V::Old, S::Failed, 2, E::Finished},
        EvidenceCase{"MigrateFailedLongBefore", A::Migrate, L::Client, V::Old, S::Failed, -600, E::NotStarted},
        EvidenceCase{"MigrateButTestRunning", A::Migrate, L::Client, V::Old, S::Testing, 1, E::NotStarted},
        EvidenceCase{"RollbackRunning", A::Rollback, L::Transit, V::New, S::RollingBack, 1, E::Running},
        EvidenceCase{"RollbackDone", A::Rollback, L::Client, V::Old, S::Idle, -2000, E::Finished},
        EvidenceCase{"RollbackNotStarted", A::Rollback, L::Transit, V::New, S::Migrated, -2000, E::NotStarted},
        EvidenceCase{"MoveBackDone", A::MoveBack, L::Client, V::New, S::Done, -2000, E::Finished},
        EvidenceCase{"MoveBackNotStarted", A::MoveBack, L::Transit, V::New, S::Migrated, -2000, E::NotStarted},
        EvidenceCase{"TestRunning", A::Test, L::Client, V::Old, S::Testing, 0, E::Running},
        EvidenceCase{"TestDoneSinceIntent", A::Test, L::Client, V::Old, S::Tested, 3, E::Finished},
        EvidenceCase{"TestFailedSinceIntent", A::Test, L::Client, V::Old, S::TestFailed, 3, E::Finished},
        EvidenceCase{"TestResultFromEarlierRun", A::Test, L::Client, V::Old, S::Tested, -3600, E::NotStarted},
        EvidenceCase{"TestResultUndated", A::Test, L::Client, V::Old, S::Tested, -2000, E::NotStarted}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace
