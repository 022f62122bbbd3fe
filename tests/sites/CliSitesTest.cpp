// passerelle-cli check-sites, the real binary: a provider and a web server on 127.0.0.1, the sites
// reached through --connect-to, the references kept by the journal from one run to the next.
#include "WebServer.h"

#include "app/cli/CliOptions.h"
#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::sites::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("K3Y-sites-test-4242");

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;

    QJsonObject site(int index) const { return json.value(u"sites"_s).toArray().at(index).toObject(); }
};

class CliSites : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(provider.listen());
        ASSERT_TRUE(web.listen());
        routes.sites = {{501, u"shop"_s, u"php"_s, {u"shop.sites.test"_s}, 301},
                        {502, u"secure"_s, u"php"_s, {u"secure.sites.test"_s}, 302}};
        provider.setResponder([this](const test::SeenRequest &request) { return routes.answer(request); });
        web.setSite("shop.sites.test", [this](const WebRequest &) {
            WebAnswer answer = WebAnswer::page(shopTitle);
            answer.status = shopStatus;
            return answer;
        });
    }

    // The shop over plain HTTP on this computer: https finds nothing listening.
    QStringList shopRoutes() const
    {
        return {u"--connect-to"_s, u"shop.sites.test:443:127.0.0.1:%1"_s.arg(WebServer::closedPort()),
                u"--connect-to"_s, u"shop.sites.test:80:127.0.0.1:%1"_s.arg(web.httpPort())};
    }

    CliRun run(QStringList arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PASSERELLE_API_KEY"_s, QString::fromLatin1(kKey));
        // The journal (shared with the wizard) goes to a fresh directory, never the user's.
        environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
        process.setProcessEnvironment(environment);
        arguments << u"--api-url"_s << provider.baseUrl();
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(PASSERELLE_CLI_PATH), arguments);
        EXPECT_TRUE(finished.wait(60000)) << "passerelle-cli did not finish";
        CliRun result {process.exitCode(), {}, process.readAllStandardOutput(), process.readAllStandardError()};
        result.json = QJsonDocument::fromJson(result.out).object();
        EXPECT_FALSE(result.out.contains(kKey));
        EXPECT_FALSE(result.err.contains(kKey));
        return result;
    }

    QTemporaryDir dataHome;
    test::FaultServer provider;
    test::ProviderRoutes routes = test::ProviderRoutes::ready(2);
    WebServer web;
    QByteArray shopTitle = "Shop";
    int shopStatus = 200;
};

TEST_F(CliSites, ConnectToReachesTheSiteAndTheReferenceOutlivesTheProcess)
{
    const QStringList check = QStringList {u"check-sites"_s, u"account-1"_s, u"--json"_s} + shopRoutes();
    CliRun result = run(check + QStringList {u"--baseline"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_EQ(result.json.value(u"sites"_s).toArray().size(), 1) << result.out.toStdString();
    QJsonObject site = result.site(0);
    EXPECT_EQ(site.value(u"account"_s).toString(), u"account-1"_s);
    EXPECT_EQ(site.value(u"address"_s).toString(), u"shop.sites.test"_s);
    EXPECT_EQ(site.value(u"url"_s).toString(), u"http://shop.sites.test/"_s);
    EXPECT_EQ(site.value(u"http_status"_s).toInt(), 200);
    EXPECT_EQ(site.value(u"verdict"_s).toString(), u"baseline"_s);
    EXPECT_FALSE(site.value(u"details"_s).toString().isEmpty());

    result = run(check);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.site(0).value(u"verdict"_s).toString(), u"same"_s) << result.out.toStdString();

    shopTitle = "Domain for sale";
    result = run(check);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.site(0).value(u"verdict"_s).toString(), u"changed"_s);
    EXPECT_TRUE(result.site(0).value(u"details"_s).toString().contains(u"Domain for sale"_s));

    shopStatus = 500;
    result = run(check);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.site(0).value(u"verdict"_s).toString(), u"broken"_s);
    EXPECT_EQ(result.site(0).value(u"http_status"_s).toInt(), 500);

    // Every request reached the site by its own name, from Passerelle, without any credential.
    ASSERT_EQ(web.requests().size(), 4);
    for (const WebRequest &request : web.requests()) {
        EXPECT_EQ(request.header("host"), "shop.sites.test");
        EXPECT_TRUE(request.header("user-agent").startsWith("Passerelle/" PASSERELLE_VERSION));
        for (const QByteArray &value : request.headers)
            EXPECT_FALSE(value.contains(kKey)) << value.toStdString();
    }
    EXPECT_EQ(web.credentialsSeen(), 0);
}

TEST_F(CliSites, TheProductTrustsOnlyRealCertificates)
{
    const CliRun result = run({u"check-sites"_s, u"account-2"_s, u"--json"_s, u"--connect-to"_s,
                               u"secure.sites.test:443:127.0.0.1:%1"_s.arg(web.httpsPort())});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_EQ(result.site(0).value(u"verdict"_s).toString(), u"broken"_s);
    EXPECT_TRUE(result.site(0).value(u"details"_s).toString().startsWith(u"certificate: "_s))
        << result.out.toStdString();
    EXPECT_TRUE(result.site(0).value(u"url"_s).isNull());
    EXPECT_TRUE(result.site(0).value(u"http_status"_s).isNull());
    EXPECT_TRUE(web.requests().isEmpty());
}

TEST_F(CliSites, TextReportAndEveryAccountByDefault)
{
    const CliRun result
        = run(QStringList {u"check-sites"_s} + shopRoutes()
              + QStringList {u"--connect-to"_s, u"secure.sites.test::127.0.0.1:%1"_s.arg(WebServer::closedPort())});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QString text = QString::fromUtf8(result.out);
    EXPECT_TRUE(text.contains(u"account-1, shop.sites.test: baseline"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"account-2, secure.sites.test: broken"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"2 addresses checked, 1 broken."_s)) << text.toStdString();
}

TEST_F(CliSites, UnknownAccountAndBadConnectToAreUsageErrors)
{
    EXPECT_EQ(run({u"check-sites"_s, u"nobody"_s}).exitCode, 2);
    EXPECT_EQ(run({u"check-sites"_s, u"--connect-to"_s, u"shop.sites.test:443"_s}).exitCode, 2);
    EXPECT_TRUE(web.requests().isEmpty());
}

// A script reading --json gets a JSON object on an error too, and the sentence on stderr.
TEST_F(CliSites, JsonErrorsAreJsonOnStandardOutput)
{
    const CliRun result = run({u"check-sites"_s, u"nobody"_s, u"--json"_s});
    EXPECT_EQ(result.exitCode, 2);
    const QJsonObject error = result.json.value(u"error"_s).toObject();
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"nobody"_s)) << result.out.toStdString();
    EXPECT_EQ(error.value(u"exit_code"_s).toInt(), 2);
    EXPECT_TRUE(result.err.contains("nobody")) << result.err.toStdString();
}

// The provider lists internal addresses for a site: none is probed, each is reported in words.
TEST_F(CliSites, InternalAddressesFromTheProviderAreNotProbed)
{
    routes.sites = {{501, u"shop"_s, u"php"_s, {u"localhost"_s, u"127.0.0.1"_s, u"10.0.0.1"_s}, 301}};
    const CliRun result = run({u"check-sites"_s, u"account-1"_s, u"--json"_s});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QJsonArray sites = result.json.value(u"sites"_s).toArray();
    ASSERT_EQ(sites.size(), 3) << result.out.toStdString();
    EXPECT_EQ(result.out.count("not a public address"), 3) << result.out.toStdString();
    EXPECT_TRUE(web.requests().isEmpty());
}

TEST_F(CliSites, DryRunAnswersWithoutTheNetwork)
{
    const CliRun result = run({u"--dry-run"_s, u"check-sites"_s, u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.json.value(u"dry_run"_s).toBool());
    const QJsonArray sites = result.json.value(u"sites"_s).toArray();
    EXPECT_GE(sites.size(), 12);
    for (const QJsonValue &site : sites)
        EXPECT_EQ(site.toObject().value(u"verdict"_s).toString(), u"baseline"_s);
    EXPECT_TRUE(provider.requests().isEmpty());
    EXPECT_TRUE(web.requests().isEmpty());
}

TEST(CliSitesOptions, CheckSitesTakesAccountsAndItsOwnOptions)
{
    const auto parsed = cli::parseCommandLine({u"passerelle-cli"_s, u"check-sites"_s, u"a"_s, u"302"_s, u"--baseline"_s,
                                               u"--connect-to"_s, u"a.example:443:127.0.0.1:8443"_s, u"--connect-to"_s,
                                               u"::10.0.0.1:"_s});
    ASSERT_TRUE(parsed.options) << parsed.text.toStdString();
    EXPECT_EQ(parsed.options->command, cli::CliOptions::Command::CheckSites);
    EXPECT_EQ(parsed.options->siteAccounts, (QStringList {u"a"_s, u"302"_s}));
    EXPECT_TRUE(parsed.options->baseline);
    ASSERT_EQ(parsed.options->connectTo.size(), 2);
    EXPECT_EQ(parsed.options->connectTo.at(0).toPort, 8443);
    EXPECT_FALSE(cli::parseCommandLine({u"passerelle-cli"_s, u"status"_s, u"--baseline"_s}).options);
    EXPECT_FALSE(cli::parseCommandLine({u"passerelle-cli"_s, u"check-sites"_s, u"--connect-to"_s, u"x"_s}).options);
}

} // namespace
