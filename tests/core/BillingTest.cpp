// Money and deadlines (docs/process.md, "Money and deadlines"): free transit for 14 days, then
// every started day at the client server's daily price; the customer's finalization week.

#include "core/model/Billing.h"
#include "core/model/Clock.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

constexpr qint64 kDay = billing::kSecondsPerDay;

TEST(Billing, TransitIsFreeForExactlyFourteenDays)
{
    const QDateTime ready = utc("2026-12-01T15:00:00Z");
    EXPECT_EQ(billing::transitFreeUntil(ready), utc("2026-12-15T15:00:00Z"));
    EXPECT_EQ(ready.secsTo(billing::transitFreeUntil(ready)), 14 * kDay);
    EXPECT_FALSE(billing::transitFreeUntil(QDateTime()).isValid());
}

TEST(Billing, FourteenDaysIncludeALeapDay)
{
    EXPECT_EQ(billing::transitFreeUntil(utc("2028-02-20T10:00:00Z")), utc("2028-03-05T10:00:00Z"));
    EXPECT_EQ(billing::transitFreeUntil(utc("2027-02-20T10:00:00Z")), utc("2027-03-06T10:00:00Z"));
}

TEST(Billing, AnOffsetReadyTimeIsCountedInUtc)
{
    const QDateTime ready = QDateTime::fromString(u"2026-12-01T16:00:00+01:00"_s, Qt::ISODate);
    EXPECT_EQ(billing::transitFreeUntil(ready), utc("2026-12-15T15:00:00Z"));
}

TEST(Billing, ProviderFreeUntilIsPreferred)
{
    TransitServer transit;
    transit.readyAt = utc("2026-12-01T15:00:00Z");
    EXPECT_EQ(billing::transitFreeUntil(transit), utc("2026-12-15T15:00:00Z"));
    transit.freeUntil = utc("2026-12-20T00:00:00Z");
    EXPECT_EQ(billing::transitFreeUntil(transit), utc("2026-12-20T00:00:00Z"));
}

struct BilledCase
{
    const char *name;
    qint64 secondsAfterReady;
    qint64 expectedDays;
};

void PrintTo(const BilledCase &c, std::ostream *os)
{
    *os << c.name;
}

class BilledDays : public ::testing::TestWithParam<BilledCase>
{
};

TEST_P(BilledDays, CountEveryStartedDayPastTheFreePeriod)
{
    const QDateTime ready = utc("2026-12-01T15:00:00Z");
    const QDateTime at = ready.addSecs(GetParam().secondsAfterReady);
    EXPECT_EQ(billing::billedDays(billing::transitFreeUntil(ready), at), GetParam().expectedDays);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Edges, BilledDays,
    ::testing::Values(
        BilledCase{"BeforeReady", -kDay, 0},
        BilledCase{"OnReady", 0, 0},
        BilledCase{"ThirteenDays", 13 * kDay, 0},
        BilledCase{"ExactlyFourteenDays", 14 * kDay, 0},
        BilledCase{"FourteenDaysAndOneSecond", 14 * kDay + 1, 1},
        BilledCase{"FifteenDays", 15 * kDay, 1},
        BilledCase{"FifteenDaysAndOneSecond", 15 * kDay + 1, 2},
        BilledCase{"TwentyDays", 20 * kDay, 6},
        BilledCase{"TwentyDaysAndAnHour", 20 * kDay + 3600, 7}),
    caseName<BilledCase>);
// clang-format on

TEST(Billing, BilledDaysAcrossALeapDay)
{
    const QDateTime freeUntil = billing::transitFreeUntil(utc("2028-02-20T10:00:00Z"));
    EXPECT_EQ(billing::billedDays(freeUntil, utc("2028-03-05T10:00:00Z")), 0);
    EXPECT_EQ(billing::billedDays(freeUntil, utc("2028-03-05T10:00:01Z")), 1);
    EXPECT_EQ(billing::billedDays(freeUntil, utc("2028-03-11T10:00:00Z")), 6);
}

TEST(Billing, BilledDaysWithoutDatesIsZero)
{
    EXPECT_EQ(billing::billedDays(QDateTime(), utc("2028-03-05T10:00:00Z")), 0);
    EXPECT_EQ(billing::billedDays(utc("2028-03-05T10:00:00Z"), QDateTime()), 0);
}

MigrationDetail readyTransit()
{
    World world = freshWorld();
    transitReady(world); // ready 2026-12-01T15:00Z, 4.20 EUR a day
    return world.snapshot.migration;
}

TEST(Billing, TransitCostUsesTheDailyPriceInCents)
{
    const MigrationDetail migration = readyTransit();
    ManualClock clock(utc("2026-12-15T15:00:00Z"));
    EXPECT_EQ(billing::transitCost(migration, {}, clock.now()), (Money {0, u"EUR"_s}));
    clock.advance(1);
    EXPECT_EQ(billing::transitCost(migration, {}, clock.now()), (Money {420, u"EUR"_s}));
    clock.set(utc("2026-12-21T15:00:00Z"));
    EXPECT_EQ(billing::transitCost(migration, {}, clock.now()).cents, 6 * 420);
}

TEST(Billing, NoCostBeforeTheTransitIsReady)
{
    World world = freshWorld();
    world.snapshot.migration.transit.status = TransitStatus::Installing;
    EXPECT_EQ(billing::transitCost(world.snapshot.migration, {}, utc("2030-01-01T00:00:00Z")).cents, 0);
}

TEST(Billing, CostStopsWhenTheTransitIsReleased)
{
    MigrationDetail migration = readyTransit();
    migration.transit.status = TransitStatus::Released;
    LocalFacts facts;
    facts.transitReleasedSeenAt = utc("2026-12-17T12:00:00Z"); // 1 day 21 h past the free period
    EXPECT_EQ(billing::transitCost(migration, facts, utc("2027-01-31T00:00:00Z")).cents, 2 * 420);
    EXPECT_EQ(billing::transitCost(migration, facts, utc("2026-12-16T00:00:00Z")).cents, 1 * 420);
}

TEST(Billing, CostFollowsTheProviderFreeUntil)
{
    MigrationDetail migration = readyTransit();
    migration.transit.freeUntil = utc("2026-12-20T15:00:00Z");
    EXPECT_EQ(billing::transitCost(migration, {}, utc("2026-12-21T15:00:00Z")).cents, 420);
}

TEST(Billing, CustomerFinalizationWeek)
{
    const QDateTime reinstalledAt = utc("2026-12-03T20:00:00Z");
    EXPECT_EQ(billing::finalizationFreeUntil(reinstalledAt), utc("2026-12-10T20:00:00Z"));
    EXPECT_FALSE(billing::finalizationFreeUntil(QDateTime()).isValid());
    MigrationDetail migration;
    migration.clientServer.reinstalledAt = reinstalledAt;
    EXPECT_EQ(billing::finalizationFreeUntil(migration), utc("2026-12-10T20:00:00Z"));
    migration.finalization.freeUntil = utc("2026-12-11T09:00:00Z");
    EXPECT_EQ(billing::finalizationFreeUntil(migration), utc("2026-12-11T09:00:00Z"));
}

struct SecondsLeftCase
{
    const char *name;
    const char *deadline;
    const char *now;
    qint64 expected;
};

void PrintTo(const SecondsLeftCase &c, std::ostream *os)
{
    *os << c.name;
}

class SecondsLeft : public ::testing::TestWithParam<SecondsLeftCase>
{
};

TEST_P(SecondsLeft, NegativeOncePassed)
{
    const QDateTime deadline = GetParam().deadline ? utc(GetParam().deadline) : QDateTime();
    EXPECT_EQ(billing::secondsLeft(deadline, utc(GetParam().now)), GetParam().expected);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Cases, SecondsLeft,
    ::testing::Values(
        SecondsLeftCase{"Future", "2027-01-31T23:59:59Z", "2027-01-30T23:59:59Z", kDay},
        SecondsLeftCase{"Now", "2027-01-31T23:59:59Z", "2027-01-31T23:59:59Z", 0},
        SecondsLeftCase{"Past", "2027-01-31T23:59:59Z", "2027-02-01T00:00:09Z", -10},
        SecondsLeftCase{"NoDeadline", nullptr, "2027-02-01T00:00:09Z", 0}),
    caseName<SecondsLeftCase>);
// clang-format on

} // namespace

namespace {

// The projection at the current pace: what is left to move, plus the reinstall's usual hours.
struct ProjectionCase
{
    const char *name;
    Setup setup;
    const char *now;
    const char *expectedEnd;
    qint64 expectedCents;
};

class Projection : public ::testing::TestWithParam<ProjectionCase> {};

TEST_P(Projection, EndAndCost)
{
    const ProjectionCase &c = GetParam();
    const World world = worldFrom(c.setup);
    const QDateTime now = utc(c.now);
    EXPECT_EQ(billing::projectedTransitEnd(world.snapshot, now), utc(c.expectedEnd));
    EXPECT_EQ(billing::projectedTransitCost(world.snapshot, world.facts, now).cents, c.expectedCents);
}

// Three empty accounts: 5 s each way; the transit server is free until 2026-12-15T15:00Z.
INSTANTIATE_TEST_SUITE_P(
    AtTheCurrentPace, Projection,
    ::testing::Values(
        ProjectionCase {"EarlyNothingMigrated", transitReady, "2026-12-01T16:00:00Z", "2026-12-01T22:00:30Z", 0},
        ProjectionCase {"LateNothingMigrated", transitReady, "2026-12-15T12:00:00Z", "2026-12-15T18:00:30Z", 420},
        ProjectionCase {"ReinstallRunningForTwoHours",
                        [](World &w) {
                            reinstalling(w);
                            w.snapshot.migration.clientServer.reinstallStartedAt = utc("2026-12-15T10:00:00Z");
                        },
                        "2026-12-15T12:00:00Z", "2026-12-15T16:00:15Z", 420},
        ProjectionCase {"EverythingBackInTime",
                        [](World &w) {
                            customerFinalizes(w);
                            for (AccountRecord &account : w.snapshot.accounts)
                                moveBack(account);
                        },
                        "2026-12-10T12:00:00Z", "2026-12-10T12:00:00Z", 0},
        ProjectionCase {"TwoDaysLateWithOneAccountToMoveBack",
                        [](World &w) {
                            customerFinalizes(w);
                            moveBack(w.at(0));
                            moveBack(w.at(1));
                        },
                        "2026-12-17T12:00:00Z", "2026-12-17T12:00:05Z", 2 * 420}),
    caseName<ProjectionCase>);

TEST(Projection, NothingBeforeTheTransitServerIsReady)
{
    const World world = freshWorld();
    EXPECT_FALSE(billing::projectedTransitEnd(world.snapshot, utc("2026-12-01T16:00:00Z")).isValid());
    EXPECT_EQ(billing::projectedTransitCost(world.snapshot, world.facts, utc("2026-12-01T16:00:00Z")).cents, 0);
}

} // namespace
