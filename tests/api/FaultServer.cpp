#include "FaultServer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 302:
        return "Found";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Parses one complete request from the front of `buffer`, removing it; false when incomplete.
bool takeRequest(QByteArray &buffer, SeenRequest &request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request = {};
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return true;
}

} // namespace

Scripted Scripted::json(int status, QByteArray body)
{
    Scripted answer;
    answer.status = status;
    answer.body = std::move(body);
    answer.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    return answer;
}

Scripted Scripted::failing(Fault fault)
{
    Scripted answer;
    answer.fault = fault;
    return answer;
}

Scripted &Scripted::with(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FaultServer::FaultServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

FaultServer::~FaultServer()
{
    // Sockets die with the QTcpServer, after the buffers: stop hearing from them first.
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FaultServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultServer::baseUrl() const
{
    return u"http://127.0.0.1:%1/v1/"_s.arg(port());
}

int FaultServer::count(const QByteArray &method) const
{
    int total = 0;
    for (const SeenRequest &request : m_requests)
        total += request.method == method ? 1 : 0;
    return total;
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    SeenRequest request;
    while (takeRequest(buffer, request)) {
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_requests.append(request);
        Q_EMIT requestSeen();
        answer(socket, request);
    }
}

void FaultServer::answer(QTcpSocket *socket, const SeenRequest &request)
{
    Scripted scripted = !m_script.isEmpty() ? m_script.takeFirst()
        : m_responder                       ? m_responder(request)
                                            : Scripted::json(404, QByteArrayLiteral(R"({"detail": "unscripted"})"));
    if (scripted.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(scripted.delayMs, this, [this, guard, scripted] {
            if (guard)
                write(guard, scripted);
        });
        return;
    }
    write(socket, scripted);
}

void FaultServer::write(QTcpSocket *socket, const Scripted &answer)
{
    using Fault = Scripted::Fault;
    if (answer.fault == Fault::Hang)
        return;
    if (answer.fault == Fault::CloseAfterRequest) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    if (answer.fault == Fault::StreamedHugeBody) {
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(QByteArray(answer.hugeBytes, '['));
        socket->disconnectFromHost();
        return;
    }
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (answer.fault == Fault::TrickledHeaders) {
        trickle(socket, head + answer.body, answer.trickleMs);
        return;
    }
    socket->write(head);
    if (answer.fault == Fault::TrickledBody) {
        trickle(socket, answer.body, answer.trickleMs);
        return;
    }
    if (answer.fault == Fault::TruncatedBody) {
        socket->write(answer.body.left(answer.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(answer.body);
    socket->disconnectFromHost();
}

// Never silent long enough for a transfer timeout, never done: only a total deadline ends it.
void FaultServer::trickle(QTcpSocket *socket, QByteArray bytes, int intervalMs)
{
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, sent = qsizetype(0)]() mutable {
        if (sent == bytes.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(bytes.mid(sent++, 1));
    });
    timer->start(intervalMs);
}

} // namespace passerelle::test
