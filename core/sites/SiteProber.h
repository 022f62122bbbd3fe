#pragma once

#include "core/api/ApiJob.h"
#include "core/sites/SiteObservation.h"

#include <QObject>
#include <QString>

namespace passerelle::sites {

// One address being checked. It succeeds with an observation even when the site is broken (that
// is a finding, not an error); it fails only when cancelled.
using SiteProbeJob = ValueJob<SiteObservation>;

// What checks a site's address: the network prober in the product, the simulator in a dry-run
// (which can never reach the network). The caller owns the job.
class SiteProber : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SiteProbeJob *probe(const QString &address) = 0;
};

} // namespace passerelle::sites
