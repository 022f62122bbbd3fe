#include "core/sites/SiteFetch.h"

#include "core/sites/PublicAddress.h"
#include "core/sites/SitesLog.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites {
namespace {

PASSERELLE_TR_CONTEXT(SiteCheckText);

// Qt reads at most this much ahead of us: memory stays flat however fast a server sends.
constexpr qint64 kReadBufferBytes = 64 * 1024;

bool isHttps(const QUrl &url)
{
    return url.scheme() == u"https"_s;
}

QByteArray hostHeader(const QUrl &url)
{
    const QString host = url.host();
    QByteArray value = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol ? '[' + host.toLatin1() + ']'
                                                                                      : QUrl::toAce(host);
    const int defaultPort = isHttps(url) ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        value += ':' + QByteArray::number(url.port());
    return value;
}

QByteArray requestTarget(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

} // namespace

SiteFetch::SiteFetch(Request request, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_reader(m_request.bodyCap)
{
    m_socket.setReadBufferSize(kReadBufferBytes);
    connect(&m_socket, &QAbstractSocket::connected, this, &SiteFetch::onConnected);
    connect(&m_socket, &QSslSocket::encrypted, this, &SiteFetch::sendRequest);
    connect(&m_socket, &QIODevice::readyRead, this, &SiteFetch::onReadyRead);
    connect(&m_socket, &QSslSocket::sslErrors, this, &SiteFetch::onSslErrors);
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, &SiteFetch::onError);
    connect(&m_socket, &QAbstractSocket::disconnected, this, &SiteFetch::onDisconnected);
}

// The socket must not call back into a half-destroyed fetch while it closes.
SiteFetch::~SiteFetch()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

bool SiteFetch::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

void SiteFetch::start()
{
    if (m_request.userMapped) {
        connectTo(m_request.target.host);
        return;
    }
    // Resolved here, checked, then connected by address: no packet reaches a private address,
    // and a name cannot resolve to a public address for the check and another for the connection.
    QHostInfo::lookupHost(m_request.target.host, this, &SiteFetch::onResolved);
}

void SiteFetch::onResolved(const QHostInfo &info)
{
    if (m_finished)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(SiteObservation::Failure::Connection, SiteCheckText::tr("unknown host: %1").arg(info.errorString()));
        return;
    }
    if (const QHostAddress internal = firstNonPublic(info.addresses()); !internal.isNull()) {
        qCInfo(lcSites) << "not probing" << m_request.target.host << "at" << internal.toString()
                        << ": not a public address";
        fail(SiteObservation::Failure::Connection,
             SiteCheckText::tr("refused: not a public address (%1); Passerelle probes the customer's own network "
                               "only when --connect-to asks for it")
                 .arg(internal.toString()));
        return;
    }
    connectTo(info.addresses().constFirst().toString());
}

void SiteFetch::connectTo(const QString &host)
{
    const quint16 port = m_request.target.port;
    if (!isHttps(m_request.url)) {
        m_socket.connectToHost(host, port);
        return;
    }
    QSslConfiguration tls = m_request.tls;
    // Whatever configuration is injected, the certificate is always checked (never bypassed).
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(tls);
    m_socket.connectToHostEncrypted(host, port, m_request.url.host());
}

void SiteFetch::onConnected()
{
    m_result.connected = true;
    if (!isHttps(m_request.url))
        sendRequest();
}

void SiteFetch::sendRequest()
{
    if (isHttps(m_request.url)) {
        m_result.tls = true;
        m_result.certificateExpiry = m_socket.peerCertificate().expiryDate().toUTC();
    }
    QByteArray request = "GET " + requestTarget(m_request.url) + " HTTP/1.1\r\n";
    request += "Host: " + hostHeader(m_request.url) + "\r\n";
    request += "User-Agent: " + m_request.userAgent + "\r\n";
    request += "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n";
    request += "Accept-Encoding: identity\r\n";
    request += "Connection: close\r\n\r\n";
    m_socket.write(request);
    m_requestSent = true;
}

void SiteFetch::onReadyRead()
{
    if (m_finished)
        return;
    m_reader.feed(m_socket.readAll());
    afterRead();
}

void SiteFetch::afterRead()
{
    using State = HttpResponseReader::State;
    if (m_reader.state() == State::Failed) {
        fail(SiteObservation::Failure::Protocol, m_reader.error());
        return;
    }
    // A redirect's body is of no use: its head says where to go.
    const bool redirect
        = m_reader.headComplete() && isRedirect(m_reader.status()) && !m_reader.header("location").isEmpty();
    if (m_reader.state() == State::Complete || redirect) {
        m_result.status = m_reader.status();
        m_result.location = m_reader.header("location");
        m_result.fingerprint = m_reader.body().fingerprint();
        m_result.title = m_reader.body().title();
        m_result.bodySize = m_reader.body().size();
        m_result.truncated = m_reader.truncated();
        finish();
    }
}

// Recorded for the finding; the handshake then fails, since these errors are never ignored.
void SiteFetch::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    m_result.certificateExpiry = m_socket.peerCertificate().expiryDate().toUTC();
}

void SiteFetch::onError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_requestSent) {
        endOfStream();
        return;
    }
    if (!m_sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError &sslError : std::as_const(m_sslErrors))
            reasons << sslError.errorString();
        reasons.removeDuplicates();
        fail(SiteObservation::Failure::Certificate, reasons.join(u"; "_s));
    } else if (error == QAbstractSocket::SslHandshakeFailedError
               || (m_result.connected && isHttps(m_request.url) && !m_requestSent)) {
        fail(SiteObservation::Failure::Tls, m_socket.errorString());
    } else {
        fail(SiteObservation::Failure::Connection, m_socket.errorString());
    }
}

void SiteFetch::onDisconnected()
{
    if (m_finished)
        return;
    if (m_requestSent)
        endOfStream();
    else
        fail(SiteObservation::Failure::Connection, SiteCheckText::tr("the server closed the connection"));
}

void SiteFetch::endOfStream()
{
    m_reader.feed(m_socket.readAll());
    if (m_reader.state() != HttpResponseReader::State::Complete)
        m_reader.finishStream();
    afterRead();
}

void SiteFetch::fail(SiteObservation::Failure failure, const QString &detail)
{
    if (m_finished)
        return;
    m_result.failure = failure;
    m_result.detail = detail;
    qCDebug(lcSites) << "fetch of" << m_request.url.toString() << "failed:" << detail;
    finish();
}

void SiteFetch::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_socket.disconnect(this);
    m_socket.abort();
    Q_EMIT finished();
}

} // namespace passerelle::sites
