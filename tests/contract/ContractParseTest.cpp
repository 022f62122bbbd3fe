#include "core/api/ApiContract.h"

#include <gtest/gtest.h>

using namespace passerelle;

namespace {

const char kAccount[] = R"({"account": 301, "name": "acme-shop", "database_size": 3221225472,
  "files_size": 8589934592, "mail_size": 1073741824, "location": "client", "version": "old",
  "status": "idle", "operation_started_at": null, "operation_estimated_end": null,
  "rollback_available": false, "last_error": null})";

const char kMigration[] = R"({"id": 7, "description": "2024 software infrastructure",
  "kind": "private_cloud_required", "deadline": "2027-01-31T23:59:59Z", "server": 12,
  "server_daily_price": "4.20", "currency": "EUR",
  "transit": {"status": "ready", "name": "transit-3", "precopy_percent": 100,
              "requested_at": "2026-11-20T09:00:00Z", "ready_at": "2026-11-21T15:30:00Z",
              "free_until": "2026-12-05T15:30:00Z"},
  "client_server": {"status": "original", "reinstall_started_at": null, "reinstalled_at": null},
  "finalization": {"by": null, "free_until": null}})";

QByteArray replaced(const char *json, const char *from, const char *to)
{
    QByteArray body(json);
    const qsizetype at = body.indexOf(from);
    EXPECT_GE(at, 0) << from;
    return body.replace(at, qsizetype(qstrlen(from)), to);
}

TEST(ContractParse, TheDocumentedAccountExample)
{
    const auto parsed = contract::parseAccount(kAccount);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    const AccountRecord &account = parsed.value();
    EXPECT_EQ(account.id, 301);
    EXPECT_EQ(account.name, QStringLiteral("acme-shop"));
    EXPECT_EQ(account.databaseSize, 3221225472);
    EXPECT_EQ(account.location, Location::Client);
    EXPECT_EQ(account.version, Version::Old);
    EXPECT_EQ(account.status, AccountStatus::Idle);
    EXPECT_FALSE(account.operationStartedAt.isValid());
    EXPECT_TRUE(account.lastError.isEmpty());
}

TEST(ContractParse, TheDocumentedMigrationExample)
{
    const auto parsed = contract::parseMigration(kMigration);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    const MigrationDetail &migration = parsed.value();
    EXPECT_EQ(migration.summary.id, 7);
    EXPECT_EQ(migration.summary.serverId, 12);
    EXPECT_EQ(migration.serverDailyPrice.cents, 420);
    EXPECT_EQ(migration.serverDailyPrice.currency, QStringLiteral("EUR"));
    EXPECT_EQ(migration.transit.status, TransitStatus::Ready);
    EXPECT_EQ(migration.transit.precopyPercent, 100);
    EXPECT_EQ(migration.transit.readyAt, QDateTime(QDate(2026, 11, 21), QTime(15, 30), Qt::UTC));
    EXPECT_EQ(migration.clientServer.status, ClientServerStatus::Original);
    EXPECT_EQ(migration.finalization.by, Finalizer::Nobody);
}

TEST(ContractParse, UnknownExtraFieldsAreIgnored)
{
    const auto parsed = contract::parseAccount(replaced(kAccount, "\"name\"", "\"shiny_new\": [1, {}], \"name\""));
    EXPECT_TRUE(parsed.hasValue());
}

struct BadBody
{
    const char *name;
    QByteArray body;
    const char *field; // expected ApiError::field ("" = the whole response)
};

class ContractRejects : public ::testing::TestWithParam<BadBody>
{
};

TEST_P(ContractRejects, WithAProtocolErrorNamingTheField)
{
    const auto parsed = contract::parseAccount(GetParam().body);
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_EQ(parsed.error().kind, ApiError::Kind::Protocol);
    EXPECT_EQ(parsed.error().field.toStdString(), std::string(GetParam().field));
    EXPECT_FALSE(parsed.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    AccountBodies, ContractRejects,
    ::testing::Values(
        BadBody{"MissingField", replaced(kAccount, "\"mail_size\": 1073741824,", ""), "mail_size"},
        BadBody{"WrongType", replaced(kAccount, "\"database_size\": 3221225472", "\"database_size\": \"3 GB\""),
                "database_size"},
        BadBody{"UnknownStatus", replaced(kAccount, "\"idle\"", "\"sleeping\""), "status"},
        BadBody{"UnknownLocation", replaced(kAccount, "\"client\"", "\"moon\""), "location"},
        BadBody{"BeyondTwoToThe53", replaced(kAccount, "3221225472", "9007199254740993"), "database_size"},
        BadBody{"HugeDouble", replaced(kAccount, "3221225472", "1e300"), "database_size"},
        BadBody{"Fractional", replaced(kAccount, "3221225472", "1.5"), "database_size"},
        BadBody{"NegativeSize", replaced(kAccount, "3221225472", "-1"), "database_size"},
        BadBody{"NullRequired", replaced(kAccount, "\"acme-shop\"", "null"), "name"},
        BadBody{"TimeWithoutZone", replaced(kAccount, "\"operation_started_at\": null",
                                            "\"operation_started_at\": \"2026-11-23T10:00:00\""),
                "operation_started_at"},
        BadBody{"NotATime", replaced(kAccount, "\"operation_started_at\": null", "\"operation_started_at\": \"soon\""),
                "operation_started_at"},
        BadBody{"BoolAsString", replaced(kAccount, "\"rollback_available\": false", "\"rollback_available\": \"no\""),
                "rollback_available"},
        BadBody{"Html", QByteArray("<!DOCTYPE html><html><body>Bad gateway</body></html>"), ""},
        BadBody{"Empty", QByteArray(""), ""},
        BadBody{"Truncated", QByteArray(kAccount).left(60), ""},
        BadBody{"ArrayInsteadOfObject", QByteArray("[]"), ""},
        BadBody{"Oversized", QByteArray(contract::kMaxBodyBytes + 1, ' '), ""}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ContractParse, NestedFieldPathsAreNamed)
{
    const auto badTransit = contract::parseMigration(replaced(kMigration, "\"ready\"", "\"almost\""));
    ASSERT_FALSE(badTransit.hasValue());
    EXPECT_EQ(badTransit.error().field, QStringLiteral("transit.status"));

    const auto badPercent = contract::parseMigration(replaced(kMigration, "\"precopy_percent\": 100", "\"precopy_percent\": 101"));
    ASSERT_FALSE(badPercent.hasValue());
    EXPECT_EQ(badPercent.error().field, QStringLiteral("transit.precopy_percent"));

    const auto badPrice = contract::parseMigration(replaced(kMigration, "\"4.20\"", "\"4,20\""));
    ASSERT_FALSE(badPrice.hasValue());
    EXPECT_EQ(badPrice.error().field, QStringLiteral("server_daily_price"));

    const QByteArray list = "[" + QByteArray(kAccount) + ", " + replaced(kAccount, "\"old\"", "\"ancient\"") + "]";
    const auto badSecond = contract::parseMigrationAccounts(list);
    ASSERT_FALSE(badSecond.hasValue());
    EXPECT_EQ(badSecond.error().field, QStringLiteral("[1].version"));
}

TEST(ContractParse, DocumentedReadOnlyResources)
{
    const auto servers = contract::parseServers(R"([{"id": 12, "name": "vps-acme", "datacenter": 1}])");
    ASSERT_TRUE(servers.hasValue());
    EXPECT_EQ(servers.value().at(0).name, QStringLiteral("vps-acme"));

    const auto accounts = contract::parseHostingAccounts(
        R"([{"id": 301, "name": "acme-shop", "location_type": "server", "location_object": 12}])");
    ASSERT_TRUE(accounts.hasValue());
    EXPECT_EQ(accounts.value().at(0).locationObject, 12);

    const auto databases = contract::parseDatabases(
        R"([{"id": 9001, "name": "acme-shop_main", "type": "MONGODB", "account": 301}, {"id": 9002, "name": "x", "type": "MYSQL"}])");
    ASSERT_TRUE(databases.hasValue());
    EXPECT_EQ(databases.value().at(0).type, DatabaseType::MongoDb);
    EXPECT_EQ(databases.value().at(1).account, 0);

    const auto badType = contract::parseDatabases(R"([{"id": 1, "name": "x", "type": "ORACLE"}])");
    ASSERT_FALSE(badType.hasValue());
    EXPECT_EQ(badType.error().field, QStringLiteral("[0].type"));
}

TEST(ContractParse, ErrorBodiesAreReadLeniently)
{
    const auto conflict = contract::parseErrorBody(R"({"detail": "Rollback window closed", "status": "migrated"})");
    EXPECT_EQ(conflict.detail, QStringLiteral("Rollback window closed"));
    EXPECT_EQ(conflict.status, QStringLiteral("migrated"));
    EXPECT_TRUE(contract::parseErrorBody("<html>oops</html>").detail.isEmpty());
    EXPECT_TRUE(contract::parseErrorBody("").detail.isEmpty());
}

} // namespace
