#include "core/session/StartTime.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(22, 30), Qt::LocalTime);

TEST(StartTime, AnIsoLocalDateTimeIsTakenAsWritten)
{
    const auto parsed = starttime::parse(u"2026-12-02T02:00:00"_s, kNow);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, QDateTime(QDate(2026, 12, 2), QTime(2, 0), Qt::LocalTime));
}

TEST(StartTime, AnHourAloneIsTheNextSuchTime)
{
    EXPECT_EQ(*starttime::parse(u"02:00"_s, kNow), QDateTime(QDate(2026, 12, 2), QTime(2, 0), Qt::LocalTime));
    EXPECT_EQ(*starttime::parse(u"23:15:30"_s, kNow), QDateTime(QDate(2026, 12, 1), QTime(23, 15, 30), Qt::LocalTime));
    EXPECT_EQ(*starttime::parse(u"22:30"_s, kNow), QDateTime(QDate(2026, 12, 2), QTime(22, 30), Qt::LocalTime));
}

TEST(StartTime, AnythingElseIsRefused)
{
    for (const QString &text : QStringList {u""_s, u"tonight"_s, u"25:00"_s, u"2:0"_s, u"2026-12-02"_s, u"2026-13-02T02:00:00"_s,
                                u"12:60"_s, u"02:00 pm"_s}) {
        EXPECT_FALSE(starttime::parse(text, kNow)) << text.toStdString();
    }
}

// The one start-time rule of --at and "Start at…": one row per boundary.
struct StartCase
{
    const char *name;
    QDateTime startAt;
    QDateTime deadline; // invalid: none given
    QDateTime freeUntil; // invalid: none given
    starttime::StartTimeVerdict::Kind expected;
    const char *says; // a word of the message ("" when none is said)
};

class StartTimeCheck : public ::testing::TestWithParam<StartCase>
{
};

TEST_P(StartTimeCheck, SaysWhetherAndWhy)
{
    const StartCase &row = GetParam();
    MigrationDetail migration;
    migration.summary.deadline = row.deadline;
    migration.transit.freeUntil = row.freeUntil;
    const starttime::StartTimeVerdict verdict = starttime::check(row.startAt, kNow, migration);
    EXPECT_EQ(verdict.kind, row.expected);
    using Kind = starttime::StartTimeVerdict::Kind;
    EXPECT_EQ(verdict.allowed(), row.expected == Kind::Allowed || row.expected == Kind::AllowedButBilled);
    if (*row.says == 0)
        EXPECT_TRUE(verdict.message.isEmpty()) << verdict.message.toStdString();
    else
        EXPECT_TRUE(verdict.message.contains(QString::fromUtf8(row.says))) << verdict.message.toStdString();
}

using Kind = starttime::StartTimeVerdict::Kind;
const QDateTime kDeadline = kNow.addDays(10);
const QDateTime kFreeUntil = kNow.addDays(3);

INSTANTIATE_TEST_SUITE_P(
    Rows, StartTimeCheck,
    ::testing::Values(StartCase {"Tonight", kNow.addSecs(3600), kDeadline, kFreeUntil, Kind::Allowed, ""},
                      StartCase {"NoDeadlineNoFreePeriod", kNow.addDays(400), {}, {}, Kind::Allowed, ""},
                      StartCase {"OneMinuteAgo", kNow.addSecs(-60), kDeadline, kFreeUntil, Kind::Past, "already past"},
                      StartCase {"RightNow", kNow, kDeadline, kFreeUntil, Kind::Past, "already past"},
                      StartCase {"AYearTypo", kNow.addYears(-6), {}, {}, Kind::Past, "already past"},
                      StartCase {"AtTheDeadline", kDeadline, kDeadline, kFreeUntil, Kind::AfterDeadline, "deadline"},
                      StartCase {
                          "AfterTheDeadline", kDeadline.addSecs(1), kDeadline, {}, Kind::AfterDeadline, "deadline"},
                      StartCase {"JustBeforeTheDeadline", kDeadline.addSecs(-1), kDeadline, {}, Kind::Allowed, ""},
                      StartCase {"AtTheEndOfTheFreePeriod", kFreeUntil, kDeadline, kFreeUntil, Kind::Allowed, ""},
                      StartCase {"AfterTheFreePeriod", kFreeUntil.addSecs(1), kDeadline, kFreeUntil,
                                 Kind::AllowedButBilled, "billed"},
                      StartCase {"AfterBothTheDeadlineWins", kDeadline.addDays(1), kDeadline, kFreeUntil,
                                 Kind::AfterDeadline, "deadline"}),
    [](const ::testing::TestParamInfo<StartCase> &info) { return std::string(info.param.name); });

} // namespace
