#include "app/cli/PlanReport.h"

#include "app/cli/ReportFormat.h"
#include "core/model/Billing.h"
#include "core/model/MigrationPlan.h"
#include "core/model/Money.h"
#include "core/report/PlanCalendar.h"
#include "core/report/SaveFile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace passerelle::cli {

namespace {

// lupdate reads the context from this class, so the .ts and the runtime agree (tr() rule).
struct PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)
};

} // namespace

QString planText(const ReportInput &input)
{
    const MigrationPlan plan = planMigration(input.snapshot, input.step, input.now);
    const MigrationDetail &migration = input.snapshot.migration;
    const Money transitCostSoFar = billing::transitCost(migration, input.facts, input.now);
    QString text = plan.movingBack ? PlanReport::tr("Accounts to move back to the client server, in order:")
                                   : PlanReport::tr("Accounts to migrate to the transit server, in order:");
    text += u'\n';
    int position = 0;
    for (const MigrationQueue::PlannedEntry &entry : plan.schedule) {
        text += QStringLiteral("%1. ").arg(++position, 3) + format::cell(entry.accountName, 20)
            + format::cell(format::duration(entry.estimate), 10)
            + PlanReport::tr("%1 -> %2").arg(format::when(entry.start), format::when(entry.end)) + u'\n';
    }
    if (plan.schedule.isEmpty())
        text += PlanReport::tr("  none") + u'\n';
    text += PlanReport::tr("Total downtime (accounts move one at a time): %1").arg(format::duration(plan.totalDowntime))
        + u'\n';
    text += PlanReport::tr("Migration deadline: %1").arg(format::when(plan.deadline)) + u'\n';
    text += PlanReport::tr("Transit server free until: %1, then %2 per day")
                .arg(format::when(plan.transitFreeUntil), format::money(migration.serverDailyPrice))
        + u'\n';
    text += PlanReport::tr("Transit server billed so far: %1").arg(format::money(transitCostSoFar)) + u'\n';
    if (plan.finalizationFreeUntil.isValid())
        text += PlanReport::tr("Finalization free until: %1").arg(format::when(plan.finalizationFreeUntil)) + u'\n';
    return text;
}

QJsonObject planJson(const ReportInput &input)
{
    const MigrationPlan plan = planMigration(input.snapshot, input.step, input.now);
    const MigrationDetail &migration = input.snapshot.migration;
    QJsonArray queue;
    for (const MigrationQueue::PlannedEntry &entry : plan.schedule) {
        queue.append(QJsonObject {{QStringLiteral("id"), entry.accountId},
                                  {QStringLiteral("name"), entry.accountName},
                                  {QStringLiteral("estimated_downtime_seconds"), qint64(entry.estimate.count())},
                                  {QStringLiteral("planned_start"), format::isoTime(entry.start)},
                                  {QStringLiteral("planned_end"), format::isoTime(entry.end)}});
    }
    const auto money = [](const Money &amount) {
        return QJsonObject {{QStringLiteral("amount"), formatDecimalCents(amount.cents)},
                            {QStringLiteral("currency"), amount.currency}};
    };
    return QJsonObject {
        {QStringLiteral("action"), plan.movingBack ? QStringLiteral("move-back") : QStringLiteral("migrate")},
        {QStringLiteral("dry_run"), input.dryRun},
        {QStringLiteral("queue"), queue},
        {QStringLiteral("total_downtime_seconds"), qint64(plan.totalDowntime.count())},
        {QStringLiteral("deadline"), format::isoTime(plan.deadline)},
        {QStringLiteral("transit_free_until"), format::isoTime(plan.transitFreeUntil)},
        {QStringLiteral("server_daily_price"), money(migration.serverDailyPrice)},
        {QStringLiteral("transit_cost_so_far"), money(billing::transitCost(migration, input.facts, input.now))},
        {QStringLiteral("finalization_free_until"), format::isoTime(plan.finalizationFreeUntil)},
    };
}

QString writePlanCalendar(const ReportInput &input, const QString &path, QTextStream &out)
{
    const QByteArray calendar = report::planCalendar(input.snapshot, input.step, input.now, input.dryRun);
    if (path == QLatin1String("-")) {
        out << QString::fromUtf8(calendar) << Qt::flush;
        return {};
    }
    return report::saveFile(path, calendar);
}

} // namespace passerelle::cli
