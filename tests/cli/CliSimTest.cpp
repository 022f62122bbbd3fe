#include "tests/report/ICalendarReader.h"
#include "tests/sim/SimProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace passerelle;
using passerelle::testing::ICalendarComponent;
using passerelle::testing::readICalendar;

namespace {

const QByteArray kKey = QByteArrayLiteral("SimKey-cli-4711");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments, bool withKey = true)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PASSERELLE_API_KEY"));
    if (withKey)
        environment.insert(QStringLiteral("PASSERELLE_API_KEY"), QString::fromLatin1(kKey));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    // The journal (shared with the wizard) goes to a fresh directory, never the user's.
    QTemporaryDir dataHome;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PASSERELLE_CLI_PATH), arguments);
    EXPECT_TRUE(finished.wait(120000)) << "passerelle-cli did not finish";
    CliRun run {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    for (const QByteArray &stream : {run.out, run.err})
        EXPECT_FALSE(stream.contains(kKey)) << stream.toStdString();
    return run;
}

// How many times the simulator saw `action` start for `accountId` (GET /sim/stats/, authenticated).
int actionCount(sim::test::SimProcess &simulator, qint64 accountId, const char *action)
{
    QNetworkAccessManager network;
    const sim::test::HttpResult stats
        = sim::test::send(network, "GET", simulator.statsUrl(), sim::test::basicAuth(QString::fromLatin1(kKey)));
    const QJsonArray rows = QJsonDocument::fromJson(stats.body).object().value(QStringLiteral("actions")).toArray();
    for (const QJsonValue &row : rows) {
        if (row[QStringLiteral("account")].toInteger() == accountId)
            return row[QString::fromLatin1(action)].toInt(-1);
    }
    return -1;
}

QStringList against(const sim::test::SimProcess &simulator, QStringList arguments)
{
    return arguments << QStringLiteral("--api-url") << simulator.url(QString()).toString()
                     << QStringLiteral("--customer") << QStringLiteral("ops@acme.example");
}

// A connection dropped after a POST leaves exactly one operation on the server; the CLI
// reads the account back instead of sending blindly, and still reports the outcome.
TEST(CliAgainstSim, DroppedConnectionAfterThePostRunsTheTestExactlyOnce)
{
    sim::test::SimProcess simulator;
    ASSERT_TRUE(simulator.start({QStringLiteral("--api-key"), QString::fromLatin1(kKey), QStringLiteral("--latency"),
                                 QStringLiteral("20"), QStringLiteral("--drop-after-post"), QStringLiteral("1")}));
    const CliRun run = runCli(against(
        simulator,
        {QStringLiteral("test"), QStringLiteral("acme-shop"), QStringLiteral("--yes"), QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object()[QStringLiteral("status")].toString(), QStringLiteral("tested"));
    EXPECT_EQ(actionCount(simulator, 301, "test"), 1);
    EXPECT_FALSE(simulator.stopAndCollectOutput().contains(kKey));
}

TEST(CliAgainstSim, StatusSurvivesRandom503s)
{
    sim::test::SimProcess simulator;
    ASSERT_TRUE(simulator.start({QStringLiteral("--api-key"), QString::fromLatin1(kKey), QStringLiteral("--fail-rate"),
                                 QStringLiteral("0.3")}));
    const CliRun run = runCli(against(simulator, {QStringLiteral("status"), QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object()[QStringLiteral("accounts")].toArray().size(), 12);
}

TEST(CliAgainstSim, WrongKeyExitsFour)
{
    sim::test::SimProcess simulator;
    ASSERT_TRUE(simulator.start({QStringLiteral("--api-key"), QStringLiteral("another-key")}));
    EXPECT_EQ(runCli(against(simulator, {QStringLiteral("status")})).exitCode, 4);
}

TEST(CliDryRun, StatusNeedsNoKeyAndSaysItIsADryRun)
{
    const CliRun run = runCli({QStringLiteral("--dry-run"), QStringLiteral("status"), QStringLiteral("--json")}, false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_TRUE(json[QStringLiteral("dry_run")].toBool());
    EXPECT_EQ(json[QStringLiteral("step")][QStringLiteral("number")].toInt(), 1);
}

TEST(CliDryRun, TestRunsToItsOutcome)
{
    const CliRun run = runCli({QStringLiteral("--dry-run"), QStringLiteral("test"), QStringLiteral("acme-blog"),
                               QStringLiteral("--yes"), QStringLiteral("--json")},
                              false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object()[QStringLiteral("status")].toString(), QStringLiteral("tested"));
}

TEST(CliDryRun, MigrateInStepOneIsNotAllowed)
{
    const CliRun run = runCli(
        {QStringLiteral("--dry-run"), QStringLiteral("migrate"), QStringLiteral("acme-blog"), QStringLiteral("--yes")},
        false);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_FALSE(run.err.trimmed().isEmpty());
}

TEST(CliDryRun, PlanWritesACalendarThatReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    const CliRun run
        = runCli({QStringLiteral("--dry-run"), QStringLiteral("plan"), QStringLiteral("--ics"), path}, false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("Accounts to migrate")) << "the plan is printed as well";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString error;
    const ICalendarComponent calendar = readICalendar(file.readAll(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QList<ICalendarComponent> events = calendar.childrenNamed("VEVENT");
    ASSERT_GE(events.size(), 2) << "the built-in scenario has accounts to migrate and a deadline";
    for (const ICalendarComponent &event : events)
        EXPECT_TRUE(event.value("SUMMARY").startsWith(QStringLiteral("Rehearsal"))) << "a dry-run says so";
}

TEST(CliDryRun, PlanCalendarOnStandardOutputIsTheWholeOutput)
{
    const CliRun run = runCli(
        {QStringLiteral("--dry-run"), QStringLiteral("plan"), QStringLiteral("--ics"), QStringLiteral("-")}, false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QString error;
    readICalendar(run.out, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

TEST(CliDryRun, PlanCalendarToAnUnwritablePlaceFailsAndSaysWhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/plan.ics"));
    const CliRun run
        = runCli({QStringLiteral("--dry-run"), QStringLiteral("plan"), QStringLiteral("--ics"), path}, false);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(path.toUtf8())) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
