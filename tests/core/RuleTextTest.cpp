// The words of the rules: status names a customer reads, and reasons short enough for a tooltip.

#include "core/model/RuleText.h"
#include "core/model/Clock.h"
#include "core/model/Format.h"
#include "core/model/ProcessRules.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

template<typename Enum> void expectDistinctNonEmpty(const QList<Enum> &values, QString (*name)(Enum))
{
    QStringList names;
    for (Enum value : values) {
        EXPECT_FALSE(name(value).isEmpty()) << static_cast<int>(value);
        names << name(value);
    }
    names.removeDuplicates();
    EXPECT_EQ(names.size(), values.size());
}

TEST(RuleText, EveryStatusHasItsOwnName)
{
    expectDistinctNonEmpty<AccountStatus>({AccountStatus::Idle, AccountStatus::Testing, AccountStatus::Tested,
                                           AccountStatus::TestFailed, AccountStatus::Migrating, AccountStatus::Migrated,
                                           AccountStatus::RollingBack, AccountStatus::MovingBack, AccountStatus::Done,
                                           AccountStatus::Failed},
                                          text::statusName);
    expectDistinctNonEmpty<TransitStatus>({TransitStatus::NotRequested, TransitStatus::Requested,
                                           TransitStatus::WaitingForServer, TransitStatus::Installing,
                                           TransitStatus::Ready, TransitStatus::Released},
                                          text::transitStatusName);
    expectDistinctNonEmpty<ClientServerStatus>({ClientServerStatus::Original, ClientServerStatus::ReinstallRequested,
                                                ClientServerStatus::Reinstalling, ClientServerStatus::Reinstalled},
                                               text::clientServerStatusName);
    expectDistinctNonEmpty<AccountAction>(
        {AccountAction::Test, AccountAction::Migrate, AccountAction::Rollback, AccountAction::MoveBack},
        text::actionName);
}

TEST(RuleText, ShortListShowsAtMostThreeNames)
{
    EXPECT_EQ(text::shortList({}), QString());
    EXPECT_EQ(text::shortList({u"a"_s}), u"a"_s);
    const QString three = text::shortList({u"a"_s, u"b"_s, u"c"_s});
    EXPECT_TRUE(three.contains(u'a') && three.contains(u'b') && three.contains(u'c')) << qPrintable(three);
    const QString five = text::shortList({u"a1"_s, u"b2"_s, u"c3"_s, u"d4"_s, u"e5"_s});
    EXPECT_EQ(five, u"a1, b2, c3 and 2 more"_s);
}

TEST(RuleText, ManyAccountsLeftStillMakeAShortReason)
{
    World world = freshWorld();
    for (int i = 4; i <= 20; ++i)
        world.snapshot.accounts.append(makeAccount(i, u"account-%1"_s.arg(i)));
    const Verdict verdict = rules::canRequestTransit(world.snapshot, world.facts);
    ASSERT_FALSE(verdict.hasValue());
    EXPECT_TRUE(verdict.error().contains(u"20 not confirmed"_s)) << qPrintable(verdict.error());
    EXPECT_TRUE(verdict.error().contains(u"and 17 more"_s)) << qPrintable(verdict.error());
    EXPECT_FALSE(verdict.error().contains(u"account-20"_s));
}

TEST(RuleText, RollbackClosedWithAndWithoutADate)
{
    const QDateTime started = utc("2026-12-03T14:00:00Z");
    EXPECT_TRUE(text::rollbackClosed(started).contains(format::dateTime(started)));
    EXPECT_TRUE(text::rollbackClosed(QDateTime()).contains(u"requested"_s));
    EXPECT_NE(text::rollbackClosed(started), text::rollbackClosed(QDateTime()));
}

TEST(RuleText, EffectiveFinalizerPrefersTheProvider)
{
    World world = freshWorld();
    reinstalled(world);
    EXPECT_EQ(rules::effectiveFinalizer(world.snapshot, world.facts), Finalizer::Nobody);
    world.facts.finalizer = Finalizer::Customer;
    EXPECT_EQ(rules::effectiveFinalizer(world.snapshot, world.facts), Finalizer::Customer);
    world.snapshot.migration.finalization.by = Finalizer::Support;
    EXPECT_EQ(rules::effectiveFinalizer(world.snapshot, world.facts), Finalizer::Support);
}

TEST(Snapshot, FindsAccountsByIdAndName)
{
    const World world = freshWorld();
    ASSERT_NE(world.snapshot.account(2), nullptr);
    EXPECT_EQ(world.snapshot.account(2)->name, u"bravo"_s);
    EXPECT_EQ(world.snapshot.account(42), nullptr);
    ASSERT_NE(world.snapshot.accountNamed(u"charlie"_s), nullptr);
    EXPECT_EQ(world.snapshot.accountNamed(u"charlie"_s)->id, 3);
    EXPECT_EQ(world.snapshot.accountNamed(u"delta"_s), nullptr);
}

TEST(Clock, ManualClockMovesOnlyWhenTold)
{
    const QDateTime start = QDateTime::fromString(u"2026-12-01T10:00:00+01:00"_s, Qt::ISODate);
    ManualClock clock(start);
    EXPECT_EQ(clock.now(), utc("2026-12-01T09:00:00Z"));
    EXPECT_EQ(clock.now().timeSpec(), Qt::UTC);
    clock.advance(90);
    EXPECT_EQ(clock.now(), utc("2026-12-01T09:01:30Z"));
    clock.set(utc("2027-01-31T23:59:59Z"));
    EXPECT_EQ(clock.now(), utc("2027-01-31T23:59:59Z"));
}

} // namespace
