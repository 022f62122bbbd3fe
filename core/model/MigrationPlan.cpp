#include "core/model/MigrationPlan.h"

#include "core/model/Billing.h"

namespace passerelle {

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

} // namespace passerelle
