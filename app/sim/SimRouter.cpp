#include "app/sim/SimRouter.h"

#include "core/model/TrContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::simhttp {
namespace {

using namespace Qt::Literals::StringLiterals;

PASSERELLE_TR_CONTEXT(SimHttpText);

HttpReply json(int status, const QJsonDocument &document)
{
    return HttpReply {status, document.toJson(QJsonDocument::Compact), {}};
}

HttpReply json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

template<typename List> HttpReply jsonList(const List &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(contract::toJson(item));
    return json(200, QJsonDocument(array));
}

HttpReply error(int status, const QString &detail)
{
    return json(status, contract::errorJson(detail));
}

HttpReply refused(const sim::Refusal &refusal)
{
    if (refusal.httpStatus == 409 && refusal.status)
        return json(409, contract::conflictJson(refusal.detail, *refusal.status));
    return error(refusal.httpStatus, refusal.detail);
}

HttpReply methodNotAllowed(const QByteArray &allowed)
{
    HttpReply reply = error(405, SimHttpText::tr("Method not allowed."));
    reply.headers.append({QByteArrayLiteral("Allow"), allowed});
    return reply;
}

bool isRead(contract::Route::Kind kind)
{
    return kind != contract::Route::Kind::Action && kind != contract::Route::Kind::SupportRequest;
}

} // namespace

HttpReply SimRouter::route(const SimRequest &request)
{
    if (std::optional<HttpReply> control = m_control.handle(request))
        return *control;
    const QString prefix = u"/v1/"_s;
    if (!request.path.startsWith(prefix))
        return error(404, SimHttpText::tr("Not found."));
    const contract::Route route = contract::parseRoute(request.path.mid(prefix.size()));
    if (route.kind == contract::Route::Kind::Unknown)
        return error(404, SimHttpText::tr("Not found."));
    if (isRead(route.kind))
        return request.method == "GET" ? read(route) : methodNotAllowed(QByteArrayLiteral("GET"));
    return request.method == "POST" ? act(route, request) : methodNotAllowed(QByteArrayLiteral("POST"));
}

HttpReply SimRouter::read(const contract::Route &route)
{
    switch (route.kind) {
    case contract::Route::Kind::Servers:
        return jsonList(m_simulator.servers());
    case contract::Route::Kind::HostingAccounts:
        return jsonList(m_simulator.hostingAccounts());
    case contract::Route::Kind::Databases:
        return jsonList(m_simulator.databases());
    case contract::Route::Kind::Sites:
        return jsonList(m_simulator.sites());
    case contract::Route::Kind::Migrations:
        return jsonList(m_simulator.migrations());
    case contract::Route::Kind::Migration: {
        const auto answer = m_simulator.migration(route.migrationId);
        return answer ? json(200, contract::toJson(answer.value())) : refused(answer.error());
    }
    case contract::Route::Kind::MigrationAccounts: {
        const auto answer = m_simulator.migrationAccounts(route.migrationId);
        if (!answer)
            return refused(answer.error());
        // The simulator hands out its own list, shared until it changes: while it is the one
        // served last, so are its bytes (most polls see no change, and 10,000 accounts are ~2 MB).
        if (!answer.value().isSharedWith(m_servedAccounts)) {
            m_servedAccounts = answer.value();
            m_servedAccountsReply = jsonList(m_servedAccounts);
        }
        return m_servedAccountsReply;
    }
    default:
        break;
    }
    return error(404, SimHttpText::tr("Not found."));
}

HttpReply SimRouter::act(const contract::Route &route, const SimRequest &request)
{
    if (request.idempotencyKey.isEmpty())
        return error(400, SimHttpText::tr("The Idempotency-Key header is required."));
    const QUuid key = QUuid::fromString(QString::fromLatin1(request.idempotencyKey));
    if (key.isNull())
        return error(400, SimHttpText::tr("The Idempotency-Key header must be a UUID."));

    if (route.kind == contract::Route::Kind::SupportRequest) {
        const Expected<SupportRequest> parsed = contract::parseSupportRequest(request.body);
        if (!parsed)
            return error(
                400,
                parsed.error().field.isEmpty()
                    ? SimHttpText::tr("The body must be a JSON object with a topic and a message.")
                    : SimHttpText::tr("Invalid support request: %1 is missing or invalid.").arg(parsed.error().field));
        const auto answer = m_simulator.requestSupport(route.migrationId, parsed.value(), key);
        return answer ? json(201, contract::toJson(answer.value())) : refused(answer.error());
    }
    if (!request.accountScope.isEmpty()) {
        for (const sim::ScenarioAccount &account : m_simulator.scenario().accounts) {
            if (account.id == route.accountId && account.name != request.accountScope)
                return error(403, SimHttpText::tr("This key acts on account %1 only.").arg(request.accountScope));
        }
    }
    const QByteArray body = request.body.trimmed();
    if (!body.isEmpty() && !QJsonDocument::fromJson(body).isObject())
        return error(400, SimHttpText::tr("The body must be a JSON object ({})."));
    const auto answer = m_simulator.startAction(route.migrationId, route.accountId, route.action, key);
    return answer ? json(202, contract::toJson(answer.value())) : refused(answer.error());
}

} // namespace passerelle::simhttp
