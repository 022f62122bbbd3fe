#include "tests/sim/SimProcess.h"

#include "core/api/ActionReconciler.h"
#include "core/api/RestAdminApi.h"
#include "tests/api/RestApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cstdio>
#include <vector>

using namespace passerelle;
using namespace passerelle::test;

namespace {

const QByteArray kSimKey = QByteArrayLiteral("SimKey-api-0815");

// RestAdminApi against the real passerelle-sim on 127.0.0.1, as the product uses it.
class RestAgainstSim : public ::testing::Test
{
protected:
    void start(QStringList arguments, RequestPacer::Limits limits = {})
    {
        ASSERT_TRUE(simulator.start(arguments << QStringLiteral("--api-key") << QString::fromLatin1(kSimKey)));
        pacer = std::make_unique<RequestPacer>(clock, limits);
        HttpContext context;
        context.network = &network;
        context.endpoint = ApiEndpoint::fromString(simulator.url(QString()).toString()).value();
        context.credentials = Credentials::forCustomer(kSimKey, QStringLiteral("ops@acme.example"));
        context.pacer = pacer.get();
        context.retryPolicy = &retryPolicy;
        context.clock = &clock;
        context.waitScale = 0.001;
        api = std::make_unique<RestAdminApi>(context);
    }

    int simSideCount(qint64 accountId, const char *action)
    {
        const sim::test::HttpResult stats
            = sim::test::send(network, "GET", simulator.statsUrl(), sim::test::basicAuth(QString::fromLatin1(kSimKey)));
        const QJsonArray rows = QJsonDocument::fromJson(stats.body).object().value(QStringLiteral("actions")).toArray();
        for (const QJsonValue &row : rows) {
            if (row[QStringLiteral("account")].toInteger() == accountId)
                return row[QString::fromLatin1(action)].toInt(-1);
        }
        return -1;
    }

    sim::test::SimProcess simulator;
    QNetworkAccessManager network;
    SystemClock clock;
    std::unique_ptr<RequestPacer> pacer;
    RetryPolicy retryPolicy {[] { return 0.5; }};
    std::unique_ptr<RestAdminApi> api;
};

// Issue 4: dropped connection after a POST -> exactly one operation on the server.
TEST_F(RestAgainstSim, DroppedPostIsReadBackAndNeverSentTwice)
{
    start(
        {QStringLiteral("--drop-after-post"), QStringLiteral("1"), QStringLiteral("--latency"), QStringLiteral("30")});
    std::unique_ptr<MigrationAccountsJob> read(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(read.get()));
    ASSERT_FALSE(read->hasError()) << read->error().message.toStdString();
    const AccountState before = read->value().constFirst();

    const QUuid key = QUuid::createUuid();
    std::unique_ptr<AccountActionJob> lost(api->startAction(7, before.id, AccountAction::Test, key));
    ASSERT_TRUE(finishes(lost.get()));
    ASSERT_TRUE(lost->hasError());
    EXPECT_EQ(lost->error().kind, ApiError::Kind::OutcomeUnknown);

    ActionReconciler reconciler(*api, {7, before, AccountAction::Test, key});
    reconciler.start();
    ASSERT_TRUE(finishes(&reconciler));
    ASSERT_FALSE(reconciler.hasError()) << reconciler.error().message.toStdString();
    EXPECT_EQ(reconciler.value().verdict, Reconciliation::Verdict::Started);
    EXPECT_EQ(simSideCount(before.id, "test"), 1);
}

TEST_F(RestAgainstSim, RandomServiceUnavailableIsRetriedForReads)
{
    start({QStringLiteral("--fail-rate"), QStringLiteral("0.3")});
    int failures = 0;
    for (int i = 0; i < 20; ++i) {
        std::unique_ptr<MigrationJob> job(api->migration(7));
        ASSERT_TRUE(finishes(job.get()));
        failures += job->hasError() ? 1 : 0;
    }
    // 0.3^4 per read: with the simulator's fixed seed, every read gets through within 3 retries.
    EXPECT_EQ(failures, 0);
}

// Without our pacer (limits lifted for the test) the simulator's limiter answers 429 with a
// Retry-After; reads are retried, then reported as RateLimited with the server's delay.
TEST_F(RestAgainstSim, ServerRateLimitIsReportedWithItsRetryAfter)
{
    RequestPacer::Limits unlimited;
    unlimited.safePerWindow = 100000;
    start({QStringLiteral("--rate-limit")}, unlimited);
    std::vector<std::unique_ptr<ServersJob>> jobs;
    for (int i = 0; i < 260; ++i)
        jobs.emplace_back(api->servers());
    int ok = 0;
    int limited = 0;
    for (auto &job : jobs) {
        if (!job->isFinished()) {
            ASSERT_TRUE(finishes(job.get()));
        }
        if (!job->hasError()) {
            ++ok;
        } else if (job->error().kind == ApiError::Kind::RateLimited) {
            ++limited;
            EXPECT_GT(job->error().retryAfterSeconds, 0);
        }
    }
    EXPECT_LE(ok, 250);
    EXPECT_GE(limited, 10);
    std::printf("[ measured ] 260 GETs unpaced against the simulator's limiter: %d answered, %d rate limited\n", ok,
                limited);
}

} // namespace
