#include "core/model/AccountList.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace passerelle;
using namespace Qt::Literals::StringLiterals;

namespace {

AccountRecord record(qint64 id)
{
    AccountRecord account;
    account.id = id;
    account.name = u"site-%1"_s.arg(id);
    return account;
}

AccountList numbered(qint64 count)
{
    AccountList list;
    for (qint64 id = 1; id <= count; ++id)
        list.append(record(id));
    return list;
}

QList<qsizetype> unsharedPlaces(const AccountList &a, const AccountList &b)
{
    QList<qsizetype> places;
    a.visitUnshared(b, [&places](qsizetype at) {
        places.append(at);
        return true;
    });
    return places;
}

} // namespace

TEST(AccountList, KeepsTheOrderAndCountOfAPlainList)
{
    for (const qint64 count : {0, 1, 63, 64, 65, 200}) {
        const AccountList list = numbered(count);
        ASSERT_EQ(list.size(), count);
        EXPECT_EQ(list.isEmpty(), count == 0);
        qint64 expected = 1;
        for (const AccountRecord &account : list)
            EXPECT_EQ(account.id, expected++) << count;
        EXPECT_EQ(expected, count + 1);
        if (count > 0) {
            EXPECT_EQ(list.constFirst().id, 1);
            EXPECT_EQ(list.constLast().id, count);
            EXPECT_EQ(list.at(count - 1).name, u"site-%1"_s.arg(count));
        }
        EXPECT_EQ(list.toList().size(), count);
        EXPECT_EQ(AccountList(list.toList()), list);
    }
    EXPECT_EQ(AccountList({record(1), record(2)}), numbered(2));
}

TEST(AccountList, AChangeToACopyCopiesOneBlockAndLeavesTheOriginal)
{
    const AccountList original = numbered(1000);
    AccountList copy = original;
    EXPECT_TRUE(copy.isSharedWith(original));
    EXPECT_TRUE(unsharedPlaces(copy, original).isEmpty()) << "a copy shares everything";

    copy[700].status = AccountStatus::Migrating;
    EXPECT_EQ(original.at(700).status, AccountStatus::Idle) << "the original keeps its account";
    EXPECT_EQ(copy.at(700).status, AccountStatus::Migrating);
    EXPECT_FALSE(copy.isSharedWith(original));
    const QList<qsizetype> places = unsharedPlaces(copy, original);
    ASSERT_EQ(places.size(), 64) << "only the changed account's block is read";
    EXPECT_TRUE(places.contains(700));
    EXPECT_EQ(&copy.at(10), &original.at(10)) << "the other blocks are the very same accounts";
    EXPECT_NE(copy, original);
    copy[700].status = AccountStatus::Idle;
    EXPECT_EQ(copy, original) << "equal by value, whatever is shared";
}

TEST(AccountList, WritesThroughIteratorsAndAppendsStayInTheCopy)
{
    const AccountList original = numbered(130);
    AccountList copy = original;
    for (AccountRecord &account : copy)
        account.lastError = u"changed"_s;
    copy.append(record(131));
    EXPECT_TRUE(std::all_of(original.cbegin(), original.cend(), [](const AccountRecord &a) { return a.lastError.isEmpty(); }));
    EXPECT_EQ(original.size(), 130);
    EXPECT_EQ(copy.size(), 131);
    EXPECT_EQ(copy.constLast().id, 131);
    EXPECT_EQ(copy.at(0).lastError, u"changed"_s);

    AccountList sorted = numbered(100);
    std::sort(sorted.begin(), sorted.end(), [](const AccountRecord &a, const AccountRecord &b) { return a.id > b.id; });
    EXPECT_EQ(sorted.constFirst().id, 100);
    EXPECT_EQ(sorted.constLast().id, 1);
}

TEST(AccountList, RemovesAnAccountAnywhere)
{
    for (const qsizetype at : {0, 63, 64, 99}) {
        const AccountList original = numbered(100);
        AccountList list = original;
        list.removeAt(at);
        ASSERT_EQ(list.size(), 99);
        for (qsizetype place = 0; place < list.size(); ++place)
            EXPECT_EQ(list.at(place).id, place < at ? place + 1 : place + 2) << at;
        EXPECT_EQ(original.size(), 100) << "the copy is untouched";
    }
}
