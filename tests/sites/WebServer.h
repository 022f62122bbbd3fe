#pragma once

#include "core/sites/ConnectTo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace passerelle::sites::test {

// One request as a virtual host saw it.
struct WebRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool tls = false;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QByteArray host() const { return header("host").split(':').constFirst(); }
};

// What a virtual host answers.
struct WebAnswer
{
    enum class Delivery {
        Whole, // Content-Length, then the body
        Chunked, // Transfer-Encoding: chunked, in small chunks
        Hang, // read the request, never answer
        Trickle, // announce the length, then one byte every trickleMs
        Endless, // no length, stream until the client closes (or `streamBytes`)
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Whole;
    int trickleMs = 20;
    qint64 streamBytes = 64LL * 1024 * 1024;

    static WebAnswer page(const QByteArray &title, const QByteArray &text = "Welcome");
    static WebAnswer redirect(int status, const QByteArray &location);
    WebAnswer &with(const QByteArray &name, const QByteArray &value);
};

// A web server on 127.0.0.1 with virtual hosts chosen by the Host header, over plain HTTP and over
// TLS (a certificate for *.sites.test from the test CA), plus a TLS port whose certificate names
// another host. Every request is recorded; any credential a client sends (Authorization, Cookie)
// is counted, for the tests that prove none ever is.
class WebServer : public QObject
{
    Q_OBJECT

public:
    using Site = std::function<WebAnswer(const WebRequest &)>;

    explicit WebServer(QObject *parent = nullptr);
    ~WebServer() override;
    bool listen();

    quint16 httpPort() const { return m_http.serverPort(); }
    quint16 httpsPort() const { return m_https.serverPort(); }
    quint16 wrongHostPort() const { return m_wrongHost.serverPort(); }
    // A port on 127.0.0.1 where nothing listens.
    static quint16 closedPort();

    void setSite(const QByteArray &host, Site site) { m_sites.insert(host, std::move(site)); }
    const QList<WebRequest> &requests() const { return m_requests; }
    int requestsFor(const QByteArray &host) const;
    int credentialsSeen() const { return m_credentialsSeen; }
    qint64 bytesStreamed() const { return m_bytesStreamed; }
    int handshakesRefused() const { return m_handshakesRefused; }
    // The most connections that were open at the same time.
    int maxOpenConnections() const { return m_maxOpen; }

    // --connect-to rules that bring `host` to this server: https to the TLS port, http to the plain
    // one (or nowhere when `withHttps` / `withHttp` is false, so the port is closed).
    QList<ConnectTo> routes(const QString &host, bool withHttps = true, bool withHttp = true) const;
    // The system's CA certificates plus the test CA, for the test's prober only.
    static QSslConfiguration trustingTestCa();

Q_SIGNALS:
    void requestSeen();

private:
    void accept(QTcpServer &server, bool tls);
    void onReadyRead(QTcpSocket *socket, bool tls);
    void answer(QTcpSocket *socket, const WebAnswer &answer);
    // Sends more of an endless body; `total` >= 0 starts one.
    void stream(QTcpSocket *socket, qint64 total);

    QTcpServer m_http;
    QSslServer m_https;
    QSslServer m_wrongHost;
    QHash<QByteArray, Site> m_sites;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_streamLeft; // Endless answers: bytes still to send
    QList<WebRequest> m_requests;
    int m_credentialsSeen = 0;
    int m_handshakesRefused = 0;
    qint64 m_bytesStreamed = 0;
    int m_maxOpen = 0;
};

} // namespace passerelle::sites::test
