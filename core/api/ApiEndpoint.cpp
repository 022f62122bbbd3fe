#include "core/api/ApiEndpoint.h"

#include "core/model/TrContext.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

namespace {

PASSERELLE_TR_CONTEXT(ApiAddress);

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost) || address == QHostAddress(QHostAddress::LocalHostIPv6);
}

ApiError invalid(const char *text)
{
    return ApiError::make(ApiError::Kind::BadRequest, ApiAddress::tr(text));
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

Expected<ApiEndpoint> ApiEndpoint::fromString(const QString &baseUrl)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ApiAddress", "The API address is not a valid URL."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && !(scheme == u"http"_s && isLoopbackHost(url.host())))
        return invalid(
            QT_TRANSLATE_NOOP("ApiAddress", "The API address must use https (plain http only on this computer)."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return invalid(
            QT_TRANSLATE_NOOP("ApiAddress", "The API address must not contain a user name, a query or a fragment."));
    if (!url.path().endsWith(u"/v1/"_s))
        return invalid(QT_TRANSLATE_NOOP("ApiAddress", "The API address must end with /v1/."));
    return ApiEndpoint(url);
}

QString ApiEndpoint::completeTyped(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return trimmed;
    const QString path = url.path();
    if (path.isEmpty() || path == u"/"_s)
        url.setPath(u"/v1/"_s);
    else if (path.endsWith(u"/v1"_s))
        url.setPath(path + u'/');
    else
        return trimmed;
    return url.toString();
}

QUrl ApiEndpoint::resolve(const QString &relativePath) const
{
    // Paths are relative to ".../v1/"; a leading slash would escape the base path.
    QString path = relativePath;
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    QUrl relative;
    relative.setPath(path);
    return m_base.resolved(relative);
}

bool ApiEndpoint::isSameOrigin(const QUrl &url) const
{
    return url.scheme().compare(m_base.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0 && effectivePort(url) == effectivePort(m_base)
        && url.userInfo().isEmpty();
}

} // namespace passerelle
