#include "ProviderRoutes.h"

#include "core/api/ApiContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {

namespace {

template<typename List> QByteArray arrayOf(const List &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(contract::toJson(item));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray objectOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void finishOperation(AccountRecord &account)
{
    switch (account.status) {
    case AccountStatus::Testing:
        account.status = AccountStatus::Tested;
        break;
    case AccountStatus::Migrating:
        account.status = AccountStatus::Migrated;
        account.location = Location::Transit;
        account.version = Version::New;
        account.rollbackAvailable = true;
        break;
    case AccountStatus::RollingBack:
        account.status = AccountStatus::Idle;
        account.location = Location::Client;
        account.version = Version::Old;
        break;
    case AccountStatus::MovingBack:
        account.status = AccountStatus::Done;
        account.location = Location::Client;
        break;
    default:
        return;
    }
    account.operationStartedAt = {};
}

} // namespace

ProviderRoutes ProviderRoutes::ready(int accountCount)
{
    ProviderRoutes routes;
    routes.detail.summary
        = {7, u"2024 software infrastructure"_s, u"private_cloud_required"_s,
           QDateTime(QDate(2027, 1, 31), QTime(23, 59, 59), QTimeZone::utc()), 12};
    routes.detail.serverDailyPrice = {420, u"EUR"_s};
    routes.detail.transit.status = TransitStatus::Ready;
    routes.detail.transit.name = u"transit-3"_s;
    routes.detail.transit.precopyPercent = 100;
    routes.detail.transit.requestedAt = QDateTime(QDate(2026, 11, 19), QTime(10, 0), QTimeZone::utc());
    routes.detail.transit.readyAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    routes.detail.transit.freeUntil = routes.detail.transit.readyAt.addDays(14);
    for (int i = 0; i < accountCount; ++i) {
        AccountRecord account;
        account.id = 301 + i;
        account.name = u"account-%1"_s.arg(i + 1);
        account.databaseSize = qint64(i + 1) << 20;
        routes.accounts.append(account);
    }
    routes.servers = {{12, u"vps-acme"_s, 1}};
    return routes;
}

Scripted ProviderRoutes::answer(const SeenRequest &request)
{
    const QString path = QString::fromLatin1(request.target).section(u'?', 0, 0);
    if (!path.startsWith(QLatin1String("/v1/")))
        return Scripted::json(404, QByteArrayLiteral(R"({"detail": "not here"})"));
    const contract::Route route = contract::parseRoute(path.mid(4));
    if (request.method == "POST" && route.kind == contract::Route::Kind::Action) {
        for (AccountRecord &account : accounts) {
            if (account.id != route.accountId)
                continue;
            account.status = runningStatusFor(route.action);
            account.operationStartedAt = QDateTime::currentDateTimeUtc();
            return Scripted::json(202, objectOf(contract::toJson(account)));
        }
        return Scripted::json(404, QByteArrayLiteral(R"({"detail": "no such account"})"));
    }
    if (request.method != "GET")
        return Scripted::json(405, QByteArrayLiteral(R"({"detail": "not here"})"));
    switch (route.kind) {
    case contract::Route::Kind::Servers:
        return Scripted::json(200, arrayOf(servers));
    case contract::Route::Kind::HostingAccounts:
        return Scripted::json(200, QByteArrayLiteral("[]"));
    case contract::Route::Kind::Databases:
        return Scripted::json(200, QByteArrayLiteral("[]"));
    case contract::Route::Kind::Sites:
        return Scripted::json(200, arrayOf(sites));
    case contract::Route::Kind::Migrations:
        return Scripted::json(200, arrayOf(QList<MigrationSummary> {detail.summary}));
    case contract::Route::Kind::Migration:
        return Scripted::json(200, objectOf(contract::toJson(detail)));
    case contract::Route::Kind::MigrationAccounts: {
        const QByteArray body = arrayOf(accounts);
        for (AccountRecord &account : accounts)
            finishOperation(account);
        return Scripted::json(200, body);
    }
    default:
        return Scripted::json(404, QByteArrayLiteral(R"({"detail": "unknown"})"));
    }
}

} // namespace passerelle::test
