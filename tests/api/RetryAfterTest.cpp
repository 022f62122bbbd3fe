#include "core/api/RetryAfter.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <optional>

using namespace passerelle;

namespace {

const QDateTime kNow(QDate(2026, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
constexpr qint64 kYearMs = qint64(365) * 24 * 60 * 60 * 1000;

struct RetryAfterCase
{
    const char *name;
    const char *value;
    std::optional<qint64> expectedMs;
};

class RetryAfterParse : public ::testing::TestWithParam<RetryAfterCase>
{
};

TEST_P(RetryAfterParse, Reads)
{
    EXPECT_EQ(retryafter::parseMs(QByteArray(GetParam().value), kNow), GetParam().expectedMs);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, RetryAfterParse,
    ::testing::Values(RetryAfterCase {"DeltaSeconds", "120", qint64(120000)},
                      RetryAfterCase {"DeltaZero", "0", qint64(0)},
                      RetryAfterCase {"DeltaWithSpaces", "  3 ", qint64(3000)},
                      RetryAfterCase {"ImfFixdateInAMinute", "Wed, 21 Oct 2026 07:28:00 GMT", qint64(60000)},
                      RetryAfterCase {"ImfFixdateInThePastIsNow", "Wed, 21 Oct 2026 07:00:00 GMT", qint64(0)},
                      RetryAfterCase {"ImfFixdateSameSecond", "Wed, 21 Oct 2026 07:27:00 GMT", qint64(0)},
                      RetryAfterCase {"Empty", "", std::nullopt}, RetryAfterCase {"Negative", "-5", std::nullopt},
                      RetryAfterCase {"Fraction", "1.5", std::nullopt}, RetryAfterCase {"Words", "soon", std::nullopt},
                      RetryAfterCase {"Rfc850Refused", "Wednesday, 21-Oct-26 07:28:00 GMT", std::nullopt},
                      RetryAfterCase {"NotGmtRefused", "Wed, 21 Oct 2026 07:28:00 CET", std::nullopt},
                      // Long waits are read as asked (up to a year), so that the client can say no
                      // to them: never taken as malformed, which would retry at once.
                      RetryAfterCase {"OverADayIsRead", "90000", qint64(90000000)},
                      RetryAfterCase {"HugeNumberIsAYear", "99999999999999999999", kYearMs},
                      RetryAfterCase {"DateFarAheadIsAYear", "Fri, 21 Oct 2033 07:28:00 GMT", kYearMs}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(RetryAfter, OnlyWaitsBeyondTheLongestPauseAreRefused)
{
    EXPECT_FALSE(retryafter::exceedsLongestPause(retryafter::kLongestPauseMs));
    EXPECT_TRUE(retryafter::exceedsLongestPause(retryafter::kLongestPauseMs + 1));
    EXPECT_TRUE(retryafter::exceedsLongestPause(*retryafter::parseMs("100000", kNow)));
}

} // namespace
