#pragma once

#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QString>

namespace passerelle::ui {

// The sentences of the countdowns, each a pure function of the state and of "now" (from the
// injected clock), so that a test can pick any instant.
namespace countdown {

// Free period of the transit server, then its cost so far and per extra day. Empty before the
// transit server is ready.
QString transitFreePeriod(const MigrationDetail &migration, const LocalFacts &facts, const QDateTime &now);
// True once the transit server is billed (its free period is over and it is not given back).
bool isTransitBilled(const MigrationDetail &migration, const QDateTime &now);
// The cost projection at the current pace (core/model/Billing): when the customer would be done,
// and what keeping the transit server until then would cost. Empty before it is ready.
QString transitProjection(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QDateTime &now);
// Which free window applies to the finalization: the customer's week, or (support finalizing) the
// transit server's free period; before the choice, both. Empty before the reinstall is done.
QString finalizationWeek(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QDateTime &now);
// The migration's deadline and the time left before it.
QString migrationDeadline(const MigrationDetail &migration, const QDateTime &now);
// "Rollback available until the reinstall starts" / "Rollback closed since …".
QString rollbackBanner(const MigrationDetail &migration);
bool isRollbackOpen(const MigrationDetail &migration);

} // namespace countdown
} // namespace passerelle::ui
