#include "core/api/ApiEndpoint.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

struct EndpointCase
{
    const char *name;
    const char *url;
    bool accepted;
};

class EndpointValidation : public ::testing::TestWithParam<EndpointCase>
{
};

TEST_P(EndpointValidation, Checks)
{
    EXPECT_EQ(ApiEndpoint::fromString(QString::fromLatin1(GetParam().url)).hasValue(), GetParam().accepted);
}

INSTANTIATE_TEST_SUITE_P(
    Urls, EndpointValidation,
    ::testing::Values(EndpointCase {"ProviderDefault", "https://api.alwaysdata.com/v1/", true},
                      EndpointCase {"LoopbackHttp", "http://127.0.0.1:8080/v1/", true},
                      EndpointCase {"LocalhostHttp", "http://localhost:8080/v1/", true},
                      EndpointCase {"Ipv6LoopbackHttp", "http://[::1]:8080/v1/", true},
                      EndpointCase {"RemoteHttpRefused", "http://api.alwaysdata.com/v1/", false},
                      EndpointCase {"LanHttpRefused", "http://192.168.1.4/v1/", false},
                      EndpointCase {"MissingTrailingSlash", "https://api.alwaysdata.com/v1", false},
                      EndpointCase {"WrongVersion", "https://api.alwaysdata.com/v2/", false},
                      EndpointCase {"UserInfoRefused", "https://key:@api.alwaysdata.com/v1/", false},
                      EndpointCase {"QueryRefused", "https://api.alwaysdata.com/v1/?key=x", false},
                      EndpointCase {"FtpRefused", "ftp://api.alwaysdata.com/v1/", false},
                      EndpointCase {"Garbage", "not a url", false}),
    [](const auto &info) { return std::string(info.param.name); });

struct TypedCase
{
    const char *name;
    const char *typed;
    const char *completed;
};

class TypedEndpoint : public ::testing::TestWithParam<TypedCase>
{
};

// A person types the provider's address; the wizard completes it only where the meaning is plain.
TEST_P(TypedEndpoint, IsCompletedAsMeant)
{
    EXPECT_EQ(ApiEndpoint::completeTyped(QString::fromLatin1(GetParam().typed)),
              QString::fromLatin1(GetParam().completed));
}

INSTANTIATE_TEST_SUITE_P(
    Typed, TypedEndpoint,
    ::testing::Values(
        TypedCase {"HostOnly", "https://api.alwaysdata.com", "https://api.alwaysdata.com/v1/"},
        TypedCase {"HostAndSlash", "https://api.alwaysdata.com/", "https://api.alwaysdata.com/v1/"},
        TypedCase {"VersionWithoutSlash", "https://api.alwaysdata.com/v1", "https://api.alwaysdata.com/v1/"},
        TypedCase {"AlreadyComplete", "https://api.alwaysdata.com/v1/", "https://api.alwaysdata.com/v1/"},
        TypedCase {"SpacesTrimmed", "  http://127.0.0.1:8080  ", "http://127.0.0.1:8080/v1/"},
        TypedCase {"OtherPathLeftToJudge", "https://api.alwaysdata.com/v2/", "https://api.alwaysdata.com/v2/"},
        TypedCase {"QueryLeftToJudge", "https://api.alwaysdata.com/?key=x", "https://api.alwaysdata.com/?key=x"},
        TypedCase {"GarbageLeftToJudge", "not a url", "not a url"}, TypedCase {"Empty", "", ""}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ApiEndpoint, ResolvesContractPathsUnderV1)
{
    const auto endpoint = ApiEndpoint::fromString(u"http://127.0.0.1:9/v1/"_s);
    ASSERT_TRUE(endpoint);
    EXPECT_EQ(endpoint.value().resolve(u"migration/7/account/"_s),
              QUrl(u"http://127.0.0.1:9/v1/migration/7/account/"_s));
    EXPECT_EQ(endpoint.value().resolve(u"/server/"_s), QUrl(u"http://127.0.0.1:9/v1/server/"_s));
}

struct OriginCase
{
    const char *name;
    const char *target;
    bool same;
};

class SameOrigin : public ::testing::TestWithParam<OriginCase>
{
};

TEST_P(SameOrigin, Compares)
{
    const auto endpoint = ApiEndpoint::fromString(u"https://api.alwaysdata.com/v1/"_s);
    ASSERT_TRUE(endpoint);
    EXPECT_EQ(endpoint.value().isSameOrigin(QUrl(QString::fromLatin1(GetParam().target))), GetParam().same);
}

INSTANTIATE_TEST_SUITE_P(Redirects, SameOrigin,
                         ::testing::Values(OriginCase {"SamePath", "https://api.alwaysdata.com/v1/server/", true},
                                           OriginCase {"ExplicitDefaultPort", "https://api.alwaysdata.com:443/v1/x/",
                                                       true},
                                           OriginCase {"HostCase", "https://API.alwaysdata.com/v1/x/", true},
                                           OriginCase {"DowngradeToHttp", "http://api.alwaysdata.com/v1/x/", false},
                                           OriginCase {"OtherPort", "https://api.alwaysdata.com:8443/v1/x/", false},
                                           OriginCase {"OtherHost", "https://evil.example/v1/x/", false},
                                           OriginCase {"Subdomain", "https://x.api.alwaysdata.com/v1/x/", false},
                                           OriginCase {"UserInfo", "https://u@api.alwaysdata.com/v1/x/", false}),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace
