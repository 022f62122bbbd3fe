#pragma once

#include "core/journal/JournalStore.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/Money.h"

#include <QDateTime>
#include <QList>
#include <QSet>
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
    qint64 observedToTransitSeconds = -1; // its last migration; -1: not observed
    qint64 observedBackSeconds = -1;      // its move back; -1: not observed
};

// One move of one account (migration, rollback or move back): its downtime estimated and observed
// for that same move, from the provider's own times.
struct MoveLine
{
    QString account;
    QString move; // the action's name
    QDateTime startedAt; // the provider's operation_started_at; null when it gave none
    QDateTime endedAt;   // the provider's operation_ended_at; null when it gave none
    qint64 estimatedSeconds = 0;
    qint64 observedSeconds = -1; // -1: not observed
};

// One site address's last check: its verdict against the reference, in words.
struct SiteLine
{
    QString account;
    QString address;
    QString verdict; // translated
    QString details;
    QDateTime checkedAt;
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
    QList<SiteLine> sites; // in the accounts' order
    QList<MoveLine> moves; // oldest first
    QList<ActivityEntry> timeline; // oldest first
};

// What every report is built from (this one, the CLI's status and plan); plain values so that
// tests need no session.
struct ReportInput
{
    MigrationSnapshot snapshot;
    LocalFacts facts;
    QSet<qint64> inFlight; // accounts with an action on its way
    QDateTime now; // from the session's injected clock
    QString serverName;
    bool dryRun = false;
    QList<ActivityEntry> activity; // only from reportInputFrom
    QList<ObservedOperation> observed; // only from reportInputFrom
    QList<SiteCheckRecord> siteChecks; // only from reportInputFrom
};

MigrationReport buildReport(const ReportInput &input, const LogScrubber *scrubber = nullptr);
// The session's state at its clock's now, without reading the journal.
ReportInput currentState(const MigrationSession &session);
// The same, with the activity and the observed operations from the journal.
ReportInput reportInputFrom(const MigrationSession &session, int activityLimit = 1000);

} // namespace report
} // namespace passerelle
