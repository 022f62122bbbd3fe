#include "core/model/Billing.h"

#include <algorithm>

namespace passerelle::billing {

QDateTime transitFreeUntil(const QDateTime &readyAt)
{
    if (!readyAt.isValid())
        return {};
    // Fourteen days of 24 h, in UTC: calendar quirks (leap days, DST) cannot shorten them.
    return readyAt.toUTC().addSecs(kTransitFreeDays * kSecondsPerDay);
}

QDateTime transitFreeUntil(const TransitServer &transit)
{
    return transit.freeUntil.isValid() ? transit.freeUntil.toUTC() : transitFreeUntil(transit.readyAt);
}

qint64 billedDays(const QDateTime &freeUntil, const QDateTime &at)
{
    if (!freeUntil.isValid() || !at.isValid())
        return 0;
    const qint64 over = freeUntil.secsTo(at);
    if (over <= 0)
        return 0;
    return (over + kSecondsPerDay - 1) / kSecondsPerDay;
}

Money transitCost(const MigrationDetail &migration, const LocalFacts &facts, const QDateTime &now)
{
    const TransitServer &transit = migration.transit;
    Money cost{0, migration.serverDailyPrice.currency};
    if (!transit.readyAt.isValid() && !transit.freeUntil.isValid())
        return cost;
    // Billing stops when the transit server is given back.
    QDateTime end = now;
    if (transit.status == TransitStatus::Released && facts.transitReleasedSeenAt.isValid())
        end = std::min(now, facts.transitReleasedSeenAt);
    cost.cents = billedDays(transitFreeUntil(transit), end) * migration.serverDailyPrice.cents;
    return cost;
}

QDateTime finalizationFreeUntil(const QDateTime &reinstalledAt)
{
    if (!reinstalledAt.isValid())
        return {};
    return reinstalledAt.toUTC().addSecs(kCustomerFinalizationDays * kSecondsPerDay);
}

QDateTime finalizationFreeUntil(const MigrationDetail &migration)
{
    if (migration.finalization.freeUntil.isValid())
        return migration.finalization.freeUntil.toUTC();
    return finalizationFreeUntil(migration.clientServer.reinstalledAt);
}

QDateTime projectedTransitEnd(const MigrationSnapshot &snapshot, const QDateTime &now)
{
    const MigrationDetail &migration = snapshot.migration;
    if (!transitFreeUntil(migration.transit).isValid() || !now.isValid())
        return {};
    if (migration.transit.status == TransitStatus::Released)
        return now;
    const bool reinstalled = migration.clientServer.status == ClientServerStatus::Reinstalled;
    qint64 seconds = 0;
    for (const AccountRecord &account : snapshot.accounts) {
        const bool migrated = account.location == Location::Transit && account.version == Version::New;
        const bool back = account.location == Location::Client && account.version == Version::New;
        if (!reinstalled && !migrated)
            seconds += downtime::forAccount(account).count(); // still to migrate
        if (!back)
            seconds += downtime::forAccount(account).count(); // still to move back
    }
    if (!reinstalled) {
        qint64 reinstall = kUsualReinstallSeconds;
        const QDateTime started = migration.clientServer.reinstallStartedAt;
        if (migration.clientServer.status == ClientServerStatus::Reinstalling && started.isValid())
            reinstall = std::max<qint64>(0, kUsualReinstallSeconds - started.secsTo(now));
        seconds += reinstall;
    }
    return now.toUTC().addSecs(seconds);
}

Money projectedTransitCost(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QDateTime &now)
{
    const QDateTime end = projectedTransitEnd(snapshot, now);
    if (!end.isValid())
        return Money {0, snapshot.migration.serverDailyPrice.currency};
    return transitCost(snapshot.migration, facts, end);
}

qint64 secondsLeft(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid() || !now.isValid())
        return 0;
    return now.secsTo(deadline);
}

} // namespace passerelle::billing
