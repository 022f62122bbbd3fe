// The whole migration, in process, at 12, 100, 1,000 and 10,000 accounts: the wizard's engine
// (session, intent pipeline, queue, in-memory journal) against the dry-run simulator, with
// simulated time skipping from event to event. Each size prints the CPU time per account, which
// must stay about constant: any work done per account on every poll would show here. The report
// of the finished run (step 8's summary, the export) is timed per account the same way.
#include "core/backend/Backend.h"
#include "core/report/MigrationReport.h"
#include "core/session/QueueRunner.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/ScenarioLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace passerelle;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kGoalRatio = 2.0;

// The built-in scenario with `count` plain accounts (no scripted failure), each like its first.
sim::Scenario scenarioWith(int count)
{
    sim::Scenario scenario = sim::scenario::loadDefault().value();
    const sim::ScenarioAccount model = scenario.accounts.constFirst();
    scenario.accounts.clear();
    for (int i = 0; i < count; ++i) {
        sim::ScenarioAccount account;
        account.id = 100000 + i;
        account.name = u"site-%1"_s.arg(i);
        account.databaseSize = model.databaseSize;
        account.filesSize = model.filesSize;
        account.mailSize = model.mailSize;
        sim::ScenarioDatabase database = model.databases.constFirst();
        database.id = 200000 + i;
        database.name = account.name + u"_main"_s;
        account.databases = {database};
        scenario.accounts.append(account);
    }
    return scenario;
}

class FullRun
{
public:
    explicit FullRun(int accounts) : m_backend(openDryRun(scenarioWith(accounts))), m_session(*m_backend->session) { }

    // Runs the eight steps; false (with the step reached) if the run got stuck.
    bool run()
    {
        m_session.start();
        if (!pollUntil([this] { return m_session.hasSnapshot(); }))
            return false;
        QList<qint64> ids;
        for (const AccountRecord &account : m_session.snapshot().accounts)
            ids << account.id;
        // 1: every database tested, then every account declared ready.
        m_session.queue().start(ids, AccountAction::Test);
        if (!skipUntil([this] { return !m_session.queue().isActive(); }))
            return false;
        m_session.setAllAccountsReady(true);
        // 2 and 3: the transit server, installed by support.
        m_session.requestSupport(SupportTopic::TransitServer, u"transit"_s);
        if (!skipUntil([this] { return m_session.currentStep() == Step::MigrateAccounts; }))
            return false;
        // 4: every account migrated, one after another.
        m_session.queue().start(ids, AccountAction::Migrate);
        if (!skipUntil([this] { return m_session.currentStep() == Step::VerifyAfterMigration; }))
            return false;
        // 5 and 6: every account verified, then support reinstalls the client server.
        for (const qint64 id : std::as_const(ids))
            m_session.setAccountVerified(id, true);
        m_session.requestSupport(SupportTopic::Reinstall, u"reinstall"_s);
        if (!skipUntil([this] { return m_session.currentStep() == Step::Finalization; }))
            return false;
        // 7: the customer finalizes and moves every account back once the provider lets them; 8: over.
        m_session.requestSupport(SupportTopic::Finalization, u"finalization"_s, Finalizer::Customer);
        if (!skipUntil([this, &ids] { return m_session.canAct(ids.constFirst(), AccountAction::MoveBack).hasValue(); }))
            return false;
        m_session.queue().start(ids, AccountAction::MoveBack);
        return skipUntil([this] { return m_session.currentStep() == Step::MigrationOver; });
    }

    Step reached() const { return m_session.currentStep(); }
    const MigrationSession &session() const { return m_session; }

private:
    // Lets the queued answers arrive (the dry-run answers on the next turn of the event loop),
    // polling once more if the state is not there yet. `done` is asked once per round: it is
    // the benchmark's own instrument, and may cost the number of accounts.
    bool pollUntil(const std::function<bool()> &done)
    {
        for (int round = 0; round < 10; ++round) {
            for (int turn = 0; turn < 4; ++turn)
                QCoreApplication::processEvents();
            if (done())
                return true;
            m_session.refresh();
        }
        return done();
    }

    // Simulated time jumps to the provider's next event, the session polls, until `done`.
    bool skipUntil(const std::function<bool()> &done)
    {
        while (!pollUntil(done)) {
            if (!m_backend->dryRun->simulator().skipToNextEvent())
                return pollUntil(done);
            m_session.refresh();
        }
        return true;
    }

    std::unique_ptr<Backend> m_backend;
    MigrationSession &m_session;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            u"passerelle.*.debug=false\npasserelle.*.info=false"_s); // the simulator tells every move
    QList<int> sizes {12, 100, 1000, 10000};
    QString tablePath;
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument.startsWith(u"--sizes="_s)) {
            sizes.clear();
            for (const QString &size : argument.mid(8).split(u','))
                sizes << size.toInt();
        } else if (argument.startsWith(u"--table="_s)) {
            tablePath = argument.mid(8);
        }
    }
    QString table
        = u"The eight steps in process, simulated time skipping (CPU per account must stay about constant):\n"_s;
    table += u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"accounts"_s, 10)
                 .arg(u"CPU s"_s, 10)
                 .arg(u"ms/account"_s, 12)
                 .arg(u"ratio to 12"_s, 12)
                 .arg(u"report ms/acct"_s, 15)
                 .arg(u"ratio to 12"_s, 12);
    double first = 0;
    double firstReport = 0;
    double worstReport = 0;
    double worst = 0;
    int worstSize = 0;
    bool allDone = true;
    for (const int size : std::as_const(sizes)) {
        FullRun run(size);
        const std::clock_t started = std::clock();
        const bool done = run.run();
        const double seconds = double(std::clock() - started) / CLOCKS_PER_SEC;
        const double perAccount = seconds * 1000.0 / size;
        // The report, built often enough to time 10,000 account lines at every size.
        const int builds = std::max(1, 10000 / size);
        const std::clock_t reportStarted = std::clock();
        for (int i = 0; i < builds; ++i)
            report::buildReport(report::reportInputFrom(run.session(), 0));
        const double reportPerAccount = double(std::clock() - reportStarted) * 1000.0 / CLOCKS_PER_SEC / builds / size;
        if (first == 0) {
            first = perAccount;
            firstReport = reportPerAccount;
        }
        if (perAccount / first > worst) {
            worst = perAccount / first;
            worstSize = size;
        }
        // Shown beside it, not part of the goal: one build of a finished migration's report.
        worstReport = std::max(worstReport, reportPerAccount / firstReport);
        const QString line = u"%1 %2 %3 %4 %5 %6%7"_s.arg(size, 10)
                                 .arg(seconds, 10, 'f', 2)
                                 .arg(perAccount, 12, 'f', 3)
                                 .arg(u"%1x"_s.arg(perAccount / first, 0, 'f', 2), 12)
                                 .arg(reportPerAccount, 15, 'f', 4)
                                 .arg(u"%1x"_s.arg(reportPerAccount / firstReport, 0, 'f', 2), 12)
                                 .arg(done ? QString() : u"  stuck at step %1"_s.arg(static_cast<int>(run.reached())));
        table += line + u'\n';
        allDone = allDone && done;
        std::fputs(qPrintable(line + u'\n'), stdout);
        std::fflush(stdout);
    }
    // The goal: a constant CPU time per account, within 2x of the first (smallest) size.
    const QString verdict = u"goal: every size within %1x of the first: %2 (largest ratio %3x, at %4 accounts)"_s
                                .arg(kGoalRatio, 0, 'f', 2)
                                .arg(worst <= kGoalRatio ? u"met"_s : u"NOT met"_s)
                                .arg(worst, 0, 'f', 2)
                                .arg(worstSize);
    const QString reportLine = u"report of the finished run (step 8, the export), per account: largest ratio %1x"_s
                                   .arg(worstReport, 0, 'f', 2);
    table += verdict + u'\n' + reportLine + u'\n';
    std::fputs(qPrintable(reportLine + u'\n'), stdout);
    std::fputs(qPrintable(verdict + u'\n'), stdout);
    if (!tablePath.isEmpty()) {
        QFile out(tablePath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }
    return allDone ? 0 : 1;
}
