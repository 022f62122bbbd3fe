#include "core/model/Downtime.h"

#include <gtest/gtest.h>

#include <limits>

using namespace passerelle;

namespace {

struct DowntimeCase
{
    const char *name;
    qint64 databaseBytes;
    qint64 expectedSeconds;
};

class DowntimeRule : public ::testing::TestWithParam<DowntimeCase>
{
};

TEST_P(DowntimeRule, OneMinutePerGiBWithAFloor)
{
    EXPECT_EQ(downtime::forDatabaseBytes(GetParam().databaseBytes).count(), GetParam().expectedSeconds);
}

constexpr qint64 GiB = downtime::kBytesPerGiB;

// clang-format off
INSTANTIATE_TEST_SUITE_P(Edges, DowntimeRule,
    ::testing::Values(
        DowntimeCase{"ZeroBytesIsTheFloor", 0, 5},
        DowntimeCase{"OneByteIsTheFloor", 1, 5},
        DowntimeCase{"NegativeIsTheFloor", -1, 5},
        DowntimeCase{"JustUnderTheFloor", GiB / 15, 5},
        DowntimeCase{"OneGiBIsOneMinute", GiB, 60},
        DowntimeCase{"OneGiBAndOneByteRoundsUp", GiB + 1, 61},
        DowntimeCase{"HalfAGiB", GiB / 2, 30},
        DowntimeCase{"FiveHundredGiB", 500 * GiB, 30000},
        DowntimeCase{"NearTwoToTheFiftyThree", (qint64(1) << 53) - 1, qint64(8388608) * 60},
        DowntimeCase{"LargestSizeDoesNotOverflow", std::numeric_limits<qint64>::max(), (qint64(1) << 33) * 60}),
    [](const auto &info) { return std::string(info.param.name); });
// clang-format on

TEST(DowntimeRule, IpRerouteIsAMinuteUnlessProviderDns)
{
    EXPECT_EQ(downtime::forIpReroute(false).count(), 60);
    EXPECT_EQ(downtime::forIpReroute(true).count(), 0);
}

TEST(DowntimeRule, ASetOfAccountsAddsUpBecauseTheyMoveOneAtATime)
{
    AccountList accounts(3);
    accounts[0].databaseSize = GiB;
    accounts[1].databaseSize = 0;
    accounts[2].databaseSize = 2 * GiB;
    EXPECT_EQ(downtime::forAccounts(accounts).count(), 60 + 5 + 120);
    EXPECT_EQ(downtime::forAccounts({}).count(), 0);
}

TEST(DowntimeRule, OnlyDatabasesCountAndMovingBackCostsTheSame)
{
    AccountRecord account;
    account.databaseSize = 3 * GiB;
    account.filesSize = 100 * GiB; // files and mail are pre-copied by support
    account.mailSize = 50 * GiB;
    EXPECT_EQ(downtime::forAccount(account).count(), 180);
    account.location = Location::Transit;
    account.version = Version::New;
    EXPECT_EQ(downtime::forAccount(account).count(), 180);
}

} // namespace
