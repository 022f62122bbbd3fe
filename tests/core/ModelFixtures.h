#pragma once

// Builders for snapshots at a given point of the process, shared by the rule tests.

#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace passerelle::fixtures {

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

inline AccountRecord makeAccount(qint64 id, const QString &name, Location location = Location::Client,
                                 Version version = Version::Old, AccountStatus status = AccountStatus::Idle)
{
    AccountRecord account;
    account.id = id;
    account.name = name;
    account.location = location;
    account.version = version;
    account.status = status;
    account.rollbackAvailable = location == Location::Transit;
    return account;
}

// A scenario under test: the provider's snapshot and the customer's facts, both editable.
struct World
{
    MigrationSnapshot snapshot;
    LocalFacts facts;
    QSet<qint64> inFlight; // accounts with an action on its way

    AccountRecord &at(int index) { return snapshot.accounts[index]; }
};

using Setup = std::function<void(World &)>;

// Three accounts (ids 1..3: "alpha", "bravo", "charlie") on the client server, nothing requested.
inline World freshWorld()
{
    World world;
    world.snapshot.migration.summary.id = 7;
    world.snapshot.migration.serverDailyPrice = Money {420, QStringLiteral("EUR")};
    world.snapshot.accounts = {makeAccount(1, QStringLiteral("alpha")), makeAccount(2, QStringLiteral("bravo")),
                               makeAccount(3, QStringLiteral("charlie"))};
    return world;
}

inline void confirmAllReady(World &world)
{
    for (const AccountRecord &account : world.snapshot.accounts)
        world.facts.confirmedReady.insert(account.id);
}

inline void transitReady(World &world)
{
    confirmAllReady(world);
    world.facts.transitRequestSent = true;
    TransitServer &transit = world.snapshot.migration.transit;
    transit.status = TransitStatus::Ready;
    transit.name = QStringLiteral("transit-3");
    transit.precopyPercent = 100;
    transit.requestedAt = utc("2026-12-01T09:00:00Z");
    transit.readyAt = utc("2026-12-01T15:00:00Z");
}

inline void migrate(AccountRecord &account)
{
    account.location = Location::Transit;
    account.version = Version::New;
    account.status = AccountStatus::Migrated;
    account.rollbackAvailable = true;
}

inline void allMigrated(World &world)
{
    transitReady(world);
    for (AccountRecord &account : world.snapshot.accounts)
        migrate(account);
}

inline void allVerified(World &world)
{
    allMigrated(world);
    for (const AccountRecord &account : world.snapshot.accounts)
        world.facts.verified.insert(account.id);
}

inline void reinstallRequested(World &world)
{
    allVerified(world);
    world.facts.reinstallRequestSent = true;
    world.snapshot.migration.clientServer.status = ClientServerStatus::ReinstallRequested;
    for (AccountRecord &account : world.snapshot.accounts)
        account.rollbackAvailable = false;
}

inline void reinstalling(World &world)
{
    reinstallRequested(world);
    world.snapshot.migration.clientServer.status = ClientServerStatus::Reinstalling;
    world.snapshot.migration.clientServer.reinstallStartedAt = utc("2026-12-03T14:00:00Z");
}

inline void reinstalled(World &world)
{
    reinstalling(world);
    world.snapshot.migration.clientServer.status = ClientServerStatus::Reinstalled;
    world.snapshot.migration.clientServer.reinstalledAt = utc("2026-12-03T20:00:00Z");
}

inline void customerFinalizes(World &world)
{
    reinstalled(world);
    world.snapshot.migration.finalization.by = Finalizer::Customer;
    world.snapshot.migration.finalization.freeUntil = utc("2026-12-10T20:00:00Z");
}

inline void moveBack(AccountRecord &account)
{
    account.location = Location::Client;
    account.version = Version::New;
    account.status = AccountStatus::Done;
    account.rollbackAvailable = false;
}

inline World worldFrom(const Setup &setup)
{
    World world = freshWorld();
    if (setup)
        setup(world);
    return world;
}

// Named parameters print their name in gtest's output.
template<typename Case> std::string caseName(const ::testing::TestParamInfo<Case> &info)
{
    return std::string(info.param.name);
}

} // namespace passerelle::fixtures
