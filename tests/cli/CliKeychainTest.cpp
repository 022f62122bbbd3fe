#include "core/secrets/KeychainStore.h"
#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;

namespace {

const QString kKey = u"K3Y-keychain-5150"_s;

bool finishes(KeychainJob *job)
{
    QSignalSpy spy(job, &KeychainJob::finished);
    const bool done = job->isFinished() || spy.wait(15000);
    return done && !job->hasError();
}

// Without PASSERELLE_API_KEY, passerelle-cli reads the entry the wizard saved for this API address
// and account (needs a Secret Service: ./test.sh provides one in a private D-Bus session).
TEST(CliKeychain, UsesTheKeySavedForThisAddressAndAccount)
{
    FaultServer server;
    ASSERT_TRUE(server.listen());
    ProviderRoutes routes = ProviderRoutes::ready(2);
    server.setResponder([&routes](const SeenRequest &request) { return routes.answer(request); });

    KeychainStore store;
    std::unique_ptr<KeychainJob> save(store.saveKey(QUrl(server.baseUrl()), u"account-1"_s, kKey));
    ASSERT_TRUE(finishes(save.get())) << save->errorString().toStdString();

    QTemporaryDir dataHome;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PASSERELLE_API_KEY"_s);
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(QStringLiteral(PASSERELLE_CLI_PATH),
                  {u"status"_s, u"--api-url"_s, server.baseUrl(), u"--account"_s, u"account-1"_s});
    ASSERT_TRUE(done.wait(60000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 0) << output.toStdString();
    EXPECT_FALSE(output.contains(kKey.toLatin1()));
    ASSERT_FALSE(server.requests().isEmpty());
    const QByteArray userInfo = kKey.toLatin1() + " account=account-1:";
    EXPECT_EQ(server.requests().first().header("Authorization"), "Basic " + userInfo.toBase64());

    std::unique_ptr<KeychainJob> forget(store.forgetKey(QUrl(server.baseUrl()), u"account-1"_s));
    EXPECT_TRUE(finishes(forget.get()));
}

} // namespace
