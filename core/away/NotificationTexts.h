#pragma once

#include "core/away/Notification.h"
#include "core/model/MigrationQueue.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>

#include <optional>

// What each notification says. Pure functions of the states they compare, so that every rule of
// "when to notify" is tested without a desktop.
namespace passerelle::notification {

// An account operation that ended between two snapshots (was running, is not any more).
std::optional<Notification> operationEnded(const AccountRecord &before, const AccountRecord &after, Step step);
// A support step that finished between two snapshots: transit server ready, reinstall finished.
std::optional<Notification> supportStepDone(const MigrationDetail &before, const MigrationDetail &after);
Notification migrationOver();
Notification queueEnded(const MigrationQueue &queue, AccountAction action, Step step);
// The customer's turn: a step only they can move on from.
Notification yourTurn(Step step);
Notification needsYou(const QString &message, Step step);
// Accepted by the provider, but no read ever showed it (`message` says what to do): only the
// customer (with support) can settle it.
Notification outcomeUnknown(const QString &message, Step step);
// A queue set for later did not start: its time passed long ago (a sleep, a clock jump, closed).
Notification queueMissed(qsizetype accounts, AccountAction action, const QDateTime &startAt, const QDateTime &now);
Notification transitFreePeriodEnding(const QDateTime &freeUntil);
Notification finalizationWeekEnding(const QDateTime &freeUntil);
// A rehearsal says so in its title: the dry-run shows what the real thing will do.
Notification markedAsRehearsal(Notification notification);

} // namespace passerelle::notification
