// Per-account actions and when they are allowed (docs/process.md, "Per-account actions").

#include "core/model/Format.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

// "{started}" in a fragment stands for the reinstall start date as format::dateTime shows it.
const char *const kStarted = "{started}";

struct ActionCase
{
    const char *name;
    Setup setup;
    int accountIndex;
    AccountAction action;
    bool allowed;
    std::vector<const char *> reasonContains;
};

void PrintTo(const ActionCase &c, std::ostream *os)
{
    *os << c.name;
}

class CanAct : public ::testing::TestWithParam<ActionCase>
{
};

TEST_P(CanAct, AnswersWithAReason)
{
    const ActionCase &c = GetParam();
    const World world = worldFrom(c.setup);
    const AccountRecord &account = world.snapshot.accounts.at(c.accountIndex);
    const Verdict verdict = rules::canAct(c.action, account, world.snapshot, world.facts, world.inFlight);
    ASSERT_EQ(verdict.hasValue(), c.allowed) << qPrintable(verdict.error());
    if (c.allowed) {
        EXPECT_TRUE(verdict.error().isEmpty());
        return;
    }
    EXPECT_FALSE(verdict.error().isEmpty());
    for (const char *fragment : c.reasonContains) {
        const QString expected = QLatin1String(fragment) == QLatin1String(kStarted)
            ? format::dateTime(world.snapshot.migration.clientServer.reinstallStartedAt)
            : QString::fromUtf8(fragment);
        EXPECT_TRUE(verdict.error().contains(expected))
            << "reason: " << qPrintable(verdict.error()) << "\nmissing: " << qPrintable(expected);
    }
}

void anotherTesting(World &w)
{
    w.at(1).status = AccountStatus::Testing;
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Test, CanAct,
    ::testing::Values(
        ActionCase{"TestAllowedInStep1", nullptr, 0, AccountAction::Test, true, {}},
        ActionCase{"TestAllowedInStep2", confirmAllReady, 0, AccountAction::Test, true, {}},
        ActionCase{"TestAllowedAgainAfterAFailedTest",
                   [](World &w) { w.at(0).status = AccountStatus::TestFailed; }, 0, AccountAction::Test, true, {}},
        ActionCase{"TestForbiddenWhileItRuns", [](World &w) { w.at(0).status = AccountStatus::Testing; }, 0,
                   AccountAction::Test, false, {"alpha", "busy"}},
        // Decision: the API runs one action at a time, tests included.
        ActionCase{"TestForbiddenWhileAnotherAccountTests", anotherTesting, 0, AccountAction::Test, false,
                   {"bravo", "at a time"}},
        ActionCase{"TestForbiddenWhileAnotherRequestIsOnItsWay", [](World &w) { w.inFlight = {3}; }, 0,
                   AccountAction::Test, false, {"charlie", "on its way"}},
        ActionCase{"TestForbiddenOnceTransitRequestedLocally",
                   [](World &w) { confirmAllReady(w); w.facts.transitRequestSent = true; }, 0, AccountAction::Test,
                   false, {"preparation"}},
        ActionCase{"TestForbiddenOnceProviderReportsTheRequest",
                   [](World &w) { w.snapshot.migration.transit.status = TransitStatus::Requested; }, 0,
                   AccountAction::Test, false, {"preparation"}},
        ActionCase{"TestForbiddenOnTheNewInfrastructure", [](World &w) { transitReady(w); migrate(w.at(0)); }, 0,
                   AccountAction::Test, false, {"alpha", "old infrastructure"}}),
    caseName<ActionCase>);
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Migrate, CanAct,
    ::testing::Values(
        ActionCase{"MigrateAllowedOnceTransitReady", transitReady, 0, AccountAction::Migrate, true, {}},
        ActionCase{"MigrateAllowedWhileAnotherAccountIsIdle",
                   [](World &w) { transitReady(w); migrate(w.at(1)); }, 0, AccountAction::Migrate, true, {}},
        ActionCase{"MigrateAllowedAgainAfterRollback",
                   [](World &w) { allMigrated(w); w.at(1) = makeAccount(2, u"bravo"_s); }, 1,
                   AccountAction::Migrate, true, {}},
        ActionCase{"MigrateAllowedAgainAfterFailure",
                   [](World &w) { transitReady(w); w.at(0).status = AccountStatus::Failed; }, 0,
                   AccountAction::Migrate, true, {}},
        ActionCase{"MigrateForbiddenBeforeTheRequest", nullptr, 0, AccountAction::Migrate, false,
                   {"not ready", "not requested"}},
        ActionCase{"MigrateForbiddenWhileWaitingForServer",
                   [](World &w) { w.snapshot.migration.transit.status = TransitStatus::WaitingForServer; }, 0,
                   AccountAction::Migrate, false, {"not ready", "waiting for a free server"}},
        ActionCase{"MigrateForbiddenWhileInstalling",
                   [](World &w) { w.snapshot.migration.transit.status = TransitStatus::Installing; }, 0,
                   AccountAction::Migrate, false, {"not ready", "installing"}},
        ActionCase{"MigrateForbiddenOnceTransitReleased",
                   [](World &w) { transitReady(w); w.snapshot.migration.transit.status = TransitStatus::Released; },
                   0, AccountAction::Migrate, false, {"released"}},
        ActionCase{"MigrateForbiddenWhileItRuns",
                   [](World &w) { transitReady(w); w.at(0).status = AccountStatus::Migrating; }, 0,
                   AccountAction::Migrate, false, {"alpha", "busy", "migrating"}},
        ActionCase{"MigrateForbiddenWhileAnotherMigrates",
                   [](World &w) { transitReady(w); w.at(1).status = AccountStatus::Migrating; }, 0,
                   AccountAction::Migrate, false, {"bravo", "one at a time"}},
        ActionCase{"MigrateForbiddenWhileATestStillRuns",
                   [](World &w) { transitReady(w); w.at(1).status = AccountStatus::Testing; }, 0,
                   AccountAction::Migrate, false, {"bravo", "at a time"}},
        ActionCase{"MigrateForbiddenWhileAnotherRollsBack",
                   [](World &w) { transitReady(w); migrate(w.at(1)); w.at(1).status = AccountStatus::RollingBack; },
                   0, AccountAction::Migrate, false, {"bravo", "one at a time"}},
        // An action on its way (sent, answer not read yet) holds every account: one at a time.
        ActionCase{"MigrateForbiddenWhileItsRequestIsOnItsWay",
                   [](World &w) { transitReady(w); w.inFlight = {1}; }, 0,
                   AccountAction::Migrate, false, {"alpha", "already on its way"}},
        ActionCase{"MigrateForbiddenWhileAnotherRequestIsOnItsWay",
                   [](World &w) { transitReady(w); w.inFlight = {2}; }, 0,
                   AccountAction::Migrate, false, {"bravo", "on its way", "one at a time"}},
        ActionCase{"MigrateAllowedOnceTheOtherRequestIsAnswered",
                   [](World &w) { transitReady(w); w.inFlight = {}; }, 0, AccountAction::Migrate, true, {}},
        ActionCase{"AlreadyOnTransitSaysSoEvenWithAnotherRequestOnItsWay",
                   [](World &w) { transitReady(w); migrate(w.at(0)); w.inFlight = {2}; }, 0,
                   AccountAction::Migrate, false, {"alpha", "already on the transit server"}},
        ActionCase{"MigrateForbiddenWhenAlreadyOnTransit", [](World &w) { transitReady(w); migrate(w.at(0)); }, 0,
                   AccountAction::Migrate, false, {"alpha", "already on the transit server"}},
        ActionCase{"MigrateForbiddenAfterReinstallRequestedLocally",
                   [](World &w) { transitReady(w); w.facts.reinstallRequestSent = true; }, 0,
                   AccountAction::Migrate, false, {"reinstall has been requested"}},
        ActionCase{"MigrateForbiddenWhenBackOnTheNewVersion",
                   [](World &w) { customerFinalizes(w); moveBack(w.at(0)); }, 0, AccountAction::Migrate, false,
                   {"alpha", "new infrastructure"}}),
    caseName<ActionCase>);
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Rollback, CanAct,
    ::testing::Values(
        ActionCase{"RollbackAllowedInStep5", allMigrated, 0, AccountAction::Rollback, true, {}},
        ActionCase{"RollbackAllowedInStep4", [](World &w) { transitReady(w); migrate(w.at(0)); }, 0,
                   AccountAction::Rollback, true, {}},
        ActionCase{"RollbackAllowedAfterVerification", allVerified, 2, AccountAction::Rollback, true, {}},
        ActionCase{"RollbackForbiddenOnTheClientServer", transitReady, 0, AccountAction::Rollback, false,
                   {"alpha", "nothing to roll back"}},
        ActionCase{"RollbackForbiddenWhenProviderHasNone",
                   [](World &w) { allMigrated(w); w.at(0).rollbackAvailable = false; }, 0, AccountAction::Rollback,
                   false, {"alpha", "no rollback"}},
        ActionCase{"RollbackForbiddenWhileAnotherMigrates",
                   [](World &w) { transitReady(w); migrate(w.at(0)); w.at(1).status = AccountStatus::Migrating; },
                   0, AccountAction::Rollback, false, {"bravo", "one at a time"}},
        ActionCase{"RollbackForbiddenWhileItRuns",
                   [](World &w) { allMigrated(w); w.at(0).status = AccountStatus::RollingBack; }, 0,
                   AccountAction::Rollback, false, {"alpha", "busy", "rolling back"}},
        ActionCase{"RollbackClosedOnceProviderHasTheRequest",
                   [](World &w) { reinstallRequested(w); w.at(0).rollbackAvailable = true; }, 0,
                   AccountAction::Rollback, false, {"Rollback is closed", "requested"}},
        ActionCase{"RollbackClosedOnceRequestSentByHand",
                   [](World &w) { allVerified(w); w.facts.reinstallRequestSent = true; }, 0,
                   AccountAction::Rollback, false, {"Rollback is closed", "requested"}},
        ActionCase{"RollbackClosedWhileReinstalling",
                   [](World &w) { reinstalling(w); w.at(0).rollbackAvailable = true; }, 0, AccountAction::Rollback,
                   false, {"Rollback is closed", "started", kStarted}},
        ActionCase{"RollbackClosedOnceReinstalled", reinstalled, 1, AccountAction::Rollback, false,
                   {"Rollback is closed", kStarted}}),
    caseName<ActionCase>);
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(MoveBack, CanAct,
    ::testing::Values(
        ActionCase{"MoveBackAllowedWhenProviderSaysCustomer", customerFinalizes, 0, AccountAction::MoveBack, true,
                   {}},
        ActionCase{"MoveBackAllowedOnLocalChoice",
                   [](World &w) { reinstalled(w); w.facts.finalizer = Finalizer::Customer; }, 2,
                   AccountAction::MoveBack, true, {}},
        ActionCase{"MoveBackAllowedAfterAFailedMoveBack",
                   [](World &w) { customerFinalizes(w); w.at(0).status = AccountStatus::Failed; }, 0,
                   AccountAction::MoveBack, true, {}},
        ActionCase{"MoveBackForbiddenBeforeReinstall",
                   [](World &w) { allVerified(w); w.facts.finalizer = Finalizer::Customer; }, 0,
                   AccountAction::MoveBack, false, {"waits until the client server has been reinstalled"}},
        ActionCase{"MoveBackForbiddenWhileReinstalling",
                   [](World &w) { reinstalling(w); w.facts.finalizer = Finalizer::Customer; }, 0,
                   AccountAction::MoveBack, false, {"reinstalled"}},
        ActionCase{"MoveBackForbiddenWhenNobodyChose", reinstalled, 0, AccountAction::MoveBack, false,
                   {"Choose first"}},
        ActionCase{"MoveBackForbiddenWhenSupportFinalizes",
                   [](World &w) { reinstalled(w); w.facts.finalizer = Finalizer::Support; }, 0,
                   AccountAction::MoveBack, false, {"Support moves the accounts back"}},
        ActionCase{"MoveBackForbiddenWhenProviderSaysSupport",
                   [](World &w) {
                       reinstalled(w);
                       w.facts.finalizer = Finalizer::Customer;
                       w.snapshot.migration.finalization.by = Finalizer::Support;
                   },
                   0, AccountAction::MoveBack, false, {"Support"}},
        ActionCase{"MoveBackForbiddenWhenAlreadyBack", [](World &w) { customerFinalizes(w); moveBack(w.at(0)); },
                   0, AccountAction::MoveBack, false, {"alpha", "already on the client server"}},
        ActionCase{"MoveBackForbiddenWhileAnotherMovesBack",
                   [](World &w) { customerFinalizes(w); w.at(1).status = AccountStatus::MovingBack; }, 0,
                   AccountAction::MoveBack, false, {"bravo", "one at a time"}},
        ActionCase{"MoveBackForbiddenWhileItRuns",
                   [](World &w) { customerFinalizes(w); w.at(0).status = AccountStatus::MovingBack; }, 0,
                   AccountAction::MoveBack, false, {"alpha", "busy", "moving back"}}),
    caseName<ActionCase>);
// clang-format on

TEST(CanAct, RollbackReasonNamesTheReinstallStartInTheLocaleFormat)
{
    World world = freshWorld();
    reinstalling(world);
    const QDateTime started = world.snapshot.migration.clientServer.reinstallStartedAt;
    const Verdict verdict = rules::canAct(AccountAction::Rollback, world.at(0), world.snapshot, world.facts, {});
    ASSERT_FALSE(verdict.hasValue());
    EXPECT_EQ(verdict.error(), text::rollbackClosed(started));
    EXPECT_TRUE(verdict.error().contains(format::dateTime(started)));
    EXPECT_FALSE(format::dateTime(started).isEmpty());
}

TEST(CanAct, RollbackWindowFollowsTheClientServerStatus)
{
    MigrationDetail detail;
    EXPECT_TRUE(rules::isRollbackWindowOpen(detail));
    for (ClientServerStatus closed :
         {ClientServerStatus::ReinstallRequested, ClientServerStatus::Reinstalling, ClientServerStatus::Reinstalled}) {
        detail.clientServer.status = closed;
        EXPECT_FALSE(rules::isRollbackWindowOpen(detail)) << text::clientServerStatusName(closed).toStdString();
    }
}

TEST(CanAct, AccountOnTheMoveIgnoresTests)
{
    World world = freshWorld();
    world.at(0).status = AccountStatus::Testing;
    EXPECT_EQ(rules::accountOnTheMove(world.snapshot), nullptr);
    world.at(2).status = AccountStatus::Migrating;
    ASSERT_NE(rules::accountOnTheMove(world.snapshot), nullptr);
    EXPECT_EQ(rules::accountOnTheMove(world.snapshot)->name, u"charlie"_s);
}

} // namespace
