#include "core/model/Downtime.h"
#include "core/model/OverdueWatch.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <limits>
#include <vector>

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

namespace {

const QDateTime kNoon(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

TEST(DowntimeRule, EstimatedEndIsTheProvidersElseTheRuleOfThumbFromTheStart)
{
    AccountRecord account;
    account.databaseSize = 2 * GiB;
    EXPECT_EQ(downtime::estimatedEnd(account, kNoon), kNoon.addSecs(120));
    account.operationStartedAt = kNoon.addSecs(-600);
    EXPECT_EQ(downtime::estimatedEnd(account, kNoon), kNoon.addSecs(-480));
    account.operationEstimatedEnd = kNoon.addSecs(3600);
    EXPECT_EQ(downtime::estimatedEnd(account, kNoon), kNoon.addSecs(3600));
}

// The provider's end of an operation counts only when Passerelle's polls allow it: after the
// last poll that saw it running and before the poll that saw it ended (within the clock skew).
struct EndCase
{
    const char *name;
    qint64 endFromNoon; // the provider's end; the polls saw it running at -60, ended at +60
    qint64 startFromNoon;
    bool kept;
};

class PlausibleEnd : public ::testing::TestWithParam<EndCase>
{ };

TEST_P(PlausibleEnd, AnEndOutsideThePollsIsNotObserved)
{
    const EndCase &c = GetParam();
    const QDateTime end = kNoon.addSecs(c.endFromNoon);
    const QDateTime kept = downtime::plausibleEnd(kNoon.addSecs(c.startFromNoon), end, kNoon.addSecs(-60),
                                                  kNoon.addSecs(60));
    EXPECT_EQ(kept.isValid(), c.kept);
    if (c.kept)
        EXPECT_EQ(kept, end);
}

INSTANTIATE_TEST_SUITE_P(
    DowntimeRule, PlausibleEnd,
    ::testing::Values(EndCase {"BetweenThePolls", 0, -3600, true},
                      EndCase {"WithinTheSkewBeforeTheRunningPoll", -100, -3600, true},
                      EndCase {"WithinTheSkewAfterTheEndedPoll", 100, -3600, true},
                      EndCase {"LongBeforeAPollSawItRunning", -3240, -3600, false},
                      EndCase {"CenturiesAfterThePollSawItEnded", qint64(973) * 365 * 86400, -3600, false},
                      EndCase {"BeforeItsStart", 0, 30, false}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(DowntimeRule, AnEndWithoutThePollsIsNotObserved)
{
    EXPECT_FALSE(downtime::plausibleEnd(kNoon.addSecs(-600), kNoon, QDateTime(), kNoon.addSecs(60)).isValid());
    EXPECT_FALSE(downtime::plausibleEnd(kNoon.addSecs(-600), QDateTime(), kNoon.addSecs(-60), kNoon).isValid());
}

// Failed reads count only past the estimated end, and only in a row.
struct OverdueCase
{
    const char *name;
    std::vector<int> failedReadsAtSecondsFromEnd; // a success where the value is 999
    bool givesUp;
};

class OverdueRule : public ::testing::TestWithParam<OverdueCase>
{
};

TEST_P(OverdueRule, GivesUpAfterAFewFailedReadsPastTheEnd)
{
    OverdueWatch watch;
    bool gaveUp = false;
    for (const int at : GetParam().failedReadsAtSecondsFromEnd) {
        if (at == 999)
            watch.readSucceeded();
        else
            gaveUp = watch.readFailed(kNoon, kNoon.addSecs(at));
    }
    EXPECT_EQ(gaveUp, GetParam().givesUp);
}

INSTANTIATE_TEST_SUITE_P(
    Reads, OverdueRule,
    ::testing::Values(OverdueCase {"ThreePastTheEnd", {0, 2, 4}, true},
                      OverdueCase {"TwoPastTheEnd", {2, 4}, false},
                      OverdueCase {"BeforeTheEndDoNotCount", {-60, -30, -2, 2, 4}, false},
                      OverdueCase {"ASuccessStartsAgain", {2, 4, 999, 6, 8}, false},
                      OverdueCase {"ManyBeforeThenThreeAfter", {-9, -8, -7, -6, 1, 2, 3}, true}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace

namespace {

// An operation running past twice its estimate plus the margin is waited for no longer.
TEST(OverrunRule, WaitingStopsAtTwiceTheEstimatePlusTheMargin)
{
    const QDateTime accepted = kNoon;
    const QDateTime estimatedEnd = accepted.addSecs(30 * 60);
    const QDateTime stopAt = OverdueWatch::stopWaitingAt(accepted, estimatedEnd);
    EXPECT_EQ(stopAt, accepted.addSecs(60 * 60 + OverdueWatch::kOverrunMarginSeconds));
    EXPECT_FALSE(OverdueWatch::runsTooLong(accepted, estimatedEnd, estimatedEnd));
    EXPECT_FALSE(OverdueWatch::runsTooLong(accepted, estimatedEnd, stopAt.addSecs(-1)));
    EXPECT_TRUE(OverdueWatch::runsTooLong(accepted, estimatedEnd, stopAt));
    // An estimate already in the past when accepted still leaves the margin.
    EXPECT_EQ(OverdueWatch::stopWaitingAt(accepted, accepted.addSecs(-600)),
              accepted.addSecs(OverdueWatch::kOverrunMarginSeconds));
}

} // namespace
