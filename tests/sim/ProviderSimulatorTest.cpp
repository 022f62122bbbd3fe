#include "core/model/Downtime.h"
#include "core/sim/WorkingHours.h"
#include "tests/sim/SimHarness.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::sim;
using namespace passerelle::sim::test;
using namespace Qt::Literals::StringLiterals;

TEST(ProviderSimulator, TransitServerGoesThroughEveryStatusWithRisingPrecopy)
{
    SimHarness h;
    EXPECT_EQ(h.detail().transit.status, TransitStatus::NotRequested);
    ASSERT_TRUE(h.ask(SupportTopic::TransitServer).hasValue());
    EXPECT_EQ(h.detail().transit.status, TransitStatus::Requested);
    EXPECT_EQ(h.detail().transit.requestedAt, h.scenario.start);
    ASSERT_TRUE(h.sim.skipToNextEvent());
    EXPECT_EQ(h.detail().transit.status, TransitStatus::WaitingForServer);
    ASSERT_TRUE(h.sim.skipToNextEvent());
    EXPECT_EQ(h.detail().transit.status, TransitStatus::Installing);
    EXPECT_EQ(h.detail().transit.precopyPercent, 0);

    const QDateTime readyAt = h.sim.nextEventAt();
    const qint64 install = h.clock.now().secsTo(readyAt);
    EXPECT_GE(install, 6 * 3600); // eight hours, +/- 15 %
    h.clock.advance(install / 2);
    const int halfway = h.detail().transit.precopyPercent;
    EXPECT_GE(halfway, 45);
    EXPECT_LE(halfway, 55);
    h.clock.advance(install / 4);
    EXPECT_GT(h.detail().transit.precopyPercent, halfway);

    ASSERT_TRUE(h.sim.skipToNextEvent());
    const TransitServer transit = h.detail().transit;
    EXPECT_EQ(transit.status, TransitStatus::Ready);
    EXPECT_EQ(transit.precopyPercent, 100);
    EXPECT_EQ(transit.readyAt, readyAt);
    EXPECT_EQ(transit.freeUntil, readyAt.addDays(14));
    EXPECT_FALSE(h.sim.nextEventAt().isValid());
}

TEST(ProviderSimulator, OperationsFollowTheDowntimeRuleWithJitter)
{
    SimHarness h;
    h.makeTransitReady();
    const auto started = h.act(u"acme-analytics"_s, AccountAction::Migrate);
    ASSERT_TRUE(started.hasValue());
    const AccountRecord running = started.value();
    EXPECT_EQ(running.status, AccountStatus::Migrating);
    EXPECT_EQ(running.operationStartedAt, h.clock.now());
    // 40 GiB of databases: the provider's estimate is forty minutes.
    EXPECT_EQ(running.operationStartedAt.secsTo(running.operationEstimatedEnd), 40 * 60);
    const qint64 actual = h.clock.now().secsTo(h.sim.nextEventAt());
    EXPECT_GE(actual, 40 * 60 * 85 / 100);
    EXPECT_LE(actual, 40 * 60 * 115 / 100);

    ASSERT_TRUE(h.runUntil([&] { return h.account(u"acme-analytics"_s).status == AccountStatus::Migrated; }));
    const AccountRecord migrated = h.account(u"acme-analytics"_s);
    EXPECT_EQ(migrated.location, Location::Transit);
    EXPECT_EQ(migrated.version, Version::New);
    EXPECT_TRUE(migrated.rollbackAvailable);
    EXPECT_FALSE(migrated.operationStartedAt.isValid());
    EXPECT_FALSE(migrated.operationEstimatedEnd.isValid());
}

TEST(ProviderSimulator, DatabaseTestFailsFirstTimeOnlyOrAlwaysForMongoDb)
{
    SimHarness h;
    ASSERT_TRUE(h.act(u"acme-crm"_s, AccountAction::Test).hasValue());
    ASSERT_TRUE(h.act(u"acme-legacy"_s, AccountAction::Test).hasValue());
    ASSERT_TRUE(h.act(u"acme-shop"_s, AccountAction::Test).hasValue()); // tests run side by side
    ASSERT_TRUE(h.runUntil([&] { return !h.sim.nextEventAt().isValid(); }));
    EXPECT_EQ(h.account(u"acme-shop"_s).status, AccountStatus::Tested);
    EXPECT_EQ(h.account(u"acme-crm"_s).status, AccountStatus::TestFailed);
    EXPECT_TRUE(h.account(u"acme-crm"_s).lastError.contains(u"pg_trgm"_s));
    EXPECT_EQ(h.account(u"acme-legacy"_s).status, AccountStatus::TestFailed);
    EXPECT_TRUE(h.account(u"acme-legacy"_s).lastError.contains(u"MongoDB"_s));

    ASSERT_TRUE(h.act(u"acme-crm"_s, AccountAction::Test).hasValue());
    ASSERT_TRUE(h.act(u"acme-legacy"_s, AccountAction::Test).hasValue());
    ASSERT_TRUE(h.runUntil([&] { return !h.sim.nextEventAt().isValid(); }));
    EXPECT_EQ(h.account(u"acme-crm"_s).status, AccountStatus::Tested);
    EXPECT_TRUE(h.account(u"acme-crm"_s).lastError.isEmpty());
    EXPECT_EQ(h.account(u"acme-legacy"_s).status, AccountStatus::TestFailed);
    EXPECT_EQ(h.sim.actionCount(h.idOf(u"acme-crm"_s), AccountAction::Test), 2);
}

TEST(ProviderSimulator, SameKeyTwiceStartsOneOperation)
{
    SimHarness h;
    h.makeTransitReady();
    const QUuid key = QUuid::createUuid();
    const auto first = h.act(u"acme-shop"_s, AccountAction::Migrate, key);
    ASSERT_TRUE(first.hasValue());
    h.clock.advance(30);
    const auto again = h.act(u"acme-shop"_s, AccountAction::Migrate, key);
    ASSERT_TRUE(again.hasValue());
    EXPECT_EQ(again.value(), first.value());
    EXPECT_EQ(h.sim.actionCount(h.idOf(u"acme-shop"_s), AccountAction::Migrate), 1);
    EXPECT_EQ(h.account(u"acme-shop"_s).operationStartedAt, first.value().operationStartedAt);

    ASSERT_TRUE(h.runUntil([&] { return h.account(u"acme-shop"_s).status == AccountStatus::Migrated; }));
    const auto late = h.act(u"acme-shop"_s, AccountAction::Migrate, key);
    ASSERT_TRUE(late.hasValue()); // still the first answer, not a 409 "already on the transit server"
    EXPECT_EQ(late.value(), first.value());
    EXPECT_EQ(h.sim.actionCount(h.idOf(u"acme-shop"_s), AccountAction::Migrate), 1);
}

TEST(ProviderSimulator, SameSupportKeyTwiceGivesTheSameTicket)
{
    SimHarness h;
    SupportRequest request;
    request.topic = SupportTopic::TransitServer;
    const QUuid key = QUuid::createUuid();
    const auto first = h.sim.requestSupport(SimHarness::kMigrationId, request, key);
    const auto again = h.sim.requestSupport(SimHarness::kMigrationId, request, key);
    ASSERT_TRUE(first.hasValue());
    ASSERT_TRUE(again.hasValue());
    EXPECT_EQ(first.value(), again.value());
    request.topic = SupportTopic::Reinstall;
    EXPECT_EQ(h.sim.requestSupport(SimHarness::kMigrationId, request, key).error().httpStatus, 422);
}

TEST(ProviderSimulator, ScriptedMigrationFailureLeavesTheAccountOnTheClient)
{
    Scenario scenario = SimHarness::defaultScenario();
    scenario.accounts[1].migrateFailure = ScriptedFailure {u"Disk quota exceeded on transit-3"_s, true};
    SimHarness h(scenario);
    const QString blog = scenario.accounts[1].name;
    h.makeTransitReady();
    ASSERT_TRUE(h.act(blog, AccountAction::Migrate).hasValue());
    ASSERT_TRUE(h.runUntil([&] { return !isRunning(h.account(blog).status); }));
    const AccountRecord failed = h.account(blog);
    EXPECT_EQ(failed.status, AccountStatus::Failed);
    EXPECT_EQ(failed.location, Location::Client);
    EXPECT_EQ(failed.version, Version::Old);
    EXPECT_EQ(failed.lastError, u"Disk quota exceeded on transit-3"_s);

    ASSERT_TRUE(h.act(blog, AccountAction::Migrate).hasValue()); // a retry is allowed, and works
    ASSERT_TRUE(h.runUntil([&] { return !isRunning(h.account(blog).status); }));
    EXPECT_EQ(h.account(blog).status, AccountStatus::Migrated);
    EXPECT_TRUE(h.account(blog).lastError.isEmpty());
    EXPECT_EQ(h.sim.actionCount(h.idOf(blog), AccountAction::Migrate), 2);
}

// In process the session keeps the list the simulator answered: a change copies it, and the answer
// to an action is the account as it is now, not as the kept copy shows it.
TEST(ProviderSimulator, AnAcceptedActionAnswersTheRunningAccountWhileAClientKeepsTheOldList)
{
    SimHarness h;
    const AccountList kept = h.sim.migrationAccounts(SimHarness::kMigrationId).value();
    const auto started = h.act(u"acme-shop"_s, AccountAction::Test);
    ASSERT_TRUE(started.hasValue());
    EXPECT_EQ(started.value().status, AccountStatus::Testing);
    EXPECT_EQ(h.account(u"acme-shop"_s).status, AccountStatus::Testing);
    EXPECT_EQ(kept.constFirst().status, AccountStatus::Idle); // the client's copy is left alone
    // Refused while it runs: the simulator knows it is busy without reading the client's copy.
    const auto again = h.act(u"acme-shop"_s, AccountAction::Test);
    ASSERT_FALSE(again.hasValue());
    EXPECT_EQ(again.error().httpStatus, 409);
}

// Nothing changed, nothing copied: a client compares two answers by their identity first.
TEST(ProviderSimulator, UnchangedListsAreAnsweredSharedNotRebuilt)
{
    SimHarness h;
    const AccountList first = h.sim.migrationAccounts(SimHarness::kMigrationId).value();
    EXPECT_TRUE(h.sim.migrationAccounts(SimHarness::kMigrationId).value().isSharedWith(first));
    const QList<DatabaseInfo> databases = h.sim.databases();
    EXPECT_TRUE(h.sim.databases().isSharedWith(databases));
    EXPECT_FALSE(databases.isEmpty());
    EXPECT_TRUE(h.sim.sites().isSharedWith(h.sim.sites()));
    EXPECT_TRUE(h.sim.hostingAccounts().isSharedWith(h.sim.hostingAccounts()));
    ASSERT_TRUE(h.act(u"acme-shop"_s, AccountAction::Test).hasValue());
    EXPECT_FALSE(h.sim.migrationAccounts(SimHarness::kMigrationId).value().isSharedWith(first));
}
