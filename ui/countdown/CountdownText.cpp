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

QString finalizationWeek(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QDateTime &now)
{
    // Only a customer who moves the accounts back has a week for it (docs/process.md, "Money and deadlines").
    if (rules::effectiveFinalizer(snapshot, facts) != Finalizer::Customer)
        return QString();
    const QDateTime until = billing::finalizationFreeUntil(snapshot.migration);
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
