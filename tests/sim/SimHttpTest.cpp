#include "core/api/ApiContract.h"
#include "tests/sim/SimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUuid>

#include <gtest/gtest.h>

#include <ostream>

#include <functional>

#include <sys/stat.h>

using namespace passerelle;
using namespace passerelle::sim::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kKey = u"dry-run-key"_s;
constexpr qint64 kMigration = 7;
constexpr qint64 kShop = 301;
// Ten thousand simulated hours per real second: support steps pass within a few requests.
const QString kFast = u"100000000"_s;

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

class SimHttp : public ::testing::Test
{
protected:
    HttpResult get(const QString &path) { return send(manager, "GET", sim.url(path), basicAuth(kKey)); }
    HttpResult post(const QString &path, const QByteArray &body, const QByteArray &key = newKey())
    {
        return send(manager, "POST", sim.url(path), basicAuth(kKey), body, key);
    }
    HttpResult act(qint64 account, AccountAction action, const QByteArray &key = newKey())
    {
        return post(contract::actionPath(kMigration, account, action), contract::emptyActionBody(), key);
    }
    HttpResult ask(SupportTopic topic, Finalizer by = Finalizer::Nobody)
    {
        return post(contract::supportRequestPath(kMigration),
                    contract::supportRequestBody(SupportRequest {topic, u"over HTTP"_s, by}));
    }
    MigrationSnapshot snapshot()
    {
        MigrationSnapshot snap;
        const auto migration = contract::parseMigration(get(contract::migrationPath(kMigration)).body, kMigration);
        const auto accounts = contract::parseMigrationAccounts(get(contract::migrationAccountsPath(kMigration)).body);
        EXPECT_TRUE(migration.hasValue() && accounts.hasValue());
        if (migration && accounts)
            snap = MigrationSnapshot {migration.value(), accounts.value()};
        return snap;
    }
    // Polls, as a client would, until `done` holds (virtual time runs very fast here).
    bool pollUntil(const std::function<bool(const MigrationSnapshot &)> &done)
    {
        for (int i = 0; i < 200; ++i) {
            if (done(snapshot()))
                return true;
        }
        return false;
    }
    int simSideCount(qint64 account, AccountAction action)
    {
        const HttpResult stats = send(manager, "GET", sim.statsUrl(), basicAuth(kKey));
        const QJsonArray rows = QJsonDocument::fromJson(stats.body).object().value(u"actions"_s).toArray();
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(u"account"_s).toInteger() == account)
                return row.toObject().value(contract::toString(action)).toInt(-1);
        }
        return -1;
    }

    SimProcess sim;
    QNetworkAccessManager manager;
};

} // namespace

TEST_F(SimHttp, FirstLineGivesThePortAndSectionAResourcesParse)
{
    ASSERT_TRUE(sim.start({}));
    const auto servers = contract::parseServers(get(contract::serversPath()).body);
    ASSERT_TRUE(servers.hasValue()) << servers.error().message.toStdString();
    EXPECT_EQ(servers.value().first().name, u"vps-acme"_s);
    const auto accounts = contract::parseHostingAccounts(get(contract::hostingAccountsPath()).body);
    ASSERT_TRUE(accounts.hasValue());
    EXPECT_EQ(accounts.value().size(), 12);
    const auto databases = contract::parseDatabases(get(contract::databasesPath()).body);
    ASSERT_TRUE(databases.hasValue());
    EXPECT_TRUE(std::any_of(databases.value().cbegin(), databases.value().cend(),
                            [](const DatabaseInfo &d) { return d.type == DatabaseType::MongoDb; }));
    const auto sites = contract::parseSites(get(contract::sitesPath()).body);
    ASSERT_TRUE(sites.hasValue()) << sites.error().message.toStdString();
    EXPECT_GE(sites.value().size(), 12);
    EXPECT_TRUE(std::all_of(sites.value().cbegin(), sites.value().cend(), [](const SiteInfo &s) { return s.account != 0; }));
    const auto migrations = contract::parseMigrations(get(contract::migrationsPath()).body);
    ASSERT_TRUE(migrations.hasValue());
    EXPECT_EQ(migrations.value().first().id, kMigration);
    EXPECT_EQ(snapshot().migration.serverDailyPrice.cents, 420);
}

namespace {

struct AuthCase
{
    const char *name;
    std::function<QByteArray()> header;
    int expected;
};

// ctest lists a case by its name, not by its bytes.
void PrintTo(const AuthCase &param, std::ostream *out)
{
    *out << param.name;
}

} // namespace

class SimHttpAuth : public SimHttp, public ::testing::WithParamInterface<AuthCase>
{
};

TEST_P(SimHttpAuth, BasicAuthWithTheKeyAndAnOptionalQualifier)
{
    ASSERT_TRUE(sim.start({u"--api-key"_s, u"s3cret-sim-key"_s}));
    const HttpResult result = send(manager, "GET", sim.url(contract::migrationsPath()), GetParam().header());
    EXPECT_EQ(result.status, GetParam().expected);
    if (GetParam().expected == 401) {
        EXPECT_FALSE(contract::parseErrorBody(result.body).detail.isEmpty());
    }
    // Never log the key or the Authorization header.
    const QByteArray output = sim.stopAndCollectOutput();
    EXPECT_TRUE(output.contains("migration")) << output.toStdString();
    EXPECT_FALSE(output.contains("s3cret-sim-key")) << output.toStdString();
    EXPECT_FALSE(output.contains(basicAuth(u"s3cret-sim-key"_s).mid(6))) << output.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Keys, SimHttpAuth,
    ::testing::Values(
        AuthCase {"NoHeader", [] { return QByteArray(); }, 401},
        AuthCase {"WrongKey", [] { return basicAuth(u"dry-run-key"_s); }, 401},
        AuthCase {"NotBasic", [] { return QByteArrayLiteral("Bearer s3cret-sim-key"); }, 401},
        AuthCase {"WithPassword", [] { return basicAuth(u"s3cret-sim-key:pw"_s); }, 401},
        AuthCase {"UnknownAccount", [] { return basicAuth(u"s3cret-sim-key account=nobody"_s); }, 401},
        AuthCase {"BareKey", [] { return basicAuth(u"s3cret-sim-key"_s); }, 200},
        AuthCase {"AccountQualifier", [] { return basicAuth(u"s3cret-sim-key account=acme-shop"_s); }, 200},
        AuthCase {"CustomerQualifier", [] { return basicAuth(u"s3cret-sim-key customer=ops@acme.example"_s); }, 200}),
    [](const ::testing::TestParamInfo<AuthCase> &info) { return std::string(info.param.name); });

TEST_F(SimHttp, RateLimitAnswers429WithRetryAfter)
{
    ASSERT_TRUE(sim.start({u"--rate-limit"_s}));
    for (int i = 0; i < 50; ++i) {
        const HttpResult refused = act(kShop, AccountAction::Migrate); // 409: still counts
        ASSERT_EQ(refused.status, 409) << "POST " << i;
    }
    const HttpResult limited = act(kShop, AccountAction::Migrate);
    EXPECT_EQ(limited.status, 429);
    bool isNumber = false;
    const int retryAfter = limited.retryAfter.toInt(&isNumber);
    EXPECT_TRUE(isNumber) << limited.retryAfter.toStdString();
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 60);
    EXPECT_EQ(get(contract::migrationsPath()).status, 200); // safe requests have their own budget
}

TEST_F(SimHttp, DroppedConnectionAfterAProcessedPostTookEffectOnce)
{
    ASSERT_TRUE(sim.start({u"--drop-after-post"_s, u"2"_s, u"--time-scale"_s, kFast}));
    ASSERT_EQ(ask(SupportTopic::TransitServer).status, 201);
    ASSERT_TRUE(
        pollUntil([](const MigrationSnapshot &s) { return s.migration.transit.status == TransitStatus::Ready; }));

    const QByteArray key = newKey();
    const HttpResult dropped = act(kShop, AccountAction::Migrate, key);
    EXPECT_EQ(dropped.status, 0);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);

    const MigrationSnapshot after = snapshot();
    const AccountRecord *shop = after.account(kShop);
    ASSERT_NE(shop, nullptr);
    EXPECT_TRUE(shop->status == AccountStatus::Migrating || shop->status == AccountStatus::Migrated);
    EXPECT_EQ(simSideCount(kShop, AccountAction::Migrate), 1);

    // The careful client sends again with the same key: the first answer, nothing restarted.
    const HttpResult replay = act(kShop, AccountAction::Migrate, key);
    EXPECT_EQ(replay.status, 202);
    const auto first = contract::parseAccount(replay.body, kShop);
    ASSERT_TRUE(first.hasValue());
    EXPECT_EQ(first.value().status, AccountStatus::Migrating);
    EXPECT_EQ(simSideCount(kShop, AccountAction::Migrate), 1);
}

TEST_F(SimHttp, RefusalsFollowTheContract)
{
    ASSERT_TRUE(sim.start({u"--time-scale"_s, u"0"_s}));
    const HttpResult early = act(kShop, AccountAction::Migrate);
    EXPECT_EQ(early.status, 409);
    EXPECT_EQ(contract::parseErrorBody(early.body).status, u"idle"_s);
    EXPECT_FALSE(contract::parseErrorBody(early.body).detail.isEmpty());
    EXPECT_EQ(get(contract::migrationPath(99)).status, 404);
    EXPECT_EQ(act(999, AccountAction::Test).status, 404);
    EXPECT_EQ(get(u"nothing/here/"_s).status, 404);
    EXPECT_EQ(post(contract::actionPath(kMigration, kShop, AccountAction::Test), "{}", QByteArray()).status, 400);
    const QByteArray key = newKey();
    EXPECT_EQ(act(kShop, AccountAction::Test, key).status, 202);
    EXPECT_EQ(act(kShop, AccountAction::Test, key).status, 202);
    EXPECT_EQ(act(302, AccountAction::Test, key).status, 422);
    EXPECT_EQ(
        send(manager, "GET", sim.url(contract::actionPath(kMigration, kShop, AccountAction::Test)), basicAuth(kKey))
            .status,
        405);
    EXPECT_EQ(simSideCount(kShop, AccountAction::Test), 1);
    // A key qualified for one account may not act on another.
    const QUrl blogTest = sim.url(contract::actionPath(kMigration, 302, AccountAction::Test));
    EXPECT_EQ(send(manager, "POST", blogTest, basicAuth(u"dry-run-key account=acme-shop"_s), "{}", newKey()).status,
              403);
    EXPECT_EQ(send(manager, "POST", blogTest, basicAuth(u"dry-run-key account=acme-blog"_s), "{}", newKey()).status,
              202);
}

TEST_F(SimHttp, SkipToTheNextEventOverHttp)
{
    ASSERT_TRUE(sim.start({u"--time-scale"_s, u"0"_s}));
    ASSERT_EQ(ask(SupportTopic::TransitServer).status, 201);
    const QList<TransitStatus> expected
        = {TransitStatus::WaitingForServer, TransitStatus::Installing, TransitStatus::Ready};
    for (TransitStatus status : expected) {
        const HttpResult skipped = send(manager, "POST", sim.skipUrl(), basicAuth(kKey), "{}");
        ASSERT_EQ(skipped.status, 200);
        EXPECT_EQ(snapshot().migration.transit.status, status);
    }
    const QJsonObject stats
        = QJsonDocument::fromJson(send(manager, "GET", sim.statsUrl(), basicAuth(kKey)).body).object();
    EXPECT_TRUE(stats.value(u"next_event_at"_s).isNull());
    EXPECT_EQ(stats.value(u"now"_s).toString(), snapshot().migration.transit.readyAt.toString(Qt::ISODate));
    EXPECT_EQ(send(manager, "POST", sim.skipUrl(), QByteArray(), "{}").status, 401);
}

TEST_F(SimHttp, FaultsLatencyAndFailRate)
{
    ASSERT_TRUE(sim.start({u"--fail-rate"_s, u"1"_s, u"--latency"_s, u"150"_s}));
    QElapsedTimer timer;
    timer.start();
    const HttpResult failed = get(contract::migrationsPath());
    EXPECT_GE(timer.elapsed(), 150);
    EXPECT_EQ(failed.status, 503);
    EXPECT_FALSE(contract::parseErrorBody(failed.body).detail.isEmpty());
}

// A FIFO would hold the simulator at its start forever; a device would be read without end.
TEST(SimCommandLine, AFifoOrADeviceAsScenarioIsRefusedAtOnce)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"scenario.json"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {fifo, u"/dev/zero"_s}) {
        QProcess process;
        process.start(QStringLiteral(PASSERELLE_SIM_EXE), {u"--scenario"_s, path});
        ASSERT_TRUE(process.waitForFinished(10000)) << path.toStdString();
        EXPECT_EQ(process.exitCode(), 2);
        const QByteArray errors = process.readAllStandardError();
        EXPECT_TRUE(errors.contains("not a regular file")) << errors.toStdString();
    }
}

TEST(SimCommandLine, BadScenarioFileIsRefusedNamingTheField)
{
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(R"({"seed": 1, "start": "2026-11-23T08:00:00Z", "customer_email": "a@b.example",
                  "server": {"id": 1, "name": "vps", "datacenter": 1},
                  "migration": {"id": 7, "description": "d", "kind": "k", "deadline": "2027-01-31T23:59:59Z",
                                "server_daily_price": "4.20", "currency": "EUR", "transit_name": "t"},
                  "accounts": [{"id": 1, "name": "a", "database_size": -5, "files_size": 0, "mail_size": 0}]})");
    file.close();
    QProcess process;
    process.start(QStringLiteral(PASSERELLE_SIM_EXE), {u"--scenario"_s, file.fileName()});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty()); // no "listening on" line
    const QByteArray errors = process.readAllStandardError();
    EXPECT_TRUE(errors.contains("accounts[0].database_size: expected a non-negative integer")) << errors.toStdString();
}
