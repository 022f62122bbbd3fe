#pragma once

#include "core/sites/ProbeSettings.h"
#include "core/sites/SiteProber.h"

#include <QList>
#include <QPointer>

namespace passerelle::sites {

class ProbeJob;

// Checks addresses over the network, at most settings.maxConnections at once (each probe uses one
// connection at a time); the others wait their turn in order. It holds no cookie jar, no
// credential and no cache: every check starts from nothing.
class NetworkSiteProber final : public SiteProber
{
    Q_OBJECT

public:
    explicit NetworkSiteProber(ProbeSettings settings = {}, QObject *parent = nullptr);

    SiteProbeJob *probe(const QString &address) override;
    int running() const { return m_running; }

private:
    void startNext();

    ProbeSettings m_settings;
    QList<QPointer<ProbeJob>> m_waiting;
    int m_running = 0;
};

} // namespace passerelle::sites
