#include "core/model/QueueText.h"

#include "core/model/Format.h"
#include "core/model/TrContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::queuetext {
namespace {

PASSERELLE_TR_CONTEXT(QueueText);

bool migrating(AccountAction action)
{
    return action == AccountAction::Migrate;
}

} // namespace

QDateTime shownEnd(const QDateTime &start, downtime::Seconds remaining)
{
    const QDateTime end = start.addSecs(remaining.count());
    const QTime time = end.time();
    if (time.second() == 0 && time.msec() == 0)
        return end;
    return end.addMSecs(-(time.second() * 1000 + time.msec())).addSecs(60);
}

QDateTime runningEnd(const AccountRecord *running, const QDateTime &lastRefreshAt)
{
    if (!running || !isRunning(running->status))
        return QDateTime();
    return downtime::estimatedEnd(*running, lastRefreshAt);
}

QString running(const MigrationQueue &queue, const QDateTime &now, const QDateTime &runningEnd)
{
    const downtime::Seconds left = queue.remainingDowntime(now, runningEnd);
    return QueueText::tr("Queue: %1 still to go, about %2 of downtime left, ending around %3.")
        .arg(queue.pendingCount())
        .arg(format::duration(left), format::dateTime(shownEnd(now, left)));
}

QString scheduled(qsizetype accounts, const QDateTime &startAt, const QDateTime &now)
{
    const qint64 secondsLeft = qMax<qint64>(0, now.secsTo(startAt));
    return QueueText::tr("%n account(s) will start moving one after another at %1: in %2.", nullptr, int(accounts))
        .arg(format::dateTime(startAt), format::timeLeft(std::chrono::seconds(secondsLeft)));
}

QString missed(qsizetype accounts, const QDateTime &startAt, const QDateTime &now)
{
    return QueueText::tr("The queue of %n account(s) set to start at %1 did not start: that time passed long ago "
                         "(it is now %2; the computer slept, its clock jumped or Passerelle was closed). Nothing "
                         "was sent. Select the accounts again to start now or at a new time.",
                         nullptr, int(accounts))
        .arg(format::dateTime(startAt), format::dateTime(now));
}

QString planned(AccountAction action, const AccountList &selected, const QDateTime &now)
{
    const MigrationQueue plan(selected);
    const QString text = migrating(action)
        ? QueueText::tr("%n account(s) to migrate: about %1 of downtime in all, ending around %2 if started now.",
                        nullptr, int(selected.size()))
        : QueueText::tr("%n account(s) to move back: about %1 of downtime in all, ending around %2 if started now.",
                        nullptr, int(selected.size()));
    return text.arg(format::duration(plan.remainingDowntime()),
                    format::dateTime(shownEnd(now, plan.remainingDowntime())));
}

QString skippedAccount(const QString &account, const QString &reason)
{
    // The reason is a sentence; inside the brackets it loses its full stop (the line ends with one).
    QString inBrackets = reason.trimmed();
    if (inBrackets.endsWith(u'.'))
        inBrackets.chop(1);
    return QueueText::tr("%1 (%2)").arg(account, inBrackets);
}

QString skipped(AccountAction action, const QStringList &skippedAccounts)
{
    if (skippedAccounts.isEmpty())
        return QString();
    // A few names with their reasons, the rest counted (all of them in the tooltip): the line
    // never runs past the page, whatever the selection.
    constexpr qsizetype kNamedSkips = 3;
    QStringList named = skippedAccounts.mid(0, kNamedSkips);
    if (skippedAccounts.size() > kNamedSkips)
        named << QueueText::tr("%n more", nullptr, int(skippedAccounts.size() - kNamedSkips));
    return (migrating(action) ? QueueText::tr("Skipped, as they may not migrate now: %1.")
                              : QueueText::tr("Skipped, as they may not move back now: %1."))
        .arg(named.join(QueueText::tr("; ", "between the skipped accounts of a list")));
}

QString nothingMay(AccountAction action, const QStringList &skippedAccounts)
{
    return (migrating(action) ? QueueText::tr("Nothing in this selection may migrate now. %1")
                              : QueueText::tr("Nothing in this selection may move back now. %1"))
        .arg(skipped(action, skippedAccounts));
}

QString selectFirst(AccountAction action)
{
    return migrating(action) ? QueueText::tr("Select the accounts to migrate first.")
                             : QueueText::tr("Select the accounts to move back first.");
}

QString selectSeveral(AccountAction action)
{
    return migrating(action) ? QueueText::tr("Select several accounts (Shift or Ctrl) to migrate them one after another.")
                             : QueueText::tr("Select several accounts (Shift or Ctrl) to move them back one after another.");
}

QString anotherQueueRuns()
{
    return QueueText::tr("A queue is running; stop it first to start another.");
}

QString scheduledStatus(const QDateTime &startAt)
{
    return QueueText::tr("scheduled for %1").arg(format::dateTime(startAt));
}

QString startEarly(const QString &account, const QDateTime &startAt)
{
    return QueueText::tr("%1 waits in the queue scheduled for %2. Starting it now takes it out of that queue; the "
                         "others still start at %2.")
        .arg(account, format::dateTime(startAt));
}

} // namespace passerelle::queuetext
