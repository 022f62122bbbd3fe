// passerelle-cli killed with SIGKILL around its migrate, then started again against a provider on
// 127.0.0.1 whose list lags: the action is followed, never sent with a second key; a report
// (`status`) sends nothing; `migrate` sends its own interrupted intent again, with its key.
#include "CliProcessFixture.h"

#include "core/api/ApiContract.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// A provider whose list lags behind its answers: a POST is answered 202 (or held, never
// answered), and while `lagging` the account list still shows the account idle.
class CliKill : public CliProcess
{
protected:
    void SetUp() override
    {
        CliProcess::SetUp();
        server.setResponder([this](const SeenRequest &request) {
            if (request.method == "POST") {
                if (holdPosts)
                    return Scripted::failing(Scripted::Fault::Hang);
                const QByteArray key = request.header("idempotency-key");
                if (!keys.contains(key)) {
                    keys.append(key);
                    routes.accounts[1].status = AccountStatus::Migrating;
                    routes.accounts[1].operationStartedAt = QDateTime::currentDateTimeUtc();
                }
                AccountRecord answer = routes.accounts[1];
                answer.status = AccountStatus::Migrating;
                return Scripted::json(202, QJsonDocument(contract::toJson(answer)).toJson());
            }
            if (lagging && request.target.endsWith("/account/")) {
                ProviderRoutes stale = routes;
                stale.accounts[1].status = AccountStatus::Idle;
                stale.accounts[1].operationStartedAt = {};
                if (--lagReads <= 0)
                    lagging = false;
                return stale.answer(request);
            }
            return routes.answer(request);
        });
    }

    // Starts migrate, kills it (SIGKILL) once `ready` holds, with the event loop running.
    void migrateAndKillWhen(const std::function<bool()> &ready)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PASSERELLE_API_KEY"_s, QString::fromLatin1(kKey));
        environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PASSERELLE_CLI_PATH),
                      {u"migrate"_s, u"account-2"_s, u"--yes"_s, u"--api-url"_s, server.baseUrl(), u"--account"_s,
                       u"account-1"_s});
        QSignalSpy finished(&process, &QProcess::finished);
        ASSERT_TRUE(process.waitForStarted(10000));
        for (int waited = 0; !ready() && waited < 600 && process.state() == QProcess::Running; ++waited)
            finished.wait(50);
        ASSERT_TRUE(ready()) << process.readAllStandardError().toStdString();
        process.kill();
        ASSERT_TRUE(process.state() == QProcess::NotRunning || finished.wait(10000));
    }

    // The outcome column of the journal's only intent ("" while in doubt).
    QString intentOutcome()
    {
        QString outcome = u"?"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(dataHome.filePath(u"Passerelle/Passerelle/journal.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT COALESCE(outcome, '') FROM intents"_s) && query.next())
                    outcome = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return outcome;
    }

    int actionPosts() const
    {
        int posts = 0;
        for (const SeenRequest &request : server.requests())
            posts += request.method == "POST" ? 1 : 0;
        return posts;
    }

    QList<QByteArray> keys; // the distinct Idempotency-Keys the provider acted on
    bool lagging = false;
    int lagReads = 0;
    bool holdPosts = false;
};

// Killed once the 202 is journaled; the list still shows the account idle for the next reads:
// the restarted migrate follows the accepted action and sends nothing.
TEST_F(CliKill, AcceptedThenKilledTheRestartFollowsItWithoutASecondKey)
{
    lagging = true;
    lagReads = 1000;
    migrateAndKillWhen([this] { return intentOutcome() == u"accepted"_s; });
    ASSERT_EQ(keys.size(), 1);
    lagReads = 2; // the restart's first reads still lag, then the provider shows it
    const CliRun again = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains("following it")) << again.err.toStdString();
    EXPECT_EQ(actionPosts(), 1) << again.err.toStdString();
    EXPECT_EQ(keys.size(), 1);
    EXPECT_EQ(intentOutcome(), u"started"_s);
}

// One stale read after the 202 is not "did not happen": read again, then the migration's end.
TEST_F(CliKill, AStaleReadAfterTheAnswerIsNoOutcome)
{
    lagging = true;
    lagReads = 2;
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains("did not happen")) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("account-2: migrated")) << result.out.toStdString();
    EXPECT_EQ(keys.size(), 1);
}

// Killed while its POST never reached the provider: `status` sends nothing and says how to settle
// it; `migrate` sends it again itself, with the same key, and follows it to its end.
TEST_F(CliKill, AnInterruptedIntentIsSentAgainByMigrateNeverByStatus)
{
    holdPosts = true;
    migrateAndKillWhen([this] { return actionPosts() == 1; });
    ASSERT_EQ(intentOutcome(), QString());
    const QByteArray firstKey = server.requests().constLast().header("idempotency-key");
    holdPosts = false;

    const CliRun status = run({u"status"_s});
    EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_EQ(actionPosts(), 1) << status.err.toStdString();
    EXPECT_TRUE(status.err.contains("passerelle-cli migrate account-2")) << status.err.toStdString();
    EXPECT_EQ(intentOutcome(), QString());

    const CliRun migrate = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(migrate.exitCode, 0) << migrate.err.toStdString();
    EXPECT_FALSE(migrate.err.contains("already on its way")) << migrate.err.toStdString();
    EXPECT_EQ(actionPosts(), 2);
    ASSERT_EQ(keys.size(), 1);
    EXPECT_EQ(keys.constFirst(), firstKey);
    EXPECT_TRUE(migrate.out.contains("account-2: migrated")) << migrate.out.toStdString();
}

} // namespace
