#include "core/model/ProcessRules.h"

#include "core/model/RuleText.h"

#include <algorithm>

namespace passerelle::rules {
namespace {

bool onTransitNew(const AccountState &account)
{
    return account.location == Location::Transit && account.version == Version::New;
}

bool everyAccountMigrated(const MigrationSnapshot &snapshot)
{
    return std::all_of(snapshot.accounts.cbegin(), snapshot.accounts.cend(), [](const AccountState &a) {
        return onTransitNew(a) && !isRunning(a.status);
    });
}

QStringList namesWhere(const MigrationSnapshot &snapshot, const std::function<bool(const AccountState &)> &test)
{
    QStringList names;
    for (const AccountState &account : snapshot.accounts) {
        if (test(account))
            names << account.name;
    }
    return names;
}

bool transitRequested(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    return snapshot.migration.transit.status != TransitStatus::NotRequested || facts.transitRequestSent;
}

bool reinstallRequested(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    return snapshot.migration.clientServer.status != ClientServerStatus::Original || facts.reinstallRequestSent;
}

bool transitUsable(TransitStatus status)
{
    // A released transit server no longer takes accounts, but the step logic treats it as "was ready".
    return status == TransitStatus::Ready || status == TransitStatus::Released;
}

// The API runs one account action at a time, tests included (admin-api.md, "Actions").
Verdict oneAtATime(const AccountState &account, const MigrationSnapshot &snapshot)
{
    for (const AccountState &other : snapshot.accounts) {
        if (other.id == account.id || !isRunning(other.status))
            continue;
        return Verdict::deny(isMoving(other.status) ? text::anotherAccountMoving(other.name)
                                                    : text::anotherOperationRunning(other.name));
    }
    return Verdict::allow();
}

Verdict canTest(const AccountState &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (account.location != Location::Client || account.version != Version::Old)
        return Verdict::deny(text::testOnlyOnOldInfrastructure(account.name));
    // Tests belong to the preparation, before the transit server is requested (steps 1 and 2).
    if (transitRequested(snapshot, facts))
        return Verdict::deny(text::testPastPreparation());
    return oneAtATime(account, snapshot);
}

Verdict canMigrate(const AccountState &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const MigrationDetail &migration = snapshot.migration;
    if (account.location == Location::Transit)
        return Verdict::deny(text::alreadyOnTransit(account.name));
    if (account.version == Version::New)
        return Verdict::deny(text::alreadyNewVersion(account.name));
    if (reinstallRequested(snapshot, facts))
        return Verdict::deny(text::noMigrationAfterReinstallRequest());
    if (migration.transit.status != TransitStatus::Ready)
        return Verdict::deny(text::transitNotReady(migration.transit.status));
    return oneAtATime(account, snapshot);
}

Verdict canRollback(const AccountState &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const MigrationDetail &migration = snapshot.migration;
    if (account.location != Location::Transit)
        return Verdict::deny(text::nothingToRollBack(account.name));
    // Rollback closes for good once the reinstall is requested, even by hand: migration-rules, step 6.
    if (!isRollbackWindowOpen(migration) || reinstallRequested(snapshot, facts))
        return Verdict::deny(text::rollbackClosed(migration.clientServer.reinstallStartedAt));
    if (!account.rollbackAvailable)
        return Verdict::deny(text::providerRefusesRollback(account.name));
    return oneAtATime(account, snapshot);
}

Verdict canMoveBack(const AccountState &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (account.location == Location::Client)
        return Verdict::deny(text::alreadyOnClient(account.name));
    if (snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return Verdict::deny(text::moveBackWaitsForReinstall());
    switch (effectiveFinalizer(snapshot, facts)) {
    case Finalizer::Nobody:
        return Verdict::deny(text::chooseFinalizerFirst());
    case Finalizer::Support:
        return Verdict::deny(text::supportFinalizes());
    case Finalizer::Customer:
        break;
    }
    return oneAtATime(account, snapshot);
}

Verdict cannotLeave(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    switch (step) {
    case Step::PrepareAccounts:
        return canRequestTransit(snapshot, facts);
    case Step::RequestTransit:
        return Verdict::deny(text::sendTransitRequestFirst());
    case Step::TransitInstallation:
        return Verdict::deny(text::transitNotReady(snapshot.migration.transit.status));
    case Step::MigrateAccounts: {
        if (const AccountState *moving = accountOnTheMove(snapshot))
            return Verdict::deny(text::waitForRunningOperation(moving->name));
        return Verdict::deny(text::accountsLeftToMigrate(
            namesWhere(snapshot, [](const AccountState &a) { return !onTransitNew(a) || isRunning(a.status); })));
    }
    case Step::VerifyAfterMigration: {
        // Step 5 ends when the reinstall request is sent, not when it could be.
        const Verdict request = canRequestReinstall(snapshot, facts);
        return request ? Verdict::deny(text::sendReinstallRequestFirst()) : request;
    }
    case Step::ClientReinstallation:
        return Verdict::deny(text::reinstallNotFinished());
    case Step::Finalization:
        return isMigrationOver(snapshot);
    case Step::MigrationOver:
        return Verdict::deny(text::lastStep());
    }
    return Verdict::deny(text::lastStep());
}

} // namespace

bool isRollbackWindowOpen(const MigrationDetail &migration)
{
    return migration.clientServer.status == ClientServerStatus::Original;
}

const AccountState *accountOnTheMove(const MigrationSnapshot &snapshot)
{
    for (const AccountState &account : snapshot.accounts) {
        if (isMoving(account.status))
            return &account;
    }
    return nullptr;
}

Finalizer effectiveFinalizer(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const Finalizer reported = snapshot.migration.finalization.by;
    return reported != Finalizer::Nobody ? reported : facts.finalizer;
}

Actor actorNow(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (step != Step::Finalization)
        return stepInfo(step).actor;
    switch (effectiveFinalizer(snapshot, facts)) {
    case Finalizer::Customer:
        return Actor::Customer;
    case Finalizer::Support:
        return Actor::Support;
    case Finalizer::Nobody:
        break;
    }
    return Actor::CustomerOrSupport;
}

Step currentStep(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const MigrationDetail &migration = snapshot.migration;
    if (isMigrationOver(snapshot))
        return Step::MigrationOver;
    if (migration.clientServer.status == ClientServerStatus::Reinstalled)
        return Step::Finalization;
    if (reinstallRequested(snapshot, facts))
        return Step::ClientReinstallation;
    if (transitUsable(migration.transit.status))
        return everyAccountMigrated(snapshot) ? Step::VerifyAfterMigration : Step::MigrateAccounts;
    if (transitRequested(snapshot, facts))
        return Step::TransitInstallation;
    if (canRequestTransit(snapshot, facts))
        return Step::RequestTransit;
    return Step::PrepareAccounts;
}

Verdict canAct(AccountAction action, const AccountState &account, const MigrationSnapshot &snapshot,
               const LocalFacts &facts)
{
    if (isRunning(account.status))
        return Verdict::deny(text::operationRunning(account.name, account.status));
    switch (action) {
    case AccountAction::Test:
        return canTest(account, snapshot, facts);
    case AccountAction::Migrate:
        return canMigrate(account, snapshot, facts);
    case AccountAction::Rollback:
        return canRollback(account, snapshot, facts);
    case AccountAction::MoveBack:
        return canMoveBack(account, snapshot, facts);
    }
    return Verdict::deny(QString());
}

Verdict canRequestTransit(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (transitRequested(snapshot, facts))
        return Verdict::deny(text::transitAlreadyRequested());
    const QStringList notReady = namesWhere(snapshot, [&facts](const AccountState &a) {
        return !facts.confirmedReady.contains(a.id);
    });
    if (!notReady.isEmpty())
        return Verdict::deny(text::confirmEveryAccountReady(notReady));
    return Verdict::allow();
}

Verdict canRequestReinstall(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (reinstallRequested(snapshot, facts))
        return Verdict::deny(text::reinstallAlreadyRequested());
    if (!transitUsable(snapshot.migration.transit.status))
        return Verdict::deny(text::transitNotReady(snapshot.migration.transit.status));
    if (const AccountState *moving = accountOnTheMove(snapshot))
        return Verdict::deny(text::waitForRunningOperation(moving->name));
    const QStringList notMigrated = namesWhere(snapshot, [](const AccountState &a) { return !onTransitNew(a); });
    if (!notMigrated.isEmpty())
        return Verdict::deny(text::accountsLeftToMigrate(notMigrated));
    const QStringList unverified = namesWhere(snapshot, [&facts](const AccountState &a) {
        return !facts.verified.contains(a.id);
    });
    if (!unverified.isEmpty())
        return Verdict::deny(text::verifyEveryAccount(unverified));
    return Verdict::allow();
}

Verdict canChooseFinalizer(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return Verdict::deny(text::moveBackWaitsForReinstall());
    if (effectiveFinalizer(snapshot, facts) != Finalizer::Nobody)
        return Verdict::deny(text::finalizerAlreadyChosen());
    return Verdict::allow();
}

Verdict isMigrationOver(const MigrationSnapshot &snapshot)
{
    if (snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return Verdict::deny(text::reinstallNotFinished());
    const QStringList notBack = namesWhere(snapshot, [](const AccountState &a) {
        return a.location != Location::Client || a.version != Version::New || isRunning(a.status);
    });
    if (!notBack.isEmpty())
        return Verdict::deny(text::accountsLeftToMoveBack(notBack));
    return Verdict::allow();
}

Verdict canLeaveStep(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const Step current = currentStep(snapshot, facts);
    if (static_cast<int>(current) > static_cast<int>(step))
        return Verdict::allow();
    if (static_cast<int>(current) < static_cast<int>(step))
        return Verdict::deny(text::stepNotReached(current));
    return cannotLeave(step, snapshot, facts);
}

} // namespace passerelle::rules
