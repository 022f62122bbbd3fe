#pragma once

#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace passerelle {

// Step 6 as the customer lives it (docs/process.md, "Downtime"; core/model/Billing for the usual hours).
namespace reinstall {

// What the reinstall means for the customer's sites: the IP reroute (about a minute, none with
// the provider's DNS) and no A/AAAA change for domains elsewhere. `usesProviderDns` unknown: both cases.
QString whatToExpect(std::optional<bool> usesProviderDns);

// How far the reinstall is against the usual hours: a percentage while it runs within them,
// nullopt (indeterminate) before it starts or once it takes longer than usual.
struct Progress
{
    std::optional<int> percent;
    QString text; // "2 h 10 min of the usual 6 h"
};
Progress progress(const ClientServer &client, const QDateTime &now);

} // namespace reinstall
} // namespace passerelle
