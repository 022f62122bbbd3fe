#include "app/cli/CliOptions.h"

#include <gtest/gtest.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::cli;

namespace {

QStringList argv(const std::vector<const char *> &words)
{
    QStringList list {u"passerelle-cli"_s};
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

struct UsageCase
{
    const char *name;
    std::vector<const char *> words; // a vector: an initializer_list member would dangle
};

class CliUsageErrors : public ::testing::TestWithParam<UsageCase>
{
};

TEST_P(CliUsageErrors, ExitTwoWithAMessage)
{
    const ParsedCommandLine parsed = parseCommandLine(argv(GetParam().words));
    EXPECT_FALSE(parsed.options.has_value());
    EXPECT_EQ(parsed.exitCode, ExitCode::Usage);
    EXPECT_FALSE(parsed.text.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Mistakes, CliUsageErrors,
                         ::testing::Values(UsageCase {"NoCommand", {}}, UsageCase {"UnknownCommand", {"launch"}},
                                           UsageCase {"ActionWithoutAccount", {"migrate"}},
                                           UsageCase {"TestWithTwoAccounts", {"test", "a", "b"}},
                                           UsageCase {"RollbackWithTwoAccounts", {"rollback", "a", "b"}},
                                           UsageCase {"SameAccountTwice", {"migrate", "a", "a"}},
                                           UsageCase {"AtWithTest", {"test", "a", "--at", "02:00"}},
                                           UsageCase {"AtWithStatus", {"status", "--at", "02:00"}},
                                           UsageCase {"AtNotATime", {"migrate", "a", "--at", "tonight"}},
                                           UsageCase {"AtWithoutSeconds", {"migrate", "a", "--at", "2026-12-02"}},
                                           UsageCase {"StatusWithAccount", {"status", "a"}},
                                           UsageCase {"UnknownOption", {"status", "--frobnicate"}},
                                           UsageCase {"KeyOnTheCommandLine", {"status", "--api-key=K3Y"}},
                                           UsageCase {"KeyOptionSeparated", {"status", "--key", "K3Y"}},
                                           UsageCase {"AccountAndCustomer",
                                                      {"status", "--account", "a", "--customer", "c@x"}},
                                           UsageCase {"MigrationNotANumber", {"status", "--migration", "seven"}},
                                           UsageCase {"MigrationZero", {"status", "--migration", "0"}},
                                           UsageCase {"CalendarWithoutPlan", {"status", "--ics", "plan.ics"}},
                                           UsageCase {"CalendarWithoutFile", {"plan", "--ics="}}),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(CliOptions, KeyOnTheCommandLineSaysWhereTheKeyComesFrom)
{
    const ParsedCommandLine parsed = parseCommandLine(argv({"status", "--api-key", "K3Y"}));
    EXPECT_TRUE(parsed.text.contains(u"PASSERELLE_API_KEY"_s));
    EXPECT_FALSE(parsed.text.contains(u"K3Y"_s));
}

TEST(CliOptions, VersionNamesTheProgramOnStdout)
{
    const ParsedCommandLine parsed = parseCommandLine(argv({"--version"}));
    EXPECT_FALSE(parsed.options);
    EXPECT_EQ(parsed.exitCode, ExitCode::Done);
    EXPECT_EQ(parsed.text, QStringLiteral("passerelle-cli " PASSERELLE_VERSION "\n"));
}

TEST(CliOptions, PlanTakesACalendarFile)
{
    const ParsedCommandLine parsed = parseCommandLine(argv({"plan", "--ics", "-"}));
    ASSERT_TRUE(parsed.options);
    EXPECT_EQ(parsed.options->command, CliOptions::Command::Plan);
    EXPECT_EQ(parsed.options->icsPath, u"-"_s);
}

TEST(CliOptions, StatusDefaults)
{
    const ParsedCommandLine parsed = parseCommandLine(argv({"status"}));
    ASSERT_TRUE(parsed.options);
    EXPECT_EQ(parsed.options->command, CliOptions::Command::Status);
    EXPECT_FALSE(parsed.options->json);
    EXPECT_EQ(parsed.options->apiUrl, u"https://api.alwaysdata.com/v1/"_s);
    EXPECT_EQ(parsed.options->migrationId, 0);
}

struct ActionCase
{
    const char *word;
    AccountAction action;
};

class CliActions : public ::testing::TestWithParam<ActionCase>
{
};

TEST_P(CliActions, ParseWithTheirAccountAndOptions)
{
    const ParsedCommandLine parsed
        = parseCommandLine(argv({GetParam().word, "acme-shop", "--yes", "--json", "--migration", "7", "--account",
                                 "acme-shop", "--api-url", "http://127.0.0.1:8080/v1/"}));
    ASSERT_TRUE(parsed.options) << parsed.text.toStdString();
    EXPECT_EQ(parsed.options->command, CliOptions::Command::Action);
    EXPECT_EQ(parsed.options->action, GetParam().action);
    EXPECT_EQ(parsed.options->target, u"acme-shop"_s);
    EXPECT_TRUE(parsed.options->yes);
    EXPECT_TRUE(parsed.options->json);
    EXPECT_EQ(parsed.options->migrationId, 7);
    EXPECT_EQ(parsed.options->accountQualifier, u"acme-shop"_s);
    EXPECT_EQ(parsed.options->apiUrl, u"http://127.0.0.1:8080/v1/"_s);
}

INSTANTIATE_TEST_SUITE_P(All, CliActions,
                         ::testing::Values(ActionCase {"test", AccountAction::Test},
                                           ActionCase {"migrate", AccountAction::Migrate},
                                           ActionCase {"rollback", AccountAction::Rollback},
                                           ActionCase {"move-back", AccountAction::MoveBack}),
                         [](const auto &info) {
                             return info.param.word == std::string("move-back") ? std::string("MoveBack")
                                                                                : std::string(info.param.word);
                         });

TEST(CliOptions, HelpExitsZeroAndNamesTheExitCodes)
{
    const ParsedCommandLine parsed = parseCommandLine(argv({"--help"}));
    EXPECT_FALSE(parsed.options);
    EXPECT_EQ(parsed.exitCode, ExitCode::Done);
    EXPECT_TRUE(parsed.text.contains(u"5 cannot reach the API"_s));
}

struct ExitCase
{
    const char *name;
    ApiError::Kind kind;
    ExitCode code;
};

class CliExitCodes : public ::testing::TestWithParam<ExitCase>
{
};

TEST_P(CliExitCodes, FollowTheIssue)
{
    EXPECT_EQ(exitCodeFor(ApiError::make(GetParam().kind, QString())), GetParam().code);
}

INSTANTIATE_TEST_SUITE_P(Errors, CliExitCodes,
                         ::testing::Values(ExitCase {"KeyRefused", ApiError::Kind::KeyRefused, ExitCode::KeyRefused},
                                           ExitCase {"Network", ApiError::Kind::Network, ExitCode::Unreachable},
                                           ExitCase {"Timeout", ApiError::Kind::Timeout, ExitCode::Unreachable},
                                           ExitCase {"Tls", ApiError::Kind::Tls, ExitCode::Unreachable},
                                           ExitCase {"Redirect", ApiError::Kind::Redirect, ExitCode::Unreachable},
                                           ExitCase {"Conflict", ApiError::Kind::Conflict, ExitCode::NotAllowed},
                                           ExitCase {"Server", ApiError::Kind::Server, ExitCode::Failed},
                                           ExitCase {"Protocol", ApiError::Kind::Protocol, ExitCode::Failed}),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace

namespace {

TEST(CliOptions, MigrateTakesSeveralAccountsAndAStartTime)
{
    const QDateTime now(QDate(2026, 12, 1), QTime(22, 0), Qt::LocalTime);
    const ParsedCommandLine parsed = parseCommandLine(argv({"migrate", "a", "b", "c", "--at", "02:00"}), now);
    ASSERT_TRUE(parsed.options) << parsed.text.toStdString();
    EXPECT_EQ(parsed.options->action, AccountAction::Migrate);
    EXPECT_EQ(parsed.options->targets, (QStringList {u"a"_s, u"b"_s, u"c"_s}));
    EXPECT_EQ(parsed.options->startAt, QDateTime(QDate(2026, 12, 2), QTime(2, 0), Qt::LocalTime));
}

TEST(CliOptions, MoveBackTakesAnIsoLocalStartTime)
{
    const ParsedCommandLine parsed = parseCommandLine(argv({"move-back", "a", "--at", "2026-12-02T02:00:00"}));
    ASSERT_TRUE(parsed.options) << parsed.text.toStdString();
    EXPECT_EQ(parsed.options->action, AccountAction::MoveBack);
    EXPECT_EQ(parsed.options->startAt, QDateTime(QDate(2026, 12, 2), QTime(2, 0), Qt::LocalTime));
}

} // namespace
