#pragma once

#include "core/sites/ProbeSettings.h"
#include "core/sites/SiteObservation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace passerelle::sites {

class SiteFetch;

// Checks one address as a browser would open it: https first, http when https cannot even connect,
// redirects followed one by one (http and https only, never in a loop, at most maxRedirects), all
// within one deadline however slowly a server answers. A refused certificate is a finding: it is
// never retried over http. Finishes once with an observation.
class SiteProbe : public QObject
{
    Q_OBJECT

public:
    SiteProbe(QString address, ProbeSettings settings, QObject *parent = nullptr);

    void start();
    const SiteObservation &observation() const { return m_observation; }

Q_SIGNALS:
    void finished();

private:
    void fetch(const QUrl &url);
    void onFetched();
    void followRedirect(const QByteArray &location);
    bool fallBackToHttp();
    void onDeadline();
    void fail(SiteObservation::Failure failure, const QString &detail);
    void finish();

    ProbeSettings m_settings;
    SiteObservation m_observation;
    QPointer<SiteFetch> m_fetch;
    QUrl m_url;
    QSet<QString> m_visited;
    int m_redirects = 0;
    bool m_fellBackToHttp = false;
    bool m_finished = false;
    QTimer m_deadline;
    QTimer m_connectTimer;
    QElapsedTimer m_elapsed;
};

} // namespace passerelle::sites
