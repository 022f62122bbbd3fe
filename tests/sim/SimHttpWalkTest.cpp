#include "core/api/ApiContract.h"
#include "tests/sim/SimProcess.h"

#include <QUuid>

#include <gtest/gtest.h>

#include <functional>

using namespace passerelle;
using namespace passerelle::sim::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMigration = 7;

// A client that knows only docs/contract.md walks the whole migration over HTTP.
class SimHttpWalk : public ::testing::Test
{
protected:
    HttpResult get(const QString &path)
    {
        return send(manager, "GET", sim.url(path), basicAuth(u"dry-run-key customer=ops@acme.example"_s));
    }
    HttpResult post(const QString &path, const QByteArray &body)
    {
        return send(manager, "POST", sim.url(path), basicAuth(u"dry-run-key customer=ops@acme.example"_s), body,
                    QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
    MigrationSnapshot snapshot()
    {
        const auto migration = contract::parseMigration(get(contract::migrationPath(kMigration)).body, kMigration);
        const auto accounts = contract::parseMigrationAccounts(get(contract::migrationAccountsPath(kMigration)).body);
        EXPECT_TRUE(migration.hasValue()) << (migration ? "" : migration.error().message.toStdString());
        EXPECT_TRUE(accounts.hasValue()) << (accounts ? "" : accounts.error().message.toStdString());
        return migration && accounts ? MigrationSnapshot {migration.value(), accounts.value()} : MigrationSnapshot {};
    }
    bool pollUntil(const std::function<bool(const MigrationSnapshot &)> &done)
    {
        for (int i = 0; i < 300; ++i) {
            if (done(snapshot()))
                return true;
        }
        return false;
    }
    HttpResult ask(SupportTopic topic, Finalizer by = Finalizer::Nobody)
    {
        return post(contract::supportRequestPath(kMigration),
                    contract::supportRequestBody(SupportRequest {topic, u"walk"_s, by}));
    }
    // Runs one action on every account, one at a time, each to its end.
    void everyAccount(AccountAction action, int expectedStatus = 202)
    {
        for (const AccountRecord &account : snapshot().accounts) {
            const HttpResult started
                = post(contract::actionPath(kMigration, account.id, action), contract::emptyActionBody());
            ASSERT_EQ(started.status, expectedStatus)
                << account.name.toStdString() << " " << started.body.toStdString();
            ASSERT_TRUE(
                pollUntil([id = account.id](const MigrationSnapshot &s) { return !isRunning(s.account(id)->status); }));
        }
    }

    SimProcess sim;
    QNetworkAccessManager manager;
};

} // namespace

TEST_F(SimHttpWalk, WholeMigrationOverHttp)
{
    // Ten thousand simulated hours per second: each support step passes within a few polls.
    ASSERT_TRUE(sim.start({u"--time-scale"_s, u"100000000"_s}));
    everyAccount(AccountAction::Test);
    EXPECT_EQ(snapshot().accountNamed(u"acme-legacy"_s)->status, AccountStatus::TestFailed);
    EXPECT_TRUE(snapshot().accountNamed(u"acme-legacy"_s)->lastError.contains(u"MongoDB"_s));

    ASSERT_EQ(ask(SupportTopic::TransitServer).status, 201);
    ASSERT_TRUE(
        pollUntil([](const MigrationSnapshot &s) { return s.migration.transit.status == TransitStatus::Ready; }));
    const MigrationSnapshot ready = snapshot();
    EXPECT_EQ(ready.migration.transit.precopyPercent, 100);
    EXPECT_EQ(ready.migration.transit.freeUntil, ready.migration.transit.readyAt.addDays(14));

    everyAccount(AccountAction::Migrate);
    ASSERT_EQ(ask(SupportTopic::Reinstall).status, 201);
    everyAccount(AccountAction::Rollback, 409);
    ASSERT_TRUE(pollUntil(
        [](const MigrationSnapshot &s) { return s.migration.clientServer.status == ClientServerStatus::Reinstalled; }));

    ASSERT_EQ(ask(SupportTopic::Finalization, Finalizer::Customer).status, 201);
    everyAccount(AccountAction::MoveBack);
    const MigrationSnapshot over = snapshot();
    EXPECT_EQ(over.migration.transit.status, TransitStatus::Released);
    EXPECT_EQ(over.migration.finalization.by, Finalizer::Customer);
    for (const AccountRecord &account : over.accounts) {
        EXPECT_EQ(account.location, Location::Client);
        EXPECT_EQ(account.version, Version::New);
        EXPECT_EQ(account.status, AccountStatus::Done);
    }
}
