#include "core/report/PlanCalendar.h"
#include "core/model/Downtime.h"
#include "core/report/ICalendar.h"
#include "tests/common/ParamName.h"
#include "tests/core/ModelFixtures.h"
#include "tests/report/ICalendarReader.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;
using namespace passerelle::report;
using namespace passerelle::testing;

namespace {

constexpr qint64 GiB = qint64(1) << 30;

// Step 4: transit ready, alpha (1 GiB) and bravo (2 GiB) still to migrate, charlie already moved.
World migrating()
{
    World world = freshWorld();
    transitReady(world);
    world.snapshot.migration.summary.deadline = utc("2027-01-31T23:59:59Z");
    world.at(0).databaseSize = GiB;
    world.at(1).databaseSize = 2 * GiB;
    migrate(world.at(2));
    return world;
}

const QDateTime kNow = utc("2026-12-02T10:00:00Z");

ICalendarComponent readBack(const QByteArray &bytes)
{
    QString error;
    const ICalendarComponent calendar = readICalendar(bytes, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString() << "\n" << bytes.toStdString();
    return calendar;
}

QStringList uids(const ICalendarComponent &calendar)
{
    QStringList all;
    for (const ICalendarComponent &event : calendar.childrenNamed("VEVENT"))
        all << event.value("UID");
    return all;
}

struct EscapeCase
{
    const char *text;
    const char *escaped;
};

class ICalendarEscaping : public ::testing::TestWithParam<EscapeCase>
{
};

TEST_P(ICalendarEscaping, EscapesTextAsRfc5545Says)
{
    EXPECT_EQ(escapeText(QString::fromUtf8(GetParam().text)), QString::fromUtf8(GetParam().escaped));
}

INSTANTIATE_TEST_SUITE_P(Rfc5545, ICalendarEscaping,
                         ::testing::Values(EscapeCase {"plain words", "plain words"}, EscapeCase {"a,b", "a\\,b"},
                                           EscapeCase {"a;b", "a\\;b"}, EscapeCase {"back\\slash", "back\\\\slash"},
                                           EscapeCase {"two\nlines", "two\\nlines"},
                                           EscapeCase {"crlf\r\nline", "crlf\\nline"},
                                           EscapeCase {"lone\rcr", "lone\\ncr"}, EscapeCase {"été: 5 €", "été: 5 €"}),
                         [](const auto &info) { return rowName(info.index, info.param.text); });

TEST(ICalendarLines, LongLinesFoldAt75OctetsAndUnfoldToTheOriginal)
{
    // ASCII, then two- and three-octet characters: a fold never splits a UTF-8 sequence.
    for (const QString &text : {QString(200, u'x'), QString(101, u'é'), QString(77, u'€')}) {
        const QByteArray line = "SUMMARY:" + text.toUtf8();
        const QByteArray folded = contentLine(line);
        ASSERT_TRUE(folded.endsWith("\r\n"));
        QByteArray unfolded;
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        ASSERT_GT(physical.size(), 1);
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                ASSERT_TRUE(part.endsWith('\r'));
                part.chop(1);
            }
            EXPECT_LE(part.size(), 75);
            EXPECT_EQ(QString::fromUtf8(part).toUtf8(), part) << "a UTF-8 sequence was cut";
            if (i > 0) {
                ASSERT_TRUE(part.startsWith(' '));
                part.remove(0, 1);
            }
            unfolded += part;
        }
        EXPECT_EQ(unfolded, line);
    }
    EXPECT_EQ(contentLine(QByteArray(75, 'x')), QByteArray(75, 'x') + "\r\n") << "75 octets fit";
}

TEST(PlanCalendar, ReadsBackWithOneSlotPerAccountBackToBackFromNow)
{
    const World world = migrating();
    const ICalendarComponent calendar = readBack(planCalendar(world.snapshot, Step::MigrateAccounts, kNow, false));
    EXPECT_TRUE(calendar.value("PRODID").contains(u"Passerelle"_s));
    const QList<ICalendarComponent> events = calendar.childrenNamed("VEVENT");
    ASSERT_EQ(events.size(), 4) << "alpha, bravo, the transit's free period, the deadline";

    EXPECT_TRUE(events[0].value("SUMMARY").contains(u"alpha"_s));
    EXPECT_EQ(readUtcTime(events[0].value("DTSTART")), kNow);
    EXPECT_EQ(readUtcTime(events[0].value("DTEND")), kNow.addSecs(60)) << "1 GiB: one minute";
    EXPECT_TRUE(events[1].value("SUMMARY").contains(u"bravo"_s));
    EXPECT_EQ(readUtcTime(events[1].value("DTSTART")), kNow.addSecs(60)) << "one after another";
    EXPECT_EQ(readUtcTime(events[1].value("DTEND")), kNow.addSecs(180));
    for (const ICalendarComponent &event : events) {
        EXPECT_EQ(readUtcTime(event.value("DTSTAMP")), kNow);
        EXPECT_FALSE(event.value("DESCRIPTION").isEmpty());
    }

    EXPECT_EQ(readUtcTime(events[2].value("DTSTART")), utc("2026-12-15T15:00:00Z")) << "ready + 14 days";
    EXPECT_EQ(readUtcTime(events[3].value("DTSTART")), utc("2027-01-31T23:59:59Z"));
    for (const ICalendarComponent &milestone : {events[2], events[3]}) {
        const QList<ICalendarComponent> alarms = milestone.childrenNamed("VALARM");
        ASSERT_EQ(alarms.size(), 1);
        EXPECT_EQ(alarms[0].value("TRIGGER"), u"-PT24H"_s);
        EXPECT_EQ(alarms[0].value("ACTION"), u"DISPLAY"_s);
    }
}

// The calendar says a downtime as the wizard does (core/model/Format): 18 s, never "about 1 minute".
TEST(PlanCalendar, SaysEachDowntimeWithTheWizardsOwnWords)
{
    World world = migrating();
    world.at(0).databaseSize = 300LL * 1024 * 1024; // 18 s
    const QList<ICalendarComponent> events
        = readBack(planCalendar(world.snapshot, Step::MigrateAccounts, kNow, false)).childrenNamed("VEVENT");
    ASSERT_GE(events.size(), 2);
    EXPECT_TRUE(events[0].value("DESCRIPTION").contains(u"Estimated downtime: about 18 s "_s))
        << events[0].value("DESCRIPTION").toStdString();
    EXPECT_TRUE(events[1].value("DESCRIPTION").contains(u"Estimated downtime: about 2 min "_s))
        << events[1].value("DESCRIPTION").toStdString();
}

TEST(PlanCalendar, UidsAreUniqueAndStableFromOneExportToTheNext)
{
    const World world = migrating();
    const QStringList first = uids(readBack(planCalendar(world.snapshot, Step::MigrateAccounts, kNow, false)));
    const QStringList later
        = uids(readBack(planCalendar(world.snapshot, Step::MigrateAccounts, kNow.addSecs(3600), false)));
    EXPECT_EQ(first, later) << "re-importing updates the events instead of doubling them";
    const QStringList rehearsal = uids(readBack(planCalendar(world.snapshot, Step::MigrateAccounts, kNow, true)));
    for (const QString &uid : rehearsal)
        EXPECT_FALSE(first.contains(uid)) << "a rehearsal never overwrites the real plan: " << uid.toStdString();
}

TEST(PlanCalendar, ARehearsalSaysSoInEverySummary)
{
    const World world = migrating();
    const ICalendarComponent calendar = readBack(planCalendar(world.snapshot, Step::MigrateAccounts, kNow, true));
    for (const ICalendarComponent &event : calendar.childrenNamed("VEVENT"))
        EXPECT_TRUE(event.value("SUMMARY").startsWith(u"Rehearsal"_s))
            << event.value("SUMMARY").toStdString();
}

TEST(PlanCalendar, StepSevenPlansTheMovesBackAndTheFinalizationWeek)
{
    World world = migrating();
    migrate(world.at(0));
    world.snapshot.migration.clientServer.reinstalledAt = utc("2026-12-20T12:00:00Z");
    const ICalendarComponent calendar = readBack(planCalendar(world.snapshot, Step::Finalization, kNow, false));
    const QList<ICalendarComponent> events = calendar.childrenNamed("VEVENT");
    ASSERT_EQ(events.size(), 5) << "alpha and charlie back, transit, finalization week, deadline";
    EXPECT_TRUE(events[0].value("SUMMARY").contains(u"alpha"_s));
    EXPECT_TRUE(events[0].value("SUMMARY").contains(u"back"_s));
    EXPECT_TRUE(events[1].value("SUMMARY").contains(u"charlie"_s));
    EXPECT_EQ(readUtcTime(events[3].value("DTSTART")), utc("2026-12-27T12:00:00Z")) << "reinstall + 7 days";
}

TEST(PlanCalendar, UnknownDatesAreLeftOut)
{
    World world = freshWorld();
    world.at(0).databaseSize = GiB;
    const ICalendarComponent calendar = readBack(planCalendar(world.snapshot, Step::PrepareAccounts, kNow, false));
    const QList<ICalendarComponent> events = calendar.childrenNamed("VEVENT");
    ASSERT_EQ(events.size(), 3) << "three slots; no transit, finalization or deadline date yet";
    EXPECT_EQ(readUtcTime(events[1].value("DTSTART")), kNow.addSecs(60));
    EXPECT_EQ(readUtcTime(events[2].value("DTEND")), kNow.addSecs(60 + 2 * downtime::kFloor.count()));
}

TEST(PlanCalendar, AccountNamesSurviveEscapingAndFolding)
{
    World world = migrating();
    const QString awkward = u"shop, \"main\"; back\\slash "_s + QString(60, u'é');
    world.at(0).name = awkward;
    const ICalendarComponent calendar = readBack(planCalendar(world.snapshot, Step::MigrateAccounts, kNow, false));
    ASSERT_FALSE(calendar.childrenNamed("VEVENT").isEmpty());
    EXPECT_TRUE(calendar.childrenNamed("VEVENT")[0].value("SUMMARY").contains(awkward));
}

struct BrokenCase
{
    const char *name;
    QByteArray bytes;
};

class StrictReader : public ::testing::TestWithParam<BrokenCase>
{
};

// The reader above is only worth its verdicts if it refuses what RFC 5545 forbids.
TEST_P(StrictReader, RefusesWhatRfc5545Forbids)
{
    QString error;
    readICalendar(GetParam().bytes, &error);
    EXPECT_FALSE(error.isEmpty());
}

const QByteArray kHead = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n";
const QByteArray kEvent = "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261202T100000Z\r\nDTSTART:20261202T100000Z\r\n"
                          "DTEND:20261202T101000Z\r\nSUMMARY:s\r\nEND:VEVENT\r\n";
const QByteArray kTail = "END:VCALENDAR\r\n";

INSTANTIATE_TEST_SUITE_P(
    Broken, StrictReader,
    ::testing::Values(
        BrokenCase {"BareLf", QByteArray(kHead + kEvent + kTail).replace("VERSION:2.0\r\n", "VERSION:2.0\n")},
        BrokenCase {"LongLine", kHead + "X-LONG:" + QByteArray(80, 'x') + "\r\n" + kEvent + kTail},
        BrokenCase {"NoDtend", kHead + QByteArray(kEvent).replace("DTEND:20261202T101000Z\r\n", "") + kTail},
        BrokenCase {"LocalTime",
                    kHead + QByteArray(kEvent).replace("DTSTART:20261202T100000Z", "DTSTART:20261202T100000") + kTail},
        BrokenCase {"EndBeforeStart", kHead + QByteArray(kEvent).replace("T101000Z", "T090000Z") + kTail},
        BrokenCase {"DuplicateUid", kHead + kEvent + kEvent + kTail},
        BrokenCase {"BareComma", kHead + QByteArray(kEvent).replace("SUMMARY:s", "SUMMARY:a,b") + kTail},
        BrokenCase {"NoVersion", QByteArray(kHead).replace("VERSION:2.0\r\n", "") + kEvent + kTail},
        BrokenCase {"Unclosed", kHead + kEvent}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(StrictReader, AcceptsTheMinimalCalendar)
{
    QString error;
    const ICalendarComponent calendar = readICalendar(kHead + kEvent + kTail, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(calendar.childrenNamed("VEVENT").size(), 1);
}

} // namespace
