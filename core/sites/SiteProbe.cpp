#include "core/sites/SiteProbe.h"

#include "core/api/HostName.h"
#include "core/sites/ConnectTo.h"
#include "core/sites/SiteFetch.h"
#include "core/sites/SitesLog.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites {
namespace {

PASSERELLE_TR_CONTEXT(SiteCheckText);

QString failureText(SiteObservation::Failure failure, const QString &detail)
{
    switch (failure) {
    case SiteObservation::Failure::Certificate:
        return SiteCheckText::tr("certificate: %1").arg(detail);
    case SiteObservation::Failure::Tls:
        return SiteCheckText::tr("TLS: %1").arg(detail);
    case SiteObservation::Failure::Connection:
        return SiteCheckText::tr("cannot connect: %1").arg(detail);
    case SiteObservation::Failure::Protocol:
        return SiteCheckText::tr("unreadable answer: %1").arg(detail);
    default:
        return detail;
    }
}

bool isWebScheme(const QString &scheme)
{
    return scheme == u"http"_s || scheme == u"https"_s;
}

} // namespace

SiteProbe::SiteProbe(QString address, ProbeSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_observation.address = std::move(address);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_connectTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SiteProbe::onDeadline);
    connect(&m_connectTimer, &QTimer::timeout, this, &SiteProbe::fallBackToHttp);
}

void SiteProbe::start()
{
    m_elapsed.start();
    m_deadline.start(m_settings.deadlineMs);
    if (!isPlausibleHostName(m_observation.address)) {
        fail(SiteObservation::Failure::Connection,
             SiteCheckText::tr("\"%1\" is not a host name").arg(m_observation.address));
        return;
    }
    // A closed or filtered https port must leave time to try http (half the deadline).
    m_connectTimer.start(m_settings.deadlineMs / 2);
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(m_observation.address);
    url.setPath(u"/"_s);
    fetch(url);
}

void SiteProbe::fetch(const QUrl &url)
{
    m_url = url;
    m_visited.insert(url.toString(QUrl::FullyEncoded));
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    SiteFetch::Request request;
    request.url = url;
    request.target = connectTarget(m_settings.connectTo, url.host(), quint16(url.port(defaultPort)));
    request.userMapped = hasRuleFor(m_settings.connectTo, url.host(), quint16(url.port(defaultPort)));
    request.tls = m_settings.tls;
    request.userAgent = m_settings.userAgent;
    request.bodyCap = m_settings.bodyCap;
    if (m_fetch)
        m_fetch->deleteLater();
    auto *created = new SiteFetch(std::move(request), this);
    m_fetch = created;
    // Queued: a fetch that fails at once still finishes after start() returns. One given up for
    // the http fallback may still finish: only the current one counts.
    connect(
        created, &SiteFetch::finished, this,
        [this, created] {
            if (created == m_fetch)
                onFetched();
        },
        Qt::QueuedConnection);
    created->start();
}

void SiteProbe::onFetched()
{
    if (m_finished)
        return;
    const SiteFetch::Result result = m_fetch->result();
    if (result.failure != SiteObservation::Failure::None) {
        if (!result.connected && fallBackToHttp())
            return;
        m_observation.certificateExpiry = result.certificateExpiry;
        fail(result.failure, failureText(result.failure, result.detail));
        return;
    }
    m_observation.finalUrl = m_url;
    m_observation.httpStatus = result.status;
    m_observation.tls = result.tls;
    m_observation.certificateExpiry = result.certificateExpiry;
    if (SiteFetch::isRedirect(result.status) && !result.location.isEmpty()) {
        followRedirect(result.location);
        return;
    }
    m_observation.title = result.title;
    m_observation.fingerprint = result.fingerprint;
    m_observation.bodySize = result.bodySize;
    m_observation.bodyTruncated = result.truncated;
    finish();
}

// As a browser: relative locations resolve against the current URL; the fragment and any user
// name or password in the location are dropped (nothing but the request line and Host are sent).
void SiteProbe::followRedirect(const QByteArray &location)
{
    QUrl next = m_url.resolved(QUrl(QString::fromUtf8(location), QUrl::TolerantMode));
    next.setFragment(QString());
    next.setUserInfo(QString());
    if (!next.isValid() || !isWebScheme(next.scheme())) {
        fail(SiteObservation::Failure::Redirect,
             SiteCheckText::tr("redirected to a non-web address (%1)").arg(QString::fromUtf8(location).left(100)));
        return;
    }
    if (!isPlausibleHost(next.host())) {
        fail(SiteObservation::Failure::Redirect, SiteCheckText::tr("redirected to an invalid address"));
        return;
    }
    if (m_visited.contains(next.toString(QUrl::FullyEncoded))) {
        fail(SiteObservation::Failure::Redirect, SiteCheckText::tr("redirect loop at %1").arg(next.toString()));
        return;
    }
    if (++m_redirects > m_settings.maxRedirects) {
        fail(SiteObservation::Failure::Redirect,
             SiteCheckText::tr("more than %n redirect(s)", nullptr, m_settings.maxRedirects));
        return;
    }
    fetch(next);
}

// https could not even connect (refused, unreachable, filtered): the site may serve http only.
bool SiteProbe::fallBackToHttp()
{
    const bool firstHttpsTry = m_url.scheme() == u"https"_s && m_visited.size() == 1 && !m_fellBackToHttp;
    if (m_finished || !firstHttpsTry || !m_fetch || m_fetch->isConnected())
        return false;
    m_fellBackToHttp = true;
    QUrl url = m_url;
    url.setScheme(u"http"_s);
    qCDebug(lcSites) << "no https connection to" << m_observation.address << "- trying http";
    fetch(url);
    return true;
}

void SiteProbe::onDeadline()
{
    fail(SiteObservation::Failure::Timeout,
         SiteCheckText::tr("no complete answer within %n second(s)", nullptr, (m_settings.deadlineMs + 999) / 1000));
}

void SiteProbe::fail(SiteObservation::Failure failure, const QString &detail)
{
    if (m_finished)
        return;
    m_observation.failure = failure;
    m_observation.failureDetail = detail;
    finish();
}

void SiteProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_observation.responseMs = m_elapsed.elapsed();
    m_deadline.stop();
    m_connectTimer.stop();
    if (m_fetch)
        m_fetch->deleteLater();
    qCDebug(lcSites) << m_observation.address << "answered" << m_observation.httpStatus << "in"
                     << m_observation.responseMs << "ms";
    Q_EMIT finished();
}

} // namespace passerelle::sites
