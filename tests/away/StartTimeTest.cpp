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

} // namespace
