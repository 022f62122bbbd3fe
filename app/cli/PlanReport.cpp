#include "app/cli/PlanReport.h"

#include "app/cli/TextColumns.h"
#include "core/model/Billing.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/MigrationQueue.h"
#include "core/model/Money.h"
#include "core/model/ProcessRules.h"
#include "core/model/TrContext.h"

#include <QJsonArray>

namespace passerelle::cli {

namespace {

PASSERELLE_TR_CONTEXT(PlanReport);

struct Plan
{
    bool movingBack = false;
    AccountList accounts;
    QList<MigrationQueue::PlannedEntry> schedule;
    downtime::Seconds total {0};
    Money transitCostSoFar;
    QDateTime transitFreeUntil;
    QDateTime finalizationFreeUntil;
};

// Step 7 moves accounts back to the reinstalled client server; before it, they go to transit.
Plan makePlan(const report::ReportInput &input)
{
    Plan plan;
    plan.movingBack = rules::currentStep(input.snapshot, input.facts) >= Step::Finalization;
    for (const AccountRecord &account : input.snapshot.accounts) {
        const bool toMove = plan.movingBack ? account.location == Location::Transit
                                            : account.location == Location::Client && account.version == Version::Old;
        if (toMove)
            plan.accounts.append(account);
    }
    plan.schedule = MigrationQueue(plan.accounts).plan(input.now);
    plan.total = downtime::forAccounts(plan.accounts);
    plan.transitCostSoFar = billing::transitCost(input.snapshot.migration, input.facts, input.now);
    plan.transitFreeUntil = billing::transitFreeUntil(input.snapshot.migration.transit);
    plan.finalizationFreeUntil = billing::finalizationFreeUntil(input.snapshot.migration);
    return plan;
}

} // namespace

QString planText(const report::ReportInput &input)
{
    const Plan plan = makePlan(input);
    const MigrationDetail &migration = input.snapshot.migration;
    QString text = plan.movingBack ? PlanReport::tr("Accounts to move back to the client server, in order:")
                                   : PlanReport::tr("Accounts to migrate to the transit server, in order:");
    text += u'\n';
    int position = 0;
    for (const MigrationQueue::PlannedEntry &entry : plan.schedule) {
        text += QStringLiteral("%1. ").arg(++position, 3) + cell(entry.accountName, 20)
            + cell(format::duration(entry.estimate), 10)
            + PlanReport::tr("%1 -> %2").arg(format::dateTime(entry.start), format::dateTime(entry.end)) + u'\n';
    }
    if (plan.schedule.isEmpty())
        text += PlanReport::tr("  none") + u'\n';
    text
        += PlanReport::tr("Total downtime (accounts move one at a time): %1").arg(format::duration(plan.total)) + u'\n';
    text += PlanReport::tr("Migration deadline: %1").arg(format::dateTime(migration.summary.deadline)) + u'\n';
    text += PlanReport::tr("Transit server free until: %1, then %2 per day")
                .arg(format::dateTime(plan.transitFreeUntil), format::money(migration.serverDailyPrice))
        + u'\n';
    text += PlanReport::tr("Transit server billed so far: %1").arg(format::money(plan.transitCostSoFar)) + u'\n';
    if (plan.finalizationFreeUntil.isValid())
        text += PlanReport::tr("Finalization free until: %1").arg(format::dateTime(plan.finalizationFreeUntil)) + u'\n';
    return text;
}

QJsonObject planJson(const report::ReportInput &input)
{
    const Plan plan = makePlan(input);
    const MigrationDetail &migration = input.snapshot.migration;
    QJsonArray queue;
    for (const MigrationQueue::PlannedEntry &entry : plan.schedule) {
        queue.append(QJsonObject {{QStringLiteral("id"), entry.accountId},
                                  {QStringLiteral("name"), entry.accountName},
                                  {QStringLiteral("estimated_downtime_seconds"), qint64(entry.estimate.count())},
                                  {QStringLiteral("planned_start"), isoTime(entry.start)},
                                  {QStringLiteral("planned_end"), isoTime(entry.end)}});
    }
    const auto money = [](const Money &amount) {
        return QJsonObject {{QStringLiteral("amount"), formatDecimalCents(amount.cents)},
                            {QStringLiteral("currency"), amount.currency}};
    };
    return QJsonObject {
        {QStringLiteral("action"), plan.movingBack ? QStringLiteral("move-back") : QStringLiteral("migrate")},
        {QStringLiteral("dry_run"), input.dryRun},
        {QStringLiteral("queue"), queue},
        {QStringLiteral("total_downtime_seconds"), qint64(plan.total.count())},
        {QStringLiteral("deadline"), isoTime(migration.summary.deadline)},
        {QStringLiteral("transit_free_until"), isoTime(plan.transitFreeUntil)},
        {QStringLiteral("server_daily_price"), money(migration.serverDailyPrice)},
        {QStringLiteral("transit_cost_so_far"), money(plan.transitCostSoFar)},
        {QStringLiteral("finalization_free_until"), isoTime(plan.finalizationFreeUntil)},
    };
}

} // namespace passerelle::cli
