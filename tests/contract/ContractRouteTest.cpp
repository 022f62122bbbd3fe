#include "core/api/ApiContract.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using Kind = contract::Route::Kind;

namespace {

struct RouteCase
{
    const char *name;
    const char *path;
    Kind kind;
    qint64 migrationId;
    qint64 accountId;
    AccountAction action;
};

class ContractRoute : public ::testing::TestWithParam<RouteCase>
{
};

TEST_P(ContractRoute, ParsesThePathsOfTheContract)
{
    const contract::Route route = contract::parseRoute(QString::fromLatin1(GetParam().path));
    EXPECT_EQ(route.kind, GetParam().kind);
    if (GetParam().kind == Kind::Unknown)
        return;
    EXPECT_EQ(route.migrationId, GetParam().migrationId);
    EXPECT_EQ(route.accountId, GetParam().accountId);
    if (GetParam().kind == Kind::Action) {
        EXPECT_EQ(route.action, GetParam().action);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Paths, ContractRoute,
    ::testing::Values(RouteCase{"Servers", "server/", Kind::Servers, 0, 0, AccountAction::Test},
                      RouteCase{"Accounts", "account/", Kind::HostingAccounts, 0, 0, AccountAction::Test},
                      RouteCase{"Databases", "database/", Kind::Databases, 0, 0, AccountAction::Test},
                      RouteCase{"Sites", "site/", Kind::Sites, 0, 0, AccountAction::Test},
                      RouteCase{"Migrations", "migration/", Kind::Migrations, 0, 0, AccountAction::Test},
                      RouteCase{"Migration", "migration/7/", Kind::Migration, 7, 0, AccountAction::Test},
                      RouteCase{"MigrationAccounts", "migration/7/account/", Kind::MigrationAccounts, 7, 0,
                                AccountAction::Test},
                      RouteCase{"SupportRequest", "migration/7/support_request/", Kind::SupportRequest, 7, 0,
                                AccountAction::Test},
                      RouteCase{"Test", "migration/7/account/301/test/", Kind::Action, 7, 301, AccountAction::Test},
                      RouteCase{"Migrate", "migration/7/account/301/migrate/", Kind::Action, 7, 301,
                                AccountAction::Migrate},
                      RouteCase{"Rollback", "migration/7/account/301/rollback/", Kind::Action, 7, 301,
                                AccountAction::Rollback},
                      RouteCase{"MoveBack", "migration/7/account/301/move_back/", Kind::Action, 7, 301,
                                AccountAction::MoveBack},
                      RouteCase{"NoTrailingSlash", "migration/7", Kind::Unknown, 0, 0, AccountAction::Test},
                      RouteCase{"UnknownAction", "migration/7/account/301/explode/", Kind::Unknown, 0, 0,
                                AccountAction::Test},
                      RouteCase{"NotANumber", "migration/seven/", Kind::Unknown, 0, 0, AccountAction::Test},
                      RouteCase{"LeadingZero", "migration/07/", Kind::Unknown, 0, 0, AccountAction::Test},
                      RouteCase{"Negative", "migration/-7/", Kind::Unknown, 0, 0, AccountAction::Test},
                      RouteCase{"Empty", "", Kind::Unknown, 0, 0, AccountAction::Test},
                      RouteCase{"TooDeep", "migration/7/account/301/migrate/again/", Kind::Unknown, 0, 0,
                                AccountAction::Test}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ContractPaths, BuildWhatTheRouteReads)
{
    for (const AccountAction action : {AccountAction::Test, AccountAction::Migrate, AccountAction::Rollback,
                                       AccountAction::MoveBack}) {
        const contract::Route route = contract::parseRoute(contract::actionPath(7, 301, action));
        EXPECT_EQ(route.kind, Kind::Action);
        EXPECT_EQ(route.action, action);
    }
    EXPECT_EQ(contract::migrationAccountsPath(7), u"migration/7/account/"_s);
    EXPECT_EQ(contract::supportRequestPath(7), u"migration/7/support_request/"_s);
    EXPECT_TRUE(contract::defaultBaseUrl().endsWith(u"/v1/"_s));
}

} // namespace
