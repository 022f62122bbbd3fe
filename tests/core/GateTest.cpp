// Gates between steps (docs/process.md, "The eight steps", column "what must hold to leave it").

#include "core/model/ProcessRules.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

enum class Gate { RequestTransit, RequestReinstall, ChooseFinalizer, MigrationOver };

Verdict ask(Gate gate, const World &world)
{
    switch (gate) {
    case Gate::RequestTransit:
        return rules::canRequestTransit(world.snapshot, world.facts);
    case Gate::RequestReinstall:
        return rules::canRequestReinstall(world.snapshot, world.facts);
    case Gate::ChooseFinalizer:
        return rules::canChooseFinalizer(world.snapshot, world.facts);
    case Gate::MigrationOver:
        return rules::isMigrationOver(world.snapshot);
    }
    return deny(u"unknown gate"_s);
}

struct GateCase
{
    const char *name;
    Setup setup;
    Gate gate;
    bool allowed;
    std::vector<const char *> reasonContains;
};

void PrintTo(const GateCase &c, std::ostream *os)
{
    *os << c.name;
}

class Gates : public ::testing::TestWithParam<GateCase>
{
};

TEST_P(Gates, OpenOnlyWhenTheRuleHolds)
{
    const GateCase &c = GetParam();
    const Verdict verdict = ask(c.gate, worldFrom(c.setup));
    ASSERT_EQ(verdict.hasValue(), c.allowed) << qPrintable(verdict.error());
    EXPECT_EQ(verdict.error().isEmpty(), c.allowed);
    for (const char *fragment : c.reasonContains)
        EXPECT_TRUE(verdict.error().contains(QString::fromUtf8(fragment)))
            << "reason: " << qPrintable(verdict.error()) << "\nmissing: " << fragment;
}

void unverifiedExceptAlpha(World &w)
{
    allMigrated(w);
    w.facts.verified = {1};
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(RequestTransit, Gates,
    ::testing::Values(
        GateCase{"AllowedWhenEveryAccountIsReady", confirmAllReady, Gate::RequestTransit, true, {}},
        GateCase{"DeniedWhenNoneIsReady", nullptr, Gate::RequestTransit, false, {"3 not confirmed", "alpha", "charlie"}},
        GateCase{"DeniedWhenOneIsNotReady", [](World &w) { w.facts.confirmedReady = {1, 3}; }, Gate::RequestTransit,
                 false, {"1 not confirmed", "bravo"}},
        GateCase{"DeniedOnceSentLocally", [](World &w) { confirmAllReady(w); w.facts.transitRequestSent = true; },
                 Gate::RequestTransit, false, {"already been requested"}},
        GateCase{"DeniedOnceProviderHasIt",
                 [](World &w) { confirmAllReady(w); w.snapshot.migration.transit.status = TransitStatus::Requested; },
                 Gate::RequestTransit, false, {"already been requested"}},
        GateCase{"AllowedWithZeroAccounts", [](World &w) { w.snapshot.accounts.clear(); }, Gate::RequestTransit,
                 true, {}}),
    caseName<GateCase>);
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(RequestReinstall, Gates,
    ::testing::Values(
        GateCase{"AllowedWhenAllMigratedAndVerified", allVerified, Gate::RequestReinstall, true, {}},
        GateCase{"DeniedBeforeTheTransitIsReady", confirmAllReady, Gate::RequestReinstall, false, {"not ready"}},
        GateCase{"DeniedWhenAccountsAreNotVerified", unverifiedExceptAlpha, Gate::RequestReinstall, false,
                 {"2 not checked", "bravo", "charlie"}},
        GateCase{"DeniedWhenOneWasRolledBack",
                 [](World &w) { allVerified(w); w.at(1) = makeAccount(2, u"bravo"_s); },
                 Gate::RequestReinstall, false, {"still to migrate", "bravo"}},
        GateCase{"DeniedWhenOneIsOnTransitInTheOldVersion",
                 [](World &w) { allVerified(w); w.at(0).version = Version::Old; }, Gate::RequestReinstall, false,
                 {"still to migrate", "alpha"}},
        GateCase{"DeniedWhileOneRollsBack",
                 [](World &w) { allVerified(w); w.at(2).status = AccountStatus::RollingBack; },
                 Gate::RequestReinstall, false, {"Wait", "charlie"}},
        GateCase{"DeniedWhileTheLastMigrates",
                 [](World &w) {
                     allVerified(w);
                     w.at(2) = makeAccount(3, u"charlie"_s, Location::Client, Version::Old,
                                           AccountStatus::Migrating);
                 },
                 Gate::RequestReinstall, false, {"charlie"}},
        GateCase{"DeniedOnceSentLocally", [](World &w) { allVerified(w); w.facts.reinstallRequestSent = true; },
                 Gate::RequestReinstall, false, {"already been requested"}},
        GateCase{"DeniedOnceProviderHasIt", reinstallRequested, Gate::RequestReinstall, false,
                 {"already been requested"}}),
    caseName<GateCase>);
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(ChooseFinalizer, Gates,
    ::testing::Values(
        GateCase{"AllowedOnceReinstalled", reinstalled, Gate::ChooseFinalizer, true, {}},
        GateCase{"DeniedWhileReinstalling", reinstalling, Gate::ChooseFinalizer, false, {"reinstalled"}},
        GateCase{"DeniedOnceChosenLocally", [](World &w) { reinstalled(w); w.facts.finalizer = Finalizer::Support; },
                 Gate::ChooseFinalizer, false, {"already chosen who moves"}},
        GateCase{"DeniedOnceProviderReportsIt", customerFinalizes, Gate::ChooseFinalizer, false,
                 {"already chosen who moves"}}),
    caseName<GateCase>);
// clang-format on

void allBack(World &w)
{
    customerFinalizes(w);
    for (AccountRecord &a : w.snapshot.accounts)
        moveBack(a);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(MigrationOver, Gates,
    ::testing::Values(
        GateCase{"OverWhenEveryAccountIsBack", allBack, Gate::MigrationOver, true, {}},
        GateCase{"NotOverWhileReinstalling", reinstalling, Gate::MigrationOver, false, {"not finished"}},
        GateCase{"NotOverWithAccountsOnTransit", [](World &w) { customerFinalizes(w); moveBack(w.at(0)); },
                 Gate::MigrationOver, false, {"2 account(s)", "bravo", "charlie"}},
        GateCase{"NotOverWhileTheLastMovesBack",
                 [](World &w) { allBack(w); w.at(2).status = AccountStatus::MovingBack; }, Gate::MigrationOver,
                 false, {"charlie"}},
        GateCase{"NotOverWhenBackInTheOldVersion", [](World &w) { allBack(w); w.at(1).version = Version::Old; },
                 Gate::MigrationOver, false, {"bravo"}}),
    caseName<GateCase>);
// clang-format on

// One world per step; canLeaveStep(s) must be allowed exactly for the steps already behind.
struct StepWorld
{
    const char *name;
    Setup setup;
    int step;
};

const std::vector<StepWorld> &stepWorlds()
{
    static const std::vector<StepWorld> worlds = {
        {"Step1", nullptr, 1},
        {"Step2", confirmAllReady, 2},
        {"Step3",
         [](World &w) {
             confirmAllReady(w);
             w.facts.transitRequestSent = true;
         },
         3},
        {"Step4",
         [](World &w) {
             transitReady(w);
             migrate(w.at(0));
         },
         4},
        {"Step5Unverified", allMigrated, 5},
        {"Step5AllVerified", allVerified, 5},
        {"Step6", reinstalling, 6},
        {"Step7NobodyChose", reinstalled, 7},
        {"Step7Customer",
         [](World &w) {
             customerFinalizes(w);
             moveBack(w.at(0));
         },
         7},
        {"Step8", allBack, 8},
    };
    return worlds;
}

class LeaveStep : public ::testing::TestWithParam<std::tuple<size_t, int>>
{
};

TEST_P(LeaveStep, OnlyStepsAlreadyBehind)
{
    const StepWorld &sw = stepWorlds().at(std::get<0>(GetParam()));
    const Step asked = stepFromNumber(std::get<1>(GetParam()));
    const World world = worldFrom(sw.setup);
    ASSERT_EQ(static_cast<int>(rules::currentStep(world.snapshot, world.facts)), sw.step);
    const Verdict verdict = rules::canLeaveStep(asked, world.snapshot, world.facts);
    EXPECT_EQ(verdict.hasValue(), sw.step > std::get<1>(GetParam())) << qPrintable(verdict.error());
    EXPECT_EQ(verdict.error().isEmpty(), verdict.hasValue());
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(EveryStep, LeaveStep,
    ::testing::Combine(::testing::Range<size_t>(0, 10), ::testing::Range(1, 9)),
    [](const ::testing::TestParamInfo<std::tuple<size_t, int>> &info) {
        return std::string(stepWorlds().at(std::get<0>(info.param)).name) + "Leave"
            + std::to_string(std::get<1>(info.param));
    });
// clang-format on

struct LeaveReasonCase
{
    const char *name;
    Setup setup;
    Step step;
    const char *reasonContains;
};

void PrintTo(const LeaveReasonCase &c, std::ostream *os)
{
    *os << c.name;
}

class LeaveReason : public ::testing::TestWithParam<LeaveReasonCase>
{
};

TEST_P(LeaveReason, SaysWhatIsMissing)
{
    const World world = worldFrom(GetParam().setup);
    const Verdict verdict = rules::canLeaveStep(GetParam().step, world.snapshot, world.facts);
    ASSERT_FALSE(verdict.hasValue());
    EXPECT_TRUE(verdict.error().contains(QString::fromUtf8(GetParam().reasonContains))) << qPrintable(verdict.error());
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Cases, LeaveReason,
    ::testing::Values(
        LeaveReasonCase{"Step1NamesUnconfirmed", [](World &w) { w.facts.confirmedReady = {1, 2}; },
                        Step::PrepareAccounts, "charlie"},
        LeaveReasonCase{"Step2AsksForTheRequest", confirmAllReady, Step::RequestTransit, "transit server request"},
        LeaveReasonCase{"Step3ShowsTransitStatus",
                        [](World &w) { w.snapshot.migration.transit.status = TransitStatus::Installing; },
                        Step::TransitInstallation, "installing"},
        LeaveReasonCase{"Step4NamesWhatRemains", [](World &w) { transitReady(w); migrate(w.at(0)); },
                        Step::MigrateAccounts, "bravo"},
        LeaveReasonCase{"Step4NamesTheRunningAccount",
                        [](World &w) { allMigrated(w); w.at(1).status = AccountStatus::RollingBack; },
                        Step::MigrateAccounts, "bravo"},
        LeaveReasonCase{"Step5NamesUnverified", unverifiedExceptAlpha, Step::VerifyAfterMigration, "charlie"},
        LeaveReasonCase{"Step5AllVerifiedAsksForTheRequest", allVerified, Step::VerifyAfterMigration,
                        "reinstall request"},
        LeaveReasonCase{"Step6WaitsForSupport", reinstalling, Step::ClientReinstallation, "not finished"},
        LeaveReasonCase{"Step7NamesWhatRemains", customerFinalizes, Step::Finalization, "alpha"},
        LeaveReasonCase{"Step8IsTheLast", allBack, Step::MigrationOver, "last step"},
        LeaveReasonCase{"LaterStepNamesTheCurrentOne", confirmAllReady, Step::Finalization, "step 2"}),
    caseName<LeaveReasonCase>);
// clang-format on

} // namespace
