#include "RestApiFixture.h"

#include "core/api/LogScrubber.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;
using Fault = Scripted::Fault;
using Kind = ApiError::Kind;

namespace {

TEST_F(RestApiFixture, EveryRequestCarriesTheExactBasicCredentialAndAcceptsJson)
{
    server.enqueue(Scripted::json(200, accountListJson("idle")));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_EQ(server.requests().size(), 1);
    const SeenRequest &seen = server.requests().first();
    EXPECT_EQ(seen.method, QByteArrayLiteral("GET"));
    EXPECT_EQ(seen.target, QByteArrayLiteral("/v1/migration/7/account/"));
    EXPECT_EQ(seen.header("Authorization"), kExpectedAuthorization);
    EXPECT_EQ(seen.header("Accept"), QByteArrayLiteral("application/json"));
    EXPECT_FALSE(seen.target.contains(kTestKey));
    EXPECT_TRUE(seen.header("Idempotency-Key").isEmpty());
}

TEST_F(RestApiFixture, PostCarriesItsIdempotencyKeyAndAnEmptyJsonObject)
{
    const QUuid key = QUuid::createUuid();
    server.enqueue(Scripted::json(202, accountJson("testing")));
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Test, key));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_FALSE(job->hasError()) << job->error().message.toStdString();
    EXPECT_EQ(job->value().status, AccountStatus::Testing);
    ASSERT_EQ(server.requests().size(), 1);
    const SeenRequest &seen = server.requests().first();
    EXPECT_EQ(seen.method, QByteArrayLiteral("POST"));
    EXPECT_EQ(seen.target, QByteArrayLiteral("/v1/migration/7/account/301/test/"));
    EXPECT_EQ(seen.header("Idempotency-Key"), key.toByteArray(QUuid::WithoutBraces));
    EXPECT_EQ(seen.header("Authorization"), kExpectedAuthorization);
    EXPECT_EQ(seen.body, QByteArrayLiteral("{}"));
}

TEST_F(RestApiFixture, PostWithoutAnIdempotencyKeyIsNeverSent)
{
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Test, QUuid()));
    ASSERT_TRUE(finishes(job.get()));
    EXPECT_TRUE(job->hasError());
    EXPECT_EQ(server.requests().size(), 0);
}

TEST_F(RestApiFixture, CrossOriginRedirectIsRefusedAndTheOtherPortSeesNothing)
{
    FaultServer other;
    ASSERT_TRUE(other.listen());
    other.setResponder([](const SeenRequest &) { return Scripted::json(200, accountListJson("idle")); });
    server.enqueue(Scripted::json(302, {}).with("Location", other.baseUrl().toLatin1() + "migration/7/account/"));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Redirect);
    EXPECT_EQ(other.requests().size(), 0);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(RestApiFixture, RedirectToLocalhostNameIsAnotherOriginToo)
{
    server.enqueue(Scripted::json(307, {}).with(
        "Location", u"http://localhost:%1/v1/migration/7/account/"_s.arg(server.port()).toLatin1()));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, Kind::Redirect);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(RestApiFixture, SameOriginRedirectIsFollowed)
{
    server.enqueue(Scripted::json(302, {}).with("Location", "/v1/migration/7/account/?page=1"));
    server.enqueue(Scripted::json(200, accountListJson("idle")));
    std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
    ASSERT_TRUE(finishes(job.get()));
    QByteArray targets;
    for (const SeenRequest &seen : server.requests())
        targets += seen.method + ' ' + seen.target + "; ";
    ASSERT_FALSE(job->hasError()) << job->error().message.toStdString() << targets.toStdString();
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(1).target, QByteArrayLiteral("/v1/migration/7/account/?page=1"));
}

TEST_F(RestApiFixture, AnActionIsNeverRedirectedEvenToTheSameOrigin)
{
    server.enqueue(Scripted::json(307, {}).with("Location", "/v1/migration/7/account/301/migrate/?again=1"));
    server.enqueue(Scripted::json(202, accountJson("migrating")));
    std::unique_ptr<AccountActionJob> job(api->startAction(7, 301, AccountAction::Migrate, QUuid::createUuid()));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    // Not followed, and not "refused" either: the action may have been carried out before the 3xx.
    EXPECT_EQ(job->error().kind, Kind::OutcomeUnknown);
    EXPECT_FALSE(job->error().message.contains(u"another address"_s)) << job->error().message.toStdString();
    EXPECT_EQ(server.count("POST"), 1);
}

// Nothing the client logs, at any level, contains the key or the Authorization header.
QStringList *g_lines = nullptr;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_lines)
        g_lines->append(message);
}

TEST_F(RestApiFixture, NoLogLineCarriesTheKey)
{
    QStringList lines;
    g_lines = &lines;
    const QtMessageHandler before = qInstallMessageHandler(collect);
    QLoggingCategory::setFilterRules(u"passerelle.*=true\nqt.network.*=true"_s);
    {
        LogScrubber scrubber;
        for (const QByteArray &form : Credentials::forAccount(kTestKey, u"acme-shop"_s).secretForms())
            scrubber.addSecret(form);
        scrubber.install();
        server.enqueue(Scripted::json(401, QByteArrayLiteral(R"({"detail": "bad key"})")));
        std::unique_ptr<MigrationAccountsJob> job(api->migrationAccounts(7));
        ASSERT_TRUE(finishes(job.get()));
        qWarning() << "request headers were"
                   << "Authorization:" << kExpectedAuthorization;
        qWarning() << "the key is" << kTestKey;
    }
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(before);
    g_lines = nullptr;
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        EXPECT_FALSE(line.contains(QString::fromLatin1(kTestKey))) << line.toStdString();
        EXPECT_FALSE(line.contains(QString::fromLatin1(kExpectedAuthorization.mid(6)))) << line.toStdString();
    }
}

} // namespace
