#pragma once

#include <QString>

namespace passerelle::bench {

class TimedApplication;

// What one whole run of the wizard measured.
struct Figures
{
    QString name;
    bool succeeded = false;
    QString message;
    qint64 longestStallMs = 0;
    int over16 = 0;
    int over50 = 0;
    double longestEventMs = 0;
    int nestedEvents = 0;
    QString cause;
    double longestJournalCallMs = -1; // -1: no journal on disk
    double longestJournalWriteMs = -1;
    double seconds = 0;
};

// The whole tour in dry-run (the journal in memory).
Figures runDryRun(TimedApplication &app, const QString &name);
// The whole run against a real passerelle-sim, the journal on disk: on its own thread (the product)
// or committed on the GUI thread (`journalOnGuiThread`, the former design).
Figures runAgainstSimulator(TimedApplication &app, const QString &name, bool journalOnGuiThread);

} // namespace passerelle::bench
