// A provider that breaks the contract on purpose: answers about something else than what was
// asked, keys given twice, answers trickled byte by byte, redirects in a loop.
#include "RestApiFixture.h"

#include <QElapsedTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;
using Fault = Scripted::Fault;
using Kind = ApiError::Kind;

namespace {

Scripted trickled(Fault fault, int intervalMs)
{
    Scripted answer = Scripted::json(200, accountListJson("idle"));
    answer.fault = fault;
    answer.trickleMs = intervalMs;
    return answer;
}

TEST_F(RestApiFixture, AnActionAnsweredForAnotherAccountIsAProtocolError)
{
    server.enqueue(Scripted::json(202, accountJson("migrating", 302)));
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Migrate, QUuid::createUuid()));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Protocol);
    EXPECT_EQ(job->error().field, u"account"_s);
    EXPECT_EQ(server.count("POST"), 1);
}

TEST_F(RestApiFixture, AMigrationAnsweredForAnotherIsAProtocolError)
{
    server.enqueue(Scripted::json(200, R"({"id": 8, "description": "", "kind": "", "deadline": null, "server": 12,
 "server_daily_price": "4.20", "currency": "EUR",
 "transit": {"status": "ready", "name": null, "precopy_percent": 100, "requested_at": null, "ready_at": null,
             "free_until": null},
 "client_server": {"status": "original", "reinstall_started_at": null, "reinstalled_at": null},
 "finalization": {"by": null, "free_until": null}})"));
    std::unique_ptr<MigrationJob> job(api->migration(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Protocol);
    EXPECT_TRUE(job->error().message.contains(u"answers for 8 where 7 was asked"))
        << job->error().message.toStdString();
}

TEST_F(RestApiFixture, AKeyGivenTwiceInOneObjectIsAProtocolError)
{
    QByteArray body = accountListJson("idle");
    body.replace(R"("status": "idle")", R"("status": "idle", "status": "done")");
    server.enqueue(Scripted::json(200, body));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Protocol);
    EXPECT_EQ(job->error().field, u"status"_s);
}

// A byte every 100 ms never trips the transfer timeout; the attempt's deadline ends it.
TEST_F(RestApiFixture, ATrickledBodyMeetsTheAttemptDeadline)
{
    rebuild(2000, 400);
    server.setResponder([](const SeenRequest &) { return trickled(Fault::TrickledBody, 100); });
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Timeout);
    EXPECT_EQ(server.count("GET"), 4);
    EXPECT_LT(elapsed.elapsed(), 4 * 400 + 2000);
}

TEST_F(RestApiFixture, TrickledHeadersMeetTheAttemptDeadline)
{
    rebuild(2000, 400);
    server.setResponder([](const SeenRequest &) { return trickled(Fault::TrickledHeaders, 100); });
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Timeout);
}

TEST_F(RestApiFixture, ATrickledActionAnswerIsInDoubtAndSentOnce)
{
    rebuild(2000, 400);
    Scripted answer = Scripted::json(202, accountJson("migrating"));
    answer.fault = Fault::TrickledBody;
    server.enqueue(answer);
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Migrate, QUuid::createUuid()));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::OutcomeUnknown);
    EXPECT_EQ(server.count("POST"), 1);
}

// The retries stop when one more whole attempt would not fit in the budget.
TEST_F(RestApiFixture, AFailingGetGivesUpWithinItsBudget)
{
    RetryPolicy::Settings settings;
    settings.giveUpAfterMs = 1500;
    retryPolicy = RetryPolicy([] { return 0.0; }, settings);
    rebuild(5000, 500);
    server.setResponder([](const SeenRequest &) { return Scripted::failing(Fault::Hang); });
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<MigrationJob> job(api->migration(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Timeout);
    // 0.5 s, a 250 ms backoff (scaled down), 0.5 s: a third attempt would end past 1.5 s.
    EXPECT_EQ(server.count("GET"), 2);
    EXPECT_LT(elapsed.elapsed(), 1500);
}

TEST_F(RestApiFixture, ARedirectLoopSaysItIsALoop)
{
    // /v1/server/ -> /v1/server/?again -> /v1/server/ -> ...
    server.setResponder([](const SeenRequest &request) {
        return Scripted::json(302, {}).with("Location", request.target.contains('?') ? "/v1/server/" : "/v1/server/?again");
    });
    std::unique_ptr<ServersJob> job(api->servers());
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Redirect);
    EXPECT_TRUE(job->error().message.contains(u"loop")) << job->error().message.toStdString();
}

} // namespace
