// A command line names an account by its name or its id; a name that is another account's id is
// refused, never guessed (a hostile provider could otherwise steer an action to another account).
#include "app/cli/AccountTarget.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::cli;

namespace {

MigrationSnapshot accountsNamed(const QList<std::pair<qint64, QString>> &accounts)
{
    MigrationSnapshot snapshot;
    for (const auto &[id, name] : accounts) {
        AccountRecord account;
        account.id = id;
        account.name = name;
        snapshot.accounts.append(account);
    }
    return snapshot;
}

struct TargetCase
{
    const char *name;
    QString target;
    qint64 expectedId; // 0: refused
    const char *errorPart;
};

class AccountTargets : public ::testing::TestWithParam<TargetCase>
{
};

TEST_P(AccountTargets, FindTheAccountOrSayWhyNot)
{
    const MigrationSnapshot snapshot = accountsNamed({{1005, u"1070"_s}, {1070, u"shop"_s}, {1080, u"blog"_s}});
    const TargetCase &c = GetParam();
    const Expected<const AccountRecord *, QString> found = findTarget(snapshot, c.target);
    if (c.expectedId == 0) {
        ASSERT_FALSE(found);
        EXPECT_TRUE(found.error().contains(QString::fromUtf8(c.errorPart))) << found.error().toStdString();
    } else {
        ASSERT_TRUE(found) << found.error().toStdString();
        EXPECT_EQ(found.value()->id, c.expectedId);
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, AccountTargets,
                         ::testing::Values(TargetCase {"ByName", u"shop"_s, 1070, ""},
                                           TargetCase {"ById", u"1080"_s, 1080, ""},
                                           TargetCase {"NameThatIsAnotherId", u"1070"_s, 0, "the id of another"},
                                           TargetCase {"TheOtherByItsId", u"1005"_s, 1005, ""},
                                           TargetCase {"Unknown", u"nowhere"_s, 0, "No account 'nowhere'"},
                                           TargetCase {"UnknownId", u"4242"_s, 0, "No account '4242'"}),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace
