#include "CliProcessFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;

namespace {

// No byte that drives a terminal: ESC, BEL, CR, C1 controls (as UTF-8) and bidi overrides.
void expectNoControls(const QByteArray &stream)
{
    for (const char c : stream) {
        const auto byte = static_cast<unsigned char>(c);
        EXPECT_FALSE(byte < 0x20 && byte != '\n') << "control byte " << int(byte) << " in: " << stream.toStdString();
    }
    EXPECT_FALSE(stream.contains("\xc2\x9b")) << stream.toStdString(); // U+009B CSI
    EXPECT_FALSE(stream.contains("\xe2\x80\xae")) << stream.toStdString(); // U+202E
}

// The provider accepts the migration (202, migrating), a read shows it running, then the account
// is idle again as if nothing happened: the operation vanished, which is never a success.
TEST_F(CliProcess, AnOperationThatVanishesIsNotASuccess)
{
    bool shownRunning = false;
    server.setResponder([this, &shownRunning](const SeenRequest &request) {
        const bool accountsRead = request.target.endsWith("/account/");
        if (accountsRead && routes.accounts[1].status == AccountStatus::Migrating && shownRunning) {
            routes.accounts[1].status = AccountStatus::Idle;
            routes.accounts[1].operationStartedAt = {};
        }
        const AccountRecord before = routes.accounts[1];
        const Scripted answer = routes.answer(request);
        if (accountsRead && before.status == AccountStatus::Migrating) {
            shownRunning = true;
            routes.accounts[1] = before; // the provider's own list stays on "migrating" until it drops it
        }
        return answer;
    });
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s, u"--json"_s});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    EXPECT_FALSE(json[u"succeeded"_s].toBool());
    EXPECT_EQ(json[u"outcome"_s].toString(), u"vanished"_s);
    EXPECT_TRUE(result.err.contains("Migration of account-2 did not happen")) << result.err.toStdString();
    EXPECT_EQ(server.count("POST"), 1);
}

TEST_F(CliProcess, ProviderTextCannotDriveTheTerminal)
{
    routes.detail.summary.description = u"Move\x1b[2J\x1b[1;1HAll accounts migrated\r\n"_s;
    routes.detail.transit.name = u"transit\u202e-3\x1b]0;title\x07"_s;
    routes.accounts[0].name = u"account-1\u009b31m"_s;
    const CliRun status = run({u"status"_s});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    expectNoControls(status.out);
    EXPECT_TRUE(status.out.contains("Move[2J[1;1HAll accounts migrated")) << status.out.toStdString();

    server.setResponder([this](const SeenRequest &request) {
        if (request.method == "POST")
            return Scripted::json(409, "{\"detail\": \"\\u001b]0;pwned\\u0007\\u001b[31mNo\\r\\n\\u202eevil\","
                                       " \"status\": \"idle\"}");
        return routes.answer(request);
    });
    const CliRun refused = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(refused.exitCode, 3) << refused.err.toStdString();
    expectNoControls(refused.err);
    EXPECT_TRUE(refused.err.contains("]0;pwned[31mNo  evil")) << refused.err.toStdString();
    EXPECT_EQ(refused.err.count("pwned"), 1) << "printed once: " << refused.err.toStdString();
}

// The name shown is the one the server list gives to the migration's server id.
TEST_F(CliProcess, TheClientServerIsNamedByTheMigrationsId)
{
    routes.detail.summary.serverId = 99;
    routes.servers = {{12, u"vps-acme"_s, 1}, {99, u"vps-other"_s, 1}};
    const CliRun named = run({u"status"_s});
    ASSERT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_TRUE(named.out.contains("vps-other")) << named.out.toStdString();
    EXPECT_FALSE(named.out.contains("vps-acme")) << named.out.toStdString();
}

TEST_F(CliProcess, AMigrationForAServerNotListedIsAProtocolError)
{
    routes.detail.summary.serverId = 99; // the list holds only 12 "vps-acme"
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("server 99")) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains("vps-acme")) << result.err.toStdString();
    EXPECT_EQ(server.count("POST"), 0);
}

// A Retry-After of more than a day is not retried at once (nor waited for): the read gives up,
// saying how long the provider asks to wait.
TEST_F(CliProcess, ARetryAfterBeyondTheLongestPauseGivesUpWithoutRetrying)
{
    server.setResponder([this](const SeenRequest &request) {
        if (request.target == "/v1/migration/7/account/")
            return Scripted::json(429, R"({"detail": "slow down"})").with("Retry-After", "100000");
        return routes.answer(request);
    });
    const CliRun result = run({u"status"_s});
    EXPECT_NE(result.exitCode, 0);
    int accountReads = 0;
    for (const SeenRequest &request : server.requests())
        accountReads += request.target == "/v1/migration/7/account/" ? 1 : 0;
    EXPECT_EQ(accountReads, 1);
    EXPECT_TRUE(result.err.contains("asks to wait 1 day, 3 hours, 47 minutes")) << result.err.toStdString();
}

// The provider carries out the migration, then answers 303 to the same origin: the action is in
// doubt (never "refused", never "another address"), read back, and found running: one POST only.
TEST_F(CliProcess, ARedirectAnsweringAnActionIsReadBackNotRefused)
{
    server.setResponder([this](const SeenRequest &request) {
        const Scripted answer = routes.answer(request);
        if (request.method == "POST")
            return Scripted::json(303, {}).with("Location", "/v1/migration/7/account/");
        return answer;
    });
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s, u"--json"_s});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(result.out).object()[u"status"_s].toString(), u"migrated"_s);
    EXPECT_EQ(server.count("POST"), 1);
    EXPECT_FALSE(result.err.contains("another address")) << result.err.toStdString();
}

} // namespace
