#include "core/api/RetryAfter.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <optional>

using namespace passerelle;

namespace {

const QDateTime kNow(QDate(2026, 10, 21), QTime(7, 27, 0), QTimeZone::utc());

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
                      RetryAfterCase {"OverADayRefused", "90000", std::nullopt},
                      RetryAfterCase {"HugeNumberRefused", "99999999999999999999", std::nullopt},
                      RetryAfterCase {"DateFarAheadRefused", "Fri, 21 Oct 2033 07:28:00 GMT", std::nullopt}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace
