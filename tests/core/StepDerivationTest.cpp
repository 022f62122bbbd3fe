// The current step is derived from the snapshot and the local facts (docs/process.md, "The eight steps").

#include "core/model/ProcessRules.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

struct StepCase
{
    const char *name;
    Setup setup;
    Step expected;
};

void PrintTo(const StepCase &c, std::ostream *os)
{
    *os << c.name;
}

class CurrentStep : public ::testing::TestWithParam<StepCase>
{
};

TEST_P(CurrentStep, IsDerivedFromTheSnapshotAndTheFacts)
{
    const World world = worldFrom(GetParam().setup);
    EXPECT_EQ(static_cast<int>(rules::currentStep(world.snapshot, world.facts)), static_cast<int>(GetParam().expected));
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(EachStep, CurrentStep,
    ::testing::Values(
        StepCase{"NothingDoneIsStep1", nullptr, Step::PrepareAccounts},
        StepCase{"SomeAccountsReadyIsStillStep1",
                 [](World &w) { w.facts.confirmedReady = {1, 2}; }, Step::PrepareAccounts},
        StepCase{"EveryAccountReadyIsStep2", confirmAllReady, Step::RequestTransit},
        StepCase{"TransitRequestSentLocallyIsStep3",
                 [](World &w) { confirmAllReady(w); w.facts.transitRequestSent = true; },
                 Step::TransitInstallation},
        StepCase{"TransitRequestedByProviderIsStep3",
                 [](World &w) { w.snapshot.migration.transit.status = TransitStatus::Requested; },
                 Step::TransitInstallation},
        StepCase{"WaitingForServerIsStep3",
                 [](World &w) { w.snapshot.migration.transit.status = TransitStatus::WaitingForServer; },
                 Step::TransitInstallation},
        StepCase{"InstallingIsStep3",
                 [](World &w) {
                     w.snapshot.migration.transit.status = TransitStatus::Installing;
                     w.snapshot.migration.transit.precopyPercent = 40;
                 },
                 Step::TransitInstallation},
        StepCase{"TransitReadyIsStep4", transitReady, Step::MigrateAccounts},
        StepCase{"SomeMigratedIsStep4",
                 [](World &w) { transitReady(w); migrate(w.at(0)); migrate(w.at(1)); }, Step::MigrateAccounts},
        StepCase{"AllMigratedButOneRunningIsStep4",
                 [](World &w) {
                     transitReady(w);
                     migrate(w.at(0));
                     migrate(w.at(1));
                     migrate(w.at(2));
                     w.at(2).status = AccountStatus::Migrating;
                 },
                 Step::MigrateAccounts},
        StepCase{"AllMigratedIsStep5", allMigrated, Step::VerifyAfterMigration},
        StepCase{"AllVerifiedIsStillStep5", allVerified, Step::VerifyAfterMigration},
        StepCase{"RollingBackSendsStep5BackTo4",
                 [](World &w) { allMigrated(w); w.at(1).status = AccountStatus::RollingBack; },
                 Step::MigrateAccounts},
        StepCase{"RolledBackSendsStep5BackTo4",
                 [](World &w) {
                     allMigrated(w);
                     w.at(1) = makeAccount(2, u"bravo"_s);
                 },
                 Step::MigrateAccounts},
        StepCase{"FailedRollbackStaysMigrated",
                 [](World &w) { allMigrated(w); w.at(1).status = AccountStatus::Failed; },
                 Step::VerifyAfterMigration},
        StepCase{"ReinstallRequestedLocallyIsStep6",
                 [](World &w) { allVerified(w); w.facts.reinstallRequestSent = true; },
                 Step::ClientReinstallation},
        StepCase{"ReinstallRequestedByProviderIsStep6",
                 [](World &w) {
                     allVerified(w);
                     w.snapshot.migration.clientServer.status = ClientServerStatus::ReinstallRequested;
                 },
                 Step::ClientReinstallation},
        StepCase{"ReinstallingIsStep6", reinstalling, Step::ClientReinstallation},
        StepCase{"ReinstalledWithNoFinalizerIsStep7", reinstalled, Step::Finalization},
        StepCase{"ReinstalledWithCustomerFinalizingIsStep7", customerFinalizes, Step::Finalization},
        StepCase{"SomeBackIsStep7",
                 [](World &w) { customerFinalizes(w); moveBack(w.at(0)); moveBack(w.at(1)); },
                 Step::Finalization},
        StepCase{"LastMovingBackIsStep7",
                 [](World &w) {
                     customerFinalizes(w);
                     moveBack(w.at(0));
                     moveBack(w.at(1));
                     moveBack(w.at(2));
                     w.at(2).status = AccountStatus::MovingBack;
                 },
                 Step::Finalization},
        StepCase{"AllBackIsStep8",
                 [](World &w) {
                     customerFinalizes(w);
                     for (AccountRecord &a : w.snapshot.accounts)
                         moveBack(a);
                 },
                 Step::MigrationOver},
        StepCase{"AllBackAndTransitReleasedIsStep8",
                 [](World &w) {
                     reinstalled(w);
                     w.snapshot.migration.finalization.by = Finalizer::Support;
                     for (AccountRecord &a : w.snapshot.accounts)
                         moveBack(a);
                     w.snapshot.migration.transit.status = TransitStatus::Released;
                 },
                 Step::MigrationOver},
        // Decision: an empty server has nothing to prepare, so every account is vacuously ready.
        StepCase{"ZeroAccountsIsStep2", [](World &w) { w.snapshot.accounts.clear(); }, Step::RequestTransit},
        StepCase{"ZeroAccountsTransitReadyIsStep5",
                 [](World &w) { w.snapshot.accounts.clear(); transitReady(w); }, Step::VerifyAfterMigration},
        StepCase{"ZeroAccountsReinstalledIsStep8",
                 [](World &w) { w.snapshot.accounts.clear(); reinstalled(w); }, Step::MigrationOver}),
    caseName<StepCase>);
// clang-format on

TEST(CurrentStep, IsNotStoredButFollowsTheSnapshot)
{
    World world = freshWorld();
    allMigrated(world);
    ASSERT_EQ(rules::currentStep(world.snapshot, world.facts), Step::VerifyAfterMigration);
    world.at(0) = makeAccount(1, u"alpha"_s);
    EXPECT_EQ(rules::currentStep(world.snapshot, world.facts), Step::MigrateAccounts);
    migrate(world.at(0));
    EXPECT_EQ(rules::currentStep(world.snapshot, world.facts), Step::VerifyAfterMigration);
}

struct ActorCase
{
    const char *name;
    Setup setup;
    Step step;
    Actor expected;
};

void PrintTo(const ActorCase &c, std::ostream *os)
{
    *os << c.name;
}

class ActorNow : public ::testing::TestWithParam<ActorCase>
{
};

TEST_P(ActorNow, FollowsTheFinalizationChoice)
{
    const World world = worldFrom(GetParam().setup);
    EXPECT_EQ(rules::actorNow(GetParam().step, world.snapshot, world.facts), GetParam().expected);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Cases, ActorNow,
    ::testing::Values(
        ActorCase{"Step3IsSupport", nullptr, Step::TransitInstallation, Actor::Support},
        ActorCase{"Step4IsCustomer", nullptr, Step::MigrateAccounts, Actor::Customer},
        ActorCase{"Step7NobodyChoseIsEither", reinstalled, Step::Finalization, Actor::CustomerOrSupport},
        ActorCase{"Step7LocalChoiceCustomer",
                  [](World &w) { reinstalled(w); w.facts.finalizer = Finalizer::Customer; }, Step::Finalization,
                  Actor::Customer},
        ActorCase{"Step7ProviderSaysSupport",
                  [](World &w) {
                      reinstalled(w);
                      w.facts.finalizer = Finalizer::Customer;
                      w.snapshot.migration.finalization.by = Finalizer::Support;
                  },
                  Step::Finalization, Actor::Support},
        ActorCase{"Step8IsNobody", nullptr, Step::MigrationOver, Actor::Nobody}),
    caseName<ActorCase>);
// clang-format on

} // namespace
