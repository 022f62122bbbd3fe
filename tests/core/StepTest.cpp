// The eight steps of the provider's page: number, group, who acts (docs/process.md, "The eight steps").

#include "core/model/Step.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

struct StepInfoCase
{
    const char *name;
    Step step;
    int number;
    bool mandatory;
    Actor actor;
};

void PrintTo(const StepInfoCase &c, std::ostream *os)
{
    *os << c.name;
}

class StepTable : public ::testing::TestWithParam<StepInfoCase>
{
};

TEST_P(StepTable, MatchesTheRulesPage)
{
    const StepInfoCase &c = GetParam();
    const StepInfo &info = stepInfo(c.step);
    EXPECT_EQ(info.step, c.step);
    EXPECT_EQ(info.number, c.number);
    EXPECT_EQ(info.mandatory, c.mandatory);
    EXPECT_EQ(info.actor, c.actor);
    EXPECT_EQ(stepFromNumber(c.number), c.step);
    EXPECT_FALSE(stepTitle(c.step).isEmpty());
    EXPECT_FALSE(stepSummary(c.step).isEmpty());
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(EachStep, StepTable,
    ::testing::Values(
        StepInfoCase{"PrepareAccounts", Step::PrepareAccounts, 1, false, Actor::Customer},
        StepInfoCase{"RequestTransit", Step::RequestTransit, 2, true, Actor::Customer},
        StepInfoCase{"TransitInstallation", Step::TransitInstallation, 3, true, Actor::Support},
        StepInfoCase{"MigrateAccounts", Step::MigrateAccounts, 4, true, Actor::Customer},
        StepInfoCase{"VerifyAfterMigration", Step::VerifyAfterMigration, 5, true, Actor::Customer},
        StepInfoCase{"ClientReinstallation", Step::ClientReinstallation, 6, true, Actor::Support},
        StepInfoCase{"Finalization", Step::Finalization, 7, true, Actor::CustomerOrSupport},
        StepInfoCase{"MigrationOver", Step::MigrationOver, 8, true, Actor::Nobody}),
    caseName<StepInfoCase>);
// clang-format on

TEST(Steps, NumberedOneToEightInOrder)
{
    for (int number = 1; number <= 8; ++number)
        EXPECT_EQ(stepInfo(stepFromNumber(number)).number, number);
}

TEST(Steps, TitlesAreDistinct)
{
    QStringList titles;
    for (int number = 1; number <= 8; ++number)
        titles << stepTitle(stepFromNumber(number));
    titles.removeDuplicates();
    EXPECT_EQ(titles.size(), 8);
}

TEST(Steps, StepFromNumberClamps)
{
    EXPECT_EQ(stepFromNumber(0), Step::PrepareAccounts);
    EXPECT_EQ(stepFromNumber(-5), Step::PrepareAccounts);
    EXPECT_EQ(stepFromNumber(9), Step::MigrationOver);
    EXPECT_EQ(stepFromNumber(1000), Step::MigrationOver);
}

} // namespace
