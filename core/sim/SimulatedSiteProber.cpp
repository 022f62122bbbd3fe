#include "core/sim/SimulatedSiteProber.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sim {
namespace {

PASSERELLE_TR_CONTEXT(ProviderText);

QByteArray fingerprintOf(const QString &page)
{
    return QCryptographicHash::hash(page.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace

SimulatedSiteProber::SimulatedSiteProber(ProviderSimulator &simulator, QObject *parent)
    : sites::SiteProber(parent), m_simulator(simulator)
{
    const QList<ScenarioAccount> &accounts = simulator.scenario().accounts;
    for (qsizetype account = 0; account < accounts.size(); ++account) {
        const QList<ScenarioSite> &sites = accounts.at(account).sites;
        for (qsizetype site = 0; site < sites.size(); ++site) {
            for (const QString &address : sites.at(site).addresses) {
                const QString key = address.toCaseFolded();
                if (!m_places.contains(key)) // the first site with the address answers, as in a walk
                    m_places.insert(key, SitePlace {account, site});
            }
        }
    }
}

sites::SiteProbeJob *SimulatedSiteProber::probe(const QString &address)
{
    auto *job = new sites::SiteProbeJob();
    job->succeed(answer(address));
    return job;
}

sites::SiteObservation SimulatedSiteProber::answer(const QString &address)
{
    sites::SiteObservation observation;
    observation.address = address;
    const auto place = m_places.constFind(address.toCaseFolded());
    if (place != m_places.cend()) {
        const ScenarioAccount &account = m_simulator.scenario().accounts.at(place->account);
        const ScenarioSite &site = account.sites.at(place->site);
        const AccountRecord *state = m_simulator.accountNow(account.id);
        const bool broken = site.brokenAfterMigration && state && state->version == Version::New;
        // Stable answers: the same page for the same site, a little over 8 KiB, 80 to 200 ms.
        const QByteArray digest = QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha256);
        const quint32 seed = quint32(quint8(digest[0])) << 8 | quint8(digest[1]);
        observation.finalUrl = QUrl(u"https://"_s + address + u'/');
        observation.httpStatus = broken ? 500 : 200;
        observation.tls = true;
        observation.certificateExpiry = m_simulator.clock().now().addDays(60);
        observation.title = broken ? u"500 Internal Server Error"_s : site.name;
        const QString page = broken ? observation.title : site.name + u' ' + address;
        observation.fingerprint = fingerprintOf(page);
        observation.bodySize = broken ? 512 : 8 * 1024 + seed % 4096;
        observation.responseMs = 80 + seed % 120;
        return observation;
    }
    observation.failure = sites::SiteObservation::Failure::Connection;
    observation.failureDetail = ProviderText::tr("cannot connect: %1 is not a site of this rehearsal").arg(address);
    return observation;
}

} // namespace passerelle::sim
