#include "core/api/ApiContract.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

// The documented migration, with its transit and client server objects replaced.
QByteArray migrationWith(const char *transit, const char *clientServer)
{
    return QByteArray(R"({"id": 7, "description": "d", "kind": "k", "deadline": "2027-01-31T23:59:59Z",
        "server": 12, "server_daily_price": "4.20", "currency": "EUR", "transit": )")
        + transit + R"(, "client_server": )" + clientServer + R"(, "finalization": {"by": null, "free_until": null}})";
}

const char kOriginal[] = R"({"status": "original", "reinstall_started_at": null, "reinstalled_at": null})";

struct DatesCase
{
    const char *name;
    const char *transit;
    const char *clientServer;
    const char *field; // empty: accepted
};

class MigrationDates : public ::testing::TestWithParam<DatesCase>
{ };

TEST_P(MigrationDates, ContradictionsAreProtocolErrors)
{
    const DatesCase &row = GetParam();
    const auto parsed = contract::parseMigration(migrationWith(row.transit, row.clientServer), 7);
    if (QByteArray(row.field).isEmpty()) {
        EXPECT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
        return;
    }
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_EQ(parsed.error().kind, ApiError::Kind::Protocol);
    EXPECT_EQ(parsed.error().field, QString::fromLatin1(row.field)) << parsed.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rows, MigrationDates,
    ::testing::Values(
        DatesCase{"ReadyWithItsDates",
                  R"({"status": "ready", "name": "t", "precopy_percent": 100, "requested_at": "2026-11-20T09:00:00Z",
                      "ready_at": "2026-11-21T15:30:00Z", "free_until": "2026-12-05T15:30:00Z"})",
                  kOriginal, ""},
        DatesCase{"FreeUntilRoundedToTheDayIsFine",
                  R"({"status": "ready", "name": "t", "precopy_percent": 100, "requested_at": null,
                      "ready_at": "2026-11-21T15:30:00Z", "free_until": "2026-12-05T00:00:00Z"})",
                  kOriginal, ""},
        DatesCase{"FreeUntilIn1970",
                  R"({"status": "ready", "name": "t", "precopy_percent": 100, "requested_at": "2026-11-20T09:00:00Z",
                      "ready_at": "2026-11-21T15:30:00Z", "free_until": "1970-01-01T00:00:00Z"})",
                  kOriginal, "transit.free_until"},
        DatesCase{"FreeUntilAMonthLate",
                  R"({"status": "ready", "name": "t", "precopy_percent": 100, "requested_at": null,
                      "ready_at": "2026-11-21T15:30:00Z", "free_until": "2027-01-05T15:30:00Z"})",
                  kOriginal, "transit.free_until"},
        DatesCase{"ReadyWithoutReadyAt",
                  R"({"status": "ready", "name": "t", "precopy_percent": 100, "requested_at": null,
                      "ready_at": null, "free_until": "2026-12-05T15:30:00Z"})",
                  kOriginal, "transit.ready_at"},
        DatesCase{"ReadyWithoutFreeUntil",
                  R"({"status": "ready", "name": "t", "precopy_percent": 100, "requested_at": null,
                      "ready_at": "2026-11-21T15:30:00Z", "free_until": null})",
                  kOriginal, "transit.free_until"},
        DatesCase{"ReadyBeforeRequested",
                  R"({"status": "ready", "name": "t", "precopy_percent": 100, "requested_at": "2026-11-25T09:00:00Z",
                      "ready_at": "2026-11-21T15:30:00Z", "free_until": "2026-12-05T15:30:00Z"})",
                  kOriginal, "transit.ready_at"},
        DatesCase{"ReinstalledBeforeItStarted",
                  R"({"status": "not_requested", "name": null, "precopy_percent": null, "requested_at": null,
                      "ready_at": null, "free_until": null})",
                  R"({"status": "reinstalled", "reinstall_started_at": "2026-12-02T00:00:00Z",
                      "reinstalled_at": "2026-12-01T00:00:00Z"})",
                  "client_server.reinstalled_at"}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(AccountDates, AnOperationEndingBeforeItStartsIsAProtocolError)
{
    const QByteArray body = R"([{"account": 301, "name": "a", "database_size": 1, "files_size": 1, "mail_size": 1,
        "location": "client", "version": "old", "status": "migrating", "operation_started_at": "2999-01-01T00:00:00Z",
        "operation_estimated_end": "1900-01-01T00:00:00Z", "rollback_available": false, "last_error": null}])";
    const auto parsed = contract::parseMigrationAccounts(body);
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_EQ(parsed.error().field, u"[0].operation_estimated_end"_s);
}

} // namespace
