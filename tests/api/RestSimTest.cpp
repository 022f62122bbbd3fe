#include "tests/sim/SimProcess.h"

#include "core/journal/InMemoryJournal.h"
#include "core/session/MigrationSession.h"
#include "core/api/RestAdminApi.h"
#include "tests/api/RestApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

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
        ASSERT_TRUE(simulator.start(arguments << u"--api-key"_s << QString::fromLatin1(kSimKey)));
        pacer = std::make_unique<RequestPacer>(clock, limits);
        HttpContext context;
        context.network = &network;
        context.endpoint = ApiEndpoint::fromString(simulator.url(QString()).toString()).value();
        context.credentials = Credentials::forCustomer(kSimKey, u"ops@acme.example"_s);
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
        const QJsonArray rows = QJsonDocument::fromJson(stats.body).object().value(u"actions"_s).toArray();
        for (const QJsonValue &row : rows) {
            if (row[u"account"_s].toInteger() == accountId)
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

// A dropped connection after a POST -> exactly one operation on the server. The product's
// own path: the session sends, loses the answer, reads the account back and sends nothing again.
TEST_F(RestAgainstSim, DroppedPostIsReadBackAndNeverSentTwice)
{
    start({u"--drop-after-post"_s, u"1"_s, u"--latency"_s, u"30"_s});
    InMemoryJournal journal;
    MigrationSession session(api.get(), &clock, &journal);
    session.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.state() == MigrationSession::State::Ready; }, 20000));
    const qint64 accountId = session.snapshot().accounts.constFirst().id;

    QSignalSpy accepted(&session, &MigrationSession::actionAccepted);
    QSignalSpy failed(&session, &MigrationSession::actionFailed);
    session.startAction(accountId, AccountAction::Test);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !accepted.isEmpty() || !failed.isEmpty(); }, 20000));
    ASSERT_EQ(accepted.count(), 1) << (failed.isEmpty() ? std::string() : failed.first().at(2).toString().toStdString());
    EXPECT_TRUE(journal.intentsInDoubt(session.migrationId()).isEmpty());
    EXPECT_EQ(simSideCount(accountId, "test"), 1);
}

TEST_F(RestAgainstSim, RandomServiceUnavailableIsRetriedForReads)
{
    start({u"--fail-rate"_s, u"0.3"_s});
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
    start({u"--rate-limit"_s}, unlimited);
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
