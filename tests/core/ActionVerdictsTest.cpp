// VerdictCalculator gives every account the very verdicts rules::canAct gives on the full snapshot,
// requests on their way included: the wizard's table and the CLI's status rely on it.
#include "core/model/ActionVerdicts.h"
#include "core/model/ProcessRules.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

struct VerdictsCase
{
    const char *name;
    Setup setup;
};

void PrintTo(const VerdictsCase &c, std::ostream *os)
{
    *os << c.name;
}

class Calculator : public ::testing::TestWithParam<VerdictsCase>
{
};

TEST_P(Calculator, AgreesWithTheRulesOnEveryAccountAndAction)
{
    const World world = worldFrom(GetParam().setup);
    const VerdictCalculator calculator(world.snapshot, world.facts, world.inFlight);
    for (const AccountRecord &account : world.snapshot.accounts) {
        const ActionVerdicts verdicts = calculator.verdictsFor(account);
        for (const AccountAction action : kAccountActions) {
            const Verdict expected = rules::canAct(action, account, world.snapshot, world.facts, world.inFlight);
            EXPECT_EQ(verdicts.of(action), expected)
                << account.name.toStdString() << ": " << verdicts.of(action).error().toStdString() << " / "
                << expected.error().toStdString();
        }
    }
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Worlds, Calculator,
    ::testing::Values(
        VerdictsCase{"Preparation", nullptr},
        VerdictsCase{"OneTesting", [](World &w) { w.at(1).status = AccountStatus::Testing; }},
        VerdictsCase{"TwoTestingSideBySide",
                     [](World &w) { w.at(0).status = AccountStatus::Testing; w.at(2).status = AccountStatus::Testing; }},
        VerdictsCase{"OneOnItsWay", [](World &w) { transitReady(w); w.inFlight = {2}; }},
        VerdictsCase{"OneOnItsWayAnotherRunning",
                     [](World &w) { transitReady(w); w.inFlight = {3}; w.at(0).status = AccountStatus::Migrating; }},
        VerdictsCase{"OneMigrating", [](World &w) { transitReady(w); w.at(1).status = AccountStatus::Migrating; }},
        VerdictsCase{"AllMigrated", allMigrated},
        VerdictsCase{"MovingBack",
                     [](World &w) { customerFinalizes(w); w.at(2).status = AccountStatus::MovingBack; }}),
    caseName<VerdictsCase>);
// clang-format on

TEST(ActionVerdicts, OfNamesEachAction)
{
    const ActionVerdicts verdicts {allow(), deny(u"m"_s), deny(u"r"_s), allow()};
    EXPECT_TRUE(verdicts.of(AccountAction::Test));
    EXPECT_EQ(verdicts.of(AccountAction::Migrate).error(), u"m"_s);
    EXPECT_EQ(verdicts.of(AccountAction::Rollback).error(), u"r"_s);
    EXPECT_TRUE(verdicts.of(AccountAction::MoveBack));
}

} // namespace
