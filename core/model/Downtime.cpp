#include "core/model/Downtime.h"

#include <algorithm>

namespace passerelle::downtime {

Seconds forDatabaseBytes(qint64 databaseBytes)
{
    const qint64 bytes = std::max<qint64>(databaseBytes, 0);
    // Rounded up to the second: 60 s per GiB, computed in integers (bytes < 2^53 cannot overflow).
    const qint64 seconds = (bytes / kBytesPerGiB) * 60 + ((bytes % kBytesPerGiB) * 60 + kBytesPerGiB - 1) / kBytesPerGiB;
    return std::max(Seconds(seconds), kFloor);
}

Seconds forAccount(const AccountRecord &account)
{
    return forDatabaseBytes(account.databaseSize);
}

Seconds forAccounts(const AccountList &accounts)
{
    Seconds total{0};
    for (const AccountRecord &account : accounts)
        total += forAccount(account);
    return total;
}

Seconds forIpReroute(bool usesProviderDns)
{
    return usesProviderDns ? Seconds(0) : kIpReroute;
}

QDateTime estimatedEnd(const AccountRecord &account, const QDateTime &startIfUnknown)
{
    if (account.operationEstimatedEnd.isValid())
        return account.operationEstimatedEnd;
    const QDateTime start = account.operationStartedAt.isValid() ? account.operationStartedAt : startIfUnknown;
    return start.addSecs(forAccount(account).count());
}

QDateTime plausibleEnd(const QDateTime &providerStart, const QDateTime &providerEnd, const QDateTime &lastSeenRunning,
                       const QDateTime &seenEnded)
{
    if (!providerEnd.isValid() || !lastSeenRunning.isValid() || !seenEnded.isValid())
        return {};
    const qint64 skew = kClockSkew.count();
    if (providerEnd < lastSeenRunning.addSecs(-skew) || providerEnd > seenEnded.addSecs(skew))
        return {};
    if (providerStart.isValid() && providerStart > providerEnd)
        return {};
    return providerEnd;
}

} // namespace passerelle::downtime
