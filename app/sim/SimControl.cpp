#include "app/sim/SimControl.h"

#include "core/api/ApiContract.h"
#include "core/model/TrContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::simhttp {
namespace {

using namespace Qt::Literals::StringLiterals;

PASSERELLE_TR_CONTEXT(SimHttpText);

QJsonValue timestamp(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

HttpReply methodNotAllowed(const QByteArray &allowed)
{
    const QJsonObject body = contract::errorJson(SimHttpText::tr("Method not allowed."));
    return HttpReply {405, QJsonDocument(body).toJson(QJsonDocument::Compact), {{QByteArrayLiteral("Allow"), allowed}}};
}

} // namespace

QString SimControl::statsPath()
{
    return u"/sim/stats/"_s;
}

QString SimControl::skipPath()
{
    return u"/sim/skip/"_s;
}

std::optional<HttpReply> SimControl::handle(const SimRequest &request)
{
    if (request.path == statsPath())
        return request.method == "GET" ? stats() : methodNotAllowed(QByteArrayLiteral("GET"));
    if (request.path == skipPath()) {
        if (request.method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
        m_simulator.skipToNextEvent();
        // Only the clock: the per-account counts would make every skip cost the number of accounts.
        return HttpReply {200, QJsonDocument(clock()).toJson(QJsonDocument::Compact), {}};
    }
    return std::nullopt;
}

QJsonObject SimControl::clock()
{
    return QJsonObject {
        {u"now"_s, timestamp(m_simulator.clock().now())},
        {u"next_event_at"_s, timestamp(m_simulator.nextEventAt())},
        {u"time_scale"_s, m_simulator.clock().timeScale()},
    };
}

HttpReply SimControl::stats()
{
    static const QList<AccountAction> actions
        = {AccountAction::Test, AccountAction::Migrate, AccountAction::Rollback, AccountAction::MoveBack};
    QJsonArray counts;
    for (const sim::ScenarioAccount &account : m_simulator.scenario().accounts) {
        QJsonObject entry {{u"account"_s, account.id}};
        for (AccountAction action : actions)
            entry.insert(contract::toString(action), m_simulator.actionCount(account.id, action));
        counts.append(entry);
    }
    QJsonObject body = clock();
    body.insert(u"actions"_s, counts);
    return HttpReply {200, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

} // namespace passerelle::simhttp
