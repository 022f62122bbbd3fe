#include "core/report/MigrationReport.h"
#include "core/report/Redaction.h"
#include "tests/common/ParamName.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::report;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC);

ReportInput sampleInput()
{
    ReportInput input;
    input.now = kNow;
    input.snapshot.migration.summary.id = 42;
    input.snapshot.migration.summary.description = u"Move to private cloud"_s;
    input.snapshot.migration.summary.deadline = kNow.addDays(30);
    input.snapshot.migration.serverDailyPrice = Money {150, u"EUR"_s};
    input.snapshot.migration.transit.readyAt = kNow.addDays(-16);
    AccountRecord shop;
    shop.id = 7;
    shop.name = u"shop"_s;
    shop.databaseSize = qint64(3) << 30;
    input.snapshot.accounts.append(shop);
    input.observed.append({7, AccountAction::Migrate, kNow.addSecs(-900), kNow.addSecs(-700), 180});
    input.activity.append({kNow.addSecs(-10), u"answer"_s, u"later"_s, 0});
    input.activity.append({kNow.addSecs(-20), u"support"_s, u"mail jane@example.com sent"_s, 0});
    return input;
}

TEST(ReportBuilder, AccountsHaveEstimatedAndObservedDowntime)
{
    const MigrationReport report = buildReport(sampleInput());
    ASSERT_EQ(report.accounts.size(), 1);
    EXPECT_EQ(report.accounts[0].name, u"shop"_s);
    EXPECT_EQ(report.accounts[0].estimatedSeconds, 180);
    EXPECT_EQ(report.accounts[0].observedSeconds, 200);
}

TEST(ReportBuilder, EachMoveHasItsOwnEstimateAndTheProvidersObservedTimes)
{
    ReportInput input = sampleInput();
    input.observed.append({7, AccountAction::MoveBack, kNow.addSecs(-100), QDateTime(), 180});
    const MigrationReport report = buildReport(input);
    ASSERT_EQ(report.moves.size(), 2);
    EXPECT_EQ(report.moves[0].account, u"shop"_s);
    EXPECT_EQ(report.moves[0].estimatedSeconds, 180);
    EXPECT_EQ(report.moves[0].observedSeconds, 200);
    EXPECT_EQ(report.moves[1].observedSeconds, -1); // the provider gave no end: not observed
    // The account's line shows its last move: not observed either, never an older figure.
    EXPECT_EQ(report.accounts[0].observedSeconds, -1);
}

// Two accounts whose moves and site checks interleave in the journal: each line takes its own,
// the last of each kind, tests aside; each account's checks in the journal's order.
TEST(ReportBuilder, EachAccountTakesItsOwnMovesAndChecksFromAnInterleavedJournal)
{
    ReportInput input = sampleInput();
    AccountRecord blog;
    blog.id = 8;
    blog.name = u"blog"_s;
    input.snapshot.accounts.append(blog);
    input.observed.append({8, AccountAction::Migrate, kNow.addSecs(-600), kNow.addSecs(-540), 60});
    input.observed.append({7, AccountAction::Test, kNow.addSecs(-500), kNow.addSecs(-100), 0});
    input.observed.append({7, AccountAction::MoveBack, kNow.addSecs(-400), kNow.addSecs(-350), 180});
    input.observed.append({8, AccountAction::Migrate, kNow.addSecs(-300), kNow.addSecs(-210), 60});
    input.siteChecks.append({8, u"https://blog.example/"_s, kNow, u"same"_s, QString(), {}});
    input.siteChecks.append({7, u"https://shop.example/"_s, kNow, u"broken"_s, QString(), {}});
    input.siteChecks.append({8, u"https://blog.example/feed"_s, kNow, u"same"_s, QString(), {}});
    const MigrationReport report = buildReport(input);
    ASSERT_EQ(report.accounts.size(), 2);
    EXPECT_EQ(report.accounts[0].observedToTransitSeconds, 200);
    EXPECT_EQ(report.accounts[0].observedBackSeconds, 50);
    EXPECT_EQ(report.accounts[0].observedSeconds, 50) << "the move back replaces the migration's figure";
    EXPECT_EQ(report.accounts[1].observedToTransitSeconds, 90) << "the last migration, not the first";
    EXPECT_EQ(report.accounts[1].observedBackSeconds, -1);
    EXPECT_EQ(report.accounts[1].observedSeconds, 90);
    ASSERT_EQ(report.moves.size(), 4) << "tests are not moves";
    EXPECT_EQ(report.moves[1].account, u"blog"_s);
    EXPECT_EQ(report.moves[2].account, u"shop"_s);
    ASSERT_EQ(report.sites.size(), 3);
    EXPECT_EQ(report.sites[0].account, u"shop"_s);
    EXPECT_EQ(report.sites[1].address, u"https://blog.example/"_s);
    EXPECT_EQ(report.sites[2].address, u"https://blog.example/feed"_s);
}

TEST(ReportBuilder, DatesAndCostFollowTheBillingRules)
{
    const MigrationReport report = buildReport(sampleInput());
    EXPECT_EQ(report.migrationId, 42);
    EXPECT_EQ(report.deadline, kNow.addDays(30));
    EXPECT_EQ(report.transitFreeUntil, kNow.addDays(-2));
    EXPECT_EQ(report.transitCostSoFar.cents, 2 * 150);
    EXPECT_FALSE(report.finalizationFreeUntil.isValid());
}

TEST(ReportBuilder, TimelineIsOldestFirstAndRedacted)
{
    const MigrationReport report = buildReport(sampleInput());
    ASSERT_EQ(report.timeline.size(), 2);
    EXPECT_EQ(report.timeline[0].category, u"support"_s);
    EXPECT_FALSE(report.timeline[0].text.contains(u"jane@example.com"_s));
    EXPECT_EQ(report.timeline[1].text, u"later"_s);
}

struct RedactionCase
{
    const char *input;
    const char *mustNotContain;
};

class RedactionTest : public ::testing::TestWithParam<RedactionCase>
{
};

TEST_P(RedactionTest, MasksCredentialsAndAddresses)
{
    const QString out = redact(QString::fromUtf8(GetParam().input));
    EXPECT_FALSE(out.contains(QString::fromUtf8(GetParam().mustNotContain))) << out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Texts, RedactionTest,
                         ::testing::Values(RedactionCase {"to bob.smith+x@mail.example.org now", "bob.smith"},
                                           RedactionCase {"Authorization: Basic c2VjcmV0a2V5Og==", "c2VjcmV0a2V5Og"},
                                           RedactionCase {"header basic QUJDREVGOg== seen", "QUJDREVGOg"}),
                         [](const auto &info) {
                             return passerelle::testing::rowName(info.index, info.param.mustNotContain);
                         });

TEST(Redaction, KeepsOrdinaryText)
{
    EXPECT_EQ(redact(u"shop migrated in 3 min"_s), u"shop migrated in 3 min"_s);
}

} // namespace
