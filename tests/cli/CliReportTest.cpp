#include "app/cli/PlanReport.h"
#include "app/cli/StatusReport.h"
#include "core/model/Format.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::cli;
using passerelle::report::ReportInput;

namespace {

constexpr qint64 GiB = qint64(1) << 30;

ReportInput readyToMigrate()
{
    ReportInput input;
    input.now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    MigrationDetail &migration = input.snapshot.migration;
    migration.summary = {7, u"2024 software infrastructure"_s, u"private_cloud_required"_s,
                         QDateTime(QDate(2027, 1, 31), QTime(23, 59, 59), QTimeZone::utc()), 12};
    migration.serverDailyPrice = {420, u"EUR"_s};
    migration.transit.status = TransitStatus::Ready;
    migration.transit.name = u"transit-3"_s;
    migration.transit.readyAt = input.now.addDays(-1);
    migration.transit.freeUntil = input.now.addDays(13);
    const char *names[] = {"acme-shop", "acme-blog", "acme-mail"};
    for (int i = 0; i < 3; ++i) {
        AccountRecord account;
        account.id = 301 + i;
        account.name = QString::fromLatin1(names[i]);
        account.databaseSize = (i + 1) * GiB;
        input.snapshot.accounts.append(account);
    }
    input.snapshot.accounts[2].location = Location::Transit;
    input.snapshot.accounts[2].version = Version::New;
    input.snapshot.accounts[2].status = AccountStatus::Migrated;
    input.snapshot.accounts[2].rollbackAvailable = true;
    input.serverName = u"vps-acme"_s;
    return input;
}

TEST(CliStatus, JsonListsEveryAccountWithSizesDowntimeAndActions)
{
    const QJsonObject json = statusJson(readyToMigrate());
    EXPECT_EQ(json[u"step"_s][u"number"_s].toInt(), 4);
    EXPECT_EQ(json[u"client_server"_s][u"name"_s].toString(), u"vps-acme"_s);
    EXPECT_EQ(json[u"transit_server"_s][u"status"_s].toString(), u"ready"_s);
    const QJsonArray accounts = json[u"accounts"_s].toArray();
    ASSERT_EQ(accounts.size(), 3);
    const QJsonObject first = accounts[0].toObject();
    EXPECT_EQ(first[u"name"_s].toString(), u"acme-shop"_s);
    EXPECT_EQ(first[u"status"_s].toString(), u"idle"_s);
    EXPECT_EQ(first[u"database_size"_s].toInteger(), GiB);
    EXPECT_EQ(first[u"estimated_downtime_seconds"_s].toInteger(), 60);
    // Accounts move one at a time, and another account can still migrate: both are decided by the
    // rules, and every refusal comes with its reason.
    const QJsonObject migrated = accounts[2].toObject();
    EXPECT_TRUE(migrated[u"allowed_actions"_s].toArray().contains(u"rollback"_s));
    EXPECT_FALSE(migrated[u"refused_actions"_s].toObject()[u"migrate"_s].toString().isEmpty());
    EXPECT_TRUE(first[u"allowed_actions"_s].toArray().contains(u"migrate"_s))
        << first[u"refused_actions"_s].toObject()[u"migrate"_s].toString().toStdString();
}

TEST(CliStatus, TextNamesTheStepAndEveryAccount)
{
    const QString text = statusText(readyToMigrate());
    EXPECT_TRUE(text.contains(u"Step 4 of 8"_s));
    for (const char *name : {"acme-shop", "acme-blog", "acme-mail", "vps-acme", "transit-3"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(name))) << name;
}

TEST(CliPlan, QueuesTheAccountsStillToMigrateWithTheirDowntime)
{
    const QJsonObject json = planJson(readyToMigrate());
    EXPECT_EQ(json[u"action"_s].toString(), u"migrate"_s);
    const QJsonArray queue = json[u"queue"_s].toArray();
    ASSERT_EQ(queue.size(), 2);
    EXPECT_EQ(queue[0].toObject()[u"name"_s].toString(), u"acme-shop"_s);
    EXPECT_EQ(queue[1].toObject()[u"name"_s].toString(), u"acme-blog"_s);
    EXPECT_EQ(queue[1].toObject()[u"planned_start"_s], queue[0].toObject()[u"planned_end"_s]);
    EXPECT_EQ(json[u"total_downtime_seconds"_s].toInteger(), 180);
    EXPECT_EQ(json[u"server_daily_price"_s][u"amount"_s].toString(), u"4.20"_s);
    EXPECT_EQ(json[u"deadline"_s].toString(), u"2027-01-31T23:59:59Z"_s);
}

TEST(CliPlan, StepSevenMovesBackWhatIsOnTransit)
{
    ReportInput input = readyToMigrate();
    input.snapshot.migration.clientServer.status = ClientServerStatus::Reinstalled; // step 7
    const QJsonObject json = planJson(input);
    EXPECT_EQ(json[u"action"_s].toString(), u"move-back"_s);
    const QJsonArray queue = json[u"queue"_s].toArray();
    ASSERT_EQ(queue.size(), 1);
    EXPECT_EQ(queue[0].toObject()[u"name"_s].toString(), u"acme-mail"_s);
}

TEST(CliPlan, TextGivesTotalsAndDeadlines)
{
    const QString text = planText(readyToMigrate());
    EXPECT_TRUE(text.contains(u"acme-shop"_s));
    EXPECT_FALSE(text.contains(u"acme-mail"_s));
    EXPECT_TRUE(text.contains(format::money(Money {420, u"EUR"_s}))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"3 min"_s));
}

} // namespace
