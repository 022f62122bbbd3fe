// The JSON the contract's parties write: Passerelle's request bodies, and the provider's answers as
// the simulators serve them. Field names and status strings as in ApiContract.cpp, its reading side.
#include "core/api/ApiContract.h"

#include "core/api/StrictJson.h"
#include "core/model/Money.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::contract {

QByteArray supportRequestBody(const SupportRequest &request)
{
    QJsonObject object{{u"topic"_s, toString(request.topic)}, {u"message"_s, request.message}};
    if (request.topic == SupportTopic::Finalization)
        object.insert(u"finalization_by"_s, toString(request.finalizationBy));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray emptyActionBody() { return QByteArrayLiteral("{}"); }

QJsonObject toJson(const ServerInfo &server)
{
    return {{u"id"_s, server.id}, {u"name"_s, server.name}, {u"datacenter"_s, server.datacenter}};
}

QJsonObject toJson(const HostingAccount &account)
{
    return {{u"id"_s, account.id}, {u"name"_s, account.name}, {u"location_type"_s, account.locationType},
            {u"location_object"_s, account.locationObject}};
}

QJsonObject toJson(const DatabaseInfo &database)
{
    return {{u"id"_s, database.id}, {u"name"_s, database.name}, {u"type"_s, toString(database.type)},
            {u"account"_s, database.account}};
}

QJsonObject toJson(const SiteInfo &site)
{
    return {{u"id"_s, site.id}, {u"name"_s, site.name}, {u"type"_s, site.type},
            {u"addresses"_s, QJsonArray::fromStringList(site.addresses)}, {u"account"_s, site.account}};
}

QJsonObject toJson(const MigrationSummary &migration)
{
    return {{u"id"_s, migration.id}, {u"description"_s, migration.description}, {u"kind"_s, migration.kind},
            {u"deadline"_s, isoTimeOrNull(migration.deadline)}, {u"server"_s, migration.serverId}};
}

QJsonObject toJson(const MigrationDetail &migration)
{
    QJsonObject object = toJson(migration.summary);
    const TransitServer &transit = migration.transit;
    const auto nullIfEmpty = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    object.insert(u"server_daily_price"_s, formatDecimalCents(migration.serverDailyPrice.cents));
    object.insert(u"currency"_s, migration.serverDailyPrice.currency);
    object.insert(u"transit"_s, QJsonObject{{u"status"_s, toString(transit.status)},
                                            {u"name"_s, nullIfEmpty(transit.name)},
                                            {u"precopy_percent"_s, transit.precopyPercent},
                                            {u"requested_at"_s, isoTimeOrNull(transit.requestedAt)},
                                            {u"ready_at"_s, isoTimeOrNull(transit.readyAt)},
                                            {u"free_until"_s, isoTimeOrNull(transit.freeUntil)}});
    const ClientServer &client = migration.clientServer;
    object.insert(u"client_server"_s, QJsonObject{{u"status"_s, toString(client.status)},
                                                  {u"reinstall_started_at"_s, isoTimeOrNull(client.reinstallStartedAt)},
                                                  {u"reinstalled_at"_s, isoTimeOrNull(client.reinstalledAt)}});
    const Finalization &finalization = migration.finalization;
    object.insert(u"finalization"_s, QJsonObject{{u"by"_s, nullIfEmpty(toString(finalization.by))},
                                                 {u"free_until"_s, isoTimeOrNull(finalization.freeUntil)}});
    return object;
}

QJsonObject toJson(const AccountRecord &account)
{
    return {{u"account"_s, account.id},
            {u"name"_s, account.name},
            {u"database_size"_s, account.databaseSize},
            {u"files_size"_s, account.filesSize},
            {u"mail_size"_s, account.mailSize},
            {u"location"_s, toString(account.location)},
            {u"version"_s, toString(account.version)},
            {u"status"_s, toString(account.status)},
            {u"operation_started_at"_s, isoTimeOrNull(account.operationStartedAt)},
            {u"operation_estimated_end"_s, isoTimeOrNull(account.operationEstimatedEnd)},
            {u"operation_ended_at"_s, isoTimeOrNull(account.operationEndedAt)},
            {u"rollback_available"_s, account.rollbackAvailable},
            {u"last_error"_s, account.lastError.isEmpty() ? QJsonValue() : QJsonValue(account.lastError)}};
}

QJsonObject toJson(const SupportTicket &ticket)
{
    return {{u"id"_s, ticket.id}, {u"topic"_s, toString(ticket.topic)}, {u"created_at"_s, isoTimeOrNull(ticket.createdAt)}};
}

QJsonObject errorJson(const QString &detail)
{
    return {{u"detail"_s, detail}};
}

QJsonObject conflictJson(const QString &detail, AccountStatus currentStatus)
{
    return {{u"detail"_s, detail}, {u"status"_s, toString(currentStatus)}};
}

} // namespace passerelle::contract
