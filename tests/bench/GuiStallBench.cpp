// The GUI thread's longest stall in whole runs of the wizard, measured without the tests' own
// instruments (no pictures, no debug log, no screen scans): a dry-run tour, and a run against the
// real passerelle-sim with the journal written on the GUI thread (the design before the journal's
// own thread, for comparison) and on its own thread (the product). Two measures: how late a 5 ms
// timer ran (the time the thread was away), and the longest single event with its receiver and
// type (the cause). Prints a table and keeps it in the file named by the first argument, which
// ./test.sh prints at the end. PASSERELLE_STALL_EVENTS=1 also lists every event over a frame, each
// stall over a frame (=N: over N ms) with the events it was made of, and
// each run's paint time by widget class (GuiStallApplication), the journal is timed by
// GuiStallJournal, the runs live in GuiStallRuns. PASSERELLE_STALL_RUNS=dry-run runs only the tour.
#include "core/backend/Backend.h"
#include "tests/bench/GuiStallApplication.h"
#include "tests/bench/GuiStallRuns.h"

#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using namespace passerelle::bench;

namespace {

QString table(const QList<Figures> &runs)
{
    QString text = u"GUI thread stalls, whole wizard runs (tests/bench/GuiStallBench; no pictures, no debug log):\n"_s;
    text += u"%1 %2 %3 %4 %5 %6 %7  %8\n"_s.arg(u"run"_s, -62)
                .arg(u"write"_s, 8)
                .arg(u"journal"_s, 8)
                .arg(u"stall"_s, 8)
                .arg(u">16 ms"_s, 7)
                .arg(u">50 ms"_s, 7)
                .arg(u"time"_s, 7)
                .arg(u"longest event (cause)"_s);
    for (const Figures &run : runs) {
        if (!run.succeeded) {
            text += u"%1 FAILED: %2\n"_s.arg(run.name, -62).arg(run.message);
            continue;
        }
        const QString event = run.nestedEvents > 0
            ? u"%1 ms %2 (%3 timers ran in nested loops)"_s.arg(run.longestEventMs, 0, 'f', 1)
                  .arg(run.cause)
                  .arg(run.nestedEvents)
            : u"%1 ms %2"_s.arg(run.longestEventMs, 0, 'f', 1).arg(run.cause);
        const auto ms = [](double value) { return value < 0 ? u"-"_s : u"%1 ms"_s.arg(value, 0, 'f', 1); };
        text += u"%1 %2 %3 %4 %5 %6 %7  %8\n"_s.arg(run.name, -62)
                    .arg(ms(run.longestJournalWriteMs), 8)
                    .arg(ms(run.longestJournalCallMs), 8)
                    .arg(u"%1 ms"_s.arg(run.longestStallMs), 8)
                    .arg(run.over16, 7)
                    .arg(run.over50, 7)
                    .arg(u"%1 s"_s.arg(run.seconds, 0, 'f', 1), 7)
                    .arg(event);
    }
    text += u"write: the longest write or intent the GUI thread handed to the journal on disk; journal: the "
            "longest call of any kind (the reads at start included); "
            "stall: the longest lateness of a 5 ms timer (the time the GUI thread was away); >16 ms, >50 ms: how "
            "many stalls went past a frame, past 50 ms; longest event: the slowest event the loop dispatched.\n"_s;
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    nameTheApplication();
    const QString output = app.arguments().value(1);
    QList<Figures> runs;
    // PASSERELLE_STALL_RUNS=dry-run runs the tour alone (for a profiler).
    const bool dryRunOnly = qEnvironmentVariable("PASSERELLE_STALL_RUNS") == "dry-run"_L1;
    runs << runDryRun(app, u"dry-run, whole tour (journal in memory)"_s);
    if (!dryRunOnly) {
        runs << runAgainstSimulator(app, u"passerelle-sim, journal committed on the GUI thread (before)"_s, true);
        runs << runAgainstSimulator(app, u"passerelle-sim, journal on its own thread"_s, false);
    }
    const QString text = table(runs);
    std::fputs(qPrintable(text), stdout);
    if (!output.isEmpty()) {
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0)
            return 2;
    }
    for (const Figures &run : runs) {
        if (!run.succeeded)
            return 1;
    }
    return 0;
}
