#include "app/sim/SimHttpServer.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSimHttp, "passerelle.sim.http")

namespace passerelle::simhttp {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

// Header names are case-insensitive (RFC 9110).
QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReply detailReply(int status, const QString &detail)
{
    return HttpReply {status, QJsonDocument(contract::errorJson(detail)).toJson(QJsonDocument::Compact), {}};
}

bool isSafe(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

} // namespace

SimHttpServer::SimHttpServer(sim::ProviderSimulator &simulator, const Settings &settings, QObject *parent)
    : QAbstractHttpServer(parent), m_auth(settings.apiKey,
                                          [&simulator] {
                                              QStringList names;
                                              for (const sim::ScenarioAccount &account : simulator.scenario().accounts)
                                                  names << account.name;
                                              return names;
                                          }()),
      m_faults(settings.faults), m_router(simulator), m_rateLimit(settings.rateLimit)
{
    m_uptime.start();
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SimRequest simRequest {methodName(request.method()), request.url().path(), request.body(),
                                 header(request, contract::idempotencyKeyHeader()), QString()};
    // The Authorization header goes to the check only: it is never logged.
    const std::optional<HttpReply> reply = answer(simRequest, header(request, QByteArrayLiteral("Authorization")));
    if (!reply) {
        qCInfo(lcSimHttp).noquote() << simRequest.method << simRequest.path << "processed; dropping the connection";
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(0, this, [guarded] {
            if (guarded)
                guarded->abort();
        });
        return true;
    }
    qCInfo(lcSimHttp).noquote() << simRequest.method << simRequest.path << reply->status;
    send(socket, *reply);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    qCInfo(lcSimHttp).noquote() << methodName(request.method()) << request.url().path() << 404;
    send(socket, detailReply(404, tr("Not found.")));
}

std::optional<HttpReply> SimHttpServer::answer(const SimRequest &request, const QByteArray &authorization)
{
    m_faults.noteRequest(request.method, request.idempotencyKey);
    const SimAuth::Decision verdict = m_auth.check(authorization);
    if (std::optional<HttpReply> refused = admission(request, verdict))
        return refused;
    if (m_faults.failThisRequest())
        return detailReply(503, tr("Simulated server trouble: try again later."));
    SimRequest scoped = request;
    scoped.accountScope = verdict.accountScope;
    const HttpReply reply = m_router.route(scoped);
    if (request.method == "POST" && m_faults.dropAfterThisPost(request.idempotencyKey))
        return std::nullopt;
    return reply;
}

std::optional<HttpReply> SimHttpServer::admission(const SimRequest &request, const SimAuth::Decision &verdict)
{
    const RateLimiter::Kind kind = !verdict.accepted ? RateLimiter::Kind::Unauthenticated
        : isSafe(request.method)                     ? RateLimiter::Kind::Safe
                                                     : RateLimiter::Kind::Unsafe;
    if (m_rateLimit) {
        if (const int retryAfter = m_limiter.admit(kind, m_uptime.elapsed())) {
            HttpReply reply = detailReply(429, tr("Request was throttled."));
            reply.headers.append({contract::retryAfterHeader(), QByteArray::number(retryAfter)});
            return reply;
        }
    }
    if (!verdict.accepted) {
        HttpReply reply = detailReply(401, verdict.detail);
        reply.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"passerelle-sim\"")});
        return reply;
    }
    return std::nullopt;
}

void SimHttpServer::send(QTcpSocket *socket, const HttpReply &reply)
{
    const QByteArray bytes = serialize(reply);
    if (m_faults.latencyMs() <= 0) {
        socket->write(bytes);
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(m_faults.latencyMs(), this, [guarded, bytes] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            guarded->write(bytes);
    });
}

} // namespace passerelle::simhttp
