// How numbers read for people (docs/howto.md, "Numbers for people"): one formatter for the wizard,
// the CLI, the report and the support messages, the same table in English and in French.
#include "core/model/Format.h"
#include "tests/common/ParamName.h"
#include "tests/i18n/FrenchCatalogue.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {
namespace {

using namespace std::chrono_literals;

constexpr qint64 kGiB = qint64(1) << 30;
const QChar kNbsp(0x00a0); // between a number and its unit, in French
const QChar kNarrowNbsp(0x202f); // between groups of digits, in French

struct FormatCase
{
    const char *name;
    std::function<QString(const QLocale &)> format;
    QString english;
    QString french;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A moment given in local time, so that the case reads the same in every time zone.
QDateTime localTime(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::LocalTime);
}

const FormatCase kCases[] = {
    {"SizeInGiB", [](const QLocale &l) { return format::dataSize(5 * kGiB / 2, l); }, s("2.5 GiB"), s("2,5 Gio")},
    {"SizeInMiB", [](const QLocale &l) { return format::dataSize(kGiB / 4, l); }, s("256.0 MiB"), s("256,0 Mio")},
    {"SizeOfForty", [](const QLocale &l) { return format::dataSize(40 * kGiB, l); }, s("40.0 GiB"), s("40,0 Gio")},
    {"DurationUnderAMinuteInSeconds", [](const QLocale &l) { return format::duration(5s, l); }, s("5 s"),
     s("5") + kNbsp + s("s")},
    {"DurationOfOneMinute", [](const QLocale &l) { return format::duration(60s, l); }, s("1 min"),
     s("1") + kNbsp + s("min")},
    {"DurationRoundedUp", [](const QLocale &l) { return format::duration(61s, l); }, s("2 min"),
     s("2") + kNbsp + s("min")},
    {"DurationOfAnHour", [](const QLocale &l) { return format::duration(3600s, l); }, s("1 h"),
     s("1") + kNbsp + s("h")},
    {"DurationInHoursAndMinutes", [](const QLocale &l) { return format::duration(4830s, l); }, s("1 h 21 min"),
     s("1") + kNbsp + s("h") + kNbsp + s("21") + kNbsp + s("min")},
    {"PercentWithTheLanguagesSpacing", [](const QLocale &l) { return format::percent(9, l); }, s("9%"),
     s("9") + kNbsp + s("%")},
    {"TimeLeftUnderAMinute", [](const QLocale &l) { return format::timeLeft(59s, l); }, s("less than a minute"),
     s("moins d’une minute")},
    {"TimeLeftRoundedUpLikeDurations", [](const QLocale &l) { return format::timeLeft(61s, l); }, s("2 minutes"),
     s("2 minutes")},
    {"TimeLeftInDays", [](const QLocale &l) { return format::timeLeft(3 * 24h + 4h + 12min, l); },
     s("3 days, 4 hours, 12 minutes"), s("3 jours, 4 heures, 12 minutes")},
    {"TimeLeftWithZeroHoursAndMinutes", [](const QLocale &l) { return format::timeLeft(14 * 24h, l); },
     s("14 days, 0 hours, 0 minutes"), s("14 jours, 0 heure, 0 minute")},
    {"TimeLeftOfOneEach", [](const QLocale &l) { return format::timeLeft(24h + 1h + 1min, l); },
     s("1 day, 1 hour, 1 minute"), s("1 jour, 1 heure, 1 minute")},
    {"MoneyInEuros",
     [](const QLocale &l) {
         return format::money(Money {420, u"EUR"_s}, l);
     },
     s("€4.20"), s("4,20") + kNbsp + s("€")},
    {"MoneyWithThousands",
     [](const QLocale &l) {
         return format::money(Money {123450, u"EUR"_s}, l);
     },
     s("€1,234.50"), s("1") + kNarrowNbsp + s("234,50") + kNbsp + s("€")},
    {"DateWithItsYear", [](const QLocale &l) { return format::dateTime(localTime(3, 14, 0), l); },
     s("3 Dec 2026 14:00"), s("3 déc. 2026 14:00")},
    {"NoDate", [](const QLocale &l) { return format::dateTime(QDateTime(), l); }, s("—"), s("—")},
    {"DayWithItsYear", [](const QLocale &l) { return format::date(QDate(2027, 1, 22), l); }, s("22 Jan 2027"),
     s("22 janv. 2027")},
};

class FormatInEnglish : public ::testing::TestWithParam<FormatCase>
{
};

TEST_P(FormatInEnglish, ReadsAsTheTableSays)
{
    EXPECT_EQ(GetParam().format(QLocale(QLocale::English, QLocale::UnitedStates)), GetParam().english);
}

class FormatInFrench : public WithFrenchCatalogue<::testing::TestWithParam<FormatCase>>
{
};

TEST_P(FormatInFrench, ReadsAsTheTableSays)
{
    EXPECT_EQ(GetParam().format(QLocale(QLocale::French, QLocale::France)), GetParam().french);
}

const auto kCaseName = [](const ::testing::TestParamInfo<FormatCase> &info) {
    return passerelle::testing::rowName(info.index, info.param.name);
};

INSTANTIATE_TEST_SUITE_P(Table, FormatInEnglish, ::testing::ValuesIn(kCases), kCaseName);
INSTANTIATE_TEST_SUITE_P(Table, FormatInFrench, ::testing::ValuesIn(kCases), kCaseName);

} // namespace
} // namespace passerelle::test
