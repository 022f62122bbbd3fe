#include "CliProcessFixture.h"

#include "core/api/SharedLedgerFile.h"
#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"
#include "tests/journal/DamagedJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;

namespace {

TEST_F(CliProcess, StatusJsonReadsTheWholeMigration)
{
    const CliRun result = run({u"status"_s, u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(json[u"accounts"_s].toArray().size(), 3);
    EXPECT_EQ(json[u"step"_s][u"number"_s].toInt(), 4);
    ASSERT_FALSE(server.requests().isEmpty());
    for (const SeenRequest &request : server.requests()) {
        EXPECT_EQ(request.header("Authorization"), kAuthorization);
        EXPECT_EQ(request.method, QByteArrayLiteral("GET"));
    }
}

TEST_F(CliProcess, PlanTextListsTheQueue)
{
    const CliRun result = run({u"plan"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains("account-1"));
    EXPECT_TRUE(result.out.contains("account-3"));
}

TEST_F(CliProcess, MigrateWithYesSendsOnePostAndWaitsForTheOutcome)
{
    const CliRun result = run(
        {u"migrate"_s, u"account-2"_s, u"--yes"_s, u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(json[u"status"_s].toString(), u"migrated"_s);
    EXPECT_EQ(server.count("POST"), 1);
    for (const SeenRequest &request : server.requests()) {
        if (request.method == "POST") {
            EXPECT_EQ(request.target, QByteArrayLiteral("/v1/migration/7/account/302/migrate/"));
            EXPECT_FALSE(request.header("Idempotency-Key").isEmpty());
        }
    }
}

TEST_F(CliProcess, WithoutATerminalOrYesNothingIsSent)
{
    const CliRun result = run({u"migrate"_s, u"account-1"_s});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(server.count("POST"), 0);
}

TEST_F(CliProcess, NotAllowedNowExitsThreeWithTheReason)
{
    const CliRun result = run({u"rollback"_s, u"account-1"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_FALSE(result.err.trimmed().isEmpty());
    EXPECT_EQ(server.count("POST"), 0);
}

// The provider's own 409 is "not allowed now" (3) with its reason, not a plain failure (1).
TEST_F(CliProcess, ProviderConflictExitsThreeWithTheProvidersReason)
{
    server.setResponder([this](const SeenRequest &request) {
        if (request.method == "POST")
            return Scripted::json(409, QByteArrayLiteral(R"({"detail": "Another operation runs.", "status": "migrating"})"));
        return routes.answer(request);
    });
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 3) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("Another operation runs.")) << result.err.toStdString();
    EXPECT_EQ(server.count("POST"), 1);
}

// Two accounts under one id: whichever the POST reached could be the wrong one, so none is sent.
TEST_F(CliProcess, RepeatedAccountIdsSendNothing)
{
    routes.accounts[1].id = routes.accounts[0].id;
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_EQ(server.count("POST"), 0);
    EXPECT_TRUE(result.err.contains("301 appears twice")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("Nothing was sent.")) << result.err.toStdString();
}

TEST_F(CliProcess, AMigrationAnsweringForAnotherSendsNothing)
{
    server.setResponder([this](const SeenRequest &request) {
        Scripted answer = routes.answer(request);
        if (request.target == "/v1/migration/7/")
            answer.body.replace("\"id\":7", "\"id\":8");
        return answer;
    });
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_EQ(server.count("POST"), 0);
    EXPECT_TRUE(result.err.contains("answers for 8 where 7 was asked")) << result.err.toStdString();
}

// The most requests inside any sliding 60 s window.
int peakPerMinute(std::vector<qint64> timesMs)
{
    std::sort(timesMs.begin(), timesMs.end());
    int peak = 0;
    for (auto from = timesMs.begin(); from != timesMs.end(); ++from)
        peak = std::max(peak, int(std::lower_bound(from, timesMs.end(), *from + 60 * 1000) - from));
    return peak;
}

// Runs in a row share the provider's limit through the ledger beside the journal: earlier runs
// sent 246 reads 58 s ago, so of the next three runs (4 or 5 reads each) some must wait for the window.
TEST_F(CliProcess, RunsInARowShareTheRequestLimit)
{
    const QString folder = dataHome.filePath(u"Passerelle/Passerelle"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const qint64 earlier = QDateTime::currentMSecsSinceEpoch() - 58 * 1000;
    std::vector<qint64> sent(246, earlier);
    SharedLedgerFile ledger(SharedLedgerFile::pathFor(folder, QUrl(server.baseUrl()), kKey));
    ASSERT_TRUE(ledger.update([&](PacerLedger &seed) { seed.safeSends.assign(sent.begin(), sent.end()); }));

    bool someRunSaidItWaits = false;
    for (int i = 0; i < 3; ++i) {
        const CliRun result = run({u"status"_s});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        someRunSaidItWaits = someRunSaidItWaits || result.err.contains("Waiting");
    }
    for (const SeenRequest &request : server.requests())
        sent.push_back(request.receivedAtMs);
    const int peak = peakPerMinute(sent);
    EXPECT_LE(peak, 250);
    // Every run reads the migration list, the migration, its accounts and the databases (the
    // server list once it is known): every one of them was sent, none was dropped to stay under.
    EXPECT_GE(server.requests().size(), 12);
    EXPECT_TRUE(someRunSaidItWaits);
    std::printf("[ measured ] 3 runs after 246 earlier reads: peak %d requests in a sliding minute\n", peak);
}

// After a 202 the account list becomes unreadable: the CLI waits a few reads past the estimated
// end, then leaves the action to run at the provider with its own exit code.
class CliAfterAccepted : public CliProcess, public ::testing::WithParamInterface<Scripted>
{
};

TEST_P(CliAfterAccepted, StopsWaitingWithItsOwnExitCode)
{
    bool accepted = false;
    server.setResponder([this, &accepted](const SeenRequest &request) {
        if (request.method == "POST") {
            accepted = true;
            Scripted answer = routes.answer(request);
            // The provider expects the operation to end now.
            const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
            const QByteArray end = R"("operation_estimated_end":")" + now + '"';
            answer.body.replace(R"("operation_estimated_end":null)", end);
            return answer;
        }
        if (accepted && request.target == "/v1/migration/7/account/")
            return GetParam();
        return routes.answer(request);
    });
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(result.exitCode, 6) << result.err.toStdString();
    EXPECT_EQ(server.count("POST"), 1);
    EXPECT_TRUE(result.err.contains("on its way")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("passerelle-cli status")) << result.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Answers, CliAfterAccepted,
                         ::testing::Values(Scripted::json(200, QByteArrayLiteral(R"([{"account": 30)")),
                                           Scripted::json(500, QByteArrayLiteral(R"({"detail": "oops"})"))),
                         [](const auto &info) { return info.param.status == 200 ? "Malformed" : "ServerError"; });

TEST_F(CliProcess, AProviderAnswering503EveryTimeIsUnreachable)
{
    server.setResponder([](const SeenRequest &) { return Scripted::json(503, {}); });
    const CliRun result = run({u"status"_s});
    EXPECT_EQ(result.exitCode, 5) << result.err.toStdString();
}

// The server's name only decorates, but a refused redirect on its read is an attack, not a detail.
TEST_F(CliProcess, ARefusedRedirectOnTheServerListFailsTheCommand)
{
    server.setResponder([this](const SeenRequest &request) {
        if (request.target == "/v1/server/")
            return Scripted::json(302, {}).with("Location", "https://elsewhere.example/v1/server/");
        return routes.answer(request);
    });
    const CliRun result = run({u"status"_s});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(result.err.contains("redirected")) << result.err.toStdString();
}

// A fresh home where the journal's folder cannot be made: the reason, said once, nothing sent.
TEST_F(CliProcess, AJournalFolderThatCannotBeMadeIsExplainedOnce)
{
    QFile inTheWay(dataHome.filePath(u"in-the-way"_s));
    ASSERT_TRUE(inTheWay.open(QIODevice::WriteOnly));
    inTheWay.close();
    environmentChanges.insert(u"XDG_DATA_HOME"_s, inTheWay.fileName());
    environmentChanges.insert(u"QT_LOGGING_RULES"_s, QString()); // as a user runs it
    const CliRun result = run({u"status"_s});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_TRUE(result.err.contains("is a file, not a folder")) << result.err.toStdString();
    EXPECT_EQ(result.err.count("Cannot create the folder"), 1) << result.err.toStdString();
}

// One damaged page in the journal: nothing is sent, the file is kept aside and named with the way
// to start anew; asked to, the CLI starts a new journal from the provider's state.
TEST_F(CliProcess, ADamagedJournalSendsNothingAndOffersToStartAnew)
{
    const QString journal = dataHome.filePath(u"Passerelle/Passerelle/journal.sqlite"_s);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(journal).absolutePath()));
    ASSERT_EQ(test::makeDamagedJournal(journal), QString());
    const CliRun refused = run({u"migrate"_s, u"account-2"_s, u"--yes"_s});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_TRUE(refused.err.contains("is damaged")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("journal.sqlite.damaged-")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("--new-journal")) << refused.err.toStdString();

    EXPECT_EQ(run({u"status"_s}).exitCode, 1) << "no new journal unasked";
    EXPECT_TRUE(server.requests().isEmpty());

    const CliRun anew = run({u"status"_s, u"--new-journal"_s});
    EXPECT_EQ(anew.exitCode, 0) << anew.err.toStdString();
    EXPECT_TRUE(QFile::exists(journal));
}

TEST_F(CliProcess, UnknownAccountIsAUsageError)
{
    EXPECT_EQ(run({u"migrate"_s, u"nobody"_s, u"--yes"_s}).exitCode, 2);
    EXPECT_EQ(server.count("POST"), 0);
}

TEST_F(CliProcess, RefusedKeyExitsFour)
{
    server.setResponder(
        [](const SeenRequest &) { return Scripted::json(401, QByteArrayLiteral(R"({"detail": "no"})")); });
    const CliRun result = run({u"status"_s});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(result.err.contains("refused the connection: no")) << "the provider's reason leads";
}

TEST_F(CliProcess, MissingKeyExitsFourWithoutARequest)
{
    // No PASSERELLE_API_KEY: the keychain is asked, and has nothing for this test's address.
    const CliRun result = run({u"status"_s}, QByteArray());
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(result.err.contains("PASSERELLE_API_KEY")) << result.err.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(CliProcess, UnreachableApiExitsFive)
{
    quint16 closedPort = 0;
    {
        FaultServer gone;
        ASSERT_TRUE(gone.listen());
        closedPort = gone.port();
    }
    EXPECT_EQ(run({u"status"_s}, kKey, u"http://127.0.0.1:%1/v1/"_s.arg(closedPort)).exitCode,
              5);
}

TEST_F(CliProcess, PlainHttpToAnotherHostIsRefusedAsUsage)
{
    EXPECT_EQ(run({u"status"_s}, kKey, u"http://example.com/v1/"_s).exitCode, 2);
    EXPECT_TRUE(server.requests().isEmpty());
}

} // namespace

namespace {

// The index of the first request matching `method` and a target starting with `prefix`, from `from` on.
qsizetype firstRequest(const QList<SeenRequest> &requests, const QByteArray &method, const QByteArray &prefix,
                       qsizetype from = 0)
{
    for (qsizetype i = from; i < requests.size(); ++i) {
        if (requests.at(i).method == method && requests.at(i).target.startsWith(prefix))
            return i;
    }
    return -1;
}

TEST_F(CliProcess, SeveralAccountsAtATimeSendNothingBeforeItAndOneAfterAnother)
{
    // Whole seconds: --at takes no fraction, and the wait is short to keep the suite fast.
    const QDateTime startAt = QDateTime::currentDateTime().addSecs(3);
    const QString at = startAt.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const qint64 startAtMs = QDateTime::fromString(at, Qt::ISODate).toMSecsSinceEpoch();
    const CliRun result = run({u"migrate"_s, u"account-2"_s, u"account-3"_s, u"--yes"_s, u"--at"_s, at});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("Waiting until")) << result.err.toStdString();
    ASSERT_EQ(server.count("POST"), 2);
    const QList<SeenRequest> &requests = server.requests();
    EXPECT_GT(firstRequest(requests, "GET", "/v1/migration/"), -1); // reading before the time is fine
    for (const SeenRequest &request : requests) {
        if (request.method == "POST")
            EXPECT_GE(request.receivedAtMs, startAtMs) << request.target.toStdString();
    }
    const qsizetype first = firstRequest(requests, "POST", "/v1/migration/7/account/302/migrate/");
    const qsizetype second = firstRequest(requests, "POST", "/v1/migration/7/account/303/migrate/");
    ASSERT_GE(first, 0);
    ASSERT_GT(second, first);
    // B starts only once a read after A's start showed A ended.
    const qsizetype readBetween = firstRequest(requests, "GET", "/v1/migration/7/account", first + 1);
    ASSERT_GT(readBetween, first);
    EXPECT_LT(readBetween, second);
}

TEST_F(CliProcess, StoppedBeforeItsTimeAScheduledQueueSendsNothing)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PASSERELLE_API_KEY"_s, QString::fromLatin1(kKey));
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PASSERELLE_CLI_PATH),
                  {u"migrate"_s, u"account-2"_s, u"account-3"_s, u"--yes"_s, u"--at"_s,
                   QDateTime::currentDateTime().addSecs(3600).toString(u"HH:mm"_s), u"--api-url"_s,
                   server.baseUrl(), u"--account"_s, u"account-1"_s});
    QByteArray err;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            return err.contains("Waiting until");
        },
        30000))
        << err.toStdString();
    ::kill(static_cast<pid_t>(process.processId()), SIGINT); // Ctrl-C
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(server.count("POST"), 0);
    // The next run finds no queue to start: the wait lived in the stopped process only.
    const CliRun status = run({u"status"_s});
    EXPECT_EQ(status.exitCode, 0);
    EXPECT_EQ(server.count("POST"), 0);
}

// --at in the past (a year typo) is refused, never read as "start now"; so is a time after the
// migration's deadline. Nothing is sent.
TEST_F(CliProcess, AStartTimeInThePastOrAfterTheDeadlineIsRefused)
{
    for (const QString &at : {u"2020-11-30T07:00:00"_s, u"2099-01-01T00:00:00"_s}) {
        const CliRun result = run({u"migrate"_s, u"account-2"_s, u"--yes"_s, u"--at"_s, at});
        EXPECT_EQ(result.exitCode, 2) << at.toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(at.startsWith(u"2020"_s) ? "already past" : "deadline"))
            << result.err.toStdString();
        EXPECT_FALSE(result.err.contains("Waiting")) << result.err.toStdString();
    }
    EXPECT_EQ(server.count("POST"), 0);
}

} // namespace
