#include "core/api/ApiContract.h"
#include "core/api/HostName.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <ostream>

using namespace passerelle;
using namespace Qt::Literals::StringLiterals;

namespace {

TEST(ContractSites, TheDocumentedExample)
{
    const auto sites = contract::parseSites(R"([{"id": 501, "name": "acme-shop", "type": "php", "addresses":
        ["shop.example.com", "www.shop.example.com"], "account": 301}, {"id": 502, "name": "x", "type": "static",
        "addresses": [], "extra": true}])");
    ASSERT_TRUE(sites.hasValue()) << sites.error().message.toStdString();
    ASSERT_EQ(sites.value().size(), 2);
    const SiteInfo &shop = sites.value().at(0);
    EXPECT_EQ(shop.id, 501);
    EXPECT_EQ(shop.name, u"acme-shop"_s);
    EXPECT_EQ(shop.type, u"php"_s);
    EXPECT_EQ(shop.addresses, (QStringList{u"shop.example.com"_s, u"www.shop.example.com"_s}));
    EXPECT_EQ(shop.account, 301);
    // A key used at account level gets no `account` field (admin-api.md, A).
    EXPECT_EQ(sites.value().at(1).account, 0);
    EXPECT_TRUE(sites.value().at(1).addresses.isEmpty());
}

TEST(ContractSites, RoundTripThroughTheServerSide)
{
    const SiteInfo site{501, u"acme-shop"_s, u"php"_s, {u"shop.example.com"_s, u"café.example.com"_s}, 301};
    const QByteArray body = QJsonDocument(QJsonArray{contract::toJson(site)}).toJson();
    const auto parsed = contract::parseSites(body);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value().at(0), site);
    EXPECT_EQ(contract::parseRoute(contract::sitesPath()).kind, contract::Route::Kind::Sites);
}

struct BadSite
{
    const char *name;
    const char *body;
    const char *field;
};

void PrintTo(const BadSite &param, std::ostream *out)
{
    *out << param.name;
}

class ContractSitesRejects : public ::testing::TestWithParam<BadSite>
{
};

TEST_P(ContractSitesRejects, WithAProtocolErrorNamingTheField)
{
    const auto parsed = contract::parseSites(GetParam().body);
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_EQ(parsed.error().kind, ApiError::Kind::Protocol);
    EXPECT_EQ(parsed.error().field, QString::fromLatin1(GetParam().field)) << parsed.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, ContractSitesRejects,
    ::testing::Values(
        BadSite{"NotAList", R"({"id": 1})", ""},
        BadSite{"MissingAddresses", R"([{"id": 1, "name": "a", "type": "php"}])", "[0].addresses"},
        BadSite{"AddressesNotAList", R"([{"id": 1, "name": "a", "type": "php", "addresses": "a.example"}])",
                "[0].addresses"},
        BadSite{"AddressNotAString", R"([{"id": 1, "name": "a", "type": "php", "addresses": [7]}])",
                "[0].addresses[0]"},
        BadSite{"Scheme", R"([{"id": 1, "name": "a", "type": "php", "addresses": ["https://a.example"]}])",
                "[0].addresses[0]"},
        BadSite{"Path", R"([{"id": 1, "name": "a", "type": "php", "addresses": ["a.example/blog"]}])",
                "[0].addresses[0]"},
        BadSite{"Port", R"([{"id": 1, "name": "a", "type": "php", "addresses": ["a.example:8080"]}])",
                "[0].addresses[0]"},
        BadSite{"Credentials", R"([{"id": 1, "name": "a", "type": "php", "addresses": ["user:pw@a.example"]}])",
                "[0].addresses[0]"},
        BadSite{"Repeated", R"([{"id": 1, "name": "a", "type": "php", "addresses": ["a.example", "A.example"]}])",
                "[0].addresses[1]"},
        BadSite{"MissingType", R"([{"id": 1, "name": "a", "addresses": []}])", "[0].type"},
        BadSite{"AccountNotAnId", R"([{"id": 1, "name": "a", "type": "php", "addresses": [], "account": "x"}])",
                "[0].account"}),
    [](const auto &info) { return std::string(info.param.name); });

struct HostCase
{
    const char *name;
    QString text;
    bool plausible;
};

void PrintTo(const HostCase &param, std::ostream *out)
{
    *out << param.name;
}

class HostNames : public ::testing::TestWithParam<HostCase>
{
};

TEST_P(HostNames, OnlyDnsNamesPass)
{
    EXPECT_EQ(isPlausibleHostName(GetParam().text), GetParam().plausible) << GetParam().text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Names, HostNames,
    ::testing::Values(HostCase{"Simple", u"shop.example.com"_s, true}, HostCase{"SingleLabel", u"intranet"_s, true},
                      HostCase{"UpperCase", u"Shop.Example.COM"_s, true},
                      HostCase{"Underscore", u"my_site.example.com"_s, true},
                      HostCase{"International", u"café.example.fr"_s, true},
                      HostCase{"Punycode", u"xn--caf-dma.example.fr"_s, true},
                      HostCase{"Ipv4", u"127.0.0.1"_s, true}, HostCase{"Empty", QString(), false},
                      HostCase{"Space", u"shop example.com"_s, false}, HostCase{"Scheme", u"http://a.example"_s, false},
                      HostCase{"Slash", u"a.example/"_s, false}, HostCase{"At", u"me@a.example"_s, false},
                      HostCase{"Colon", u"a.example:443"_s, false}, HostCase{"Query", u"a.example?x"_s, false},
                      HostCase{"EmptyLabel", u"a..example"_s, false},
                      HostCase{"TrailingDot", u"a.example."_s, false},
                      HostCase{"LeadingHyphen", u"-a.example"_s, false},
                      HostCase{"LabelTooLong", QString(64, u'a') + u".example"_s, false},
                      HostCase{"NameTooLong", QString(QString(60, u'a') + u'.').repeated(5) + u"example"_s, false},
                      HostCase{"Ipv6", u"::1"_s, false}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace
