#include "tests/sim/SimHarness.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sim::test {
Scenario SimHarness::defaultScenario()
{
    const LoadedScenario loaded = scenario::loadDefault();
    if (!loaded) {
        ADD_FAILURE() << "the built-in scenario does not load: " << loaded.error().toStdString();
        return Scenario {};
    }
    return loaded.value();
}

SimHarness::SimHarness() : SimHarness(defaultScenario()) { }

SimHarness::SimHarness(Scenario custom) : scenario(std::move(custom)), clock(scenario.start, 0.0), sim(scenario, clock)
{ }

AccountRecord SimHarness::account(const QString &name)
{
    const auto answer = sim.migrationAccounts(kMigrationId);
    for (const AccountRecord &candidate : answer.value()) {
        if (candidate.name == name)
            return candidate;
    }
    ADD_FAILURE() << "no account " << name.toStdString();
    return {};
}

qint64 SimHarness::idOf(const QString &name) const
{
    for (const ScenarioAccount &candidate : scenario.accounts) {
        if (candidate.name == name)
            return candidate.id;
    }
    ADD_FAILURE() << "no account " << name.toStdString();
    return -1;
}

SimAnswer<AccountRecord> SimHarness::act(const QString &name, AccountAction action, const QUuid &key)
{
    return sim.startAction(kMigrationId, idOf(name), action, key);
}

SimAnswer<SupportTicket> SimHarness::ask(SupportTopic topic, Finalizer by)
{
    SupportRequest request;
    request.topic = topic;
    request.message = u"dry run"_s;
    request.finalizationBy = by;
    return sim.requestSupport(kMigrationId, request, QUuid::createUuid());
}

MigrationDetail SimHarness::detail()
{
    return sim.migration(kMigrationId).value();
}

bool SimHarness::runUntil(const std::function<bool()> &done, int maxEvents)
{
    for (int i = 0; i < maxEvents; ++i) {
        if (done())
            return true;
        if (!sim.skipToNextEvent())
            return done();
    }
    return done();
}

void SimHarness::makeTransitReady()
{
    ASSERT_TRUE(ask(SupportTopic::TransitServer).hasValue());
    ASSERT_TRUE(runUntil([this] { return detail().transit.status == TransitStatus::Ready; }));
}

void SimHarness::migrateEveryAccount()
{
    for (const ScenarioAccount &entry : scenario.accounts) {
        const auto answer = act(entry.name, AccountAction::Migrate);
        ASSERT_TRUE(answer.hasValue()) << entry.name.toStdString() << ": " << answer.error().detail.toStdString();
        ASSERT_TRUE(runUntil([&] { return account(entry.name).status == AccountStatus::Migrated; }));
    }
}

void SimHarness::reinstallClientServer()
{
    ASSERT_TRUE(ask(SupportTopic::Reinstall).hasValue());
    ASSERT_TRUE(runUntil([this] { return detail().clientServer.status == ClientServerStatus::Reinstalled; }));
}

} // namespace passerelle::sim::test
