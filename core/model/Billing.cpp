#include "core/model/Billing.h"

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

qint64 secondsLeft(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid() || !now.isValid())
        return 0;
    return now.secsTo(deadline);
}

} // namespace passerelle::billing
