#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace passerelle::test {

// One request as it reached the server, byte for byte.
struct SeenRequest
{
    QByteArray method;
    QByteArray target; // "/v1/server/"
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qint64 receivedAtMs = 0; // since the epoch, by the system clock
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

// What the server does with one request.
struct Scripted
{
    enum class Fault {
        None,
        Hang, // read the request, never answer
        CloseAfterRequest, // read the request, close without a byte
        TruncatedBody, // announce Content-Length, send half, close
        StreamedHugeBody, // no Content-Length, stream `hugeBytes`, close
        TrickledHeaders, // the whole answer, one byte every `trickleMs`
        TrickledBody, // the headers at once, then the body one byte every `trickleMs`
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Fault fault = Fault::None;
    qint64 hugeBytes = 0;
    int trickleMs = 100;

    static Scripted json(int status, QByteArray body);
    static Scripted failing(Fault fault);
    Scripted &with(const QByteArray &name, const QByteArray &value);
};

// A small scriptable HTTP/1.1 server on 127.0.0.1 that injects faults: each request takes the next
// scripted answer (or asks the responder), and each answer closes its connection ("Connection:
// close"), so that every request a test counts is one the client chose to send. Raw sockets, so a
// test sees exactly what the client sent.
class FaultServer : public QObject
{
    Q_OBJECT

public:
    using Responder = std::function<Scripted(const SeenRequest &)>;

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    void enqueue(Scripted answer) { m_script.append(std::move(answer)); }
    // Used once the queue is empty.
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    const QList<SeenRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method) const;

Q_SIGNALS:
    void requestSeen();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const SeenRequest &request);
    void write(QTcpSocket *socket, const Scripted &answer);
    void trickle(QTcpSocket *socket, QByteArray bytes, int intervalMs);

    QTcpServer m_server;
    QList<Scripted> m_script;
    Responder m_responder;
    QList<SeenRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace passerelle::test
