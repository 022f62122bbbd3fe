// `migrate --at TIME` waits hours: meanwhile the journal is free for `status` and the others; at
// its time it takes the journal again before sending anything, and stops, sending nothing, when
// another Passerelle holds it then.
#include "CliProcessFixture.h"

#include "core/journal/JournalLock.h"

#include <QDateTime>
#include <QProcess>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;

namespace {

class CliWait : public CliProcess
{
protected:
    void TearDown() override
    {
        if (waiting.state() != QProcess::NotRunning) {
            waiting.kill();
            waiting.waitForFinished(10000);
        }
    }

    // Starts `migrate account-2 --at <in a few seconds>` and returns once it waits with the journal let go.
    void startWaitingMigrate()
    {
        // Whole seconds: --at takes no fraction; a short wait keeps the suite fast.
        startAt = QDateTime::currentDateTime().addSecs(5);
        startAt = startAt.addMSecs(-startAt.time().msec()); // as --at reads it
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PASSERELLE_API_KEY"_s, QString::fromLatin1(kKey));
        environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
        waiting.setProcessEnvironment(environment);
        waiting.start(QStringLiteral(PASSERELLE_CLI_PATH),
                      {u"migrate"_s, u"account-2"_s, u"--yes"_s, u"--at"_s, startAt.toString(u"yyyy-MM-ddTHH:mm:ss"_s),
                       u"--api-url"_s, server.baseUrl(), u"--account"_s, u"account-1"_s});
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                waitingErr += waiting.readAllStandardError();
                return waitingErr.contains("journal is free") || waiting.state() == QProcess::NotRunning;
            },
            30000));
        ASSERT_TRUE(waitingErr.contains("journal is free")) << waitingErr.toStdString();
    }

    // The waiting command's exit code once it ended (its output in waitingErr).
    int waitingExitCode()
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return waiting.state() == QProcess::NotRunning; }, 60000));
        waitingErr += waiting.readAllStandardError();
        return waiting.exitCode();
    }

    QString journalPath() const { return dataHome.filePath(u"Passerelle/Passerelle/journal.sqlite"_s); }

    QProcess waiting;
    QByteArray waitingErr;
    QDateTime startAt;
};

TEST_F(CliWait, StatusRunsWhileAScheduledQueueWaitsAndTheQueueStillStartsAtItsTime)
{
    startWaitingMigrate();
    const CliRun status = run({u"status"_s});
    EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_FALSE(status.err.contains("already running")) << status.err.toStdString();
    EXPECT_EQ(server.count("POST"), 0) << "nothing before the time";
    ASSERT_EQ(waitingExitCode(), 0) << waitingErr.toStdString();
    EXPECT_TRUE(waitingErr.contains("Starting now.")) << waitingErr.toStdString();
    ASSERT_EQ(server.count("POST"), 1);
    for (const SeenRequest &request : server.requests()) {
        if (request.method == "POST") {
            EXPECT_GE(request.receivedAtMs, startAt.toMSecsSinceEpoch()) << request.target.toStdString();
        }
    }
}

TEST_F(CliWait, AJournalTakenMeanwhileStopsTheQueueWithoutSendingAndSaysWhy)
{
    startWaitingMigrate();
    // Another Passerelle (a wizard opened in the evening) holds the journal at the start time.
    JournalLock other(journalPath());
    ASSERT_TRUE(other.tryLock()) << qPrintable(other.errorString());
    EXPECT_EQ(waitingExitCode(), 1) << waitingErr.toStdString();
    EXPECT_TRUE(waitingErr.contains("could not be taken again")) << waitingErr.toStdString();
    EXPECT_TRUE(waitingErr.contains("Nothing was sent")) << waitingErr.toStdString();
    EXPECT_FALSE(waitingErr.contains("Starting now.")) << waitingErr.toStdString();
    EXPECT_EQ(server.count("POST"), 0);
}

// The account leaves the provider's list while the command waits: at the start time nothing is
// sent, the account is said not started, and the command ends (it waited forever).
TEST_F(CliWait, AnAccountGoneFromTheListAtTheStartTimeIsSaidNotStarted)
{
    startWaitingMigrate();
    AccountList kept;
    for (const AccountRecord &account : std::as_const(routes.accounts)) {
        if (account.name != u"account-2"_s)
            kept.append(account);
    }
    routes.accounts = kept;
    EXPECT_EQ(waitingExitCode(), 1) << waitingErr.toStdString();
    const QString out = QString::fromUtf8(waiting.readAllStandardOutput());
    EXPECT_TRUE(out.contains(u"account-2: not started"_s)) << out.toStdString() << waitingErr.toStdString();
    EXPECT_EQ(server.count("POST"), 0);
}

// The provider renames the account while the command waits (and gives its name to another id):
// at the start time the id is no longer the account chosen, and nothing is sent to it.
TEST_F(CliWait, AnAccountRenamedWhileWaitingIsNotSent)
{
    startWaitingMigrate();
    for (qsizetype i = 0; i < routes.accounts.size(); ++i) {
        if (routes.accounts.at(i).name == u"account-2"_s)
            routes.accounts[i].name = u"victim-db"_s;
        else if (routes.accounts.at(i).name == u"account-3"_s)
            routes.accounts[i].name = u"account-2"_s;
    }
    EXPECT_EQ(waitingExitCode(), 1) << waitingErr.toStdString();
    EXPECT_TRUE(waitingErr.contains("victim-db")) << waitingErr.toStdString();
    EXPECT_EQ(server.count("POST"), 0);
}

} // namespace
