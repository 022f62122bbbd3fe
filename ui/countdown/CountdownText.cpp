#include "ui/countdown/CountdownText.h"

#include "core/model/Billing.h"
#include "core/model/Format.h"
#include "core/model/ProcessRules.h"
#include "core/model/TrContext.h"

namespace passerelle::ui::countdown {
namespace {
PASSERELLE_TR_CONTEXT(Countdown);
} // namespace

QString transitFreePeriod(const MigrationDetail &migration, const LocalFacts &facts, const QDateTime &now)
{
    const QDateTime freeUntil = billing::transitFreeUntil(migration.transit);
    if (!freeUntil.isValid())
        return QString();
    const qint64 left = billing::secondsLeft(freeUntil, now);
    if (left > 0) {
        return Countdown::tr("Transit server free for %1 more (until %2).")
            .arg(format::timeLeft(std::chrono::seconds(left)), format::dateTime(freeUntil));
    }
    const Money cost = billing::transitCost(migration, facts, now);
    return Countdown::tr("The transit server's free period ended on %1. Cost so far: %2; each extra day costs %3.")
        .arg(format::dateTime(freeUntil), format::money(cost), format::money(migration.serverDailyPrice));
}

bool isTransitBilled(const MigrationDetail &migration, const QDateTime &now)
{
    const QDateTime freeUntil = billing::transitFreeUntil(migration.transit);
    return freeUntil.isValid() && migration.transit.status != TransitStatus::Released
        && billing::secondsLeft(freeUntil, now) <= 0;
}

QString transitProjection(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QDateTime &now)
{
    const QDateTime end = billing::projectedTransitEnd(snapshot, now);
    if (!end.isValid() || snapshot.migration.transit.status == TransitStatus::Released)
        return QString();
    const Money cost = billing::projectedTransitCost(snapshot, facts, now);
    const QString daily = format::money(snapshot.migration.serverDailyPrice);
    if (cost.cents == 0)
        return Countdown::tr("At the current pace (what is left to move, plus the reinstall's usual hours) you would "
                             "be done around %1, within the free period: no extra cost. Each day past it would cost %2.")
            .arg(format::dateTime(end), daily);
    return Countdown::tr("At the current pace (what is left to move, plus the reinstall's usual hours) you would be "
                         "done around %1: the transit server would cost %2 by then, %3 per extra day.")
        .arg(format::dateTime(end), format::money(cost), daily);
}

QString finalizationWeek(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QDateTime &now)
{
    if (snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return QString();
    // Only a customer who moves the accounts back has a week for it; support's finalization runs on
    // the transit server's free period (docs/process.md, "Money and deadlines").
    const Finalizer finalizer = rules::effectiveFinalizer(snapshot, facts);
    const QDateTime transitUntil = billing::transitFreeUntil(snapshot.migration.transit);
    const QDateTime week = billing::finalizationFreeUntil(snapshot.migration);
    if (finalizer == Finalizer::Nobody)
        return Countdown::tr("If you move the accounts back yourself, you have one week at no extra cost (until %1). "
                             "If support does it, the transit server's free period applies (until %2).")
            .arg(format::dateTime(week), format::dateTime(transitUntil));
    if (finalizer == Finalizer::Support)
        return Countdown::tr("Support moves the accounts back: the transit server's free period applies (until %1).")
            .arg(format::dateTime(transitUntil));
    const QDateTime until = week;
    if (!until.isValid())
        return QString();
    const qint64 left = billing::secondsLeft(until, now);
    if (left > 0) {
        return Countdown::tr("Your finalization week: %1 left to move every account back at no extra cost (until %2).")
            .arg(format::timeLeft(std::chrono::seconds(left)), format::dateTime(until));
    }
    return Countdown::tr("Your finalization week ended on %1: the transit server is now billed by the day.")
        .arg(format::dateTime(until));
}

QString migrationDeadline(const MigrationDetail &migration, const QDateTime &now)
{
    const QDateTime deadline = migration.summary.deadline;
    if (!deadline.isValid())
        return QString();
    const qint64 left = billing::secondsLeft(deadline, now);
    if (left > 0) {
        return Countdown::tr("Migration deadline: %1 (%2 left).")
            .arg(format::dateTime(deadline), format::timeLeft(std::chrono::seconds(left)));
    }
    return Countdown::tr("The migration deadline passed on %1.").arg(format::dateTime(deadline));
}

bool isRollbackOpen(const MigrationDetail &migration)
{
    return rules::isRollbackWindowOpen(migration);
}

QString rollbackBanner(const MigrationDetail &migration)
{
    if (rules::isRollbackWindowOpen(migration))
        return Countdown::tr("Rollback available until the reinstall starts.");
    const QDateTime since = migration.clientServer.reinstallStartedAt;
    if (since.isValid())
        return Countdown::tr("Rollback closed since %1.").arg(format::dateTime(since));
    return Countdown::tr("Rollback closed: the reinstall of the client server was requested.");
}

} // namespace passerelle::ui::countdown
