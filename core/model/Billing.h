#pragma once

#include "core/model/Downtime.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/Money.h"

#include <QDateTime>

namespace passerelle {

// Money and deadlines (docs/process.md, "Money and deadlines"), all from a time given by the
// caller's injected clock.
namespace billing {

inline constexpr int kTransitFreeDays = 14;
inline constexpr int kCustomerFinalizationDays = 7;
inline constexpr qint64 kSecondsPerDay = 86400;

// The transit server is free until ready_at + 14 days.
QDateTime transitFreeUntil(const QDateTime &readyAt);
// The provider's free_until when it gave one, else ours.
QDateTime transitFreeUntil(const TransitServer &transit);
// Days billed at `at`: every started day past the free period counts in full.
qint64 billedDays(const QDateTime &freeUntil, const QDateTime &at);
// Cost of the transit server so far, at the client server's daily price.
Money transitCost(const MigrationDetail &migration, const LocalFacts &facts, const QDateTime &now);
// The customer finalizing themselves has one week from the reinstall: reinstalled_at + 7 days.
QDateTime finalizationFreeUntil(const QDateTime &reinstalledAt);
QDateTime finalizationFreeUntil(const MigrationDetail &migration);
// What support usually needs to reinstall a client server (the seed says "hours"; six is the
// provider's usual figure): the projection's allowance while the reinstall is not done.
inline constexpr qint64 kUsualReinstallSeconds = 6 * 3600;
// When the transit server can be given back at the current pace (docs/process.md, "Money and
// deadlines"): now, plus the estimated downtime of every account still to migrate, plus the
// reinstall's usual hours (what is left of them once it started), plus the estimated downtime of
// every account still to move back. Null before the transit server is ready.
QDateTime projectedTransitEnd(const MigrationSnapshot &snapshot, const QDateTime &now);
// What keeping the transit server until then costs past its free period (0 when in time).
Money projectedTransitCost(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QDateTime &now);
// Seconds from now to `deadline`; negative once passed. 0 for a null deadline.
qint64 secondsLeft(const QDateTime &deadline, const QDateTime &now);

} // namespace billing
} // namespace passerelle
