#pragma once

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
// Seconds from now to `deadline`; negative once passed. 0 for a null deadline.
qint64 secondsLeft(const QDateTime &deadline, const QDateTime &now);

} // namespace billing
} // namespace passerelle
