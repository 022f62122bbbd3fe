#include "tests/sim/SimHarness.h"

#include <gtest/gtest.h>

#include <ostream>

#include <functional>

using namespace passerelle;
using namespace passerelle::sim;
using namespace passerelle::sim::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Setup = std::function<void(SimHarness &)>;
using Attempt = std::function<Refusal(SimHarness &)>;

Attempt action(const char *account, AccountAction what)
{
    return [account, what](SimHarness &h) {
        const auto answer = h.act(QString::fromLatin1(account), what);
        EXPECT_FALSE(answer.hasValue());
        return answer.error();
    };
}

Attempt support(SupportTopic topic, Finalizer by = Finalizer::Nobody)
{
    return [topic, by](SimHarness &h) {
        const auto answer = h.ask(topic, by);
        EXPECT_FALSE(answer.hasValue());
        return answer.error();
    };
}

void nothing(SimHarness &) { }
void transitRequested(SimHarness &h)
{
    ASSERT_TRUE(h.ask(SupportTopic::TransitServer).hasValue());
}
void transitReady(SimHarness &h)
{
    h.makeTransitReady();
}
void oneMigrated(SimHarness &h)
{
    h.makeTransitReady();
    ASSERT_TRUE(h.act(u"acme-shop"_s, AccountAction::Migrate).hasValue());
    ASSERT_TRUE(h.runUntil([&] { return h.account(u"acme-shop"_s).status == AccountStatus::Migrated; }));
}
void bigOneMoving(SimHarness &h)
{
    h.makeTransitReady();
    ASSERT_TRUE(h.act(u"acme-analytics"_s, AccountAction::Migrate).hasValue());
}
void shopMoving(SimHarness &h)
{
    h.makeTransitReady();
    ASSERT_TRUE(h.act(u"acme-shop"_s, AccountAction::Migrate).hasValue());
}
void reinstallRequested(SimHarness &h)
{
    h.makeTransitReady();
    h.migrateEveryAccount();
    ASSERT_TRUE(h.ask(SupportTopic::Reinstall).hasValue());
}
void supportFinalizes(SimHarness &h)
{
    h.makeTransitReady();
    h.migrateEveryAccount();
    h.reinstallClientServer();
    ASSERT_TRUE(h.ask(SupportTopic::Finalization, Finalizer::Support).hasValue());
}

void reinstalled(SimHarness &h)
{
    h.makeTransitReady();
    h.migrateEveryAccount();
    h.reinstallClientServer();
}
void shopMovedBack(SimHarness &h)
{
    reinstalled(h);
    ASSERT_TRUE(h.ask(SupportTopic::Finalization, Finalizer::Customer).hasValue());
    ASSERT_TRUE(h.act(u"acme-shop"_s, AccountAction::MoveBack).hasValue());
    ASSERT_TRUE(h.runUntil([&] { return h.account(u"acme-shop"_s).status == AccountStatus::Done; }));
}

struct RefusalCase
{
    const char *name;
    Setup setup;
    Attempt attempt;
    int httpStatus;
    std::optional<AccountStatus> status;
    const char *detailPart;
};

// ctest lists a case by its name, not by its bytes.
void PrintTo(const RefusalCase &param, std::ostream *out)
{
    *out << param.name;
}

class RefusalTest : public ::testing::TestWithParam<RefusalCase>
{
};

} // namespace

TEST_P(RefusalTest, RefusedWithStatusAndDetail)
{
    SimHarness h;
    GetParam().setup(h);
    ASSERT_FALSE(::testing::Test::HasFatalFailure());
    const Refusal refusal = GetParam().attempt(h);
    EXPECT_EQ(refusal.httpStatus, GetParam().httpStatus);
    EXPECT_EQ(refusal.status, GetParam().status);
    EXPECT_TRUE(refusal.detail.contains(QString::fromLatin1(GetParam().detailPart)))
        << "detail: " << refusal.detail.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Contract, RefusalTest,
    ::testing::Values(
        RefusalCase{"MigrateBeforeTransitReady", nothing, action("acme-shop", AccountAction::Migrate), 409,
                    AccountStatus::Idle, "not ready"},
        RefusalCase{"MigrateWhileInstalling", transitRequested, action("acme-shop", AccountAction::Migrate), 409,
                    AccountStatus::Idle, "not ready"},
        RefusalCase{"TestAfterTransitRequested", transitRequested, action("acme-shop", AccountAction::Test), 409,
                    AccountStatus::Idle, "preparation"},
        RefusalCase{"RollbackOfAccountOnClient", transitReady, action("acme-shop", AccountAction::Rollback), 409,
                    AccountStatus::Idle, "not on the transit server"},
        RefusalCase{"MigrateTwice", oneMigrated, action("acme-shop", AccountAction::Migrate), 409,
                    AccountStatus::Migrated, "already on the transit server"},
        RefusalCase{"MoveBackBeforeReinstall", oneMigrated, action("acme-shop", AccountAction::MoveBack), 409,
                    AccountStatus::Migrated, "not reinstalled"},
        RefusalCase{"AnotherAccountMoving", bigOneMoving, action("acme-shop", AccountAction::Migrate), 409,
                    AccountStatus::Idle, "acme-analytics is being moved"},
        RefusalCase{"SameAccountRunning", shopMoving, action("acme-shop", AccountAction::Migrate), 409,
                    AccountStatus::Migrating, "already running"},
        RefusalCase{"RollbackAfterReinstallRequest", reinstallRequested,
                    action("acme-shop", AccountAction::Rollback), 409, AccountStatus::Migrated, "no longer possible"},
        RefusalCase{"MoveBackWhenSupportFinalizes", supportFinalizes, action("acme-shop", AccountAction::MoveBack),
                    409, AccountStatus::Migrated, "Support moves"},
        RefusalCase{"MoveBackBeforeFinalizerChosen", reinstalled, action("acme-shop", AccountAction::MoveBack), 409,
                    AccountStatus::Migrated, "finalization first"},
        RefusalCase{"MoveBackTwice", shopMovedBack, action("acme-shop", AccountAction::MoveBack), 409,
                    AccountStatus::Done, "already on the client server"},
        RefusalCase{"MigrateAfterMoveBack", shopMovedBack, action("acme-shop", AccountAction::Migrate), 409,
                    AccountStatus::Done, "new infrastructure"},
        RefusalCase{"FinalizationChosenTwice", shopMovedBack, support(SupportTopic::Finalization, Finalizer::Support),
                    409, std::nullopt, "already requested"},
        RefusalCase{"TransitRequestedTwice", transitRequested, support(SupportTopic::TransitServer), 409,
                    std::nullopt, "already requested"},
        RefusalCase{"ReinstallBeforeEveryAccountMigrated", oneMigrated, support(SupportTopic::Reinstall), 409,
                    std::nullopt, "Every account"},
        RefusalCase{"FinalizationBeforeReinstall", reinstallRequested,
                    support(SupportTopic::Finalization, Finalizer::Customer), 409, std::nullopt, "not reinstalled"},
        RefusalCase{"FinalizationWithoutFinalizer", nothing, support(SupportTopic::Finalization), 400, std::nullopt,
                    "finalization_by"},
        RefusalCase{"UnknownAccount", nothing,
                    [](SimHarness &h) {
                        return h.sim.startAction(SimHarness::kMigrationId, 999, AccountAction::Test,
                                                 QUuid::createUuid()).error();
                    },
                    404, std::nullopt, "999"},
        RefusalCase{"UnknownMigration", nothing,
                    [](SimHarness &h) {
                        return h.sim.startAction(8, h.idOf(u"acme-shop"_s), AccountAction::Test,
                                                 QUuid::createUuid()).error();
                    },
                    404, std::nullopt, "8"},
        RefusalCase{"UnknownMigrationForSupport", nothing,
                    [](SimHarness &h) {
                        return h.sim.requestSupport(8, SupportRequest{}, QUuid::createUuid()).error();
                    },
                    404, std::nullopt, "8"},
        RefusalCase{"MissingIdempotencyKey", nothing,
                    [](SimHarness &h) { return h.act(u"acme-shop"_s, AccountAction::Test, QUuid()).error(); }, 400,
                    std::nullopt, "Idempotency-Key"},
        RefusalCase{"KeyReusedForAnotherAccount", nothing,
                    [](SimHarness &h) {
                        const QUuid key = QUuid::createUuid();
                        EXPECT_TRUE(h.act(u"acme-shop"_s, AccountAction::Test, key).hasValue());
                        return h.act(u"acme-blog"_s, AccountAction::Test, key).error();
                    },
                    422, std::nullopt, "Idempotency-Key"},
        RefusalCase{"KeyReusedForAnotherAction", oneMigrated,
                    [](SimHarness &h) {
                        const QUuid key = QUuid::createUuid();
                        EXPECT_TRUE(h.act(u"acme-shop"_s, AccountAction::Rollback, key).hasValue());
                        return h.act(u"acme-shop"_s, AccountAction::Migrate, key).error();
                    },
                    422, std::nullopt, "Idempotency-Key"}),
    [](const ::testing::TestParamInfo<RefusalCase> &info) { return std::string(info.param.name); });

TEST(ProviderSimulator, UnknownMigrationReadsAre404)
{
    SimHarness h;
    EXPECT_EQ(h.sim.migration(8).error().httpStatus, 404);
    EXPECT_EQ(h.sim.migrationAccounts(8).error().httpStatus, 404);
    EXPECT_TRUE(h.sim.migration(SimHarness::kMigrationId).hasValue());
}
