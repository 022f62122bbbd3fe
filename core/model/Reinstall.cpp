#include "core/model/Reinstall.h"

#include "core/model/Billing.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/TrContext.h"

#include <algorithm>
#include <chrono>

namespace passerelle::reinstall {
namespace {

PASSERELLE_TR_CONTEXT(ReinstallText);

} // namespace

QString whatToExpect(std::optional<bool> usesProviderDns)
{
    const QString noChange = ReinstallText::tr("Domains that do not use the provider's DNS servers need no A/AAAA "
                                               "change: the client server redirects them transparently.");
    if (!usesProviderDns.has_value())
        return ReinstallText::tr("During the reinstall, your server's IP addresses are rerouted to the transit "
                                 "server: about %1 of unavailability for them, none if your domains use the "
                                 "provider's DNS servers.")
                   .arg(format::duration(downtime::forIpReroute(false)))
            + u' ' + noChange;
    if (*usesProviderDns)
        return ReinstallText::tr("During the reinstall, your server's IP addresses are rerouted to the transit "
                                 "server. Your domains use the provider's DNS servers: no unavailability.")
            + u' ' + noChange;
    return ReinstallText::tr("During the reinstall, your server's IP addresses are rerouted to the transit server: "
                             "about %1 of unavailability for them.")
               .arg(format::duration(downtime::forIpReroute(false)))
        + u' ' + noChange;
}

Progress progress(const ClientServer &client, const QDateTime &now)
{
    const std::chrono::seconds usual(billing::kUsualReinstallSeconds);
    Progress result;
    if (client.status == ClientServerStatus::Reinstalled) {
        result.percent = 100;
        result.text = ReinstallText::tr("Reinstalled.");
        return result;
    }
    if (client.status == ClientServerStatus::Reinstalling && (!client.reinstallStartedAt.isValid() || !now.isValid())) {
        result.text = ReinstallText::tr("Reinstalling since a time the provider did not report (it usually takes %1).")
                          .arg(format::duration(usual));
        return result;
    }
    if (client.status != ClientServerStatus::Reinstalling) {
        result.text = ReinstallText::tr("Waiting for support to start the reinstall (it usually takes %1).")
                          .arg(format::duration(usual));
        return result;
    }
    const qint64 elapsed = std::max<qint64>(0, client.reinstallStartedAt.secsTo(now));
    if (elapsed >= usual.count()) {
        result.text = ReinstallText::tr("%1 so far: longer than the usual %2. Passerelle keeps checking.")
                          .arg(format::duration(std::chrono::seconds(elapsed)), format::duration(usual));
        return result;
    }
    result.percent = int(elapsed * 100 / usual.count());
    result.text = ReinstallText::tr("%1 of the usual %2.")
                      .arg(format::duration(std::chrono::seconds(elapsed)), format::duration(usual));
    return result;
}

} // namespace passerelle::reinstall
