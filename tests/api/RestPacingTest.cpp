#include "ProviderRoutes.h"
#include "RestApiFixture.h"

#include "core/journal/InMemoryJournal.h"
#include "core/session/MigrationSession.h"

#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;

namespace {

// The real client on a FaultServer, with a clock that moves only when the test says so: the pacer's
// minute and a Retry-After pass by clock.advance(), never by waiting.
class PacedClient : public ::testing::Test
{
protected:
    PacedClient()
    {
        EXPECT_TRUE(server.listen());
        HttpContext context;
        context.network = &network;
        context.endpoint = ApiEndpoint::fromString(server.baseUrl()).value();
        context.credentials = Credentials::forAccount(kTestKey, u"acme-shop"_s);
        context.pacer = &pacer;
        context.retryPolicy = &policy;
        context.clock = &clock;
        context.waitScale = 0.001;
        api = std::make_unique<RestAdminApi>(context);
    }

    FaultServer server;
    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc())};
    QNetworkAccessManager network;
    RequestPacer pacer {clock};
    RetryPolicy policy {[] { return 0.5; }};
    std::unique_ptr<RestAdminApi> api;
};

// The pacer inside the real client: with a clock that stands still, the 51st POST of a minute
// waits, and leaves only once the window has moved.
TEST_F(PacedClient, TheFiftyFirstPostOfAMinuteWaitsForTheWindow)
{
    server.setResponder([](const SeenRequest &) { return Scripted::json(202, accountJson("testing")); });
    QSignalSpy waits(api.get(), &RestAdminApi::waitScheduled);

    std::vector<std::unique_ptr<AccountActionJob>> jobs;
    for (int i = 0; i < 51; ++i)
        jobs.emplace_back(api->startAction(7, 301, AccountAction::Test, QUuid::createUuid()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.count("POST") == 50; }, 20000));
    EXPECT_FALSE(QTest::qWaitFor([&] { return server.count("POST") > 50; }, 300));
    ASSERT_FALSE(waits.isEmpty());
    EXPECT_GE(waits.first().first().toLongLong(), 60 * 1000);

    clock.advance(61);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.count("POST") == 51; }, 20000));
}

// A 429 holds every request of the client until its Retry-After, not only the refused one; then
// paced sending resumes.
TEST_F(PacedClient, A429PausesEveryRequestOfTheClient)
{
    // Of two concurrent reads, the first to arrive is refused for 20 s; the other was already on its way.
    server.enqueue(Scripted::json(429, {}).with("Retry-After", "20"));
    Scripted late = Scripted::json(200, accountListJson("idle"));
    late.delayMs = 300;
    server.enqueue(late);
    server.setResponder([](const SeenRequest &) { return Scripted::json(200, accountListJson("idle")); });

    std::unique_ptr<MigrationAccountsJob> a(api->migrationAccounts(7));
    std::unique_ptr<MigrationAccountsJob> b(api->migrationAccounts(7));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->isFinished() || b->isFinished(); }, 20000));
    ASSERT_EQ(server.requests().size(), 2);
    MigrationAccountsJob *refused = a->isFinished() ? b.get() : a.get();
    EXPECT_FALSE((a->isFinished() ? a : b)->hasError());

    std::unique_ptr<MigrationAccountsJob> next(api->migrationAccounts(7));
    EXPECT_FALSE(QTest::qWaitFor([&] { return server.requests().size() > 2; }, 300))
        << "a request left during the provider's pause";
    clock.advance(21);
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused->isFinished() && next->isFinished(); }, 20000));
    EXPECT_FALSE(refused->hasError());
    EXPECT_FALSE(next->hasError());
    EXPECT_EQ(server.requests().size(), 4);
}

// Over the wire, through the session: one poll is two GETs, with 500 accounts as with one.
TEST_F(RestApiFixture, APollOfFiveHundredAccountsIsTwoRequests)
{
    ProviderRoutes routes = ProviderRoutes::ready(500);
    server.setResponder([&routes](const SeenRequest &request) { return routes.answer(request); });
    InMemoryJournal journal;
    MigrationSession session(api.get(), &clock, &journal);
    session.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.state() == MigrationSession::State::Ready; }, 20000));
    ASSERT_EQ(session.snapshot().accounts.size(), 500);
    // Let discovery's own reads settle before counting.
    QTest::qWait(200);
    const qsizetype before = server.requests().size();

    QSignalSpy refreshed(&session, &MigrationSession::snapshotChanged);
    session.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requests().size() >= before + 2; }, 20000));
    QTest::qWait(200);
    const auto poll = server.requests().mid(before);
    ASSERT_EQ(poll.size(), 2);
    QList<QByteArray> targets {poll[0].target, poll[1].target};
    std::sort(targets.begin(), targets.end());
    EXPECT_EQ(targets[0], QByteArrayLiteral("/v1/migration/7/"));
    EXPECT_EQ(targets[1], QByteArrayLiteral("/v1/migration/7/account/"));
    std::printf("[ measured ] discovery: %lld requests; one poll with 500 accounts: %lld requests\n",
                static_cast<long long>(before), static_cast<long long>(poll.size()));
    session.stop();
}

} // namespace
