#pragma once

#include <QHostAddress>
#include <QList>

namespace passerelle::sites {

// The provider's list of sites must not make Passerelle probe the customer's own network: an
// address that is loopback, link-local (169.254/16, fe80::/10), private (RFC 1918, fc00::/7, and
// the shared 100.64/10), unspecified (0.0.0.0/8, ::), multicast or broadcast is not public. The
// check is on resolved addresses, so every spelling of them (2130706433, 127.1, a name that
// resolves there) is caught. Only the user's own --connect-to may send a probe there.
bool isPublicAddress(const QHostAddress &address);

// The first address that is not public, or a null address when all are public.
QHostAddress firstNonPublic(const QList<QHostAddress> &addresses);

} // namespace passerelle::sites
