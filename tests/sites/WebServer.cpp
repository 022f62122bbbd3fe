#include "WebServer.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites::test {
namespace {

QByteArray readTlsFile(const char *name)
{
    QFile file(QStringLiteral(PASSERELLE_SITES_TLS_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslConfiguration serverConfiguration(const char *certificate, const char *key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(readTlsFile(certificate)));
    configuration.setPrivateKey(QSslKey(readTlsFile(key), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificate
    return configuration;
}

bool takeRequest(QByteArray &buffer, WebRequest &request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    buffer.remove(0, end + 4);
    return true;
}

} // namespace

WebAnswer WebAnswer::page(const QByteArray &title, const QByteArray &text)
{
    WebAnswer answer;
    answer.body = "<!doctype html>\n<html>\n  <head><title>" + title + "</title></head>\n  <body><p>" + text
        + "</p></body>\n</html>\n";
    answer.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")));
    return answer;
}

WebAnswer WebAnswer::redirect(int status, const QByteArray &location)
{
    WebAnswer answer;
    answer.status = status;
    answer.headers.append(qMakePair(QByteArrayLiteral("Location"), location));
    answer.body = "moved";
    return answer;
}

WebAnswer &WebAnswer::with(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

WebServer::WebServer(QObject *parent) : QObject(parent)
{
    m_https.setSslConfiguration(serverConfiguration("site-cert.pem", "site-key.pem"));
    m_wrongHost.setSslConfiguration(serverConfiguration("elsewhere-cert.pem", "elsewhere-key.pem"));
    accept(m_http, false);
    accept(m_https, true);
    accept(m_wrongHost, true);
    for (QSslServer *server : {&m_https, &m_wrongHost}) {
        connect(server, &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_handshakesRefused; });
    }
}

WebServer::~WebServer()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool WebServer::listen()
{
    return m_http.listen(QHostAddress::LocalHost, 0) && m_https.listen(QHostAddress::LocalHost, 0)
        && m_wrongHost.listen(QHostAddress::LocalHost, 0);
}

quint16 WebServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

int WebServer::requestsFor(const QByteArray &host) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&host](const WebRequest &request) { return request.host() == host; }));
}

QList<ConnectTo> WebServer::routes(const QString &host, bool withHttps, bool withHttp) const
{
    const quint16 closed = closedPort();
    return {*ConnectTo::parse(u"%1:443:127.0.0.1:%2"_s.arg(host).arg(withHttps ? httpsPort() : closed)),
            *ConnectTo::parse(u"%1:80:127.0.0.1:%2"_s.arg(host).arg(withHttp ? httpPort() : closed))};
}

QSslConfiguration WebServer::trustingTestCa()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromData(readTlsFile("ca-cert.pem")));
    return configuration;
}

void WebServer::accept(QTcpServer &server, bool tls)
{
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this, &server, tls] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            m_buffers.insert(socket, {});
            m_maxOpen = std::max(m_maxOpen, int(m_buffers.size()));
            connect(socket, &QIODevice::readyRead, this, [this, socket, tls] { onReadyRead(socket, tls); });
            connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                m_streamLeft.remove(socket);
                socket->deleteLater();
            });
            if (socket->bytesAvailable() > 0)
                onReadyRead(socket, tls);
        }
    });
}

void WebServer::onReadyRead(QTcpSocket *socket, bool tls)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    WebRequest request;
    while (takeRequest(buffer, request)) {
        request.tls = tls;
        if (request.headers.contains("authorization") || request.headers.contains("cookie"))
            ++m_credentialsSeen;
        m_requests.append(request);
        const auto site = m_sites.constFind(request.host());
        answer(socket,
               site != m_sites.constEnd() ? (*site)(request) : WebAnswer::page("No such site").with("X-Unknown", "1"));
        Q_EMIT requestSeen();
        request = {};
    }
}

void WebServer::answer(QTcpSocket *socket, const WebAnswer &answer)
{
    using Delivery = WebAnswer::Delivery;
    if (answer.delivery == Delivery::Hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n";
    switch (answer.delivery) {
    case Delivery::Whole:
        socket->write(head + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
        socket->disconnectFromHost();
        return;
    case Delivery::Chunked: {
        QByteArray body;
        for (qsizetype at = 0; at < answer.body.size(); at += 7) {
            const QByteArray chunk = answer.body.mid(at, 7);
            body += QByteArray::number(chunk.size(), 16) + ";ext=1\r\n" + chunk + "\r\n";
        }
        socket->write(head + "Transfer-Encoding: chunked\r\n\r\n" + body + "0\r\nX-Trailer: 1\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    case Delivery::Trickle: {
        socket->write(head + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n");
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = answer.body] {
            if (*sent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(answer.trickleMs);
        return;
    }
    case Delivery::Endless:
        socket->write(head + "\r\n");
        connect(socket, &QIODevice::bytesWritten, this, [this, socket] { stream(socket, -1); });
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            connect(tls, &QSslSocket::encryptedBytesWritten, this, [this, socket] { stream(socket, -1); });
        stream(socket, answer.streamBytes);
        return;
    case Delivery::Hang:
        return;
    }
}

// Keeps about 256 KiB in flight (encrypted or not), as long as the client reads.
void WebServer::stream(QTcpSocket *socket, qint64 total)
{
    if (total >= 0)
        m_streamLeft.insert(socket, total);
    if (!m_streamLeft.contains(socket))
        return;
    qint64 &left = m_streamLeft[socket];
    const auto *tls = qobject_cast<QSslSocket *>(socket);
    const auto inFlight = [socket, tls] { return socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0); };
    while (left > 0 && inFlight() < 256 * 1024 && socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 piece = std::min<qint64>(left, 64 * 1024);
        socket->write(QByteArray(piece, 'x'));
        left -= piece;
        m_bytesStreamed += piece;
    }
    if (left == 0) {
        m_streamLeft.remove(socket);
        socket->disconnectFromHost();
    }
}

} // namespace passerelle::sites::test
