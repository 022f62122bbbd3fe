#include "core/api/ApiContract.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

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
    const auto parsed = contract::parseAccount(kAccount, 301);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    const AccountRecord &account = parsed.value();
    EXPECT_EQ(account.id, 301);
    EXPECT_EQ(account.name, u"acme-shop"_s);
    EXPECT_EQ(account.databaseSize, 3221225472);
    EXPECT_EQ(account.location, Location::Client);
    EXPECT_EQ(account.version, Version::Old);
    EXPECT_EQ(account.status, AccountStatus::Idle);
    EXPECT_FALSE(account.operationStartedAt.isValid());
    EXPECT_TRUE(account.lastError.isEmpty());
}

// operation_ended_at is optional: absent reads as null (a provider that never sends it is fine),
// present it is a time like any other.
TEST(ContractParse, TheOptionalOperationEndIsReadWhenSent)
{
    const auto absent = contract::parseAccount(kAccount, 301);
    ASSERT_TRUE(absent.hasValue());
    EXPECT_FALSE(absent.value().operationEndedAt.isValid());
    const auto sent = contract::parseAccount(
        replaced(kAccount, "\"rollback_available\"", "\"operation_ended_at\": \"2026-11-23T10:01:30Z\", \"rollback_available\""),
        301);
    ASSERT_TRUE(sent.hasValue()) << sent.error().message.toStdString();
    EXPECT_EQ(sent.value().operationEndedAt, QDateTime(QDate(2026, 11, 23), QTime(10, 1, 30), Qt::UTC));
}

// It serves the report only: a value that is not a time reads as null, and the account (the list
// every poll needs) is read all the same.
TEST(ContractParse, AnUnreadableOperationEndReadsAsNull)
{
    for (const char *bad : {"\"soon\"", "42", "\"2026-11-23T10:01:30\"", "{}", "\"garbage\""}) {
        const QByteArray field = QByteArray("\"operation_ended_at\": ") + bad + ", \"rollback_available\"";
        const auto parsed = contract::parseAccount(replaced(kAccount, "\"rollback_available\"", field.constData()), 301);
        ASSERT_TRUE(parsed.hasValue()) << bad << ": " << parsed.error().message.toStdString();
        EXPECT_FALSE(parsed.value().operationEndedAt.isValid()) << bad;
        EXPECT_EQ(parsed.value().id, 301);
    }
}

TEST(ContractParse, TheDocumentedMigrationExample)
{
    const auto parsed = contract::parseMigration(kMigration, 7);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    const MigrationDetail &migration = parsed.value();
    EXPECT_EQ(migration.summary.id, 7);
    EXPECT_EQ(migration.summary.serverId, 12);
    EXPECT_EQ(migration.serverDailyPrice.cents, 420);
    EXPECT_EQ(migration.serverDailyPrice.currency, u"EUR"_s);
    EXPECT_EQ(migration.transit.status, TransitStatus::Ready);
    EXPECT_EQ(migration.transit.precopyPercent, 100);
    EXPECT_EQ(migration.transit.readyAt, QDateTime(QDate(2026, 11, 21), QTime(15, 30), Qt::UTC));
    EXPECT_EQ(migration.clientServer.status, ClientServerStatus::Original);
    EXPECT_EQ(migration.finalization.by, Finalizer::Nobody);
}

TEST(ContractParse, UnknownExtraFieldsAreIgnored)
{
    const auto parsed = contract::parseAccount(replaced(kAccount, "\"name\"", "\"shiny_new\": [1, {}], \"name\""), 301);
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
    const auto parsed = contract::parseAccount(GetParam().body, 301);
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
        BadBody{"RepeatedKey", replaced(kAccount, "\"name\"", "\"status\": \"migrated\", \"name\""), "status"},
        BadBody{"RepeatedKeyEscaped", replaced(kAccount, "\"name\"", "\"st\\u0061tus\": \"migrated\", \"name\""),
                "status"},
        BadBody{"AnotherAccount", replaced(kAccount, "301", "302"), "account"},
        BadBody{"Oversized", QByteArray(contract::kMaxBodyBytes + 1, ' '), ""}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ContractParse, NestedFieldPathsAreNamed)
{
    const auto badTransit = contract::parseMigration(replaced(kMigration, "\"ready\"", "\"almost\""), 7);
    ASSERT_FALSE(badTransit.hasValue());
    EXPECT_EQ(badTransit.error().field, u"transit.status"_s);

    const auto badPercent = contract::parseMigration(replaced(kMigration, "\"precopy_percent\": 100", "\"precopy_percent\": 101"), 7);
    ASSERT_FALSE(badPercent.hasValue());
    EXPECT_EQ(badPercent.error().field, u"transit.precopy_percent"_s);

    const auto badPrice = contract::parseMigration(replaced(kMigration, "\"4.20\"", "\"4,20\""), 7);
    ASSERT_FALSE(badPrice.hasValue());
    EXPECT_EQ(badPrice.error().field, u"server_daily_price"_s);

    const QByteArray list = "[" + QByteArray(kAccount) + ", " + replaced(kAccount, "\"old\"", "\"ancient\"") + "]";
    const auto badSecond = contract::parseMigrationAccounts(list);
    ASSERT_FALSE(badSecond.hasValue());
    EXPECT_EQ(badSecond.error().field, u"[1].version"_s);
}

TEST(ContractParse, DocumentedReadOnlyResources)
{
    const auto servers = contract::parseServers(R"([{"id": 12, "name": "vps-acme", "datacenter": 1}])");
    ASSERT_TRUE(servers.hasValue());
    EXPECT_EQ(servers.value().at(0).name, u"vps-acme"_s);

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
    EXPECT_EQ(badType.error().field, u"[0].type"_s);
}

// A list whose items cannot be told apart is refused whole: an action could reach the wrong item.
struct RepeatedList
{
    const char *name;
    std::function<std::optional<ApiError>(const QByteArray &)> parse;
    QByteArray body;
    const char *field;
};

template<typename Parse> std::function<std::optional<ApiError>(const QByteArray &)> errorOf(Parse parse)
{
    return [parse](const QByteArray &body) -> std::optional<ApiError> {
        const auto parsed = parse(body);
        return parsed ? std::nullopt : std::optional<ApiError>(parsed.error());
    };
}

QByteArray accountNamed(qint64 id, const char *name)
{
    return replaced(kAccount, "301", QByteArray::number(id).constData()).replace("acme-shop", name);
}

class ContractRefusesRepeats : public ::testing::TestWithParam<RepeatedList>
{
};

TEST_P(ContractRefusesRepeats, AsAProtocolErrorNamingTheSecondItem)
{
    const std::optional<ApiError> error = GetParam().parse(GetParam().body);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, ApiError::Kind::Protocol);
    EXPECT_EQ(error->field.toStdString(), std::string(GetParam().field));
    EXPECT_TRUE(error->message.contains(u"twice")) << error->message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Lists, ContractRefusesRepeats,
    ::testing::Values(
        RepeatedList{"AccountId", errorOf(&contract::parseMigrationAccounts),
                     '[' + accountNamed(301, "site001") + ',' + accountNamed(301, "site002") + ']', "[1].account"},
        RepeatedList{"AccountName", errorOf(&contract::parseMigrationAccounts),
                     '[' + accountNamed(301, "site001") + ',' + accountNamed(302, "site001") + ']', "[1].name"},
        RepeatedList{"ServerId", errorOf(&contract::parseServers),
                     R"([{"id": 12, "name": "a", "datacenter": 1}, {"id": 12, "name": "b", "datacenter": 1}])",
                     "[1].id"},
        RepeatedList{"HostingAccountId", errorOf(&contract::parseHostingAccounts),
                     R"([{"id": 1, "name": "a", "location_type": "server", "location_object": 12},
                         {"id": 1, "name": "b", "location_type": "server", "location_object": 12}])",
                     "[1].id"},
        RepeatedList{"DatabaseId", errorOf(&contract::parseDatabases),
                     R"([{"id": 9, "name": "a", "type": "MYSQL"}, {"id": 9, "name": "b", "type": "MYSQL"}])", "[1].id"},
        RepeatedList{"MigrationId", errorOf(&contract::parseMigrations),
                     R"([{"id": 7, "description": "", "kind": "", "deadline": null, "server": 12},
                         {"id": 7, "description": "", "kind": "", "deadline": null, "server": 13}])",
                     "[1].id"},
        RepeatedList{"KeyInAnItem", errorOf(&contract::parseMigrationAccounts),
                     '[' + replaced(kAccount, "\"account\": 301", "\"account\": 301, \"account\": 302") + ']',
                     "account"}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ContractParse, AnAnswerAboutAnotherMigrationIsRefused)
{
    const auto other = contract::parseMigration(kMigration, 8);
    ASSERT_FALSE(other.hasValue());
    EXPECT_EQ(other.error().kind, ApiError::Kind::Protocol);
    EXPECT_EQ(other.error().field, u"id"_s);
}

TEST(ContractParse, RepeatedKeysInDifferentObjectsAreFine)
{
    const QByteArray list = '[' + accountNamed(301, "a") + ',' + accountNamed(302, "b") + ']';
    const auto parsed = contract::parseMigrationAccounts(list);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value().size(), 2);
    // Brackets and quotes inside strings are text, not structure.
    EXPECT_TRUE(contract::parseAccount(replaced(kAccount, "\"acme-shop\"", R"("a\"{[,\"name\":")"), 301).hasValue());
}

TEST(ContractParse, ErrorBodiesAreReadLeniently)
{
    const auto conflict = contract::parseErrorBody(R"({"detail": "Rollback window closed", "status": "migrated"})");
    EXPECT_EQ(conflict.detail, u"Rollback window closed"_s);
    EXPECT_EQ(conflict.status, u"migrated"_s);
    EXPECT_TRUE(contract::parseErrorBody("<html>oops</html>").detail.isEmpty());
    EXPECT_TRUE(contract::parseErrorBody("").detail.isEmpty());
}

} // namespace
