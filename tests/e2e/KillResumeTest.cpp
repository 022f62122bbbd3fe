// passerelle-cli killed with SIGKILL around its POST, then started again: the
// intent in doubt is resolved and the simulator sees each action exactly once.
#include "tests/e2e/E2eHarness.h"
#include "tests/e2e/GateProxy.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::e2e;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("e2e-kill-key-5150");
constexpr qint64 kBlog = 302; // acme-blog in the built-in scenario

QStringList cliArguments(quint16 port, const QStringList &command)
{
    return QStringList {u"--api-url"_s, u"http://127.0.0.1:%1/v1/"_s.arg(port), u"--account"_s, u"acme-blog"_s}
        + command;
}

const QStringList kMigrate {u"migrate"_s, u"acme-blog"_s, u"--yes"_s};
const QStringList kStatus {u"status"_s, u"--json"_s};

// The simulator with the transit server ready (step 4). Virtual time runs fast so that the
// installation takes a few real seconds; the test's own support request is the first POST.
void startAtStepFour(sim::test::SimProcess &simulator, const QStringList &extra)
{
    ASSERT_TRUE(simulator.start(QStringList {u"--api-key"_s, QString::fromLatin1(kKey), u"--time-scale"_s, u"20000"_s}
                                + extra));
    ASSERT_TRUE(requestTransitAndWaitUntilReady(simulator, kKey));
    ASSERT_EQ(actionCount(simulator, kKey, kBlog, "migrate"), 0);
}

void killNow(QProcess &cli)
{
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.kill(); // SIGKILL: no destructor, no outcome written
    ASSERT_TRUE(cli.state() == QProcess::NotRunning || finished.wait(10000));
    EXPECT_EQ(cli.exitStatus(), QProcess::CrashExit);
}

TEST(KillResume, KilledAfterTheSimulatorProcessedThePostStatusResolvesTheIntent)
{
    ChildHome home;
    ASSERT_TRUE(home.isValid());
    sim::test::SimProcess simulator;
    // POST 1 is the test's transit request, POST 2 the CLI's migrate: processed, then dropped.
    startAtStepFour(simulator, {u"--drop-after-post"_s, u"2"_s});
    GateProxy proxy(simulator.url(QString()).port(), GateProxy::Mode::HoldAfterProcessedPost);
    ASSERT_TRUE(proxy.listen());
    QSignalSpy shut(&proxy, &GateProxy::gateShutNow);

    QProcess cli;
    startCli(cli, home.environment(kKey), cliArguments(proxy.port(), kMigrate));
    ASSERT_TRUE(shut.wait(60000)) << cli.readAllStandardError().toStdString();
    // The simulator counts the migrate before the CLI can learn anything: then the kill.
    ASSERT_TRUE(waitUntil([&] { return actionCount(simulator, kKey, kBlog, "migrate") == 1; }, 10000));
    killNow(cli);
    const QByteArray killedOutput = cli.readAllStandardError();

    // The kill left exactly one intent in doubt: without it this test would prove nothing.
    const QString journal = home.journalPath();
    ASSERT_FALSE(journal.isEmpty());
    QList<IntentRow> intents = readIntents(journal);
    ASSERT_EQ(intents.size(), 1);
    EXPECT_EQ(intents[0].action, u"migrate"_s);
    EXPECT_EQ(intents[0].accountId, kBlog);
    EXPECT_TRUE(intents[0].outcome.isEmpty()) << intents[0].detail.toStdString();

    const CliRun status = runCli(home.environment(kKey), cliArguments(simulator.url(QString()).port(), kStatus));
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    intents = readIntents(journal);
    ASSERT_EQ(intents.size(), 1);
    EXPECT_EQ(intents[0].outcome, u"started"_s); // the read showed it running: settled
    EXPECT_EQ(actionCount(simulator, kKey, kBlog, "migrate"), 1);
    for (const QByteArray &output : {status.out, status.err, simulator.stopAndCollectOutput()})
        EXPECT_FALSE(output.contains(kKey));
}

// A report sends nothing, however the last run ended; the command that decides the action does.
TEST(KillResume, KilledBeforeThePostReachedTheSimulatorStatusSendsNothingAndMigrateSendsItOnceWithTheSameKey)
{
    ChildHome home;
    ASSERT_TRUE(home.isValid());
    sim::test::SimProcess simulator;
    startAtStepFour(simulator, {});
    QString heldKey;
    {
        GateProxy proxy(simulator.url(QString()).port(), GateProxy::Mode::HoldActionPost);
        ASSERT_TRUE(proxy.listen());
        QSignalSpy shut(&proxy, &GateProxy::gateShutNow);
        QProcess cli;
        startCli(cli, home.environment(kKey), cliArguments(proxy.port(), kMigrate));
        ASSERT_TRUE(shut.wait(60000)) << cli.readAllStandardError().toStdString();
        ASSERT_EQ(proxy.actionPostKeys().size(), 1);
        heldKey = QString::fromLatin1(proxy.actionPostKeys().constFirst());
        killNow(cli);
    }
    EXPECT_EQ(actionCount(simulator, kKey, kBlog, "migrate"), 0);
    QList<IntentRow> intents = readIntents(home.journalPath());
    ASSERT_EQ(intents.size(), 1);
    EXPECT_EQ(intents[0].idempotencyKey, heldKey);
    EXPECT_TRUE(intents[0].outcome.isEmpty());

    GateProxy recorder(simulator.url(QString()).port(), GateProxy::Mode::PassThrough);
    ASSERT_TRUE(recorder.listen());
    const CliRun status = runCli(home.environment(kKey), cliArguments(recorder.port(), kStatus));
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(recorder.actionPostKeys().isEmpty()) << status.err.toStdString();
    EXPECT_TRUE(status.err.contains("passerelle-cli migrate acme-blog")) << status.err.toStdString();
    EXPECT_EQ(actionCount(simulator, kKey, kBlog, "migrate"), 0);

    const CliRun migrate = runCli(home.environment(kKey), cliArguments(recorder.port(), kMigrate));
    ASSERT_EQ(migrate.exitCode, 0) << migrate.err.toStdString();
    ASSERT_EQ(recorder.actionPostKeys().size(), 1) << migrate.err.toStdString();
    EXPECT_EQ(recorder.actionPostKeys().constFirst().toStdString(), heldKey.toStdString());
    EXPECT_EQ(actionCount(simulator, kKey, kBlog, "migrate"), 1);
    intents = readIntents(home.journalPath());
    ASSERT_EQ(intents.size(), 1);
    EXPECT_EQ(intents[0].outcome, u"started"_s);
}

} // namespace
