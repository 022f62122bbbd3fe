#include "RestApiFixture.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;
using Kind = ApiError::Kind;

namespace {

enum class Call { ReadAccounts, Action, Support };

struct StatusCase
{
    const char *name;
    Call call;
    int status;
    const char *body;
    std::optional<Kind> expected; // nullopt: success
    int requestsSeen;
};

class RestStatus : public RestApiFixture, public ::testing::WithParamInterface<StatusCase>
{
};

TEST_P(RestStatus, MapsEveryAnswer)
{
    const StatusCase &c = GetParam();
    server.setResponder([&c](const SeenRequest &) { return Scripted::json(c.status, QByteArray(c.body)); });
    std::unique_ptr<ApiJob> job;
    const QUuid key = QUuid::createUuid();
    switch (c.call) {
    case Call::ReadAccounts:
        job.reset(api->migrationAccounts(7));
        break;
    case Call::Action:
        job.reset(api->startAction(7, 301, AccountAction::Migrate, key));
        break;
    case Call::Support:
        job.reset(api->requestSupport(7, SupportRequest {SupportTopic::TransitServer, u"hi"_s, {}}, key));
        break;
    }
    ASSERT_TRUE(finishes(job.get()));
    EXPECT_EQ(job->hasError(), c.expected.has_value()) << (job->hasError() ? job->error().message.toStdString() : "");
    if (c.expected && job->hasError()) {
        EXPECT_EQ(job->error().kind, *c.expected) << job->error().message.toStdString();
        EXPECT_FALSE(job->error().message.contains(QString::fromLatin1(kTestKey)));
    }
    EXPECT_EQ(server.requests().size(), c.requestsSeen);
}

const char *const kAccounts = R"([{"account": 301, "name": "acme-shop", "database_size": 1, "files_size": 2,
 "mail_size": 3, "location": "client", "version": "old", "status": "idle", "operation_started_at": null,
 "operation_estimated_end": null, "rollback_available": false, "last_error": null}])";
const char *const kMigrating = R"({"account": 301, "name": "acme-shop", "database_size": 1, "files_size": 2,
 "mail_size": 3, "location": "client", "version": "old", "status": "migrating",
 "operation_started_at": "2026-11-23T10:00:00Z", "operation_estimated_end": null, "rollback_available": false,
 "last_error": null})";

INSTANTIATE_TEST_SUITE_P(
    Statuses, RestStatus,
    ::testing::Values(
        StatusCase {"Get200", Call::ReadAccounts, 200, kAccounts, std::nullopt, 1},
        StatusCase {"Get200Html", Call::ReadAccounts, 200, "<html><body>Maintenance</body></html>", Kind::Protocol, 1},
        StatusCase {"Get200TruncatedJson", Call::ReadAccounts, 200, R"([{"account": 301, "name": "acme)",
                    Kind::Protocol, 1},
        StatusCase {"Get200UnknownStatus", Call::ReadAccounts, 200,
                    R"([{"account": 301, "name": "a", "database_size": 1, "files_size": 2, "mail_size": 3,
 "location": "client", "version": "old", "status": "teleporting", "operation_started_at": null,
 "operation_estimated_end": null, "rollback_available": false, "last_error": null}])",
                    Kind::Protocol, 1},
        StatusCase {"Get400", Call::ReadAccounts, 400, R"({"detail": "bad"})", Kind::BadRequest, 1},
        StatusCase {"Get401", Call::ReadAccounts, 401, R"({"detail": "no"})", Kind::KeyRefused, 1},
        StatusCase {"Get403", Call::ReadAccounts, 403, "", Kind::KeyRefused, 1},
        StatusCase {"Get404", Call::ReadAccounts, 404, R"({"detail": "unknown"})", Kind::NotFound, 1},
        StatusCase {"Get429AfterThreeRetries", Call::ReadAccounts, 429, "", Kind::RateLimited, 4},
        StatusCase {"Get500NotRetried", Call::ReadAccounts, 500, "<html>oops</html>", Kind::Server, 1},
        StatusCase {"Get502AfterThreeRetries", Call::ReadAccounts, 502, "", Kind::Server, 4},
        StatusCase {"Get503AfterThreeRetries", Call::ReadAccounts, 503, "", Kind::Server, 4},
        StatusCase {"Get504AfterThreeRetries", Call::ReadAccounts, 504, "", Kind::Server, 4},
        StatusCase {"Post202", Call::Action, 202, kMigrating, std::nullopt, 1},
        StatusCase {"Post401", Call::Action, 401, "", Kind::KeyRefused, 1},
        StatusCase {"Post404", Call::Action, 404, "", Kind::NotFound, 1},
        StatusCase {"Post409", Call::Action, 409, R"({"detail": "busy", "status": "migrating"})", Kind::Conflict, 1},
        StatusCase {"Post422", Call::Action, 422, R"({"detail": "key reused"})", Kind::Unprocessable, 1},
        StatusCase {"Post429NeverRetried", Call::Action, 429, "", Kind::RateLimited, 1},
        StatusCase {"Post503NeverRetried", Call::Action, 503, "", Kind::Server, 1},
        StatusCase {"Post202HtmlIsProtocol", Call::Action, 202, "<html></html>", Kind::Protocol, 1},
        StatusCase {"Support201", Call::Support, 201,
                    R"({"id": 55, "topic": "transit_server", "created_at": "2026-11-23T10:00:00Z"})", std::nullopt, 1},
        StatusCase {"Support404NotOffered", Call::Support, 404, "", Kind::NotOffered, 1},
        StatusCase {"Support405NotOffered", Call::Support, 405, "<html>Method Not Allowed</html>", Kind::NotOffered, 1},
        StatusCase {"Support403KeyRefused", Call::Support, 403, "", Kind::KeyRefused, 1}),
    [](const auto &info) { return std::string(info.param.name); });

TEST_F(RestApiFixture, ConflictReportsTheCurrentStatus)
{
    server.enqueue(Scripted::json(409, QByteArrayLiteral(R"({"detail": "busy", "status": "testing"})")));
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Migrate, QUuid::createUuid()));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().currentStatus, u"testing"_s);
}

TEST_F(RestApiFixture, RateLimitedCarriesRetryAfterWhenItIsTooLongToWait)
{
    server.setResponder([](const SeenRequest &) { return Scripted::json(429, {}).with("Retry-After", "3600"); });
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::RateLimited);
    EXPECT_EQ(job->error().retryAfterSeconds, 3600);
    EXPECT_EQ(server.requests().size(), 1); // an hour is not waited for inside one call
}

} // namespace
