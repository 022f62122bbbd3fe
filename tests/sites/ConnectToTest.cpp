#include "core/sites/ConnectTo.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace passerelle::sites;
using namespace Qt::Literals::StringLiterals;

namespace {

struct RuleCase
{
    const char *name;
    QString text;
    bool valid;
    QString host;
    int port;
    QString toHost;
    int toPort;
};

void PrintTo(const RuleCase &param, std::ostream *out)
{
    *out << param.name;
}

class ConnectToParsing : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(ConnectToParsing, ReadsCurlsSyntax)
{
    const std::optional<ConnectTo> rule = ConnectTo::parse(GetParam().text);
    ASSERT_EQ(rule.has_value(), GetParam().valid);
    if (!rule)
        return;
    EXPECT_EQ(rule->host, GetParam().host);
    EXPECT_EQ(rule->port, GetParam().port);
    EXPECT_EQ(rule->toHost, GetParam().toHost);
    EXPECT_EQ(rule->toPort, GetParam().toPort);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ConnectToParsing,
    ::testing::Values(
        RuleCase{"Full", u"shop.example.com:443:127.0.0.1:8443"_s, true, u"shop.example.com"_s, 443, u"127.0.0.1"_s,
                 8443},
        RuleCase{"HostLowerCased", u"Shop.Example.COM:80:10.0.0.2:80"_s, true, u"shop.example.com"_s, 80,
                 u"10.0.0.2"_s, 80},
        RuleCase{"AnyHostAnyPort", u"::127.0.0.1:"_s, true, QString(), 0, u"127.0.0.1"_s, 0},
        RuleCase{"SameHostOtherPort", u"shop.example.com:443::8443"_s, true, u"shop.example.com"_s, 443, QString(),
                 8443},
        RuleCase{"Ipv6InBrackets", u"shop.example.com:443:[::1]:8443"_s, true, u"shop.example.com"_s, 443, u"::1"_s,
                 8443},
        RuleCase{"ThreeFields", u"shop.example.com:443:127.0.0.1"_s, false, {}, 0, {}, 0},
        RuleCase{"FiveFields", u"a:1:b:2:c"_s, false, {}, 0, {}, 0},
        RuleCase{"PortNotANumber", u"shop.example.com:https:127.0.0.1:8443"_s, false, {}, 0, {}, 0},
        RuleCase{"PortTooLarge", u"shop.example.com:443:127.0.0.1:70000"_s, false, {}, 0, {}, 0},
        RuleCase{"PortZero", u"shop.example.com:0:127.0.0.1:1"_s, false, {}, 0, {}, 0},
        RuleCase{"HostWithPath", u"shop.example.com/x:443:127.0.0.1:1"_s, false, {}, 0, {}, 0},
        RuleCase{"UnclosedBracket", u"a:1:[::1:2"_s, false, {}, 0, {}, 0}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ConnectToTarget, FirstMatchingRuleWinsOtherwiseTheUrlsOwn)
{
    const QList<ConnectTo> rules = {*ConnectTo::parse(u"shop.example.com:443:127.0.0.1:8443"_s),
                                    *ConnectTo::parse(u"shop.example.com::127.0.0.2:"_s),
                                    *ConnectTo::parse(u":80:127.0.0.3:8080"_s)};
    EXPECT_EQ(connectTarget(rules, u"SHOP.example.com"_s, 443), (ConnectTarget{u"127.0.0.1"_s, 8443}));
    EXPECT_EQ(connectTarget(rules, u"shop.example.com"_s, 80), (ConnectTarget{u"127.0.0.2"_s, 80}));
    EXPECT_EQ(connectTarget(rules, u"blog.example.com"_s, 80), (ConnectTarget{u"127.0.0.3"_s, 8080}));
    EXPECT_EQ(connectTarget(rules, u"blog.example.com"_s, 443), (ConnectTarget{u"blog.example.com"_s, 443}));
    EXPECT_EQ(connectTarget({}, u"x.example"_s, 443), (ConnectTarget{u"x.example"_s, 443}));
}

} // namespace
