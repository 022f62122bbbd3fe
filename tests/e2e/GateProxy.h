#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace passerelle::e2e {

// A TCP relay on 127.0.0.1 between passerelle-cli and passerelle-sim that can shut a gate at an
// exact point of the exchange, so that a SIGKILL lands deterministically (no timing guesses):
// - PassThrough: relays everything and records the Idempotency-Key of every action POST;
// - HoldAfterProcessedPost: relays the first action POST; once the simulator has closed that
//   connection (--drop-after-post: processed, no answer), nothing more from the client is relayed;
// - HoldActionPost: the first action POST never reaches the simulator, nor anything after it.
class GateProxy : public QObject
{
    Q_OBJECT

public:
    enum class Mode { PassThrough, HoldAfterProcessedPost, HoldActionPost };

    GateProxy(quint16 upstreamPort, Mode mode, QObject *parent = nullptr);
    ~GateProxy() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    bool gateShut() const { return m_shut; }
    const QList<QByteArray> &actionPostKeys() const { return m_actionPostKeys; }

Q_SIGNALS:
    void gateShutNow();

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pendingToUpstream; // before the upstream connection is up
        bool carriesActionPost = false;
    };

    void onNewConnection();
    void relayFromClient(Pair *pair);
    void onUpstreamClosed(Pair *pair);
    void shut();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    Mode m_mode;
    bool m_shut = false;
    QList<QByteArray> m_actionPostKeys;
    QList<Pair *> m_pairs;
};

} // namespace passerelle::e2e
