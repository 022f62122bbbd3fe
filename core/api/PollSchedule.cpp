#include "core/api/PollSchedule.h"

namespace passerelle::poll {

namespace {

// An operation expected to end within this is polled at the fastest pace, so its end shows at once.
constexpr qint64 kEndingSoonSeconds = 60;

bool isWaitingOnSupport(const MigrationDetail &migration)
{
    // The provider installs the transit server or reinstalls the client server: hours, not seconds.
    return migration.transit.status == TransitStatus::Requested
        || migration.transit.status == TransitStatus::WaitingForServer
        || migration.clientServer.status == ClientServerStatus::ReinstallRequested
        || migration.clientServer.status == ClientServerStatus::Reinstalling;
}

} // namespace

std::chrono::seconds nextInterval(const MigrationSnapshot &snapshot, const QDateTime &now)
{
    bool running = false;
    bool endingSoon = false;
    for (const AccountRecord &account : snapshot.accounts) {
        if (!isRunning(account.status))
            continue;
        running = true;
        const QDateTime &end = account.operationEstimatedEnd;
        if (!end.isValid() || now.secsTo(end) <= kEndingSoonSeconds)
            endingSoon = true;
    }
    if (running)
        return endingSoon ? kOperationEndingSoon : kOperationRunning;
    if (snapshot.migration.transit.status == TransitStatus::Installing)
        return kTransitInstalling;
    if (isWaitingOnSupport(snapshot.migration))
        return kWaitingOnSupport;
    return kNormal;
}

} // namespace passerelle::poll
