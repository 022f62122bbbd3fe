#include "core/sites/NetworkSiteProber.h"

#include "core/sites/SiteProbe.h"

#include <algorithm>

namespace passerelle::sites {

// A probe job whose cancel() also stops its probe (and closes its connection).
class ProbeJob final : public SiteProbeJob
{
public:
    explicit ProbeJob(QString address) : m_address(std::move(address)) { }

    const QString &address() const { return m_address; }
    void setProbe(SiteProbe *probe) { m_probe = probe; }

protected:
    void aborted() override
    {
        if (m_probe)
            m_probe->deleteLater();
    }

private:
    QString m_address;
    QPointer<SiteProbe> m_probe;
};

NetworkSiteProber::NetworkSiteProber(ProbeSettings settings, QObject *parent)
    : SiteProber(parent), m_settings(std::move(settings))
{ }

SiteProbeJob *NetworkSiteProber::probe(const QString &address)
{
    auto *job = new ProbeJob(address);
    m_waiting.append(job);
    startNext();
    return job;
}

void NetworkSiteProber::startNext()
{
    while (m_running < std::max(1, m_settings.maxConnections) && !m_waiting.isEmpty()) {
        const QPointer<ProbeJob> job = m_waiting.takeFirst();
        if (!job || job->isFinished())
            continue; // deleted or cancelled while waiting
        // A child of its job: deleting or cancelling the job stops the probe.
        auto *probe = new SiteProbe(job->address(), m_settings, job);
        job->setProbe(probe);
        ++m_running;
        connect(probe, &QObject::destroyed, this, [this] {
            --m_running;
            startNext();
        });
        connect(probe, &SiteProbe::finished, job, [job, probe] {
            job->succeed(probe->observation());
            probe->deleteLater();
        });
        probe->start();
    }
}

} // namespace passerelle::sites
