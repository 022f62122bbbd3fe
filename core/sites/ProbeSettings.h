#pragma once

#include "core/sites/ConnectTo.h"

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>

namespace passerelle::sites {

// How the site prober works; the defaults are the product's (issue: site checks, point 2).
struct ProbeSettings
{
    // The CA certificates to trust: the system's. Tests add their own CA to this copy only; the
    // prober checks certificates whatever this says.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<ConnectTo> connectTo;
    QByteArray userAgent = defaultUserAgent();
    int deadlineMs = 10 * 1000; // per address, redirects and the http fallback included
    int maxRedirects = 5;
    qint64 bodyCap = 2 * 1024 * 1024;
    int maxConnections = 4;

    // "Passerelle/<version> (site check)": a site's owner can tell who is knocking.
    static QByteArray defaultUserAgent() { return QByteArrayLiteral("Passerelle/" PASSERELLE_VERSION " (site check)"); }
};

} // namespace passerelle::sites
