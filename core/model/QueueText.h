#pragma once

#include "core/model/MigrationQueue.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace passerelle {

// The words of a queue of accounts moved one after another (step 4's migrations, step 7's moves
// back): one wording and one estimate for both steps.
namespace queuetext {

// The end of `remaining` from `start` as it is shown: rounded up to the minute as a duration is
// (core/model/Format), so that "about 6 min" from 02:00 ends at 02:06, never 02:05.
QDateTime shownEnd(const QDateTime &start, downtime::Seconds remaining);
// When the queue's running account should end, from the provider's own times; null when none runs.
// `running`: that account as the last read shows it, looked up by id (the session's index), null when none.
QDateTime runningEnd(const AccountRecord *running, const QDateTime &lastRefreshAt);
// "Queue: 7 still to go, about 1 h 3 min of downtime left, ending around …": drops as the running
// account progresses.
QString running(const MigrationQueue &queue, const QDateTime &now, const QDateTime &runningEnd);
QString scheduled(qsizetype accounts, const QDateTime &startAt, const QDateTime &now);
// A scheduled queue whose time passed long ago (a sleep, a clock jump, Passerelle closed): not started.
QString missed(qsizetype accounts, const QDateTime &startAt, const QDateTime &now);
// The selection before it starts: "3 accounts to migrate: about … in all, ending around … if started now."
QString planned(AccountAction action, const AccountList &selected, const QDateTime &now);
// "acme-blog (already on the client server)": an account left out, with core's reason.
QString skippedAccount(const QString &account, const QString &reason);
QString skipped(AccountAction action, const QStringList &skippedAccounts);
QString nothingMay(AccountAction action, const QStringList &skippedAccounts);
QString selectFirst(AccountAction action);
QString selectSeveral(AccountAction action);
QString anotherQueueRuns();
// The status of an account waiting in a scheduled queue: "scheduled for 2 Dec 2026 02:00".
QString scheduledStatus(const QDateTime &startAt);
// Asked before an account of a scheduled queue is moved on its own, before the queue's time.
QString startEarly(const QString &account, const QDateTime &startAt);

} // namespace queuetext
} // namespace passerelle
