#include "app/sim/FaultInjector.h"
#include "app/sim/RateLimiter.h"
#include "app/sim/SimAuth.h"
#include "app/sim/SimOptions.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace passerelle::simhttp;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray basic(const QString &credentials)
{
    return QByteArrayLiteral("Basic ") + credentials.toUtf8().toBase64();
}

struct HeaderCase
{
    const char *name;
    QByteArray header;
    bool accepted;
};

// ctest lists a case by its name, not by its bytes.
void PrintTo(const HeaderCase &param, std::ostream *out)
{
    *out << param.name;
}

} // namespace

TEST(RateLimiter, FiftyUnsafePerSlidingMinuteThenRetryAfterTheOldest)
{
    RateLimiter limiter;
    for (int i = 0; i < 50; ++i)
        ASSERT_EQ(limiter.admit(RateLimiter::Kind::Unsafe, 1000 + i * 100), 0) << i;
    // The first request (t = 1 s) leaves the window at t = 61 s.
    EXPECT_EQ(limiter.admit(RateLimiter::Kind::Unsafe, 10000), 51);
    EXPECT_EQ(limiter.admit(RateLimiter::Kind::Unsafe, 60500), 1);
    EXPECT_EQ(limiter.admit(RateLimiter::Kind::Safe, 10000), 0); // a separate budget
    EXPECT_EQ(limiter.admit(RateLimiter::Kind::Unsafe, 61000), 0);
    EXPECT_GT(limiter.admit(RateLimiter::Kind::Unsafe, 61000), 0);
}

TEST(RateLimiter, SafeAndUnauthenticatedBudgets)
{
    RateLimiter limiter;
    for (int i = 0; i < 250; ++i)
        ASSERT_EQ(limiter.admit(RateLimiter::Kind::Safe, i), 0) << i;
    EXPECT_EQ(limiter.admit(RateLimiter::Kind::Safe, 300), 60);
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(limiter.admit(RateLimiter::Kind::Unauthenticated, 0), 0) << i;
    EXPECT_EQ(limiter.admit(RateLimiter::Kind::Unauthenticated, 0), 60);
}

class SimAuthTest : public ::testing::TestWithParam<HeaderCase>
{
};

TEST_P(SimAuthTest, KeyQualifierAndEmptyPassword)
{
    const SimAuth auth(u"k3y"_s, {u"acme-shop"_s});
    const SimAuth::Decision verdict = auth.check(GetParam().header);
    EXPECT_EQ(verdict.accepted, GetParam().accepted);
    EXPECT_EQ(verdict.detail.isEmpty(), GetParam().accepted);
    EXPECT_FALSE(verdict.detail.contains(u"k3y"_s));
}

INSTANTIATE_TEST_SUITE_P(Headers, SimAuthTest,
                         ::testing::Values(HeaderCase {"Missing", QByteArray(), false},
                                           HeaderCase {"Bare", basic(u"k3y:"_s), true},
                                           HeaderCase {"Account", basic(u"k3y account=acme-shop:"_s), true},
                                           HeaderCase {"UnknownAccount", basic(u"k3y account=acme-blog:"_s), false},
                                           HeaderCase {"Customer", basic(u"k3y customer=ops@acme.example:"_s), true},
                                           HeaderCase {"CustomerWithoutAt", basic(u"k3y customer=ops:"_s), false},
                                           HeaderCase {"OtherQualifier", basic(u"k3y user=x:"_s), false},
                                           HeaderCase {"WrongKey", basic(u"k3z:"_s), false},
                                           HeaderCase {"KeyPrefixOnly", basic(u"k3:"_s), false},
                                           HeaderCase {"Password", basic(u"k3y:secret"_s), false},
                                           HeaderCase {"NoColon", basic(u"k3y"_s), false},
                                           HeaderCase {"NotBase64", QByteArrayLiteral("Basic !!!"), false},
                                           HeaderCase {"Bearer", QByteArrayLiteral("Bearer k3y"), false}),
                         [](const ::testing::TestParamInfo<HeaderCase> &info) { return std::string(info.param.name); });

TEST(FaultInjector, DropsTheNthPostAndItsBlindResendsOnly)
{
    FaultInjector faults(FaultInjector::Settings {0, 0.0, 2, 1});
    faults.noteRequest("POST", "a");
    EXPECT_FALSE(faults.dropAfterThisPost("a"));
    faults.noteRequest("POST", "b");
    EXPECT_TRUE(faults.dropAfterThisPost("b"));
    faults.noteRequest("POST", "b"); // QNAM's own resend
    EXPECT_TRUE(faults.dropAfterThisPost("b"));
    faults.noteRequest("GET", QByteArray()); // the client reads the state back
    faults.noteRequest("POST", "b");
    EXPECT_FALSE(faults.dropAfterThisPost("b"));
    faults.noteRequest("POST", "c");
    EXPECT_FALSE(faults.dropAfterThisPost("c"));
}

TEST(FaultInjector, FailRateExtremes)
{
    FaultInjector never(FaultInjector::Settings {0, 0.0, 0, 1});
    FaultInjector always(FaultInjector::Settings {0, 1.0, 0, 1});
    for (int i = 0; i < 20; ++i) {
        EXPECT_FALSE(never.failThisRequest());
        EXPECT_TRUE(always.failThisRequest());
    }
}

TEST(SimOptions, DefaultsAndErrors)
{
    const ParsedOptions defaults = parseOptions({u"passerelle-sim"_s});
    ASSERT_TRUE(defaults.options);
    EXPECT_EQ(defaults.options->port, 0);
    EXPECT_DOUBLE_EQ(defaults.options->timeScale, 360.0);
    EXPECT_EQ(defaults.options->apiKey, u"dry-run-key"_s);
    EXPECT_FALSE(defaults.options->rateLimit);

    const ParsedOptions all = parseOptions({u"passerelle-sim"_s, u"--port"_s, u"8080"_s, u"--time-scale"_s, u"0"_s,
                                            u"--api-key"_s, u"abc"_s, u"--latency"_s, u"20"_s, u"--fail-rate"_s,
                                            u"0.25"_s, u"--rate-limit"_s, u"--drop-after-post"_s, u"3"_s});
    ASSERT_TRUE(all.options) << all.message.toStdString();
    EXPECT_EQ(all.options->port, 8080);
    EXPECT_DOUBLE_EQ(all.options->failRate, 0.25);
    EXPECT_TRUE(all.options->rateLimit);
    EXPECT_EQ(all.options->dropAfterPost, 3);

    EXPECT_FALSE(parseOptions({u"passerelle-sim"_s, u"--fail-rate"_s, u"2"_s}).options);
    EXPECT_FALSE(parseOptions({u"passerelle-sim"_s, u"--port"_s, u"http"_s}).options);
    EXPECT_FALSE(parseOptions({u"passerelle-sim"_s, u"--api-key"_s, u"a b"_s}).options);
    EXPECT_FALSE(parseOptions({u"passerelle-sim"_s, u"--bogus"_s}).options);
    EXPECT_TRUE(parseOptions({u"passerelle-sim"_s, u"--help"_s}).exitNow);
}

TEST(SimOptions, VersionNamesTheProgramAndExitsNow)
{
    const ParsedOptions version = parseOptions({u"passerelle-sim"_s, u"--version"_s});
    EXPECT_FALSE(version.options);
    EXPECT_TRUE(version.exitNow);
    EXPECT_EQ(version.message, QStringLiteral("passerelle-sim " PASSERELLE_VERSION));
}

TEST(SimAuth, AccountQualifierScopesTheKey)
{
    const SimAuth auth(u"k3y"_s, {u"acme-shop"_s});
    EXPECT_EQ(auth.check(basic(u"k3y account=acme-shop:"_s)).accountScope, u"acme-shop"_s);
    EXPECT_TRUE(auth.check(basic(u"k3y customer=ops@acme.example:"_s)).accountScope.isEmpty());
    EXPECT_TRUE(auth.check(basic(u"k3y:"_s)).accountScope.isEmpty());
}
