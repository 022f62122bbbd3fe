#pragma once

#include "core/sim/ProviderSimulator.h"
#include "core/sites/SiteProber.h"

#include <QHash>

namespace passerelle::sim {

// The dry-run's web: site checks answered from the scenario and the simulated accounts' state,
// with no network code at all (a dry-run can never reach the internet). A site answers the same
// before and after a migration, except one the scenario marks `broken_after_migration`: it fails
// with a 500 while its account runs on the new infrastructure.
class SimulatedSiteProber final : public sites::SiteProber
{
    Q_OBJECT

public:
    explicit SimulatedSiteProber(ProviderSimulator &simulator, QObject *parent = nullptr);

    sites::SiteProbeJob *probe(const QString &address) override;

private:
    struct SitePlace
    {
        qsizetype account = 0; // in the scenario's accounts
        qsizetype site = 0; // in that account's sites
    };

    sites::SiteObservation answer(const QString &address);

    ProviderSimulator &m_simulator;
    // Each address (case-folded) to the first site that serves it, so that a probe reads no other site.
    QHash<QString, SitePlace> m_places;
};

} // namespace passerelle::sim
