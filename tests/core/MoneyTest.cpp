// Money is integer cents, parsed from the API's decimal strings (docs/contract.md, "Reads": server_daily_price).

#include "core/model/Money.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

struct ParseCase
{
    const char *name;
    const char *text;
    std::optional<qint64> expected;
};

void PrintTo(const ParseCase &c, std::ostream *os)
{
    *os << c.name;
}

class ParseDecimalCents : public ::testing::TestWithParam<ParseCase>
{
};

TEST_P(ParseDecimalCents, AcceptsOnlyPlainDecimals)
{
    EXPECT_EQ(parseDecimalCents(QString::fromUtf8(GetParam().text)), GetParam().expected);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Cases, ParseDecimalCents,
    ::testing::Values(
        ParseCase{"TwoDecimals", "4.20", 420},
        ParseCase{"OneDecimal", "4.2", 420},
        ParseCase{"NoDecimals", "4", 400},
        ParseCase{"FiveCents", "0.05", 5},
        ParseCase{"Zero", "0", 0},
        ParseCase{"LeadingZeros", "007.10", 710},
        ParseCase{"FifteenDigits", "999999999999999.99", 99999999999999999},
        ParseCase{"Empty", "", std::nullopt},
        ParseCase{"TrailingDot", "4.", std::nullopt},
        ParseCase{"LeadingDot", ".5", std::nullopt},
        ParseCase{"ThreeDecimals", "4.205", std::nullopt},
        ParseCase{"Negative", "-1", std::nullopt},
        ParseCase{"Plus", "+1", std::nullopt},
        ParseCase{"Exponent", "1e3", std::nullopt},
        ParseCase{"Comma", "4,20", std::nullopt},
        ParseCase{"LeadingSpace", " 4", std::nullopt},
        ParseCase{"TrailingSpace", "4 ", std::nullopt},
        ParseCase{"TwoDots", "4.2.0", std::nullopt},
        ParseCase{"SixteenDigits", "1234567890123456", std::nullopt},
        ParseCase{"ArabicIndicDigit", "\xd9\xa4", std::nullopt}),
    caseName<ParseCase>);
// clang-format on

struct FormatCase
{
    const char *name;
    qint64 cents;
    const char *expected;
};

void PrintTo(const FormatCase &c, std::ostream *os)
{
    *os << c.name;
}

class FormatDecimalCents : public ::testing::TestWithParam<FormatCase>
{
};

TEST_P(FormatDecimalCents, TwoDecimalsAlways)
{
    EXPECT_EQ(formatDecimalCents(GetParam().cents), QString::fromUtf8(GetParam().expected));
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Cases, FormatDecimalCents,
    ::testing::Values(
        FormatCase{"Zero", 0, "0.00"},
        FormatCase{"FiveCents", 5, "0.05"},
        FormatCase{"TenCents", 10, "0.10"},
        FormatCase{"DailyPrice", 420, "4.20"},
        FormatCase{"Whole", 400, "4.00"},
        FormatCase{"Large", 123456789, "1234567.89"},
        FormatCase{"NegativeCents", -5, "-0.05"},
        FormatCase{"Negative", -420, "-4.20"}),
    caseName<FormatCase>);
// clang-format on

TEST(Money, FormatThenParseRoundTrips)
{
    for (qint64 cents : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(420), qint64(100000001)})
        EXPECT_EQ(parseDecimalCents(formatDecimalCents(cents)), cents);
}

} // namespace
