#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::test;

namespace {

const QByteArray kKey = QByteArrayLiteral("K3Y-cli-test-987");
// base64("K3Y-cli-test-987 account=account-1:")
const QByteArray kAuthorization = "Basic " + QByteArrayLiteral("K3Y-cli-test-987 account=account-1:").toBase64();

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real passerelle-cli binary against a provider on 127.0.0.1, every log category on, so that
// its whole output can be searched for the key.
class CliProcess : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        server.setResponder([this](const SeenRequest &request) { return routes.answer(request); });
    }

    CliRun run(const QStringList &arguments, const QByteArray &key = kKey, QString apiUrl = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PASSERELLE_API_KEY"));
        if (!key.isEmpty())
            environment.insert(QStringLiteral("PASSERELLE_API_KEY"), QString::fromLatin1(key));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        // The journal (shared with the wizard) goes to a fresh directory, never the user's.
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
        process.setProcessEnvironment(environment);
        QStringList all = arguments;
        all << QStringLiteral("--api-url") << (apiUrl.isEmpty() ? server.baseUrl() : apiUrl)
            << QStringLiteral("--account") << QStringLiteral("account-1");
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(PASSERELLE_CLI_PATH), all);
        EXPECT_TRUE(finished.wait(60000)) << "passerelle-cli did not finish";
        CliRun result {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        // The test key appears in no output of the run.
        for (const QByteArray &stream : {result.out, result.err}) {
            EXPECT_FALSE(stream.contains(kKey)) << stream.toStdString();
            EXPECT_FALSE(stream.contains(kAuthorization.mid(6))) << stream.toStdString();
            EXPECT_FALSE(stream.contains(kKey.toBase64().left(12))) << stream.toStdString();
        }
        return result;
    }

    QTemporaryDir dataHome;
    FaultServer server;
    ProviderRoutes routes = ProviderRoutes::ready(3);
};

TEST_F(CliProcess, StatusJsonReadsTheWholeMigration)
{
    const CliRun result = run({QStringLiteral("status"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(json[QStringLiteral("accounts")].toArray().size(), 3);
    EXPECT_EQ(json[QStringLiteral("step")][QStringLiteral("number")].toInt(), 4);
    ASSERT_FALSE(server.requests().isEmpty());
    for (const SeenRequest &request : server.requests()) {
        EXPECT_EQ(request.header("Authorization"), kAuthorization);
        EXPECT_EQ(request.method, QByteArrayLiteral("GET"));
    }
}

TEST_F(CliProcess, PlanTextListsTheQueue)
{
    const CliRun result = run({QStringLiteral("plan")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("account-1"));
    EXPECT_TRUE(result.out.contains("account-3"));
}

TEST_F(CliProcess, MigrateWithYesSendsOnePostAndWaitsForTheOutcome)
{
    const CliRun result = run(
        {QStringLiteral("migrate"), QStringLiteral("account-2"), QStringLiteral("--yes"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(json[QStringLiteral("status")].toString(), QStringLiteral("migrated"));
    EXPECT_EQ(server.count("POST"), 1);
    for (const SeenRequest &request : server.requests()) {
        if (request.method == "POST") {
            EXPECT_EQ(request.target, QByteArrayLiteral("/v1/migration/7/account/302/migrate/"));
            EXPECT_FALSE(request.header("Idempotency-Key").isEmpty());
        }
    }
}

TEST_F(CliProcess, WithoutATerminalOrYesNothingIsSent)
{
    const CliRun result = run({QStringLiteral("migrate"), QStringLiteral("account-1")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(server.count("POST"), 0);
}

TEST_F(CliProcess, NotAllowedNowExitsThreeWithTheReason)
{
    const CliRun result = run({QStringLiteral("rollback"), QStringLiteral("account-1"), QStringLiteral("--yes")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_FALSE(result.err.trimmed().isEmpty());
    EXPECT_EQ(server.count("POST"), 0);
}

// The provider's own 409 is "not allowed now" (3) with its reason, not a plain failure (1).
TEST_F(CliProcess, ProviderConflictExitsThreeWithTheProvidersReason)
{
    server.setResponder([this](const SeenRequest &request) {
        if (request.method == "POST")
            return Scripted::json(409, QByteArrayLiteral(R"({"detail": "Another operation runs.", "status": "migrating"})"));
        return routes.answer(request);
    });
    const CliRun result = run({QStringLiteral("migrate"), QStringLiteral("account-2"), QStringLiteral("--yes")});
    EXPECT_EQ(result.exitCode, 3) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("Another operation runs.")) << result.err.toStdString();
    EXPECT_EQ(server.count("POST"), 1);
}

TEST_F(CliProcess, UnknownAccountIsAUsageError)
{
    EXPECT_EQ(run({QStringLiteral("migrate"), QStringLiteral("nobody"), QStringLiteral("--yes")}).exitCode, 2);
    EXPECT_EQ(server.count("POST"), 0);
}

TEST_F(CliProcess, RefusedKeyExitsFour)
{
    server.setResponder(
        [](const SeenRequest &) { return Scripted::json(401, QByteArrayLiteral(R"({"detail": "no"})")); });
    const CliRun result = run({QStringLiteral("status")});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(result.err.contains("API key was refused"));
}

TEST_F(CliProcess, MissingKeyExitsFourWithoutARequest)
{
    // No PASSERELLE_API_KEY: the keychain is asked, and has nothing for this test's address.
    const CliRun result = run({QStringLiteral("status")}, QByteArray());
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(result.err.contains("PASSERELLE_API_KEY")) << result.err.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(CliProcess, UnreachableApiExitsFive)
{
    quint16 closedPort = 0;
    {
        FaultServer gone;
        ASSERT_TRUE(gone.listen());
        closedPort = gone.port();
    }
    EXPECT_EQ(run({QStringLiteral("status")}, kKey, QStringLiteral("http://127.0.0.1:%1/v1/").arg(closedPort)).exitCode,
              5);
}

TEST_F(CliProcess, PlainHttpToAnotherHostIsRefusedAsUsage)
{
    EXPECT_EQ(run({QStringLiteral("status")}, kKey, QStringLiteral("http://example.com/v1/")).exitCode, 2);
    EXPECT_TRUE(server.requests().isEmpty());
}

} // namespace
