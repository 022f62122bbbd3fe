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

using namespace Qt::Literals::StringLiterals;

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
    environment.remove(u"PASSERELLE_API_KEY"_s);
    if (withKey)
        environment.insert(u"PASSERELLE_API_KEY"_s, QString::fromLatin1(kKey));
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    // The journal (shared with the wizard) goes to a fresh directory, never the user's.
    QTemporaryDir dataHome;
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
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
    const QJsonArray rows = QJsonDocument::fromJson(stats.body).object().value(u"actions"_s).toArray();
    for (const QJsonValue &row : rows) {
        if (row[u"account"_s].toInteger() == accountId)
            return row[QString::fromLatin1(action)].toInt(-1);
    }
    return -1;
}

QStringList against(const sim::test::SimProcess &simulator, QStringList arguments)
{
    return arguments << u"--api-url"_s << simulator.url(QString()).toString()
                     << u"--customer"_s << u"ops@acme.example"_s;
}

// A connection dropped after a POST leaves exactly one operation on the server; the CLI
// reads the account back instead of sending blindly, and still reports the outcome.
TEST(CliAgainstSim, DroppedConnectionAfterThePostRunsTheTestExactlyOnce)
{
    sim::test::SimProcess simulator;
    ASSERT_TRUE(simulator.start({u"--api-key"_s, QString::fromLatin1(kKey), u"--latency"_s,
                                 u"20"_s, u"--drop-after-post"_s, u"1"_s}));
    const CliRun run = runCli(against(
        simulator,
        {u"test"_s, u"acme-shop"_s, u"--yes"_s, u"--json"_s}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object()[u"status"_s].toString(), u"tested"_s);
    EXPECT_EQ(actionCount(simulator, 301, "test"), 1);
    EXPECT_FALSE(simulator.stopAndCollectOutput().contains(kKey));
}

TEST(CliAgainstSim, StatusSurvivesRandom503s)
{
    sim::test::SimProcess simulator;
    ASSERT_TRUE(simulator.start({u"--api-key"_s, QString::fromLatin1(kKey), u"--fail-rate"_s,
                                 u"0.3"_s}));
    const CliRun run = runCli(against(simulator, {u"status"_s, u"--json"_s}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object()[u"accounts"_s].toArray().size(), 12);
}

TEST(CliAgainstSim, WrongKeyExitsFour)
{
    sim::test::SimProcess simulator;
    ASSERT_TRUE(simulator.start({u"--api-key"_s, u"another-key"_s}));
    EXPECT_EQ(runCli(against(simulator, {u"status"_s})).exitCode, 4);
}

TEST(CliDryRun, StatusNeedsNoKeyAndSaysItIsADryRun)
{
    const CliRun run = runCli({u"--dry-run"_s, u"status"_s, u"--json"_s}, false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_TRUE(json[u"dry_run"_s].toBool());
    EXPECT_EQ(json[u"step"_s][u"number"_s].toInt(), 1);
}

TEST(CliDryRun, TestRunsToItsOutcome)
{
    const CliRun run = runCli({u"--dry-run"_s, u"test"_s, u"acme-blog"_s,
                               u"--yes"_s, u"--json"_s},
                              false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object()[u"status"_s].toString(), u"tested"_s);
}

TEST(CliDryRun, MigrateInStepOneIsNotAllowed)
{
    const CliRun run = runCli(
        {u"--dry-run"_s, u"migrate"_s, u"acme-blog"_s, u"--yes"_s},
        false);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_FALSE(run.err.trimmed().isEmpty());
}

TEST(CliDryRun, PlanWritesACalendarThatReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.ics"_s);
    const CliRun run
        = runCli({u"--dry-run"_s, u"plan"_s, u"--ics"_s, path}, false);
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
        EXPECT_TRUE(event.value("SUMMARY").startsWith(u"Rehearsal"_s)) << "a dry-run says so";
}

TEST(CliDryRun, PlanCalendarOnStandardOutputIsTheWholeOutput)
{
    const CliRun run = runCli(
        {u"--dry-run"_s, u"plan"_s, u"--ics"_s, u"-"_s}, false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QString error;
    readICalendar(run.out, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

TEST(CliDryRun, PlanCalendarToAnUnwritablePlaceFailsAndSaysWhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-such-folder/plan.ics"_s);
    const CliRun run
        = runCli({u"--dry-run"_s, u"plan"_s, u"--ics"_s, path}, false);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(path.toUtf8())) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
