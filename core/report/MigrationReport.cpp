#include "core/report/MigrationReport.h"

#include "core/model/AccountIndex.h"
#include "core/model/Billing.h"
#include "core/model/Downtime.h"
#include "core/model/RuleText.h"
#include "core/report/Redaction.h"
#include "core/report/ReportLog.h"
#include "core/session/MigrationSession.h"
#include "core/sites/SiteComparison.h"

#include <QCoreApplication>

#include <QHash>

#include <algorithm>
#include <optional>

namespace passerelle::report {

namespace {

// The last observed move of each account (a move back replaces the migration's figure), and of
// each kind of move: one pass over the operations, so that the report stays linear in accounts.
struct ObservedMoves
{
    qint64 last = -1;
    qint64 toTransit = -1;
    qint64 back = -1;
};

QHash<qint64, ObservedMoves> observedMovesByAccount(const QList<ObservedOperation> &observed)
{
    QHash<qint64, ObservedMoves> moves;
    for (const ObservedOperation &operation : observed) {
        if (operation.action == AccountAction::Test)
            continue;
        ObservedMoves &account = moves[operation.accountId];
        const qint64 seconds = observedSecondsOf(operation);
        account.last = seconds;
        if (operation.action == AccountAction::Migrate)
            account.toTransit = seconds;
        else if (operation.action == AccountAction::MoveBack)
            account.back = seconds;
    }
    return moves;
}

// The verdict's words from the token the journal keeps ("same", "broken"...).
QString verdictText(const QString &token)
{
    const std::optional<sites::SiteVerdict> verdict = sites::verdictFromToken(token);
    return verdict ? sites::verdictName(*verdict) : token;
}

} // namespace

MigrationReport buildReport(const ReportInput &input, const LogScrubber *scrubber)
{
    const MigrationDetail &migration = input.snapshot.migration;
    MigrationReport report;
    report.generatedAt = input.now;
    report.migrationId = migration.summary.id;
    report.description = redact(migration.summary.description, scrubber);
    report.serverName = redact(input.serverName, scrubber);
    report.dryRun = input.dryRun;
    report.deadline = migration.summary.deadline;
    if (migration.transit.readyAt.isValid() || migration.transit.freeUntil.isValid())
        report.transitFreeUntil = billing::transitFreeUntil(migration.transit);
    report.finalizationStartedAt = migration.clientServer.reinstalledAt;
    report.finalizationFreeUntil = billing::finalizationFreeUntil(migration);
    report.transitCostSoFar = billing::transitCost(migration, input.facts, input.now);
    const QHash<qint64, ObservedMoves> observed = observedMovesByAccount(input.observed);
    QHash<qint64, QList<const SiteCheckRecord *>> checksByAccount; // each account's, in the journal's order
    for (const SiteCheckRecord &check : input.siteChecks)
        checksByAccount[check.accountId].append(&check);
    report.accounts.reserve(input.snapshot.accounts.size());
    for (const AccountRecord &account : input.snapshot.accounts) {
        AccountLine line;
        line.name = redact(account.name, scrubber);
        line.status = text::statusName(account.status);
        line.location = text::locationName(account.location);
        line.version = text::versionName(account.version);
        line.estimatedSeconds = downtime::forAccount(account).count();
        const ObservedMoves moves = observed.value(account.id);
        line.observedSeconds = moves.last;
        line.observedToTransitSeconds = moves.toTransit;
        line.observedBackSeconds = moves.back;
        report.accounts.append(line);
        for (const SiteCheckRecord *check : checksByAccount.value(account.id))
            report.sites.append({line.name, redact(check->address, scrubber), verdictText(check->verdict),
                                 redact(check->details, scrubber), check->checkedAt});
    }
    const AccountIndex accounts(input.snapshot.accounts);
    for (const ObservedOperation &operation : input.observed) {
        if (operation.action == AccountAction::Test)
            continue;
        const AccountRecord *account = accounts.find(operation.accountId);
        MoveLine move;
        move.account = redact(account ? account->name : QString::number(operation.accountId), scrubber);
        move.move = text::actionName(operation.action);
        move.startedAt = operation.startedAt;
        move.endedAt = operation.endedAt;
        move.estimatedSeconds = operation.estimatedSeconds;
        move.observedSeconds = observedSecondsOf(operation);
        report.moves.append(move);
    }
    for (ActivityEntry entry : input.activity) {
        entry.text = redact(entry.text, scrubber);
        report.timeline.append(entry);
    }
    // Logged in time order as a rule: checked in one pass, sorted only when a clock went back.
    const auto earlier = [](const ActivityEntry &a, const ActivityEntry &b) { return a.at < b.at; };
    if (!std::is_sorted(report.timeline.cbegin(), report.timeline.cend(), earlier))
        std::stable_sort(report.timeline.begin(), report.timeline.end(), earlier);
    qCDebug(lcReport) << "report built:" << report.accounts.size() << "accounts," << report.timeline.size()
                      << "activity lines";
    return report;
}

ReportInput currentState(const MigrationSession &session)
{
    ReportInput input;
    input.snapshot = session.snapshot();
    input.facts = session.facts();
    input.inFlight = session.inFlight();
    input.now = session.clock().now();
    input.serverName = session.serverName();
    input.dryRun = session.isDryRun();
    return input;
}

ReportInput reportInputFrom(const MigrationSession &session, int activityLimit)
{
    ReportInput input = currentState(session);
    input.activity = session.recentActivity(activityLimit);
    input.observed = session.journal().observedOperations(session.migrationId());
    input.siteChecks = session.journal().siteChecks(session.migrationId());
    return input;
}

} // namespace passerelle::report
