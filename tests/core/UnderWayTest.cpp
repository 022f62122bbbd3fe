// What goes on at the provider's side, said before the customer quits.

#include "core/model/UnderWay.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

MigrationSnapshot quietSnapshot()
{
    MigrationSnapshot snapshot;
    snapshot.accounts = {makeAccount(1, u"alpha"_s), makeAccount(2, u"bravo"_s)};
    snapshot.migration.transit.status = TransitStatus::Ready;
    snapshot.migration.clientServer.status = ClientServerStatus::Original;
    return snapshot;
}

TEST(UnderWay, NothingWhenAllIsQuiet)
{
    EXPECT_TRUE(underWay(quietSnapshot(), {}, 0).isEmpty());
}

TEST(UnderWay, NamesEachThingThatGoesOn)
{
    MigrationSnapshot snapshot = quietSnapshot();
    snapshot.accounts[0].status = AccountStatus::Migrating;
    const QStringList running = underWay(snapshot, {}, 0);
    ASSERT_EQ(running.size(), 1);
    EXPECT_TRUE(running[0].contains(u"alpha"_s));

    const QStringList sent = underWay(quietSnapshot(), {2}, 0);
    ASSERT_EQ(sent.size(), 1);
    EXPECT_TRUE(sent[0].contains(u"bravo"_s));

    const QStringList queued = underWay(quietSnapshot(), {}, 3);
    ASSERT_EQ(queued.size(), 1);
    EXPECT_TRUE(queued[0].contains(u"queue"_s));

    MigrationSnapshot support = quietSnapshot();
    support.migration.transit.status = TransitStatus::Installing;
    EXPECT_EQ(underWay(support, {}, 0).size(), 1);
    support.migration.transit.status = TransitStatus::Ready;
    support.migration.clientServer.status = ClientServerStatus::Reinstalling;
    EXPECT_EQ(underWay(support, {}, 0).size(), 1);
}

} // namespace
