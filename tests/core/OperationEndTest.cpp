#include "ModelFixtures.h"

#include "core/model/OperationEnd.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using passerelle::fixtures::makeAccount;

namespace {

struct EndCase
{
    const char *name;
    AccountAction action;
    Location location;
    Version version;
    AccountStatus status;
    OperationEnd expected;
};

class OperationEnds : public ::testing::TestWithParam<EndCase>
{ };

TEST_P(OperationEnds, OnlyAVisibleEffectIsASuccess)
{
    const EndCase &row = GetParam();
    EXPECT_EQ(operationEnd(row.action, makeAccount(301, u"acme-shop"_s, row.location, row.version, row.status)),
              row.expected);
}

using A = AccountAction;
using L = Location;
using V = Version;
using S = AccountStatus;
using E = OperationEnd;

INSTANTIATE_TEST_SUITE_P(
    Rows, OperationEnds,
    ::testing::Values(
        EndCase{"MigrateLandsOnTransit", A::Migrate, L::Transit, V::New, S::Migrated, E::Succeeded},
        EndCase{"MigrateBackToIdleVanished", A::Migrate, L::Client, V::Old, S::Idle, E::Vanished},
        EndCase{"MigrateBackToTestedVanished", A::Migrate, L::Client, V::Old, S::Tested, E::Vanished},
        EndCase{"MigrateFailed", A::Migrate, L::Client, V::Old, S::Failed, E::Failed},
        EndCase{"TestTested", A::Test, L::Client, V::Old, S::Tested, E::Succeeded},
        EndCase{"TestFailed", A::Test, L::Client, V::Old, S::TestFailed, E::Failed},
        EndCase{"TestBackToIdleVanished", A::Test, L::Client, V::Old, S::Idle, E::Vanished},
        EndCase{"RollbackOnOldClient", A::Rollback, L::Client, V::Old, S::Idle, E::Succeeded},
        EndCase{"RollbackBackToMigratedVanished", A::Rollback, L::Transit, V::New, S::Migrated, E::Vanished},
        EndCase{"MoveBackOnNewClient", A::MoveBack, L::Client, V::New, S::Done, E::Succeeded},
        EndCase{"MoveBackBackToMigratedVanished", A::MoveBack, L::Transit, V::New, S::Migrated, E::Vanished},
        EndCase{"MoveBackFailed", A::MoveBack, L::Transit, V::New, S::Failed, E::Failed}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(OperationEnd, RunningStatusesNameTheirAction)
{
    EXPECT_EQ(actionRunningIn(AccountStatus::Migrating), AccountAction::Migrate);
    EXPECT_EQ(actionRunningIn(AccountStatus::Testing), AccountAction::Test);
    EXPECT_EQ(actionRunningIn(AccountStatus::RollingBack), AccountAction::Rollback);
    EXPECT_EQ(actionRunningIn(AccountStatus::MovingBack), AccountAction::MoveBack);
    EXPECT_FALSE(actionRunningIn(AccountStatus::Idle).has_value());
}

} // namespace
