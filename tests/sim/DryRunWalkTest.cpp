#include "core/model/ProcessRules.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/ScenarioLoader.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <functional>

using namespace passerelle;
using namespace passerelle::sim;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMigration = 7;

// Waits for the job's one `finished` signal (queued, never synchronous), then hands it back.
template<typename Job> std::unique_ptr<Job> await(Job *job)
{
    std::unique_ptr<Job> owned(job);
    QSignalSpy spy(job, &ApiJob::finished);
    EXPECT_TRUE(spy.wait(2000));
    EXPECT_EQ(spy.count(), 1);
    return owned;
}

class DryRunWalk : public ::testing::Test
{
protected:
    DryRunWalk() : api(scenario::loadDefault().value(), 0.0) { }

    MigrationSnapshot snapshot()
    {
        MigrationSnapshot snap;
        auto migration = await(api.migration(kMigration));
        auto accounts = await(api.migrationAccounts(kMigration));
        EXPECT_FALSE(migration->hasError());
        EXPECT_FALSE(accounts->hasError());
        snap.migration = migration->value();
        snap.accounts = accounts->value();
        return snap;
    }
    Step step() { return rules::currentStep(snapshot(), facts); }
    // Lets simulated time run until `done` holds (the "skip to the next event" of a dry run).
    bool skipUntil(const std::function<bool(const MigrationSnapshot &)> &done)
    {
        for (int i = 0; i < 500; ++i) {
            if (done(snapshot()))
                return true;
            if (!api.simulator().skipToNextEvent())
                break;
        }
        return done(snapshot());
    }
    std::unique_ptr<AccountActionJob> act(qint64 account, AccountAction action)
    {
        return await(api.startAction(kMigration, account, action, QUuid::createUuid()));
    }
    std::unique_ptr<SupportRequestJob> ask(SupportTopic topic, Finalizer by = Finalizer::Nobody)
    {
        SupportRequest request {topic, u"Dry run request"_s, by};
        return await(api.requestSupport(kMigration, request, QUuid::createUuid()));
    }
    static bool idle(const MigrationSnapshot &snap, qint64 account)
    {
        return !isRunning(snap.account(account)->status);
    }

    DryRunAdminApi api;
    LocalFacts facts;
};

} // namespace

TEST_F(DryRunWalk, DefaultScenarioRunsThroughAllEightStepsToDone)
{
    ASSERT_TRUE(api.isDryRun());
    auto servers = await(api.servers());
    ASSERT_EQ(servers->value().size(), 1);
    EXPECT_EQ(await(api.hostingAccounts())->value().size(), 12);
    EXPECT_FALSE(await(api.databases())->value().isEmpty());
    ASSERT_EQ(await(api.migrations())->value().size(), 1);

    // Step 1: test every account's databases, then declare them ready.
    ASSERT_EQ(step(), Step::PrepareAccounts);
    for (const AccountRecord &account : snapshot().accounts) {
        auto job = act(account.id, AccountAction::Test);
        ASSERT_FALSE(job->hasError()) << job->error().message.toStdString();
        EXPECT_EQ(job->value().status, AccountStatus::Testing);
        facts.confirmedReady.insert(account.id);
    }
    ASSERT_TRUE(skipUntil([](const MigrationSnapshot &s) {
        return !rules::accountOnTheMove(s)
            && std::none_of(s.accounts.cbegin(), s.accounts.cend(),
                            [](const AccountRecord &a) { return isRunning(a.status); });
    }));
    EXPECT_EQ(snapshot().accountNamed(u"acme-legacy"_s)->status, AccountStatus::TestFailed);

    // Step 2: ask support for the transit server.
    ASSERT_EQ(step(), Step::RequestTransit);
    auto ticket = ask(SupportTopic::TransitServer);
    ASSERT_FALSE(ticket->hasError());
    EXPECT_EQ(ticket->value().topic, SupportTopic::TransitServer);
    facts.transitRequestSent = true;

    // Step 3: support installs it, hours of simulated time.
    ASSERT_EQ(step(), Step::TransitInstallation);
    ASSERT_TRUE(
        skipUntil([](const MigrationSnapshot &s) { return s.migration.transit.status == TransitStatus::Ready; }));

    // Step 4: one account at a time; the rules and the provider agree on who may move.
    ASSERT_EQ(step(), Step::MigrateAccounts);
    const AccountList accounts = snapshot().accounts;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const qint64 id = accounts.at(i).id;
        auto job = act(id, AccountAction::Migrate);
        ASSERT_FALSE(job->hasError()) << job->error().message.toStdString();
        if (i + 1 < accounts.size()) {
            const MigrationSnapshot now = snapshot();
            const AccountRecord &next = *now.account(accounts.at(i + 1).id);
            EXPECT_FALSE(rules::canAct(AccountAction::Migrate, next, now, facts, {}).hasValue());
            auto refused = act(next.id, AccountAction::Migrate);
            ASSERT_TRUE(refused->hasError());
            EXPECT_EQ(refused->error().kind, ApiError::Kind::Conflict);
            EXPECT_EQ(refused->error().httpStatus, 409);
        }
        ASSERT_TRUE(skipUntil([id](const MigrationSnapshot &s) { return idle(s, id); }));
    }

    // Step 5: verify, then ask for the reinstall; the rollback closes.
    ASSERT_EQ(step(), Step::VerifyAfterMigration);
    for (const AccountRecord &account : accounts)
        facts.verified.insert(account.id);
    ASSERT_FALSE(ask(SupportTopic::Reinstall)->hasError());
    facts.reinstallRequestSent = true;
    auto rollback = act(accounts.first().id, AccountAction::Rollback);
    ASSERT_TRUE(rollback->hasError());
    EXPECT_EQ(rollback->error().kind, ApiError::Kind::Conflict);

    // Step 6: support reinstalls the client server.
    ASSERT_EQ(step(), Step::ClientReinstallation);
    ASSERT_TRUE(skipUntil(
        [](const MigrationSnapshot &s) { return s.migration.clientServer.status == ClientServerStatus::Reinstalled; }));

    // Step 7: the customer finalizes and moves every account back.
    ASSERT_EQ(step(), Step::Finalization);
    facts.finalizer = Finalizer::Customer;
    ASSERT_FALSE(ask(SupportTopic::Finalization, Finalizer::Customer)->hasError());
    for (const AccountRecord &account : accounts) {
        auto job = act(account.id, AccountAction::MoveBack);
        ASSERT_FALSE(job->hasError()) << job->error().message.toStdString();
        ASSERT_TRUE(skipUntil([id = account.id](const MigrationSnapshot &s) { return idle(s, id); }));
    }

    // Step 8: over; the transit server is released.
    ASSERT_EQ(step(), Step::MigrationOver);
    EXPECT_EQ(snapshot().migration.transit.status, TransitStatus::Released);
    for (const AccountRecord &account : accounts)
        EXPECT_EQ(api.simulator().actionCount(account.id, AccountAction::Migrate), 1);
}

TEST_F(DryRunWalk, RefusalsBecomeTypedApiErrors)
{
    auto unknown = await(api.migration(99));
    ASSERT_TRUE(unknown->hasError());
    EXPECT_EQ(unknown->error().kind, ApiError::Kind::NotFound);
    EXPECT_EQ(unknown->error().httpStatus, 404);

    auto early = act(301, AccountAction::Migrate);
    ASSERT_TRUE(early->hasError());
    EXPECT_EQ(early->error().kind, ApiError::Kind::Conflict);
    EXPECT_EQ(early->error().currentStatus, u"idle"_s);
    EXPECT_FALSE(early->error().message.isEmpty());

    const QUuid key = QUuid::createUuid();
    auto first = await(api.startAction(kMigration, 301, AccountAction::Test, key));
    ASSERT_FALSE(first->hasError());
    auto same = await(api.startAction(kMigration, 301, AccountAction::Test, key));
    ASSERT_FALSE(same->hasError());
    EXPECT_EQ(same->value(), first->value());
    auto other = await(api.startAction(kMigration, 302, AccountAction::Test, key));
    ASSERT_TRUE(other->hasError());
    EXPECT_EQ(other->error().kind, ApiError::Kind::Unprocessable);
    EXPECT_EQ(api.simulator().actionCount(301, AccountAction::Test), 1);
}
