#include "core/model/AccountIndex.h"
#include "core/model/MigrationSnapshot.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace Qt::Literals::StringLiterals;

namespace {

AccountList accounts(std::initializer_list<std::pair<qint64, const char16_t *>> entries)
{
    AccountList list;
    for (const auto &[id, name] : entries) {
        AccountRecord account;
        account.id = id;
        account.name = QString::fromUtf16(name);
        list.append(account);
    }
    return list;
}

TEST(AccountIndex, FindsWhatTheSnapshotsSearchFinds)
{
    MigrationSnapshot snapshot;
    snapshot.accounts = accounts({{5, u"five"}, {3, u"three"}, {5, u"five again"}});
    const AccountIndex index(snapshot.accounts);
    for (const qint64 id : {5, 3, 4})
        EXPECT_EQ(index.find(id), snapshot.account(id)) << id; // the first of a duplicate id, null if none
}

TEST(AccountIndex, PicksTheAccountsOfTheIdsInTheirOrder)
{
    const AccountList list = accounts({{1, u"one"}, {2, u"two"}, {3, u"three"}});
    const AccountList picked = AccountIndex(list).pick({3, 9, 1});
    ASSERT_EQ(picked.size(), 2);
    EXPECT_EQ(picked[0].name, u"three"_s);
    EXPECT_EQ(picked[1].name, u"one"_s);
}

} // namespace
