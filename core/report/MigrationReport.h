#pragma once

#include "core/journal/JournalStore.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationState.h"
#include "core/model/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle {

class LogScrubber;
class MigrationSession;

namespace report {

// One account's line: where it is, and its downtime estimated (the provider's rule of thumb)
// against observed (the journal's start and end of its last move).
struct AccountLine
{
    QString name;
    QString status;
    QString location;
    QString version;
    qint64 estimatedSeconds = 0;
    qint64 observedSeconds = -1; // -1: never observed moving
};

// Everything a migration report shows, already redacted: the writers only format it.
struct MigrationReport
{
    QDateTime generatedAt;
    qint64 migrationId = 0;
    QString description;
    QString serverName;
    bool dryRun = false;
    QDateTime deadline;
    QDateTime transitFreeUntil;      // null until the transit server is ready
    QDateTime finalizationStartedAt; // the reinstall's end: the finalization week starts
    QDateTime finalizationFreeUntil;
    Money transitCostSoFar;
    QList<AccountLine> accounts;
    QList<ActivityEntry> timeline; // oldest first
};

// What the report is built from; plain values so that tests need no session.
struct ReportInput
{
    MigrationSnapshot snapshot;
    LocalFacts facts;
    QList<ActivityEntry> activity;
    QList<ObservedOperation> observed;
    QDateTime now; // from the session's injected clock
    QString serverName;
    bool dryRun = false;
};

MigrationReport buildReport(const ReportInput &input, const LogScrubber *scrubber = nullptr);
// The session's snapshot, facts and journal at the session clock's now.
ReportInput reportInputFrom(const MigrationSession &session, int activityLimit = 1000);

} // namespace report
} // namespace passerelle
