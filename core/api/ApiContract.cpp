// The provider's admin API, as Passerelle speaks it: every URL, field name and status string of
// docs/contract.md lives in this file (what Passerelle reads) and ApiContractJson.cpp (what is written).
#include "core/api/ApiContract.h"

#include "core/api/ApiLog.h"

#include "core/api/ContractDates.h"
#include "core/api/HostName.h"
#include "core/api/JsonMapping.h"
#include "core/api/StrictJson.h"
#include "core/model/Money.h"

#include <array>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::contract {
namespace {

using mapping::Fields;
using mapping::nameOf;
using mapping::Names;
using mapping::parseList;
using mapping::parseObject;
using mapping::Protocol;
using mapping::readEnum;
using mapping::requireIdentity;
using mapping::uniqueBy;
using mapping::valueOf;

constexpr Names<AccountStatus, 10> kAccountStatuses = {{
    {AccountStatus::Idle, "idle"_L1},
    {AccountStatus::Testing, "testing"_L1},
    {AccountStatus::Tested, "tested"_L1},
    {AccountStatus::TestFailed, "test_failed"_L1},
    {AccountStatus::Migrating, "migrating"_L1},
    {AccountStatus::Migrated, "migrated"_L1},
    {AccountStatus::RollingBack, "rolling_back"_L1},
    {AccountStatus::MovingBack, "moving_back"_L1},
    {AccountStatus::Done, "done"_L1},
    {AccountStatus::Failed, "failed"_L1},
}};
constexpr Names<TransitStatus, 6> kTransitStatuses = {{
    {TransitStatus::NotRequested, "not_requested"_L1},
    {TransitStatus::Requested, "requested"_L1},
    {TransitStatus::WaitingForServer, "waiting_for_server"_L1},
    {TransitStatus::Installing, "installing"_L1},
    {TransitStatus::Ready, "ready"_L1},
    {TransitStatus::Released, "released"_L1},
}};
constexpr Names<ClientServerStatus, 4> kClientStatuses = {{
    {ClientServerStatus::Original, "original"_L1},
    {ClientServerStatus::ReinstallRequested, "reinstall_requested"_L1},
    {ClientServerStatus::Reinstalling, "reinstalling"_L1},
    {ClientServerStatus::Reinstalled, "reinstalled"_L1},
}};
constexpr Names<Location, 2> kLocations = {{{Location::Client, "client"_L1}, {Location::Transit, "transit"_L1}}};
constexpr Names<Version, 2> kVersions = {{{Version::Old, "old"_L1}, {Version::New, "new"_L1}}};
constexpr Names<Finalizer, 2> kFinalizers = {{{Finalizer::Support, "support"_L1}, {Finalizer::Customer, "customer"_L1}}};
constexpr Names<SupportTopic, 4> kTopics = {{
    {SupportTopic::TransitServer, "transit_server"_L1},
    {SupportTopic::SharedTransitServer, "shared_transit_server"_L1},
    {SupportTopic::Reinstall, "reinstall"_L1},
    {SupportTopic::Finalization, "finalization"_L1},
}};
constexpr Names<DatabaseType, 5> kDatabaseTypes = {{
    {DatabaseType::MySql, "MYSQL"_L1},
    {DatabaseType::PostgreSql, "POSTGRESQL"_L1},
    {DatabaseType::CouchDb, "COUCHDB"_L1},
    {DatabaseType::MongoDb, "MONGODB"_L1},
    {DatabaseType::RabbitMq, "RABBITMQ"_L1},
}};
constexpr Names<AccountAction, 4> kActions = {{
    {AccountAction::Test, "test"_L1},
    {AccountAction::Migrate, "migrate"_L1},
    {AccountAction::Rollback, "rollback"_L1},
    {AccountAction::MoveBack, "move_back"_L1},
}};

MigrationSummary readSummary(JsonReader &reader, const JsonValue &object, const QString &path)
{
    const Fields f{reader, object, path};
    MigrationSummary summary;
    summary.id = f.id(u"id"_s);
    summary.description = f.text(u"description"_s);
    summary.kind = f.text(u"kind"_s);
    summary.deadline = f.timeOrNull(u"deadline"_s);
    summary.serverId = f.id(u"server"_s);
    return summary;
}

// operation_ended_at is optional and serves the report only: a value that is not a time reads as
// null (logged), never a reason to refuse the list that every poll and `status` need.
QDateTime reportOnlyTime(const JsonValue &object, const QString &key)
{
    const JsonValue value = object.member(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDateTime when = value.isString() ? contractTime(value.toString()) : QDateTime();
    if (!when.isValid())
        qCWarning(lcApi) << "an account's" << key << "is not a time with a zone: read as null";
    return when;
}

AccountRecord readAccount(JsonReader &reader, const JsonValue &object, const QString &path)
{
    const Fields f{reader, object, path};
    AccountRecord account;
    account.id = f.id(u"account"_s);
    account.name = f.text(u"name"_s);
    account.databaseSize = f.size(u"database_size"_s);
    account.filesSize = f.size(u"files_size"_s);
    account.mailSize = f.size(u"mail_size"_s);
    account.location = readEnum(reader, object, path, u"location"_s, kLocations);
    account.version = readEnum(reader, object, path, u"version"_s, kVersions);
    account.status = readEnum(reader, object, path, u"status"_s, kAccountStatuses);
    account.operationStartedAt = f.timeOrNull(u"operation_started_at"_s);
    account.operationEstimatedEnd = f.timeOrNull(u"operation_estimated_end"_s);
    account.operationEndedAt = reportOnlyTime(object, u"operation_ended_at"_s);
    account.rollbackAvailable = f.flag(u"rollback_available"_s);
    account.lastError = f.textOrNull(u"last_error"_s);
    dates::checkOperation(reader, account, path);
    return account;
}

MigrationDetail readDetail(JsonReader &reader, const JsonValue &object, qint64 askedId)
{
    const QString root;
    const Fields f{reader, object, root};
    MigrationDetail detail;
    detail.summary = readSummary(reader, object, root);
    requireIdentity(reader, u"id"_s, detail.summary.id, askedId);
    const QString price = f.text(u"server_daily_price"_s);
    const std::optional<qint64> cents = parseDecimalCents(price);
    if (reader.ok() && !cents)
        reader.fail(u"server_daily_price"_s, Protocol::tr("expected a decimal amount"));
    detail.serverDailyPrice = {cents.value_or(0), f.text(u"currency"_s)};

    const QString transitPath = u"transit"_s;
    const JsonValue transitObject = f.child(transitPath);
    const Fields t{reader, transitObject, transitPath};
    detail.transit.status = readEnum(reader, transitObject, transitPath, u"status"_s, kTransitStatuses);
    detail.transit.name = t.textOrNull(u"name"_s);
    detail.transit.precopyPercent = static_cast<int>(
        reader.integerOrNull(t.at(u"precopy_percent"_s), t.pathOf(u"precopy_percent"_s), 0, 100).value_or(0));
    detail.transit.requestedAt = t.timeOrNull(u"requested_at"_s);
    detail.transit.readyAt = t.timeOrNull(u"ready_at"_s);
    detail.transit.freeUntil = t.timeOrNull(u"free_until"_s);
    dates::checkTransit(reader, detail.transit, transitPath);

    const QString clientPath = u"client_server"_s;
    const JsonValue clientObject = f.child(clientPath);
    const Fields c{reader, clientObject, clientPath};
    detail.clientServer.status = readEnum(reader, clientObject, clientPath, u"status"_s, kClientStatuses);
    detail.clientServer.reinstallStartedAt = c.timeOrNull(u"reinstall_started_at"_s);
    detail.clientServer.reinstalledAt = c.timeOrNull(u"reinstalled_at"_s);
    dates::checkClientServer(reader, detail.clientServer, clientPath);

    const QString finalizationPath = u"finalization"_s;
    const JsonValue finalizationObject = f.child(finalizationPath);
    const Fields z{reader, finalizationObject, finalizationPath};
    if (!z.at(u"by"_s).isNull())
        detail.finalization.by = readEnum(reader, finalizationObject, finalizationPath, u"by"_s, kFinalizers);
    detail.finalization.freeUntil = z.timeOrNull(u"free_until"_s);
    return detail;
}

} // namespace

QByteArray idempotencyKeyHeader() { return QByteArrayLiteral("Idempotency-Key"); }
QByteArray retryAfterHeader() { return QByteArrayLiteral("Retry-After"); }
QString defaultBaseUrl() { return u"https://api.alwaysdata.com/v1/"_s; }
QString supportPageUrl() { return u"https://admin.alwaysdata.com/support/"_s; }
// The provider's own page on how the required migrations run (published in French only).
QString migrationHelpUrl()
{
    return u"https://help.alwaysdata.com/fr/caracteristiques-techniques/migrations/deroulement-migrations-obligatoires/"_s;
}

QString serversPath() { return u"server/"_s; }
QString hostingAccountsPath() { return u"account/"_s; }
QString databasesPath() { return u"database/"_s; }
QString sitesPath() { return u"site/"_s; }
QString migrationsPath() { return u"migration/"_s; }
QString migrationPath(qint64 migrationId) { return u"migration/%1/"_s.arg(migrationId); }
QString migrationAccountsPath(qint64 migrationId) { return u"migration/%1/account/"_s.arg(migrationId); }
QString supportRequestPath(qint64 migrationId) { return u"migration/%1/support_request/"_s.arg(migrationId); }

QString actionPath(qint64 migrationId, qint64 accountId, AccountAction action)
{
    return u"migration/%1/account/%2/%3/"_s.arg(migrationId).arg(accountId).arg(toString(action));
}

Route parseRoute(const QString &pathAfterV1)
{
    Route route;
    if (!pathAfterV1.endsWith(u'/'))
        return route;
    const QStringList parts = pathAfterV1.chopped(1).split(u'/');
    auto number = [](const QString &text, qint64 &out) {
        bool ok = false;
        out = text.toLongLong(&ok);
        return ok && out > 0 && !text.startsWith(u'+') && !text.startsWith(u'0');
    };
    const auto n = parts.size();
    if (n == 1 && parts[0] == u"server")
        route.kind = Route::Kind::Servers;
    else if (n == 1 && parts[0] == u"account")
        route.kind = Route::Kind::HostingAccounts;
    else if (n == 1 && parts[0] == u"database")
        route.kind = Route::Kind::Databases;
    else if (n == 1 && parts[0] == u"site")
        route.kind = Route::Kind::Sites;
    else if (n == 1 && parts[0] == u"migration")
        route.kind = Route::Kind::Migrations;
    if (route.kind != Route::Kind::Unknown || n < 2 || parts[0] != u"migration" || !number(parts[1], route.migrationId))
        return route;
    if (n == 2)
        route.kind = Route::Kind::Migration;
    else if (n == 3 && parts[2] == u"account")
        route.kind = Route::Kind::MigrationAccounts;
    else if (n == 3 && parts[2] == u"support_request")
        route.kind = Route::Kind::SupportRequest;
    else if (n == 5 && parts[2] == u"account" && number(parts[3], route.accountId)
             && valueOf(kActions, parts[4], route.action))
        route.kind = Route::Kind::Action;
    return route;
}

QString toString(AccountStatus status) { return nameOf(kAccountStatuses, status); }
QString toString(TransitStatus status) { return nameOf(kTransitStatuses, status); }
QString toString(ClientServerStatus status) { return nameOf(kClientStatuses, status); }
QString toString(Location location) { return nameOf(kLocations, location); }
QString toString(Version version) { return nameOf(kVersions, version); }
QString toString(Finalizer finalizer) { return nameOf(kFinalizers, finalizer); }
QString toString(SupportTopic topic) { return nameOf(kTopics, topic); }
QString toString(DatabaseType type) { return nameOf(kDatabaseTypes, type); }
QString toString(AccountAction action) { return nameOf(kActions, action); }
bool fromString(const QString &text, AccountStatus &out) { return valueOf(kAccountStatuses, text, out); }
bool fromString(const QString &text, TransitStatus &out) { return valueOf(kTransitStatuses, text, out); }
bool fromString(const QString &text, ClientServerStatus &out) { return valueOf(kClientStatuses, text, out); }

Expected<QList<ServerInfo>> parseServers(const QByteArray &body)
{
    return parseList<ServerInfo>(body, [](JsonReader &reader, const JsonValue &object, const QString &path) {
        const Fields f{reader, object, path};
        return ServerInfo{f.id(u"id"_s), f.text(u"name"_s), f.id(u"datacenter"_s)};
    }, uniqueBy(u"id"_s, &ServerInfo::id));
}

Expected<QList<HostingAccount>> parseHostingAccounts(const QByteArray &body)
{
    return parseList<HostingAccount>(body, [](JsonReader &reader, const JsonValue &object, const QString &path) {
        const Fields f{reader, object, path};
        return HostingAccount{f.id(u"id"_s), f.text(u"name"_s), f.text(u"location_type"_s),
                              f.id(u"location_object"_s)};
    }, uniqueBy(u"id"_s, &HostingAccount::id));
}

Expected<QList<DatabaseInfo>> parseDatabases(const QByteArray &body)
{
    return parseList<DatabaseInfo>(body, [](JsonReader &reader, const JsonValue &object, const QString &path) {
        const Fields f{reader, object, path};
        DatabaseInfo database{f.id(u"id"_s), f.text(u"name"_s), DatabaseType::MySql, 0};
        database.type = readEnum(reader, object, path, u"type"_s, kDatabaseTypes);
        // The account is assumed present only for customer-level keys (docs/contract.md, "Reads").
        if (object.contains(u"account"_s))
            database.account = f.id(u"account"_s);
        return database;
    }, uniqueBy(u"id"_s, &DatabaseInfo::id));
}

Expected<QList<SiteInfo>> parseSites(const QByteArray &body)
{
    return parseList<SiteInfo>(body, [](JsonReader &reader, const JsonValue &object, const QString &path) {
        const Fields f{reader, object, path};
        SiteInfo site{f.id(u"id"_s), f.text(u"name"_s), f.text(u"type"_s), {}, 0};
        const QString addressesPath = f.pathOf(u"addresses"_s).toString();
        const JsonValue addresses = reader.array(f.at(u"addresses"_s), addressesPath);
        for (qsizetype i = 0; i < addresses.size() && reader.ok(); ++i) {
            const QString addressPath = indexPath(addressesPath, i);
            const QString address = reader.string(addresses.at(i), addressPath);
            if (reader.ok() && !isPlausibleHostName(address))
                reader.fail(addressPath, QCoreApplication::translate("Protocol", "expected a host name (no scheme, port, "
                                                                                 "path or user name)"));
            else if (reader.ok() && site.addresses.contains(address, Qt::CaseInsensitive))
                reader.fail(addressPath, QCoreApplication::translate("Protocol", "repeated address"));
            site.addresses.append(address);
        }
        // As for databases, the account is assumed present only for customer-level keys (admin-api.md, A).
        if (object.contains(u"account"_s))
            site.account = f.id(u"account"_s);
        return site;
    });
}

Expected<QList<MigrationSummary>> parseMigrations(const QByteArray &body)
{
    return parseList<MigrationSummary>(body, readSummary, uniqueBy(u"id"_s, &MigrationSummary::id));
}

Expected<MigrationDetail> parseMigration(const QByteArray &body, qint64 askedId)
{
    return parseObject<MigrationDetail>(
        body, [askedId](JsonReader &reader, const JsonValue &object) { return readDetail(reader, object, askedId); });
}

Expected<AccountList> parseMigrationAccounts(const QByteArray &body) // the CLI selects by id or name
{
    Expected<QList<AccountRecord>> parsed = parseList<AccountRecord>(
        body, readAccount, uniqueBy(u"account"_s, &AccountRecord::id), uniqueBy(u"name"_s, &AccountRecord::name));
    if (!parsed)
        return parsed.error();
    return AccountList(std::move(parsed.value()));
}

Expected<AccountRecord> parseAccount(const QByteArray &body, qint64 askedAccountId)
{
    return parseObject<AccountRecord>(body, [askedAccountId](JsonReader &reader, const JsonValue &object) {
        AccountRecord account = readAccount(reader, object, QString());
        requireIdentity(reader, u"account"_s, account.id, askedAccountId);
        return account;
    });
}

Expected<SupportTicket> parseSupportTicket(const QByteArray &body)
{
    return parseObject<SupportTicket>(body, [](JsonReader &reader, const JsonValue &object) {
        const QString root;
        const Fields f{reader, object, root};
        SupportTicket ticket;
        ticket.id = f.id(u"id"_s);
        ticket.topic = readEnum(reader, object, root, u"topic"_s, kTopics);
        ticket.createdAt = f.time(u"created_at"_s);
        return ticket;
    });
}

ErrorBody parseErrorBody(const QByteArray &body)
{
    const Expected<JsonTree> tree = parseJsonBody(body, kMaxBodyBytes);
    if (!tree || !tree.value().root().isObject())
        return {};
    const JsonValue object = tree.value().root();
    return {cleanProviderText(object.member(u"detail").toString()),
            cleanProviderText(object.member(u"status").toString())};
}

Expected<SupportRequest> parseSupportRequest(const QByteArray &body)
{
    return parseObject<SupportRequest>(body, [](JsonReader &reader, const JsonValue &object) {
        const QString root;
        const Fields f{reader, object, root};
        SupportRequest request;
        request.topic = readEnum(reader, object, root, u"topic"_s, kTopics);
        // The customer's own words, kept as written (line breaks included): this is the server side.
        request.message = reader.string(f.at(u"message"_s), f.pathOf(u"message"_s));
        if (reader.ok() && request.topic == SupportTopic::Finalization)
            request.finalizationBy = readEnum(reader, object, root, u"finalization_by"_s, kFinalizers);
        return request;
    });
}

} // namespace passerelle::contract
