#pragma once

#include "core/api/Expected.h"

#include <QString>
#include <QUrl>

#include <utility>

namespace passerelle {

// The API's base URL, checked once (docs/contract.md, "Addresses"): it ends with "/v1/", uses HTTPS, or
// plain HTTP only for a server on this machine (127.0.0.1, localhost, ::1); it carries no user
// info, query or fragment, so that credentials can never ride in a URL.
class ApiEndpoint
{
public:
    ApiEndpoint() = default; // empty: only for aggregates filled in later
    static Expected<ApiEndpoint> fromString(const QString &baseUrl);
    // What a person typed, completed the way they meant it: "https://api.example.com" and
    // ".../v1" both become ".../v1/". Anything else is returned trimmed, for fromString to judge.
    static QString completeTyped(const QString &typed);

    const QUrl &baseUrl() const { return m_base; }
    // `relativePath` comes from ApiContract (for example "migration/7/account/").
    QUrl resolve(const QString &relativePath) const;
    // Same scheme, host and port as the base URL: the only redirects followed (section C).
    bool isSameOrigin(const QUrl &url) const;

private:
    explicit ApiEndpoint(QUrl base) : m_base(std::move(base)) { }

    QUrl m_base;
};

} // namespace passerelle
