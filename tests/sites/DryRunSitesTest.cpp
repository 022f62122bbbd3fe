// The dry-run's site checks: the simulator answers, with no network at all. Sites stay the same
// through a migration, except the MongoDB account's, which breaks on the new infrastructure.
#include "core/journal/InMemoryJournal.h"
#include "core/sim/SimulatedSiteProber.h"
#include "core/sites/SiteChecker.h"
#include "tests/sim/SimHarness.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::sites;
using namespace Qt::Literals::StringLiterals;

namespace {

class DryRunSites : public ::testing::Test
{
protected:
    // Checks every account of the scenario; the verdicts by address.
    QHash<QString, SiteCheckResult> checkAll(SiteChecker::Mode mode)
    {
        const QList<SiteInfo> sites = harness.sim.sites();
        QHash<QString, SiteCheckResult> byAddress;
        for (const sim::ScenarioAccount &account : harness.scenario.accounts) {
            QSignalSpy checked(&checker, &SiteChecker::accountChecked);
            checker.check(sim::test::SimHarness::kMigrationId, {account.id, account.name},
                          sitesOfAccount(sites, account.id, 0), mode);
            EXPECT_TRUE(checked.wait(2000));
            for (const SiteCheckResult &result : checked.constFirst().at(1).value<QList<SiteCheckResult>>())
                byAddress.insert(result.address, result);
        }
        return byAddress;
    }

    sim::test::SimHarness harness;
    sim::SimulatedSiteProber prober {harness.sim};
    InMemoryJournal journal;
    SiteChecker checker {prober, journal, harness.clock};
};

TEST_F(DryRunSites, EveryAccountHasSitesAndTheBuiltInScenarioAtLeastTwelveAddresses)
{
    const QList<SiteInfo> sites = harness.sim.sites();
    int addresses = 0;
    for (const sim::ScenarioAccount &account : harness.scenario.accounts) {
        const QList<SiteInfo> own = sitesOfAccount(sites, account.id, 0);
        EXPECT_FALSE(own.isEmpty()) << account.name.toStdString();
        for (const SiteInfo &site : own)
            addresses += int(site.addresses.size());
    }
    EXPECT_GE(addresses, 12);
}

TEST_F(DryRunSites, SameAfterTheMigrationExceptTheMongoDbAccountsSite)
{
    const QHash<QString, SiteCheckResult> before = checkAll(SiteChecker::Mode::RecordBaseline);
    ASSERT_GE(before.size(), 12);
    for (const SiteCheckResult &result : before)
        EXPECT_EQ(result.verdict, SiteVerdict::Baseline) << result.address.toStdString();

    harness.makeTransitReady();
    harness.migrateEveryAccount();
    const QHash<QString, SiteCheckResult> after = checkAll(SiteChecker::Mode::Compare);
    for (const SiteCheckResult &result : after) {
        const bool legacy = result.accountName == u"acme-legacy"_s;
        EXPECT_EQ(result.verdict, legacy ? SiteVerdict::Broken : SiteVerdict::Same)
            << result.address.toStdString() << ": " << result.details.toStdString();
    }
    EXPECT_TRUE(after.value(u"legacy.acme.example"_s).details.contains(u"500"_s));

    // A rollback puts the old infrastructure back, and the site with it.
    ASSERT_TRUE(harness.act(u"acme-legacy"_s, AccountAction::Rollback).hasValue());
    ASSERT_TRUE(harness.runUntil([this] { return harness.account(u"acme-legacy"_s).status == AccountStatus::Idle; }));
    EXPECT_EQ(checkAll(SiteChecker::Mode::Compare).value(u"legacy.acme.example"_s).verdict, SiteVerdict::Same);
}

TEST_F(DryRunSites, AnAddressOutsideTheScenarioIsNotReached)
{
    std::unique_ptr<SiteProbeJob> job(prober.probe(u"www.example.org"_s));
    QSignalSpy finished(job.get(), &ApiJob::finished);
    ASSERT_TRUE(finished.wait(2000));
    EXPECT_EQ(job->value().failure, SiteObservation::Failure::Connection);
}

} // namespace
