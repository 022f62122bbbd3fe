#include "core/model/MigrationPlan.h"

#include "core/model/Billing.h"
#include "core/model/Format.h"
#include "core/model/TrContext.h"

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(PlanWarning);

} // namespace

MigrationPlan planMigration(const MigrationSnapshot &snapshot, Step step, const QDateTime &now)
{
    MigrationPlan plan;
    // Step 7 moves accounts back to the reinstalled client server; before it, they go to transit.
    plan.movingBack = step >= Step::Finalization;
    AccountList toMove;
    for (const AccountRecord &account : snapshot.accounts) {
        const bool moves = plan.movingBack ? account.location == Location::Transit
                                           : account.location == Location::Client && account.version == Version::Old;
        if (moves)
            toMove.append(account);
    }
    plan.schedule = MigrationQueue(toMove).plan(now);
    plan.totalDowntime = downtime::forAccounts(toMove);
    plan.transitFreeUntil = billing::transitFreeUntil(snapshot.migration.transit);
    plan.finalizationFreeUntil = billing::finalizationFreeUntil(snapshot.migration);
    plan.deadline = snapshot.migration.summary.deadline;
    return plan;
}

QString deadlineWarning(const MigrationPlan &plan)
{
    if (!plan.endsAfterDeadline())
        return {};
    return PlanWarning::tr("Warning: this plan ends on %1, after the migration deadline (%2). Even one account "
                             "after another without a pause, the downtimes do not fit: ask the provider's support "
                             "now.")
        .arg(format::dateTime(plan.end()), format::dateTime(plan.deadline));
}

} // namespace passerelle
