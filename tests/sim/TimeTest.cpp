#include "core/sim/VirtualClock.h"
#include "core/sim/WorkingHours.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace passerelle::sim;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

} // namespace

TEST(VirtualClock, FrozenClockMovesOnlyWhenTold)
{
    const QDateTime start = utc(u"2026-11-23T08:00:00Z"_s);
    VirtualClock clock(start, 0.0);
    EXPECT_EQ(clock.now(), start);
    clock.advance(3600);
    EXPECT_EQ(clock.now(), start.addSecs(3600));
    clock.advanceTo(start); // never backwards
    EXPECT_EQ(clock.now(), start.addSecs(3600));
    clock.advanceTo(start.addDays(2));
    EXPECT_EQ(clock.now(), start.addDays(2));
}

TEST(VirtualClock, DefaultScaleIsOneHourPerTenSeconds)
{
    EXPECT_DOUBLE_EQ(VirtualClock::kDefaultTimeScale, 3600.0 / 10.0);
    VirtualClock clock(utc(u"2026-11-23T08:00:00Z"_s));
    EXPECT_DOUBLE_EQ(clock.timeScale(), VirtualClock::kDefaultTimeScale);
    EXPECT_GE(clock.now(), utc(u"2026-11-23T08:00:00Z"_s));
    const VirtualClock frozen(utc(u"2026-11-23T08:00:00Z"_s), 0.0);
    EXPECT_EQ(frozen.now(), utc(u"2026-11-23T08:00:00Z"_s));
}

namespace {

struct WorkingCase
{
    const char *name;
    const char *when; // UTC
    const char *expected; // UTC: the next working instant
};

// ctest lists a case by its name, not by its bytes.
void PrintTo(const WorkingCase &param, std::ostream *out)
{
    *out << param.name;
}

} // namespace

class WorkingHoursTest : public ::testing::TestWithParam<WorkingCase>
{
};

TEST_P(WorkingHoursTest, NextWorkingInstantIsInParisOfficeHours)
{
    const QDateTime when = utc(QString::fromLatin1(GetParam().when));
    const QDateTime expected = utc(QString::fromLatin1(GetParam().expected));
    EXPECT_EQ(workinghours::nextWorkingInstant(when), expected);
    EXPECT_TRUE(workinghours::isWorkingTime(expected));
    EXPECT_EQ(workinghours::isWorkingTime(when), when == expected);
}

// November is UTC+1 in Paris, July UTC+2.
INSTANTIATE_TEST_SUITE_P(
    Paris, WorkingHoursTest,
    ::testing::Values(WorkingCase {"WednesdayNoon", "2026-11-25T11:00:00Z", "2026-11-25T11:00:00Z"},
                      WorkingCase {"MondayBeforeNine", "2026-11-23T07:59:00Z", "2026-11-23T08:00:00Z"},
                      WorkingCase {"MondayAtNine", "2026-11-23T08:00:00Z", "2026-11-23T08:00:00Z"},
                      WorkingCase {"TuesdayAtSix", "2026-11-24T17:00:00Z", "2026-11-25T08:00:00Z"},
                      WorkingCase {"FridayEvening", "2026-11-27T17:30:00Z", "2026-11-30T08:00:00Z"},
                      WorkingCase {"SaturdayMorning", "2026-11-28T09:00:00Z", "2026-11-30T08:00:00Z"},
                      WorkingCase {"SundayNight", "2026-11-29T22:30:00Z", "2026-11-30T08:00:00Z"},
                      WorkingCase {"SummerTuesdayEarly", "2027-07-06T06:30:00Z", "2027-07-06T07:00:00Z"},
                      WorkingCase {"SummerFridayLate", "2027-07-09T16:00:00Z", "2027-07-12T07:00:00Z"}),
    [](const ::testing::TestParamInfo<WorkingCase> &info) { return std::string(info.param.name); });
