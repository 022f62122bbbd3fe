#pragma once

#include "core/sim/FieldReader.h"
#include "core/sim/Scenario.h"

#include <QSet>

namespace passerelle::sim::scenario {

// Reads `accounts[].sites` (optional) strictly: site ids and addresses are unique across the
// scenario, every address is a plausible host name. Every account gets sites: one without a
// `sites` list gets a default one named after it.
class SiteReader
{
public:
    void read(FieldReader &account, ScenarioAccount &out);
    void giveDefaultSites(QList<ScenarioAccount> &accounts);

private:
    QSet<qint64> m_ids;
    QSet<QString> m_addresses;
    QSet<qint64> m_accountsWithoutList;
};

} // namespace passerelle::sim::scenario
