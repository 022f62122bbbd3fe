// The customer's own ticks and choices reach the activity log in words.
#include "core/session/FactChanges.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

MigrationSnapshot twoAccounts()
{
    MigrationSnapshot snapshot;
    AccountRecord blog;
    blog.id = 301;
    blog.name = u"acme-blog"_s;
    AccountRecord shop;
    shop.id = 302;
    shop.name = u"acme-shop"_s;
    snapshot.accounts = {blog, shop};
    return snapshot;
}

struct FactCase
{
    const char *name;
    std::function<void(LocalFacts &)> before;
    std::function<void(LocalFacts &)> after;
    QList<FactNote> expected;
};

class FactChangesTest : public ::testing::TestWithParam<FactCase>
{
};

TEST_P(FactChangesTest, DescribesWhatTheCustomerChanged)
{
    LocalFacts before;
    GetParam().before(before);
    LocalFacts after = before;
    GetParam().after(after);
    EXPECT_EQ(describeFactChanges(before, after, twoAccounts()), GetParam().expected);
}

const auto nothing = [](LocalFacts &) {};

INSTANTIATE_TEST_SUITE_P(
    Facts, FactChangesTest,
    ::testing::Values(FactCase {"NothingChanged", nothing, nothing, {}},
                      FactCase {"OneAccountReady",
                                nothing,
                                [](LocalFacts &f) { f.confirmedReady.insert(301); },
                                {{u"acme-blog is ready to migrate."_s, 301}}},
                      FactCase {"AllAccountsReadyAtOnce",
                                nothing,
                                [](LocalFacts &f) {
                                    f.confirmedReady = {301, 302};
                                },
                                {{u"2 accounts marked as ready to migrate."_s, 0}}},
                      FactCase {"ReadyWithdrawn",
                                [](LocalFacts &f) { f.confirmedReady = {302}; },
                                [](LocalFacts &f) { f.confirmedReady.clear(); },
                                {{u"acme-shop is no longer marked as ready."_s, 302}}},
                      FactCase {"UnknownAccountById",
                                nothing,
                                [](LocalFacts &f) { f.verified.insert(999); },
                                {{u"account #999 was checked after its migration."_s, 999}}},
                      FactCase {"CheckWithdrawn",
                                [](LocalFacts &f) {
                                    f.verified = {301, 302};
                                },
                                [](LocalFacts &f) { f.verified.clear(); },
                                {{u"2 accounts no longer marked as checked."_s, 0}}},
                      FactCase {"FinalizerChosen",
                                nothing,
                                [](LocalFacts &f) { f.finalizer = Finalizer::Customer; },
                                {{u"You chose to move the accounts back yourself."_s, 0}}},
                      FactCase {"FinalizerSupport",
                                [](LocalFacts &f) { f.finalizer = Finalizer::Customer; },
                                [](LocalFacts &f) { f.finalizer = Finalizer::Support; },
                                {{u"You chose to let support move the accounts back."_s, 0}}},
                      FactCase {"DnsAnswer",
                                nothing,
                                [](LocalFacts &f) { f.usesProviderDns = false; },
                                {{u"You said your domains use another DNS."_s, 0}}},
                      // Logged with the support answer, and a date seen by the app is no tick of the customer.
                      FactCase {"SupportRequestsAndSeenDatesAreNotFacts",
                                nothing,
                                [](LocalFacts &f) {
                                    f.transitRequestSent = true;
                                    f.transitRequestText = u"please"_s;
                                    f.transitReleasedSeenAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
                                },
                                {}},
                      FactCase {"SeveralChangesInOrder",
                                nothing,
                                [](LocalFacts &f) {
                                    f.confirmedReady.insert(302);
                                    f.verified.insert(301);
                                },
                                {{u"acme-shop is ready to migrate."_s, 302},
                                 {u"acme-blog was checked after its migration."_s, 301}}}),
    [](const ::testing::TestParamInfo<FactCase> &info) { return std::string(info.param.name); });

} // namespace
