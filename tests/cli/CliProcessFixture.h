#pragma once

// The real passerelle-cli binary against a provider on 127.0.0.1 (FaultServer + ProviderRoutes),
// shared by the CLI process tests.

#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;

inline const QByteArray kKey = QByteArrayLiteral("K3Y-cli-test-987");
// base64("K3Y-cli-test-987 account=account-1:")
inline const QByteArray kAuthorization = "Basic " + QByteArrayLiteral("K3Y-cli-test-987 account=account-1:").toBase64();

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real passerelle-cli binary against a provider on 127.0.0.1, every log category on, so that
// its whole output can be searched for the key.
class CliProcess : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        server.setResponder([this](const SeenRequest &request) { return routes.answer(request); });
    }

    CliRun run(const QStringList &arguments, const QByteArray &key = kKey, QString apiUrl = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"PASSERELLE_API_KEY"_s);
        if (!key.isEmpty())
            environment.insert(u"PASSERELLE_API_KEY"_s, QString::fromLatin1(key));
        environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
        // The journal (shared with the wizard) goes to a fresh directory, never the user's.
        environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
        for (auto it = environmentChanges.cbegin(); it != environmentChanges.cend(); ++it) {
            if (it.value().isEmpty())
                environment.remove(it.key());
            else
                environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        QStringList all = arguments;
        all << u"--api-url"_s << (apiUrl.isEmpty() ? server.baseUrl() : apiUrl)
            << u"--account"_s << u"account-1"_s;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(PASSERELLE_CLI_PATH), all);
        EXPECT_TRUE(finished.wait(60000)) << "passerelle-cli did not finish";
        CliRun result {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        // The test key appears in no output of the run.
        for (const QByteArray &stream : {result.out, result.err}) {
            EXPECT_FALSE(stream.contains(kKey)) << stream.toStdString();
            EXPECT_FALSE(stream.contains(kAuthorization.mid(6))) << stream.toStdString();
            EXPECT_FALSE(stream.contains(kKey.toBase64().left(12))) << stream.toStdString();
        }
        return result;
    }

    QTemporaryDir dataHome;
    QHash<QString, QString> environmentChanges; // an empty value removes the variable
    FaultServer server;
    ProviderRoutes routes = ProviderRoutes::ready(3);
};

} // namespace passerelle::test
