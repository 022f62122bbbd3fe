#include "RestApiFixture.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;
using Fault = Scripted::Fault;
using Kind = ApiError::Kind;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

TEST_F(RestApiFixture, GetRetriedOn503ThenSucceeds)
{
    server.enqueue(Scripted::json(503, {}));
    server.enqueue(Scripted::json(200, accountListJson("idle")));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_FALSE(job->hasError()) << job->error().message.toStdString();
    EXPECT_EQ(job->value().size(), 1);
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(RestApiFixture, HangingServerTimesOutAndGetIsRetriedAtMostThreeTimes)
{
    rebuild(300);
    server.setResponder([](const SeenRequest &) { return Scripted::failing(Fault::Hang); });
    std::unique_ptr<MigrationJob> job(api->migration(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Timeout);
    EXPECT_EQ(server.count("GET"), 4);
}

TEST_F(RestApiFixture, HangingServerOnPostIsOutcomeUnknownAndSentOnce)
{
    rebuild(300);
    server.setResponder([](const SeenRequest &) { return Scripted::failing(Fault::Hang); });
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Migrate, QUuid::createUuid()));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::OutcomeUnknown);
    EXPECT_EQ(server.count("POST"), 1);
}

TEST_F(RestApiFixture, DroppedConnectionAfterPostIsOutcomeUnknownAndSentOnce)
{
    server.setResponder([](const SeenRequest &) { return Scripted::failing(Fault::CloseAfterRequest); });
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Migrate, QUuid::createUuid()));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::OutcomeUnknown) << job->error().message.toStdString();
    EXPECT_EQ(server.count("POST"), 1);
}

TEST_F(RestApiFixture, DroppedConnectionOnGetIsANetworkError)
{
    server.setResponder([](const SeenRequest &) { return Scripted::failing(Fault::CloseAfterRequest); });
    std::unique_ptr<MigrationJob> job(api->migration(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Network);
}

TEST_F(RestApiFixture, RetryAfterSecondsIsHonoured)
{
    server.enqueue(Scripted::json(429, {}).with("Retry-After", "1"));
    server.enqueue(Scripted::json(200, accountListJson("idle")));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_FALSE(job->hasError());
    ASSERT_GE(waits->size(), 1);
    EXPECT_GE(waits->at(0).at(0).toLongLong(), 1000);
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(RestApiFixture, RetryAfterHttpDateIsHonoured)
{
    const QByteArray date
        = QLocale::c().toString(clock.now().addSecs(5), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    server.enqueue(Scripted::json(503, {}).with("Retry-After", date));
    server.enqueue(Scripted::json(200, accountListJson("idle")));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_FALSE(job->hasError());
    ASSERT_EQ(waits->size(), 1);
    EXPECT_GE(waits->at(0).at(0).toLongLong(), 3000);
    EXPECT_LE(waits->at(0).at(0).toLongLong(), 5000);
}

TEST_F(RestApiFixture, BodyAnnouncedOverSixteenMiBIsRefused)
{
    Scripted huge = Scripted::json(200, QByteArray(20 * kMiB, ' '));
    server.enqueue(huge);
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Protocol);
    EXPECT_EQ(job->error().field, u"body"_s);
}

TEST_F(RestApiFixture, StreamedBodyOverSixteenMiBIsCutOff)
{
    Scripted huge = Scripted::failing(Fault::StreamedHugeBody);
    huge.hugeBytes = 20 * kMiB;
    server.enqueue(huge);
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Protocol);
    EXPECT_EQ(job->error().field, u"body"_s);
}

TEST_F(RestApiFixture, TruncatedBodyIsAnError)
{
    Scripted cut = Scripted::json(200, accountListJson("idle"));
    cut.fault = Fault::TruncatedBody;
    server.enqueue(cut);
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_TRUE(job->error().kind == Kind::Network || job->error().kind == Kind::Protocol);
}

TEST_F(RestApiFixture, SlowButInTimeAnswerSucceeds)
{
    Scripted slow = Scripted::json(200, accountListJson("idle"));
    slow.delayMs = 200;
    server.enqueue(slow);
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    EXPECT_FALSE(job->hasError());
}

TEST_F(RestApiFixture, CancelFinishesOnceWithCancelled)
{
    server.setResponder([](const SeenRequest &) { return Scripted::failing(Fault::Hang); });
    std::unique_ptr<MigrationJob> job(api->migration(7));
    QSignalSpy seen(&server, &FaultServer::requestSeen);
    ASSERT_TRUE(seen.wait(10000));
    QSignalSpy finished(job.get(), &ApiJob::finished);
    job->cancel();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(job->error().kind, Kind::Cancelled);
    EXPECT_FALSE(finished.wait(200));
    EXPECT_EQ(finished.size(), 1);
}

TEST(RestConnection, RefusedConnectionIsNetworkForGetAndPost)
{
    quint16 closedPort = 0;
    {
        FaultServer gone;
        ASSERT_TRUE(gone.listen());
        closedPort = gone.port();
    }
    QNetworkAccessManager network;
    SystemClock clock;
    RequestPacer pacer(clock);
    RetryPolicy policy([] { return 0.0; });
    HttpContext context;
    context.network = &network;
    context.endpoint = ApiEndpoint::fromString(u"http://127.0.0.1:%1/v1/"_s.arg(closedPort)).value();
    context.credentials = Credentials::ownProfile(kTestKey);
    context.pacer = &pacer;
    context.retryPolicy = &policy;
    context.clock = &clock;
    RestAdminApi api(context);
    std::unique_ptr<ServersJob> get(api.servers());
    std::unique_ptr<AccountActionJob> post(api.startAction(7, 301, AccountAction::Test, QUuid::createUuid()));
    ASSERT_TRUE(finishes(post.get()));
    if (!get->isFinished()) {
        QSignalSpy spy(get.get(), &ApiJob::finished);
        ASSERT_TRUE(spy.wait(10000));
    }
    EXPECT_EQ(get->error().kind, Kind::Network);
    EXPECT_EQ(post->error().kind, Kind::Network); // refused: certainly not sent, so not "unknown"
}

} // namespace
