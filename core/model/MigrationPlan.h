#pragma once

#include "core/model/MigrationQueue.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/Step.h"

#include <QDateTime>
#include <QList>

namespace passerelle {

// What is still ahead: the accounts still to move in the order they would go, one after another
// from now (to the transit server, or back to the client server once step 7 has come), and the
// dates that end the free periods and the migration. Unknown dates are null.
struct MigrationPlan
{
    bool movingBack = false;
    QList<MigrationQueue::PlannedEntry> schedule;
    downtime::Seconds totalDowntime {0};
    QDateTime transitFreeUntil;
    QDateTime finalizationFreeUntil;
    QDateTime deadline;

    // When the last planned downtime ends; null when nothing is left to move.
    QDateTime end() const { return schedule.isEmpty() ? QDateTime() : schedule.constLast().end; }
    // The plan cannot be kept: done back to back from now, it ends after the provider's deadline.
    bool endsAfterDeadline() const { return deadline.isValid() && end().isValid() && end() > deadline; }
};

// The warning every view of the plan shows when endsAfterDeadline(); empty otherwise.
QString deadlineWarning(const MigrationPlan &plan);

MigrationPlan planMigration(const MigrationSnapshot &snapshot, Step step, const QDateTime &now);

} // namespace passerelle
