#include "core/report/PlanCalendar.h"

#include "core/model/Format.h"
#include "core/model/MigrationPlan.h"
#include "core/report/ICalendar.h"
#include "core/session/MigrationSession.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::report {

namespace {

using namespace std::chrono_literals;

// A calendar shows a moment as a short slot: DTEND must come after DTSTART.
constexpr auto kMomentLength = 15min;
// A day's notice before a free period or the migration ends.
constexpr auto kReminder = 24h;

struct EventMaker
{
    QString uidPrefix;
    bool dryRun = false;

    QString uid(const QString &what) const { return uidPrefix + what + u"@passerelle"_s; }

    QString summary(const QString &text) const
    {
        return dryRun ? QCoreApplication::translate("PlanCalendar", "Rehearsal: %1").arg(text) : text;
    }

    CalendarEvent moment(const QString &what, const QDateTime &when, const QString &title,
                         const QString &description) const
    {
        return {.uid = uid(what),
                .start = when,
                .end = when.addSecs(std::chrono::seconds(kMomentLength).count()),
                .summary = summary(title),
                .description = description,
                .remindBefore = kReminder};
    }
};

// The wizard's own wording of a duration (core/model/Format): "about 18 s", never "about 1 minute".
QString durationText(downtime::Seconds estimate)
{
    return QCoreApplication::translate("PlanCalendar", "about %1").arg(format::duration(estimate));
}

CalendarEvent downtimeSlot(const EventMaker &maker, const MigrationQueue::PlannedEntry &entry, bool movingBack)
{
    const QString action = movingBack ? u"move-back"_s : u"migrate"_s;
    const QString title = movingBack
        ? QCoreApplication::translate("PlanCalendar", "%1 moves back to the client server (downtime)")
              .arg(entry.accountName)
        : QCoreApplication::translate("PlanCalendar", "%1 migrates to the transit server (downtime)")
              .arg(entry.accountName);
    const QString description
        = QCoreApplication::translate("PlanCalendar",
                                      "Estimated downtime: %1 (one minute per GiB of databases; an estimate, not a "
                                      "promise).\nThe accounts move one after another: these times hold if the "
                                      "queue starts when this calendar was made, and shift if it starts later.")
              .arg(durationText(entry.estimate));
    return {.uid = maker.uid(action + u"-account-%1"_s.arg(entry.accountId)),
            .start = entry.start,
            .end = entry.end,
            .summary = maker.summary(title),
            .description = description};
}

} // namespace

QByteArray planCalendar(const MigrationSnapshot &snapshot, Step step, const QDateTime &now, bool dryRun)
{
    const MigrationPlan plan = planMigration(snapshot, step, now);
    const QString prefix = u"%1migration-%2-"_s
                               .arg(dryRun ? u"dry-run-"_s : QString())
                               .arg(snapshot.migration.summary.id);
    const EventMaker maker {prefix, dryRun};
    QList<CalendarEvent> events;
    for (const MigrationQueue::PlannedEntry &entry : plan.schedule)
        events << downtimeSlot(maker, entry, plan.movingBack);
    if (plan.transitFreeUntil.isValid()) {
        events << maker.moment(u"transit-free-until"_s, plan.transitFreeUntil,
                               QCoreApplication::translate("PlanCalendar", "The transit server's free period ends"),
                               QCoreApplication::translate("PlanCalendar",
                                                           "From now on, every started day of the transit server is "
                                                           "billed at the client server's daily price."));
    }
    if (plan.finalizationFreeUntil.isValid()) {
        events << maker.moment(u"finalization-free-until"_s, plan.finalizationFreeUntil,
                               QCoreApplication::translate("PlanCalendar", "The finalization week ends"),
                               QCoreApplication::translate("PlanCalendar",
                                                           "Moving the accounts back yourself is free until now: "
                                                           "every account should be back on the client server."));
    }
    if (plan.deadline.isValid()) {
        events << maker.moment(
            u"deadline"_s, plan.deadline,
            QCoreApplication::translate("PlanCalendar", "The migration's deadline"),
            plan.endsAfterDeadline()
                ? QCoreApplication::translate("PlanCalendar", "The provider's deadline for the whole migration.")
                      + u' ' + deadlineWarning(plan)
                : QCoreApplication::translate("PlanCalendar", "The provider's deadline for the whole migration."));
    }
    return toICalendar(events, now);
}

QByteArray planCalendarFrom(const MigrationSession &session)
{
    return planCalendar(session.snapshot(), session.currentStep(), session.clock().now(), session.isDryRun());
}

} // namespace passerelle::report
