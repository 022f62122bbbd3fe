#pragma once

#include "core/sim/ProviderSimulator.h"
#include "core/sim/ScenarioLoader.h"
#include "core/sim/VirtualClock.h"

#include <QUuid>

#include <functional>

namespace passerelle::sim::test {

// The built-in scenario on a frozen clock: time moves only when a test skips or advances it.
struct SimHarness
{
    static constexpr qint64 kMigrationId = 7;

    SimHarness();
    explicit SimHarness(Scenario custom);
    static Scenario defaultScenario();

    Scenario scenario;
    VirtualClock clock;
    ProviderSimulator sim;

    AccountRecord account(const QString &name);
    qint64 idOf(const QString &name) const;
    SimAnswer<AccountRecord> act(const QString &name, AccountAction action, const QUuid &key = QUuid::createUuid());
    SimAnswer<SupportTicket> ask(SupportTopic topic, Finalizer by = Finalizer::Nobody);
    MigrationDetail detail();
    // Skips from event to event until `done` holds; false if the events run out first.
    bool runUntil(const std::function<bool()> &done, int maxEvents = 2000);
    // Whole phases of the process, each asserting its own success.
    void makeTransitReady();
    void migrateEveryAccount();
    void reinstallClientServer();
};

} // namespace passerelle::sim::test
