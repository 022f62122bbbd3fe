#include "app/cli/PlanReport.h"

#include "app/cli/TextColumns.h"
#include "core/model/Billing.h"
#include "core/model/Format.h"
#include "core/model/MigrationPlan.h"
#include "core/model/Money.h"
#include "core/model/ProcessRules.h"
#include "core/model/TrContext.h"
#include "core/report/PlanCalendar.h"
#include "core/report/SaveFile.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {

namespace {

PASSERELLE_TR_CONTEXT(PlanReport);

} // namespace

QString planText(const report::ReportInput &input)
{
    const MigrationPlan plan = planMigration(input.snapshot, rules::currentStep(input.snapshot, input.facts), input.now);
    const MigrationDetail &migration = input.snapshot.migration;
    const Money transitCostSoFar = billing::transitCost(migration, input.facts, input.now);
    QString text = plan.movingBack ? PlanReport::tr("Accounts to move back to the client server, in order:")
                                   : PlanReport::tr("Accounts to migrate to the transit server, in order:");
    text += u'\n';
    int position = 0;
    for (const MigrationQueue::PlannedEntry &entry : plan.schedule) {
        text += u"%1. "_s.arg(++position, 3) + cell(entry.accountName, 20) + cell(format::duration(entry.estimate), 10)
            + PlanReport::tr("%1 -> %2").arg(format::dateTime(entry.start), format::dateTime(entry.end)) + u'\n';
    }
    if (plan.schedule.isEmpty())
        text += PlanReport::tr("  none") + u'\n';
    text += PlanReport::tr("Total downtime (accounts move one at a time): %1").arg(format::duration(plan.totalDowntime))
        + u'\n';
    text += PlanReport::tr("Migration deadline: %1").arg(format::dateTime(plan.deadline)) + u'\n';
    if (const QString warning = deadlineWarning(plan); !warning.isEmpty())
        text += warning + u'\n';
    text += PlanReport::tr("Transit server free until: %1, then %2 per day")
                .arg(format::dateTime(plan.transitFreeUntil), format::money(migration.serverDailyPrice))
        + u'\n';
    text += PlanReport::tr("Transit server billed so far: %1").arg(format::money(transitCostSoFar)) + u'\n';
    if (plan.finalizationFreeUntil.isValid())
        text += PlanReport::tr("Finalization free until: %1").arg(format::dateTime(plan.finalizationFreeUntil)) + u'\n';
    return text;
}

QJsonObject planJson(const report::ReportInput &input)
{
    const MigrationPlan plan = planMigration(input.snapshot, rules::currentStep(input.snapshot, input.facts), input.now);
    const MigrationDetail &migration = input.snapshot.migration;
    QJsonArray queue;
    for (const MigrationQueue::PlannedEntry &entry : plan.schedule) {
        queue.append(QJsonObject {{u"id"_s, entry.accountId},
                                  {u"name"_s, entry.accountName},
                                  {u"estimated_downtime_seconds"_s, qint64(entry.estimate.count())},
                                  {u"planned_start"_s, isoTime(entry.start)},
                                  {u"planned_end"_s, isoTime(entry.end)}});
    }
    const auto money = [](const Money &amount) {
        return QJsonObject {{u"amount"_s, formatDecimalCents(amount.cents)}, {u"currency"_s, amount.currency}};
    };
    return QJsonObject {
        {u"action"_s, plan.movingBack ? u"move-back"_s : u"migrate"_s},
        {u"dry_run"_s, input.dryRun},
        {u"queue"_s, queue},
        {u"total_downtime_seconds"_s, qint64(plan.totalDowntime.count())},
        {u"deadline"_s, isoTime(plan.deadline)},
        {u"ends_after_deadline"_s, plan.endsAfterDeadline()},
        {u"transit_free_until"_s, isoTime(plan.transitFreeUntil)},
        {u"server_daily_price"_s, money(migration.serverDailyPrice)},
        {u"transit_cost_so_far"_s, money(billing::transitCost(migration, input.facts, input.now))},
        {u"finalization_free_until"_s, isoTime(plan.finalizationFreeUntil)},
    };
}

QString writePlanCalendar(const report::ReportInput &input, const QString &path, QTextStream &out)
{
    const QByteArray calendar = report::planCalendar(input.snapshot, rules::currentStep(input.snapshot, input.facts), input.now, input.dryRun);
    if (path == u"-") {
        out << QString::fromUtf8(calendar) << Qt::flush;
        return {};
    }
    return report::saveFile(path, calendar);
}

} // namespace passerelle::cli
