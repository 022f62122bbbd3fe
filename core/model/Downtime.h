#pragma once

#include "core/model/AccountRecord.h"

#include <chrono>

namespace passerelle {

// The provider's rule of thumb: one minute of downtime per GiB of databases (docs/process.md,
// "Downtime"). An estimate, never a promise.
namespace downtime {

using Seconds = std::chrono::seconds;

inline constexpr qint64 kBytesPerGiB = qint64(1) << 30;
// Even an empty account is unavailable for "a few seconds".
inline constexpr Seconds kFloor{5};
// The client server's IPs are rerouted during the reinstall (step 6).
inline constexpr Seconds kIpReroute{60};

// One account's migration (and equally its move back in step 7).
Seconds forDatabaseBytes(qint64 databaseBytes);
Seconds forAccount(const AccountRecord &account);
// Accounts move one at a time, so a set's downtime is the sum of its accounts'.
Seconds forAccounts(const AccountList &accounts);
// The IP reroute of step 6: none when the customer uses the provider's DNS servers.
Seconds forIpReroute(bool usesProviderDns);
// When the running operation should end: the provider's estimate, else the rule of thumb from its
// start (`startIfUnknown` when the provider gave none) (admin-api.md, section B).
QDateTime estimatedEnd(const AccountRecord &account, const QDateTime &startIfUnknown);

// The provider's clock may differ a little from this computer's.
inline constexpr Seconds kClockSkew{60};
// The provider's end of an operation, if Passerelle's own polls allow it: not before the last
// poll that saw the operation running, not after the poll that saw it ended, not before its start
// (each within kClockSkew). Null ("not observed") otherwise, or when a time is missing
// (docs/process.md, "Downtime").
QDateTime plausibleEnd(const QDateTime &providerStart, const QDateTime &providerEnd, const QDateTime &lastSeenRunning,
                       const QDateTime &seenEnded);

} // namespace downtime
} // namespace passerelle
