#include "app/cli/PlanReport.h"
#include "app/cli/StatusReport.h"
#include "core/model/Format.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

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
    migration.summary = {7, QStringLiteral("2024 software infrastructure"), QStringLiteral("private_cloud_required"),
                         QDateTime(QDate(2027, 1, 31), QTime(23, 59, 59), QTimeZone::utc()), 12};
    migration.serverDailyPrice = {420, QStringLiteral("EUR")};
    migration.transit.status = TransitStatus::Ready;
    migration.transit.name = QStringLiteral("transit-3");
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
    input.serverName = QStringLiteral("vps-acme");
    return input;
}

TEST(CliStatus, JsonListsEveryAccountWithSizesDowntimeAndActions)
{
    const QJsonObject json = statusJson(readyToMigrate());
    EXPECT_EQ(json[QStringLiteral("step")][QStringLiteral("number")].toInt(), 4);
    EXPECT_EQ(json[QStringLiteral("client_server")][QStringLiteral("name")].toString(), QStringLiteral("vps-acme"));
    EXPECT_EQ(json[QStringLiteral("transit_server")][QStringLiteral("status")].toString(), QStringLiteral("ready"));
    const QJsonArray accounts = json[QStringLiteral("accounts")].toArray();
    ASSERT_EQ(accounts.size(), 3);
    const QJsonObject first = accounts[0].toObject();
    EXPECT_EQ(first[QStringLiteral("name")].toString(), QStringLiteral("acme-shop"));
    EXPECT_EQ(first[QStringLiteral("status")].toString(), QStringLiteral("idle"));
    EXPECT_EQ(first[QStringLiteral("database_size")].toInteger(), GiB);
    EXPECT_EQ(first[QStringLiteral("estimated_downtime_seconds")].toInteger(), 60);
    // Accounts move one at a time, and another account can still migrate: both are decided by the
    // rules, and every refusal comes with its reason.
    const QJsonObject migrated = accounts[2].toObject();
    EXPECT_TRUE(migrated[QStringLiteral("allowed_actions")].toArray().contains(QStringLiteral("rollback")));
    EXPECT_FALSE(
        migrated[QStringLiteral("refused_actions")].toObject()[QStringLiteral("migrate")].toString().isEmpty());
    EXPECT_TRUE(first[QStringLiteral("allowed_actions")].toArray().contains(QStringLiteral("migrate")))
        << first[QStringLiteral("refused_actions")].toObject()[QStringLiteral("migrate")].toString().toStdString();
}

TEST(CliStatus, TextNamesTheStepAndEveryAccount)
{
    const QString text = statusText(readyToMigrate());
    EXPECT_TRUE(text.contains(QStringLiteral("Step 4 of 8")));
    for (const char *name : {"acme-shop", "acme-blog", "acme-mail", "vps-acme", "transit-3"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(name))) << name;
}

TEST(CliPlan, QueuesTheAccountsStillToMigrateWithTheirDowntime)
{
    const QJsonObject json = planJson(readyToMigrate());
    EXPECT_EQ(json[QStringLiteral("action")].toString(), QStringLiteral("migrate"));
    const QJsonArray queue = json[QStringLiteral("queue")].toArray();
    ASSERT_EQ(queue.size(), 2);
    EXPECT_EQ(queue[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("acme-shop"));
    EXPECT_EQ(queue[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("acme-blog"));
    EXPECT_EQ(queue[1].toObject()[QStringLiteral("planned_start")], queue[0].toObject()[QStringLiteral("planned_end")]);
    EXPECT_EQ(json[QStringLiteral("total_downtime_seconds")].toInteger(), 180);
    EXPECT_EQ(json[QStringLiteral("server_daily_price")][QStringLiteral("amount")].toString(), QStringLiteral("4.20"));
    EXPECT_EQ(json[QStringLiteral("deadline")].toString(), QStringLiteral("2027-01-31T23:59:59Z"));
}

TEST(CliPlan, StepSevenMovesBackWhatIsOnTransit)
{
    ReportInput input = readyToMigrate();
    input.snapshot.migration.clientServer.status = ClientServerStatus::Reinstalled; // step 7
    const QJsonObject json = planJson(input);
    EXPECT_EQ(json[QStringLiteral("action")].toString(), QStringLiteral("move-back"));
    const QJsonArray queue = json[QStringLiteral("queue")].toArray();
    ASSERT_EQ(queue.size(), 1);
    EXPECT_EQ(queue[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("acme-mail"));
}

TEST(CliPlan, TextGivesTotalsAndDeadlines)
{
    const QString text = planText(readyToMigrate());
    EXPECT_TRUE(text.contains(QStringLiteral("acme-shop")));
    EXPECT_FALSE(text.contains(QStringLiteral("acme-mail")));
    EXPECT_TRUE(text.contains(format::money(Money {420, QStringLiteral("EUR")}))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3 min")));
}

} // namespace
