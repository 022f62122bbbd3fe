// A full run of passerelle-cli against passerelle-sim with every log category on;
// the test key and its Base64 forms appear in no output of either process and in no file the CLI
// left under its HOME (journal, WAL, lock, anything).
#include "tests/e2e/E2eHarness.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <iostream>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::e2e;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("pk-LEAK-CANARY-1234");
const QString kAccount = u"acme-blog"_s;
const QString kCustomer = u"ops@acme.example"_s;

QList<QByteArray> forbiddenForms()
{
    return forbiddenKeyForms(kKey, kAccount, kCustomer, QByteArrayLiteral("LEAK-CANARY"));
}

class NoKeyLeak : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        // Frozen-ish time: actions end within a second, support steps only when skipped.
        ASSERT_TRUE(simulator.start({u"--api-key"_s, QString::fromLatin1(kKey), u"--time-scale"_s, u"600"_s}));
    }

    CliRun cli(const QStringList &command, const QString &qualifier = u"--account"_s, const QByteArray &key = kKey)
    {
        const QString who = qualifier == u"--account"_s ? kAccount : kCustomer;
        const CliRun run
            = runCli(home.environment(key),
                     QStringList {u"--api-url"_s, simulator.url(QString()).toString(), qualifier, who} + command);
        transcript += run.out + run.err;
        ++runs;
        return run;
    }

    void skipUntil(const QString &transitStatus)
    {
        const bool reached = waitUntil(
            [&] {
                simJson(simulator, kKey, "POST", simulator.skipUrl());
                const QJsonObject migration = simJson(simulator, kKey, "GET", simulator.url(u"migration/7/"_s));
                return migration[u"transit"_s][u"status"_s].toString() == transitStatus;
            },
            30000);
        ASSERT_TRUE(reached);
    }

    ChildHome home;
    sim::test::SimProcess simulator;
    QByteArray transcript;
    int runs = 0;
};

TEST_F(NoKeyLeak, FullCliRunAgainstTheSimulatorLeavesTheKeyNowhere)
{
    // Step 1: reports and a databases test, with the account and the customer qualifiers.
    EXPECT_EQ(cli({u"status"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"plan"_s, u"--json"_s}, u"--customer"_s).exitCode, 0);
    EXPECT_EQ(cli({u"test"_s, kAccount, u"--yes"_s}).exitCode, 0);
    // The key for acme-blog may not act on acme-shop: the 403 path prints an error, not the key.
    EXPECT_NE(cli({u"test"_s, u"acme-shop"_s, u"--yes"_s}).exitCode, 0);
    // A refused key: its error path too.
    EXPECT_EQ(cli({u"status"_s}, u"--account"_s, kKey + "-wrong").exitCode, 4);

    // Step 2 through the API, then support's steps skipped to the transit server.
    simJson(simulator, kKey, "POST", simulator.url(u"migration/7/support_request/"_s),
            QByteArrayLiteral(R"({"topic": "transit_server", "message": "leak test"})"));
    skipUntil(u"ready"_s);

    // Step 4: migrate, roll back, migrate again; a move back is refused now (step 7 only).
    EXPECT_EQ(cli({u"migrate"_s, kAccount, u"--yes"_s, u"--json"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"rollback"_s, kAccount, u"--yes"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"migrate"_s, kAccount, u"--yes"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"move-back"_s, kAccount, u"--yes"_s}).exitCode, 3);
    EXPECT_EQ(cli({u"status"_s, u"--json"_s}, u"--customer"_s).exitCode, 0);

    const QByteArray simOutput = simulator.stopAndCollectOutput();
    // Not vacuous: debug logging was on and wrote, and the journal exists.
    EXPECT_GT(transcript.size(), 2000) << transcript.toStdString();
    EXPECT_TRUE(transcript.contains("passerelle.")) << "no logging category in the CLI's output";
    EXPECT_FALSE(simOutput.isEmpty());
    ASSERT_FALSE(home.journalPath().isEmpty());
    const auto files = home.files();
    for (const QByteArray &form : forbiddenForms()) {
        EXPECT_FALSE(transcript.contains(form)) << "CLI output holds " << form.toStdString();
        EXPECT_FALSE(simOutput.contains(form)) << "simulator output holds " << form.toStdString();
        for (const auto &[path, content] : files)
            EXPECT_FALSE(content.contains(form)) << path.toStdString() << " holds " << form.toStdString();
    }
    std::cout << "[ measured ] " << runs << " CLI runs, " << transcript.size() << " bytes of CLI output, "
              << simOutput.size() << " bytes of simulator output, " << files.size() << " files under HOME, "
              << forbiddenForms().size() << " forms searched" << std::endl;
}

} // namespace
