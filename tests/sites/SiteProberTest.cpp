// The network prober against real servers on 127.0.0.1: virtual hosts over HTTP and HTTPS (a test
// CA trusted by this test's prober only), redirects, failures, deadlines, the body cap, and the
// promise that no credential ever leaves.
#include "WebServer.h"

#include "core/sites/BodyDigest.h"
#include "core/sites/NetworkSiteProber.h"
#include "core/sites/SiteComparison.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::sites;
using namespace passerelle::sites::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kShop = u"shop.sites.test"_s;

class SiteProberTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "the TLS backend must be installed for this test";
        ASSERT_TRUE(server.listen());
        settings.tls = WebServer::trustingTestCa();
    }

    void route(const QString &host, bool https = true, bool http = true)
    {
        settings.connectTo += server.routes(host, https, http);
    }

    SiteObservation probe(const QString &address = kShop)
    {
        NetworkSiteProber prober(settings);
        return await(prober.probe(address));
    }

    static SiteObservation await(SiteProbeJob *job)
    {
        std::unique_ptr<SiteProbeJob> owned(job);
        QSignalSpy finished(job, &ApiJob::finished);
        EXPECT_TRUE(finished.wait(20000)) << "the probe did not finish";
        EXPECT_FALSE(job->hasError());
        return job->isFinished() && !job->hasError() ? job->value() : SiteObservation {};
    }

    static QByteArray fingerprintOf(const QByteArray &body)
    {
        return QCryptographicHash::hash(foldWhitespace(body), QCryptographicHash::Sha256).toHex();
    }

    WebServer server;
    ProbeSettings settings;
};

TEST_F(SiteProberTest, HttpsVirtualHostIsReadWithItsCertificate)
{
    route(kShop);
    const WebAnswer page = WebAnswer::page("Acme &amp; Co — Shop");
    server.setSite("shop.sites.test", [&page](const WebRequest &) { return page; });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::None) << seen.failureDetail.toStdString();
    EXPECT_EQ(seen.httpStatus, 200);
    EXPECT_EQ(seen.finalUrl, QUrl(u"https://shop.sites.test/"_s));
    EXPECT_TRUE(seen.tls);
    EXPECT_EQ(seen.certificateExpiry.date().year(), 2126);
    EXPECT_EQ(seen.title, u"Acme & Co — Shop"_s);
    EXPECT_EQ(seen.bodySize, page.body.size());
    EXPECT_EQ(seen.fingerprint, fingerprintOf(page.body));
    EXPECT_FALSE(seen.bodyTruncated);
    ASSERT_EQ(server.requests().size(), 1);
    const WebRequest &request = server.requests().constFirst();
    EXPECT_TRUE(request.tls);
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(request.target, "/");
    // connect-to: the connection went to 127.0.0.1, the Host header and the certificate say the site.
    EXPECT_EQ(request.header("host"), "shop.sites.test");
}

TEST_F(SiteProberTest, UserAgentNamesPasserelleAndItsVersion)
{
    route(kShop);
    server.setSite("shop.sites.test", [](const WebRequest &) { return WebAnswer::page("Shop"); });
    probe();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().constFirst().header("user-agent"), "Passerelle/" PASSERELLE_VERSION " (site check)");
}

TEST_F(SiteProberTest, HttpIsTriedWhenHttpsCannotConnect)
{
    route(kShop, false, true);
    server.setSite("shop.sites.test", [](const WebRequest &) { return WebAnswer::page("Plain"); });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::None) << seen.failureDetail.toStdString();
    EXPECT_EQ(seen.finalUrl, QUrl(u"http://shop.sites.test/"_s));
    EXPECT_FALSE(seen.tls);
    EXPECT_EQ(seen.title, u"Plain"_s);
}

TEST_F(SiteProberTest, NothingListeningIsBrokenConnection)
{
    route(kShop, false, false);
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::Connection);
    EXPECT_EQ(seen.httpStatus, 0);
    EXPECT_TRUE(seen.finalUrl.isEmpty());
    EXPECT_EQ(judge(seen, std::nullopt).verdict, SiteVerdict::Broken);
}

// The provider's list names internal addresses, in any spelling: without the user's --connect-to
// none is probed (the check is on the resolved address), and the verdict says why.
TEST_F(SiteProberTest, InternalAddressesAreNotProbedUnlessTheUserMapsThem)
{
    for (const QString &address : {u"127.0.0.1"_s, u"localhost"_s, u"2130706433"_s, u"127.1"_s, u"0.0.0.0"_s}) {
        const SiteObservation seen = probe(address);
        EXPECT_EQ(seen.failure, SiteObservation::Failure::Connection) << address.toStdString();
        EXPECT_EQ(seen.httpStatus, 0) << address.toStdString();
        EXPECT_TRUE(seen.failureDetail.contains(u"not a public address"_s)) << seen.failureDetail.toStdString();
    }
    // Mapped by the user, the same loopback address is probed.
    route(u"127.0.0.1"_s, false, true);
    server.setSite("127.0.0.1", [](const WebRequest &) { return WebAnswer::page("mapped"); });
    const SiteObservation mapped = probe(u"127.0.0.1"_s);
    EXPECT_FALSE(mapped.failureDetail.contains(u"not a public address"_s)) << mapped.failureDetail.toStdString();
    EXPECT_FALSE(server.requests().isEmpty());
}

TEST_F(SiteProberTest, RedirectsAreFollowedOneByOneRelativeOnesResolved)
{
    route(kShop);
    route(u"www.sites.test"_s);
    server.setSite("shop.sites.test", [](const WebRequest &request) {
        if (request.target == "/")
            return WebAnswer::redirect(301, "https://www.sites.test/start?from=shop#top");
        return WebAnswer::page("Wrong");
    });
    server.setSite("www.sites.test", [](const WebRequest &request) {
        if (request.target == "/start?from=shop")
            return WebAnswer::redirect(302, "../home/");
        if (request.target == "/home/")
            return WebAnswer::redirect(307, "http://www.sites.test/final");
        return WebAnswer::page("Home");
    });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::None) << seen.failureDetail.toStdString();
    EXPECT_EQ(seen.finalUrl, QUrl(u"http://www.sites.test/final"_s));
    EXPECT_EQ(seen.httpStatus, 200);
    EXPECT_EQ(seen.title, u"Home"_s);
    ASSERT_EQ(server.requests().size(), 4);
    EXPECT_EQ(server.requests().at(3).header("host"), "www.sites.test");
    EXPECT_FALSE(server.requests().at(3).tls);
}

TEST_F(SiteProberTest, RedirectLoopIsBroken)
{
    route(kShop);
    server.setSite("shop.sites.test", [](const WebRequest &request) {
        return WebAnswer::redirect(302, request.target == "/" ? "/a" : request.target == "/a" ? "/b" : "/a");
    });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::Redirect);
    EXPECT_TRUE(seen.failureDetail.contains(u"loop"_s)) << seen.failureDetail.toStdString();
    EXPECT_EQ(server.requests().size(), 3);
}

TEST_F(SiteProberTest, AtMostFiveRedirects)
{
    route(kShop);
    server.setSite("shop.sites.test", [](const WebRequest &request) {
        const int step = request.target.mid(2).toInt();
        return WebAnswer::redirect(302, "/r" + QByteArray::number(step + 1));
    });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::Redirect);
    EXPECT_EQ(server.requests().size(), 6); // the first answer and five redirects followed
}

TEST_F(SiteProberTest, RedirectToAnotherSchemeIsNeverFollowed)
{
    route(kShop);
    for (const QByteArray &location : {QByteArray("ftp://shop.sites.test/file"), QByteArray("javascript:alert(1)"),
                                       QByteArray("file:///etc/passwd")}) {
        server.setSite("shop.sites.test",
                       [location](const WebRequest &) { return WebAnswer::redirect(302, location); });
        const qsizetype before = server.requests().size();
        const SiteObservation seen = probe();
        EXPECT_EQ(seen.failure, SiteObservation::Failure::Redirect) << location.toStdString();
        EXPECT_EQ(server.requests().size(), before + 1);
        EXPECT_EQ(judge(seen, std::nullopt).verdict, SiteVerdict::Broken);
    }
}

TEST_F(SiteProberTest, ServerErrorIsBroken)
{
    route(kShop);
    server.setSite("shop.sites.test", [](const WebRequest &) {
        WebAnswer answer = WebAnswer::page("Internal Server Error");
        answer.status = 500;
        return answer;
    });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.httpStatus, 500);
    const SiteJudgement judgement = judge(seen, std::nullopt);
    EXPECT_EQ(judgement.verdict, SiteVerdict::Broken);
    EXPECT_TRUE(judgement.details.contains(u"500"_s));
}

TEST_F(SiteProberTest, SlowSiteEndsAtTheDeadline)
{
    route(kShop);
    settings.deadlineMs = 400;
    server.setSite("shop.sites.test", [](const WebRequest &) {
        WebAnswer answer;
        answer.delivery = WebAnswer::Delivery::Hang;
        return answer;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::Timeout);
    EXPECT_GE(seen.responseMs, 400);
    EXPECT_LT(elapsed.elapsed(), 5000);
    EXPECT_EQ(judge(seen, std::nullopt).verdict, SiteVerdict::Broken);
}

// Each byte comes in time, the whole never does: the deadline is for the whole answer.
TEST_F(SiteProberTest, TrickledBodyStillEndsAtTheDeadline)
{
    route(kShop);
    settings.deadlineMs = 500;
    server.setSite("shop.sites.test", [](const WebRequest &) {
        WebAnswer answer = WebAnswer::page("Slow", QByteArray(2000, 'z'));
        answer.delivery = WebAnswer::Delivery::Trickle;
        answer.trickleMs = 10;
        return answer;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::Timeout);
    EXPECT_LT(elapsed.elapsed(), 5000);
}

TEST_F(SiteProberTest, CertificateForAnotherHostIsAFindingNotBypassed)
{
    settings.connectTo = {*ConnectTo::parse(u"shop.sites.test:443:127.0.0.1:%1"_s.arg(server.wrongHostPort())),
                          *ConnectTo::parse(u"shop.sites.test:80:127.0.0.1:%1"_s.arg(server.httpPort()))};
    server.setSite("shop.sites.test", [](const WebRequest &) { return WebAnswer::page("Shop"); });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::Certificate);
    EXPECT_TRUE(seen.failureDetail.startsWith(u"certificate: "_s)) << seen.failureDetail.toStdString();
    EXPECT_FALSE(seen.tls);
    EXPECT_EQ(judge(seen, std::nullopt).verdict, SiteVerdict::Broken);
    // Not one request was decrypted, and http was not tried instead.
    EXPECT_TRUE(server.requests().isEmpty());
}

// The test CA is in this test's configuration only: the product's own (the system's) refuses it.
TEST_F(SiteProberTest, TheTestCaIsTrustedByTheTestConfigurationOnly)
{
    route(kShop);
    settings.tls = ProbeSettings().tls;
    server.setSite("shop.sites.test", [](const WebRequest &) { return WebAnswer::page("Shop"); });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::Certificate) << seen.failureDetail.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(SiteProberTest, BodyOverTheCapIsCutAndMarked)
{
    route(kShop);
    server.setSite("shop.sites.test", [](const WebRequest &) {
        WebAnswer answer;
        answer.delivery = WebAnswer::Delivery::Endless;
        answer.streamBytes = 64LL * 1024 * 1024;
        return answer;
    });
    const SiteObservation seen = probe();
    EXPECT_EQ(seen.failure, SiteObservation::Failure::None) << seen.failureDetail.toStdString();
    EXPECT_TRUE(seen.bodyTruncated);
    EXPECT_EQ(seen.bodySize, 2 * 1024 * 1024);
    EXPECT_EQ(seen.fingerprint, fingerprintOf(QByteArray(2 * 1024 * 1024, 'x')));
    // The prober stopped reading: the server could not send everything.
    EXPECT_LT(server.bytesStreamed(), 64LL * 1024 * 1024);
}

TEST_F(SiteProberTest, ChunkedBodyIsTheSamePage)
{
    route(kShop);
    WebAnswer page = WebAnswer::page("Chunks", "A page sent in many small chunks.");
    const SiteObservation whole = [&] {
        server.setSite("shop.sites.test", [page](const WebRequest &) { return page; });
        return probe();
    }();
    page.delivery = WebAnswer::Delivery::Chunked;
    server.setSite("shop.sites.test", [page](const WebRequest &) { return page; });
    const SiteObservation chunked = probe();
    ASSERT_EQ(chunked.failure, SiteObservation::Failure::None) << chunked.failureDetail.toStdString();
    EXPECT_EQ(chunked.fingerprint, whole.fingerprint);
    EXPECT_EQ(chunked.bodySize, whole.bodySize);
    EXPECT_EQ(chunked.title, u"Chunks"_s);
}

// Issue: site checks, point 2: no API key, no Authorization header, no cookie, ever; even after
// the site set a cookie or asked for a password.
TEST_F(SiteProberTest, NeverSendsACredentialNorACookie)
{
    route(kShop);
    server.setSite("shop.sites.test", [](const WebRequest &request) {
        if (request.target == "/")
            return WebAnswer::redirect(302, "/login").with("Set-Cookie", "session=abc; Path=/");
        if (request.target == "/login")
            return WebAnswer::redirect(302, "/private").with("Set-Cookie", "remember=1; Path=/; Max-Age=3600");
        WebAnswer challenge = WebAnswer::page("Who are you?");
        challenge.status = 401;
        return challenge.with("WWW-Authenticate", "Basic realm=\"shop\"");
    });
    NetworkSiteProber prober(settings);
    const SiteObservation first = await(prober.probe(kShop));
    const SiteObservation second = await(prober.probe(kShop));
    EXPECT_EQ(first.httpStatus, 401);
    EXPECT_EQ(second.httpStatus, 401);
    EXPECT_EQ(server.requests().size(), 6); // three per check: no retry with a password
    EXPECT_EQ(server.credentialsSeen(), 0);
    for (const WebRequest &request : server.requests()) {
        EXPECT_FALSE(request.headers.contains("authorization"));
        EXPECT_FALSE(request.headers.contains("cookie"));
    }
}

TEST_F(SiteProberTest, AtMostFourConnectionsAtOnce)
{
    settings.deadlineMs = 300;
    std::vector<std::unique_ptr<SiteProbeJob>> jobs;
    for (int i = 0; i < 8; ++i) {
        const QString host = u"slow%1.sites.test"_s.arg(i);
        settings.connectTo += server.routes(host);
        server.setSite(host.toLatin1(), [](const WebRequest &) {
            WebAnswer answer;
            answer.delivery = WebAnswer::Delivery::Hang;
            return answer;
        });
    }
    NetworkSiteProber limited(settings);
    for (int i = 0; i < 8; ++i)
        jobs.emplace_back(limited.probe(u"slow%1.sites.test"_s.arg(i)));
    EXPECT_EQ(limited.running(), 4);
    for (const auto &job : jobs) {
        if (!job->isFinished()) {
            QSignalSpy finished(job.get(), &ApiJob::finished);
            ASSERT_TRUE(finished.wait(10000));
        }
        EXPECT_EQ(job->value().failure, SiteObservation::Failure::Timeout);
    }
    EXPECT_EQ(server.requests().size(), 8);
    EXPECT_EQ(server.maxOpenConnections(), 4);
}

} // namespace
