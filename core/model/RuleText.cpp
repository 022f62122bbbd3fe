#include "core/model/RuleText.h"

#include "core/model/Format.h"
#include "core/model/TrContext.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::text {
namespace {
PASSERELLE_TR_CONTEXT(Rules);
} // namespace

QString statusName(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Idle: return Rules::tr("idle");
    case AccountStatus::Testing: return Rules::tr("testing databases");
    case AccountStatus::Tested: return Rules::tr("databases tested");
    case AccountStatus::TestFailed: return Rules::tr("database test failed");
    case AccountStatus::Migrating: return Rules::tr("migrating");
    case AccountStatus::Migrated: return Rules::tr("migrated");
    case AccountStatus::RollingBack: return Rules::tr("rolling back");
    case AccountStatus::MovingBack: return Rules::tr("moving back");
    case AccountStatus::Done: return Rules::tr("done");
    case AccountStatus::Failed: return Rules::tr("failed");
    }
    return QString();
}

QString transitStatusName(TransitStatus status)
{
    switch (status) {
    case TransitStatus::NotRequested: return Rules::tr("not requested");
    case TransitStatus::Requested: return Rules::tr("requested");
    case TransitStatus::WaitingForServer: return Rules::tr("waiting for a free server");
    case TransitStatus::Installing: return Rules::tr("installing");
    case TransitStatus::Ready: return Rules::tr("ready");
    case TransitStatus::Released: return Rules::tr("released");
    }
    return QString();
}

QString clientServerStatusName(ClientServerStatus status)
{
    switch (status) {
    case ClientServerStatus::Original: return Rules::tr("original");
    case ClientServerStatus::ReinstallRequested: return Rules::tr("reinstall requested");
    case ClientServerStatus::Reinstalling: return Rules::tr("reinstalling");
    case ClientServerStatus::Reinstalled: return Rules::tr("reinstalled");
    }
    return QString();
}

QString locationName(Location location)
{
    return location == Location::Client ? Rules::tr("client server") : Rules::tr("transit server");
}

QString versionName(Version version)
{
    return version == Version::Old ? Rules::tr("old") : Rules::tr("new");
}

QString actionName(AccountAction action)
{
    switch (action) {
    case AccountAction::Test: return Rules::tr("Test");
    case AccountAction::Migrate: return Rules::tr("Migrate");
    case AccountAction::Rollback: return Rules::tr("Rollback");
    case AccountAction::MoveBack: return Rules::tr("Move back");
    }
    return QString();
}

QString operationTitle(AccountAction action, const QString &account)
{
    switch (action) {
    case AccountAction::Test: return Rules::tr("Database test of %1").arg(account);
    case AccountAction::Migrate: return Rules::tr("Migration of %1").arg(account);
    case AccountAction::Rollback: return Rules::tr("Rollback of %1").arg(account);
    case AccountAction::MoveBack: return Rules::tr("Move back of %1").arg(account);
    }
    return account;
}

QString vanishedOperation(AccountAction action, const QString &account, AccountStatus statusNow)
{
    return Rules::tr("%1 did not happen: the provider shows the account as %2 again, without the operation's "
                     "result and without reporting a failure. It failed or was cancelled at the provider; ask "
                     "their support before trying again.")
        .arg(operationTitle(action, account), statusName(statusNow));
}

QString shortList(const QStringList &names)
{
    constexpr int kShown = 3;
    if (names.size() <= kShown)
        return QLocale().createSeparatedList(names);
    return Rules::tr("%1 and %n more", nullptr, static_cast<int>(names.size() - kShown))
        .arg(names.mid(0, kShown).join(u", "_s));
}

QString notPartOfMigration()
{
    return Rules::tr("This account is not part of the migration.");
}

QString requestOnItsWay(const QString &account)
{
    return Rules::tr("A request for %1 is already on its way.").arg(account);
}

QString anotherRequestOnItsWay(const QString &account)
{
    return Rules::tr("A request for %1 is on its way to the provider: accounts are handled one at a time.")
        .arg(account);
}

QString operationRunning(const QString &account, AccountStatus status)
{
    return Rules::tr("%1 is busy (%2): wait for this operation to end.").arg(account, statusName(status));
}

QString anotherAccountMoving(const QString &movingAccount)
{
    return Rules::tr("%1 is moving right now: accounts move one at a time.").arg(movingAccount);
}

QString anotherOperationRunning(const QString &busyAccount)
{
    return Rules::tr("%1 is busy right now: the provider runs one account operation at a time.").arg(busyAccount);
}

QString testOnlyOnOldInfrastructure(const QString &account)
{
    return Rules::tr("Database tests are for accounts still on the old infrastructure; %1 is not.").arg(account);
}

QString testPastPreparation()
{
    return Rules::tr("Database tests belong to the preparation (step 1); the transit server has already been requested.");
}

QString alreadyOnTransit(const QString &account)
{
    return Rules::tr("%1 is already on the transit server.").arg(account);
}

QString alreadyNewVersion(const QString &account)
{
    return Rules::tr("%1 already runs on the new infrastructure.").arg(account);
}

QString alreadyOnClient(const QString &account)
{
    return Rules::tr("%1 is already on the client server.").arg(account);
}

QString noMigrationAfterReinstallRequest()
{
    return Rules::tr("The client server reinstall has been requested: no more migrations to the transit server.");
}

QString transitNotReady(TransitStatus status)
{
    return Rules::tr("The transit server is not ready yet (%1).").arg(transitStatusName(status));
}

QString nothingToRollBack(const QString &account)
{
    return Rules::tr("%1 is not on the transit server: there is nothing to roll back.").arg(account);
}

QString rollbackClosed(const QDateTime &reinstallStartedAt)
{
    if (!reinstallStartedAt.isValid())
        return Rules::tr("Rollback is closed: the client server reinstall has been requested.");
    return Rules::tr("Rollback is closed: the client server reinstall started on %1.")
        .arg(format::dateTime(reinstallStartedAt));
}

QString providerRefusesRollback(const QString &account)
{
    return Rules::tr("The provider reports that no rollback is available for %1.").arg(account);
}

QString moveBackWaitsForReinstall()
{
    return Rules::tr("Moving back waits until the client server has been reinstalled.");
}

QString chooseFinalizerFirst()
{
    return Rules::tr("Choose first who moves the accounts back: support or you.");
}

QString supportFinalizes()
{
    return Rules::tr("Support moves the accounts back (you chose finalization by support).");
}

QString finalizerAlreadyChosen()
{
    return Rules::tr("You have already chosen who moves the accounts back.");
}

QString sharedTransitIsForPreparation()
{
    return Rules::tr("The shared transit server is for testing before the transit server is requested.");
}

QString transitAlreadyRequested()
{
    return Rules::tr("The transit server has already been requested.");
}

QString sendTransitRequestFirst()
{
    return Rules::tr("Send the transit server request to support first.");
}

QString sendReinstallRequestFirst()
{
    return Rules::tr("Send the client server reinstall request to support first.");
}

QString confirmEveryAccountReady(const QStringList &notReady)
{
    return Rules::tr("Confirm that every account is ready first; %n not confirmed: %1.", nullptr, static_cast<int>(notReady.size()))
        .arg(shortList(notReady));
}

QString reinstallAlreadyRequested()
{
    return Rules::tr("The client server reinstall has already been requested.");
}

QString waitForRunningOperation(const QString &account)
{
    return Rules::tr("Wait until the operation on %1 ends.").arg(account);
}

QString accountsLeftToMigrate(const QStringList &names)
{
    return Rules::tr("%n account(s) still to migrate to the transit server: %1.", nullptr, static_cast<int>(names.size()))
        .arg(shortList(names));
}

QString verifyEveryAccount(const QStringList &unverified)
{
    return Rules::tr("Check every migrated account first; %n not checked: %1.", nullptr, static_cast<int>(unverified.size()))
        .arg(shortList(unverified));
}

QString reinstallNotFinished()
{
    return Rules::tr("The client server reinstall has not finished yet.");
}

QString accountsLeftToMoveBack(const QStringList &names)
{
    return Rules::tr("%n account(s) still to move back to the client server: %1.", nullptr, static_cast<int>(names.size()))
        .arg(shortList(names));
}

QString stepNotReached(Step current)
{
    return Rules::tr("The migration is at step %1 (%2).").arg(stepInfo(current).number).arg(stepTitle(current));
}

QString lastStep()
{
    return Rules::tr("This is the last step.");
}

} // namespace passerelle::text
