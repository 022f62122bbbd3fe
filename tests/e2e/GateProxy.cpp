#include "tests/e2e/GateProxy.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::e2e {
namespace {

// A request line of one of the four account actions (docs/contract.md, "Actions").
bool isActionPost(const QByteArray &bytes)
{
    static const QRegularExpression line(
        u"^POST /v1/migration/\\d+/account/\\d+/(test|migrate|rollback|move_back)/ HTTP"_s,
        QRegularExpression::MultilineOption);
    return line.match(QString::fromLatin1(bytes)).hasMatch();
}

QByteArray idempotencyKey(const QByteArray &bytes)
{
    static const QRegularExpression header(u"^Idempotency-Key: *([^\\r\\n]+)"_s,
                                           QRegularExpression::MultilineOption
                                               | QRegularExpression::CaseInsensitiveOption);
    return header.match(QString::fromLatin1(bytes)).captured(1).toLatin1();
}

} // namespace

GateProxy::GateProxy(quint16 upstreamPort, Mode mode, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort), m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &GateProxy::onNewConnection);
}

GateProxy::~GateProxy()
{
    for (Pair *pair : std::as_const(m_pairs)) {
        for (QTcpSocket *socket : {pair->client.data(), pair->upstream.data()}) {
            if (socket) {
                socket->disconnect();
                delete socket;
            }
        }
        delete pair;
    }
}

bool GateProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void GateProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *pair = new Pair;
        m_pairs.append(pair);
        pair->client = client;
        client->setParent(this);
        // A shut gate holds new connections too: they wait, unanswered, until the kill.
        if (m_shut)
            continue;
        auto *upstream = new QTcpSocket(this);
        pair->upstream = upstream;
        connect(upstream, &QTcpSocket::connected, this, [pair] {
            pair->upstream->write(pair->pendingToUpstream);
            pair->pendingToUpstream.clear();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [pair] {
            if (pair->client)
                pair->client->write(pair->upstream->readAll());
        });
        connect(upstream, &QTcpSocket::disconnected, this, [this, pair] { onUpstreamClosed(pair); });
        connect(client, &QTcpSocket::readyRead, this, [this, pair] { relayFromClient(pair); });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        relayFromClient(pair);
    }
}

void GateProxy::relayFromClient(Pair *pair)
{
    if (m_shut || !pair->client)
        return; // held: read nothing, relay nothing
    const QByteArray bytes = pair->client->readAll();
    if (bytes.isEmpty())
        return;
    if (isActionPost(bytes)) {
        m_actionPostKeys.append(idempotencyKey(bytes));
        if (m_mode == Mode::HoldActionPost) {
            shut();
            return;
        }
        pair->carriesActionPost = true;
    }
    if (pair->upstream && pair->upstream->state() == QAbstractSocket::ConnectedState)
        pair->upstream->write(bytes);
    else
        pair->pendingToUpstream += bytes;
}

void GateProxy::onUpstreamClosed(Pair *pair)
{
    // The simulator closed the POST's connection without answering: it processed it (--drop-after-post).
    if (m_mode == Mode::HoldAfterProcessedPost && pair->carriesActionPost && !m_shut) {
        shut();
        return; // the client's side stays open and unanswered
    }
    if (!m_shut && pair->client)
        pair->client->disconnectFromHost();
}

void GateProxy::shut()
{
    m_shut = true;
    Q_EMIT gateShutNow();
}

} // namespace passerelle::e2e
