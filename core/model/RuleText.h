#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/Step.h"

#include <QDateTime>
#include <QStringList>

namespace passerelle {

// The translated words of the rules: every "not allowed, because ..." a customer may read, and the
// names of the provider's statuses. Kept apart from the rules so that the logic stays readable.
namespace text {

QString statusName(AccountStatus status);
QString transitStatusName(TransitStatus status);
QString clientServerStatusName(ClientServerStatus status);
// "client server" / "transit server", "old" / "new": where an account is and on which version.
QString locationName(Location location);
QString versionName(Version version);
QString actionName(AccountAction action);
// "Migration of acme-shop": an operation on one account, to start a log line with.
QString operationTitle(AccountAction action, const QString &account);
// An operation whose account went back to rest without its effect (OperationEnd::Vanished).
QString vanishedOperation(AccountAction action, const QString &account, AccountStatus statusNow);
// "a, b, c and 4 more": at most three names, so that a reason fits a tooltip.
QString shortList(const QStringList &names);

QString notPartOfMigration();
QString requestOnItsWay(const QString &account);
QString anotherRequestOnItsWay(const QString &account);
QString operationRunning(const QString &account, AccountStatus status);
QString anotherAccountMoving(const QString &movingAccount);
QString anotherOperationRunning(const QString &busyAccount);
QString testOnlyOnOldInfrastructure(const QString &account);
QString testPastPreparation();
QString alreadyOnTransit(const QString &account);
QString alreadyNewVersion(const QString &account);
QString alreadyOnClient(const QString &account);
QString noMigrationAfterReinstallRequest();
QString transitNotReady(TransitStatus status);
QString nothingToRollBack(const QString &account);
QString rollbackClosed(const QDateTime &reinstallStartedAt);
QString providerRefusesRollback(const QString &account);
QString moveBackWaitsForReinstall();
QString chooseFinalizerFirst();
QString supportFinalizes();
QString finalizerAlreadyChosen();
QString sharedTransitIsForPreparation();
QString transitAlreadyRequested();
QString sendTransitRequestFirst();
QString sendReinstallRequestFirst();
QString confirmEveryAccountReady(const QStringList &notReady);
QString reinstallAlreadyRequested();
QString waitForRunningOperation(const QString &account);
QString accountsLeftToMigrate(const QStringList &names);
QString verifyEveryAccount(const QStringList &unverified);
QString reinstallNotFinished();
QString accountsLeftToMoveBack(const QStringList &names);
QString stepNotReached(Step current);
QString lastStep();

} // namespace text
} // namespace passerelle
