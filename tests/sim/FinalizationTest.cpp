#include "core/sim/WorkingHours.h"
#include "tests/sim/SimHarness.h"

#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::sim;
using namespace passerelle::sim::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The next Friday at `hour`:30 Paris time that is still ahead of `now`.
QDateTime nextFridayParis(const QDateTime &now, int hour)
{
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    QDate day = now.toTimeZone(paris).date();
    for (;;) {
        const QDateTime candidate(day, QTime(hour, 30), paris);
        if (day.dayOfWeek() == Qt::Friday && candidate > now)
            return candidate.toUTC();
        day = day.addDays(1);
    }
}

bool everyAccountBack(SimHarness &h)
{
    const AccountList accounts = h.sim.migrationAccounts(SimHarness::kMigrationId).value();
    return std::all_of(accounts.cbegin(), accounts.cend(), [](const AccountRecord &a) {
        return a.location == Location::Client && a.version == Version::New && a.status == AccountStatus::Done;
    });
}

} // namespace

TEST(Finalization, SupportMovesAccountsBackOnlyInParisWorkingHours)
{
    SimHarness h;
    h.makeTransitReady();
    h.migrateEveryAccount();
    h.reinstallClientServer();
    ASSERT_FALSE(HasFatalFailure());
    // Asked on a Friday at 16:30: support starts at 17:30, stops at 18:00, resumes on Monday.
    h.clock.advanceTo(nextFridayParis(h.clock.now(), 16));
    ASSERT_TRUE(h.ask(SupportTopic::Finalization, Finalizer::Support).hasValue());
    EXPECT_EQ(h.detail().finalization.by, Finalizer::Support);
    EXPECT_FALSE(h.detail().finalization.freeUntil.isValid());

    QSet<qint64> seen;
    QList<QDateTime> starts;
    ASSERT_TRUE(h.runUntil([&] {
        const auto accounts = h.sim.migrationAccounts(SimHarness::kMigrationId); // kept alive for the loop
        for (const AccountRecord &a : accounts.value()) {
            if (a.status == AccountStatus::MovingBack && !seen.contains(a.id)) {
                seen.insert(a.id);
                starts.append(a.operationStartedAt);
            }
        }
        return everyAccountBack(h);
    }));
    ASSERT_EQ(starts.size(), h.scenario.accounts.size());
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    int onFriday = 0;
    int onMonday = 0;
    for (const QDateTime &start : std::as_const(starts)) {
        EXPECT_TRUE(workinghours::isWorkingTime(start)) << start.toString(Qt::ISODate).toStdString();
        const int weekday = start.toTimeZone(paris).date().dayOfWeek();
        onFriday += weekday == Qt::Friday;
        onMonday += weekday == Qt::Monday;
    }
    EXPECT_GT(onFriday, 0);
    EXPECT_GT(onMonday, 0);
    EXPECT_EQ(h.detail().transit.status, TransitStatus::Released);
    EXPECT_EQ(h.sim.actionCount(h.idOf(u"acme-shop"_s), AccountAction::MoveBack), 0); // support did it
}

TEST(Finalization, CustomerHasAWeekAndMovesAccountsBackOneAtATime)
{
    SimHarness h;
    h.makeTransitReady();
    h.migrateEveryAccount();
    h.reinstallClientServer();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(h.ask(SupportTopic::Finalization, Finalizer::Customer).hasValue());
    const MigrationDetail detail = h.detail();
    EXPECT_EQ(detail.finalization.by, Finalizer::Customer);
    EXPECT_EQ(detail.finalization.freeUntil, detail.clientServer.reinstalledAt.addDays(7));
    EXPECT_FALSE(h.sim.nextEventAt().isValid()); // nothing happens until the customer acts

    for (const ScenarioAccount &entry : h.scenario.accounts) {
        const auto answer = h.act(entry.name, AccountAction::MoveBack);
        ASSERT_TRUE(answer.hasValue()) << answer.error().detail.toStdString();
        EXPECT_EQ(answer.value().status, AccountStatus::MovingBack);
        ASSERT_TRUE(h.runUntil([&] { return h.account(entry.name).status == AccountStatus::Done; }));
        EXPECT_EQ(h.sim.actionCount(entry.id, AccountAction::MoveBack), 1);
    }
    EXPECT_TRUE(everyAccountBack(h));
    EXPECT_EQ(h.detail().transit.status, TransitStatus::Released);
}

TEST(Finalization, RollbackThenMigrateAgainBeforeTheReinstall)
{
    SimHarness h;
    h.makeTransitReady();
    h.migrateEveryAccount();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(h.act(u"acme-wiki"_s, AccountAction::Rollback).hasValue());
    ASSERT_TRUE(h.runUntil([&] { return h.account(u"acme-wiki"_s).status == AccountStatus::Idle; }));
    const AccountRecord back = h.account(u"acme-wiki"_s);
    EXPECT_EQ(back.location, Location::Client);
    EXPECT_EQ(back.version, Version::Old);
    EXPECT_FALSE(back.rollbackAvailable);
    EXPECT_EQ(h.ask(SupportTopic::Reinstall).error().httpStatus, 409);
    ASSERT_TRUE(h.act(u"acme-wiki"_s, AccountAction::Migrate).hasValue());
    ASSERT_TRUE(h.runUntil([&] { return h.account(u"acme-wiki"_s).status == AccountStatus::Migrated; }));
    EXPECT_EQ(h.sim.actionCount(h.idOf(u"acme-wiki"_s), AccountAction::Migrate), 2);
    h.reinstallClientServer();
    const MigrationDetail detail = h.detail();
    EXPECT_TRUE(detail.clientServer.reinstallStartedAt.isValid());
    EXPECT_GT(detail.clientServer.reinstalledAt, detail.clientServer.reinstallStartedAt);
    EXPECT_FALSE(h.account(u"acme-wiki"_s).rollbackAvailable);
}
