#include "core/away/NotificationTexts.h"

#include "core/model/Format.h"
#include "core/model/QueueText.h"
#include "core/model/RuleText.h"
#include "core/model/TrContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::notification {

namespace {

PASSERELLE_TR_CONTEXT(Notifications);

std::optional<AccountAction> actionOf(AccountStatus running)
{
    switch (running) {
    case AccountStatus::Testing:
        return AccountAction::Test;
    case AccountStatus::Migrating:
        return AccountAction::Migrate;
    case AccountStatus::RollingBack:
        return AccountAction::Rollback;
    case AccountStatus::MovingBack:
        return AccountAction::MoveBack;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<Notification> operationEnded(const AccountRecord &before, const AccountRecord &after, Step step)
{
    const std::optional<AccountAction> action = actionOf(before.status);
    if (!action || isRunning(after.status))
        return std::nullopt;
    const bool failed = after.status == AccountStatus::Failed || after.status == AccountStatus::TestFailed;
    const QString operation = text::operationTitle(*action, after.name);
    Notification notification;
    notification.kind = failed ? Notification::Kind::OperationFailed : Notification::Kind::OperationDone;
    notification.title
        = failed ? Notifications::tr("%1 failed").arg(operation) : Notifications::tr("%1 done").arg(operation);
    notification.body = Notifications::tr("%1 is now: %2.").arg(after.name, text::statusName(after.status));
    if (failed && !after.lastError.isEmpty())
        notification.body += u' ' + Notifications::tr("The provider says: %1").arg(after.lastError);
    notification.targetStep = step;
    return notification;
}

// Each is built untagged (the last {}); the planner tags those that replace or withdraw one another.
std::optional<Notification> supportStepDone(const MigrationDetail &before, const MigrationDetail &after)
{
    if (before.transit.status != TransitStatus::Ready && after.transit.status == TransitStatus::Ready) {
        return Notification {Notification::Kind::StepDone,
                             Notifications::tr("The transit server is ready"),
                             Notifications::tr("You can now migrate your accounts to %1.").arg(after.transit.name),
                             Step::MigrateAccounts,
                             {}};
    }
    if (before.clientServer.status != ClientServerStatus::Reinstalled
        && after.clientServer.status == ClientServerStatus::Reinstalled) {
        return Notification {Notification::Kind::StepDone,
                             Notifications::tr("Your server is reinstalled"),
                             Notifications::tr("The accounts can now move back to it."),
                             Step::Finalization,
                             {}};
    }
    return std::nullopt;
}

Notification migrationOver()
{
    return {Notification::Kind::StepDone,
            Notifications::tr("Finalization done"),
            Notifications::tr("Every account is back on your reinstalled server: the migration is over."),
            Step::MigrationOver,
            {}};
}

Notification queueEnded(const MigrationQueue &queue, AccountAction action, Step step)
{
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    for (const MigrationQueue::Entry &entry : queue.entries()) {
        succeeded += entry.state == MigrationQueue::EntryState::Succeeded;
        failed += entry.state == MigrationQueue::EntryState::Failed;
        cancelled += entry.state == MigrationQueue::EntryState::Cancelled;
    }
    Notification notification;
    notification.kind = Notification::Kind::QueueDone;
    notification.title = action == AccountAction::MoveBack ? Notifications::tr("The move-back queue has ended")
                                                           : Notifications::tr("The migration queue has ended");
    notification.body = Notifications::tr("%n account(s) done", nullptr, succeeded);
    if (failed > 0)
        notification.body += u", "_s + Notifications::tr("%n failed", nullptr, failed);
    if (cancelled > 0)
        notification.body += u", "_s + Notifications::tr("%n not started (queue stopped)", nullptr, cancelled);
    notification.body += u'.';
    notification.targetStep = step;
    return notification;
}

Notification yourTurn(Step step)
{
    return {Notification::Kind::NeedsYou,
            Notifications::tr("Passerelle needs you"),
            Notifications::tr("Step %1, %2: it is your turn.").arg(stepInfo(step).number).arg(stepTitle(step)),
            step,
            {}};
}

Notification needsYou(const QString &message, Step step)
{
    return {Notification::Kind::NeedsYou, Notifications::tr("Passerelle needs you"), message, step, {}};
}

Notification outcomeUnknown(const QString &message, Step step)
{
    return {Notification::Kind::NeedsYou, Notifications::tr("An action's outcome is unknown"), message, step, {}};
}

Notification queueMissed(qsizetype accounts, AccountAction action, const QDateTime &startAt, const QDateTime &now)
{
    // The step whose queue controls set it: moving back is the finalization's.
    const Step step = action == AccountAction::MoveBack ? Step::Finalization : Step::MigrateAccounts;
    return {Notification::Kind::NeedsYou,
            Notifications::tr("The scheduled queue did not start"),
            queuetext::missed(accounts, startAt, now),
            step,
            {}};
}

Notification transitFreePeriodEnding(const QDateTime &freeUntil)
{
    return {Notification::Kind::Reminder,
            Notifications::tr("The free transit period ends in 24 hours"),
            Notifications::tr("From %1 the transit server is billed per day.").arg(format::dateTime(freeUntil)),
            Step::MigrateAccounts,
            {}};
}

Notification finalizationWeekEnding(const QDateTime &freeUntil)
{
    return {Notification::Kind::Reminder,
            Notifications::tr("The finalization week ends in 24 hours"),
            Notifications::tr("Move the accounts back before %1.").arg(format::dateTime(freeUntil)),
            Step::Finalization,
            {}};
}

Notification markedAsRehearsal(Notification notification)
{
    notification.title = Notifications::tr("Rehearsal: %1").arg(notification.title);
    return notification;
}

} // namespace passerelle::notification
