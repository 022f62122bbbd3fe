#include "core/model/UnderWay.h"

#include "core/model/RuleText.h"
#include "core/model/TrContext.h"

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(UnderWay);

} // namespace

QStringList underWay(const MigrationSnapshot &snapshot, const QSet<qint64> &inFlight, int queuedNotStarted)
{
    QStringList lines;
    for (const AccountRecord &account : snapshot.accounts) {
        if (isRunning(account.status))
            lines << UnderWay::tr("%1 is %2 at the provider: the provider finishes it whether Passerelle is open or "
                                  "not.")
                         .arg(account.name, text::statusName(account.status));
        else if (inFlight.contains(account.id))
            lines << UnderWay::tr("An action for %1 was sent and its answer is not read yet: the provider may be "
                                  "running it.")
                         .arg(account.name);
    }
    if (queuedNotStarted > 0)
        lines << UnderWay::tr("%n account(s) of the queue have not started: they do not start while Passerelle is "
                              "closed.",
                              nullptr, queuedNotStarted);
    const TransitStatus transit = snapshot.migration.transit.status;
    if (transit == TransitStatus::Requested || transit == TransitStatus::WaitingForServer
        || transit == TransitStatus::Installing)
        lines << UnderWay::tr("Support is preparing your transit server: it goes on without Passerelle.");
    const ClientServerStatus client = snapshot.migration.clientServer.status;
    if (client == ClientServerStatus::ReinstallRequested || client == ClientServerStatus::Reinstalling)
        lines << UnderWay::tr("Support is reinstalling your server: it goes on without Passerelle.");
    return lines;
}

} // namespace passerelle
