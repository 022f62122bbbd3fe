#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace passerelle::sites {

// curl's --connect-to HOST:PORT:HOST2:PORT2: when a URL asks for HOST:PORT, connect to HOST2:PORT2
// instead, while the Host header, the TLS server name and the certificate check stay for HOST.
// An empty HOST or PORT matches any; an empty HOST2 or PORT2 keeps the URL's own. IPv6 addresses
// are written in brackets ("[::1]").
struct ConnectTo
{
    QString host; // lower case; empty: any host
    int port = 0; // 0: any port
    QString toHost; // empty: the URL's host
    int toPort = 0; // 0: the URL's port

    static std::optional<ConnectTo> parse(const QString &text);
};

struct ConnectTarget
{
    QString host;
    quint16 port = 0;
    friend bool operator==(const ConnectTarget &, const ConnectTarget &) = default;
};

// A plausible host name, or an IP address ("127.0.0.1", "::1"): where a connection may go.
bool isPlausibleHost(const QString &text);

// Where to connect for host:port: the first rule that matches, as curl does, else host:port itself.
ConnectTarget connectTarget(const QList<ConnectTo> &rules, const QString &host, quint16 port);
// True when one of the user's rules decides where host:port connects.
bool hasRuleFor(const QList<ConnectTo> &rules, const QString &host, quint16 port);

} // namespace passerelle::sites
