#pragma once

#include "core/api/Expected.h"
#include "core/api/ProviderTypes.h"
#include "core/model/AccountRecord.h"
#include "core/model/MigrationSnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The one place that knows the provider's URLs, JSON field names and status strings
// (docs/contract.md). Adapting to the provider's real endpoints is a change to ApiContract.cpp only.
// Both sides use it: the REST client parses with it, the simulator's HTTP face serializes with it.
namespace passerelle::contract {

// A response body over this size is refused unread.
inline constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;
// JSON numbers beyond 2^53 cannot be integers exactly: a protocol error.
inline constexpr qint64 kMaxExactInteger = qint64(1) << 53;

QByteArray idempotencyKeyHeader();       // "Idempotency-Key"
QByteArray retryAfterHeader();           // "Retry-After"
QString defaultBaseUrl();                // "https://api.alwaysdata.com/v1/"
QString supportPageUrl();                // "https://admin.alwaysdata.com/support/"
QString migrationHelpUrl();              // the provider's help page on the private cloud migration

// Paths relative to the base URL (which ends with "/v1/"); each ends with a slash.
QString serversPath();
QString hostingAccountsPath();
QString databasesPath();
QString sitesPath();
QString migrationsPath();
QString migrationPath(qint64 migrationId);
QString migrationAccountsPath(qint64 migrationId);
QString actionPath(qint64 migrationId, qint64 accountId, AccountAction action);
QString supportRequestPath(qint64 migrationId);

// The server side's reading of a path relative to "/v1/" (for example "migration/7/account/").
struct Route
{
    enum class Kind {
        Unknown,
        Servers,
        HostingAccounts,
        Databases,
        Sites,
        Migrations,
        Migration,
        MigrationAccounts,
        Action,
        SupportRequest,
    };
    Kind kind = Kind::Unknown;
    qint64 migrationId = 0;
    qint64 accountId = 0;
    AccountAction action = AccountAction::Test;
};
Route parseRoute(const QString &pathAfterV1);

// Status strings, both ways. The "from" functions return false for an unknown string.
QString toString(AccountStatus status);
QString toString(TransitStatus status);
QString toString(ClientServerStatus status);
QString toString(Location location);
QString toString(Version version);
QString toString(Finalizer finalizer); // "" for Nobody (JSON null)
QString toString(SupportTopic topic);
QString toString(DatabaseType type);
QString toString(AccountAction action); // the path segment: "test", "migrate", "rollback", "move_back"
bool fromString(const QString &text, AccountStatus &out);
bool fromString(const QString &text, TransitStatus &out);
bool fromString(const QString &text, ClientServerStatus &out);

// Client side: strict parsing of whole response bodies. A missing field, a wrong type, an unknown
// status string, an integer beyond 2^53, an oversized or non-JSON body, a key repeated in one
// object, an id repeated in a list, an answer about another object than the one asked: a Protocol
// ApiError whose `field` names the culprit ("[3].transit.status").
Expected<QList<ServerInfo>> parseServers(const QByteArray &body);
Expected<QList<HostingAccount>> parseHostingAccounts(const QByteArray &body);
Expected<QList<DatabaseInfo>> parseDatabases(const QByteArray &body);
// Every address must be a plausible host name (no scheme, port, path or credentials).
Expected<QList<SiteInfo>> parseSites(const QByteArray &body);
Expected<QList<MigrationSummary>> parseMigrations(const QByteArray &body);
Expected<MigrationDetail> parseMigration(const QByteArray &body, qint64 askedId);
Expected<AccountList> parseMigrationAccounts(const QByteArray &body);
Expected<AccountRecord> parseAccount(const QByteArray &body, qint64 askedAccountId);
Expected<SupportTicket> parseSupportTicket(const QByteArray &body);
// Error bodies: {"detail": "...", "status": "..."}; empty strings when absent or not JSON.
struct ErrorBody
{
    QString detail;
    QString status;
};
ErrorBody parseErrorBody(const QByteArray &body);
QByteArray supportRequestBody(const SupportRequest &request);
QByteArray emptyActionBody(); // "{}"

// Server side: serialization, and the one request body the server reads.
QJsonObject toJson(const ServerInfo &server);
QJsonObject toJson(const HostingAccount &account);
QJsonObject toJson(const DatabaseInfo &database);
QJsonObject toJson(const SiteInfo &site);
QJsonObject toJson(const MigrationSummary &migration);
QJsonObject toJson(const MigrationDetail &migration);
QJsonObject toJson(const AccountRecord &account);
QJsonObject toJson(const SupportTicket &ticket);
QJsonObject errorJson(const QString &detail);
QJsonObject conflictJson(const QString &detail, AccountStatus currentStatus);
Expected<SupportRequest> parseSupportRequest(const QByteArray &body);

} // namespace passerelle::contract
