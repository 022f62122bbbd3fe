#pragma once

#include "app/sim/FaultInjector.h"
#include "app/sim/HttpReply.h"
#include "app/sim/RateLimiter.h"
#include "app/sim/SimAuth.h"
#include "app/sim/SimRouter.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

namespace passerelle::simhttp {

// passerelle-sim's HTTP face. It subclasses QAbstractHttpServer rather than using QHttpServer's
// router because it needs the socket: --drop-after-post closes a connection without answering.
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Settings
    {
        QString apiKey;
        bool rateLimit = false;
        FaultInjector::Settings faults;
    };

    SimHttpServer(sim::ProviderSimulator &simulator, const Settings &settings, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // The reply, or nothing when the connection must be dropped instead.
    std::optional<HttpReply> answer(const SimRequest &request, const QByteArray &authorization);
    std::optional<HttpReply> admission(const SimRequest &request, const SimAuth::Decision &verdict);
    void send(QTcpSocket *socket, const HttpReply &reply);

    SimAuth m_auth;
    RateLimiter m_limiter;
    FaultInjector m_faults;
    SimRouter m_router;
    QElapsedTimer m_uptime;
    bool m_rateLimit;
};

} // namespace passerelle::simhttp
