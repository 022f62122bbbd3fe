#include "core/model/ProcessRules.h"

#include "core/model/RuleText.h"

#include <algorithm>

namespace passerelle::rules {
namespace {

bool onTransitNew(const AccountRecord &account)
{
    return account.location == Location::Transit && account.version == Version::New;
}

bool migratedAtRest(const AccountRecord &a)
{
    return onTransitNew(a) && !isRunning(a.status);
}

bool isBack(const AccountRecord &a)
{
    return a.location == Location::Client && a.version == Version::New && !isRunning(a.status);
}

// The step is derived at every poll: a yes or no, without the names a refusal would list.
bool everyAccountBack(const MigrationSnapshot &snapshot, const AccountTally &tally)
{
    return snapshot.migration.clientServer.status == ClientServerStatus::Reinstalled && tally.back == tally.accounts;
}

bool everyAccountReady(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    return std::all_of(snapshot.accounts.cbegin(), snapshot.accounts.cend(),
                       [&facts](const AccountRecord &a) { return facts.confirmedReady.contains(a.id); });
}

QStringList namesWhere(const MigrationSnapshot &snapshot, const std::function<bool(const AccountRecord &)> &test)
{
    QStringList names;
    for (const AccountRecord &account : snapshot.accounts) {
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

// The API runs one account action at a time, tests included (docs/contract.md, "Actions"): another
// account's running operation, or its action on its way, keeps this one waiting.
Verdict oneAtATime(const AccountRecord &account, const MigrationSnapshot &snapshot, const QSet<qint64> &inFlight)
{
    const AccountRecord *busy = busyAccount(snapshot, inFlight, account.id);
    if (!busy)
        return allow();
    if (inFlight.contains(busy->id))
        return deny(text::anotherRequestOnItsWay(busy->name));
    return deny(isMoving(busy->status) ? text::anotherAccountMoving(busy->name)
                                       : text::anotherOperationRunning(busy->name));
}

Verdict canTest(const AccountRecord &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (account.location != Location::Client || account.version != Version::Old)
        return deny(text::testOnlyOnOldInfrastructure(account.name));
    // Tests belong to the preparation, before the transit server is requested (steps 1 and 2).
    if (transitRequested(snapshot, facts))
        return deny(text::testPastPreparation());
    return allow();
}

Verdict canMigrate(const AccountRecord &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const MigrationDetail &migration = snapshot.migration;
    if (account.location == Location::Transit)
        return deny(text::alreadyOnTransit(account.name));
    if (account.version == Version::New)
        return deny(text::alreadyNewVersion(account.name));
    if (reinstallRequested(snapshot, facts))
        return deny(text::noMigrationAfterReinstallRequest());
    if (migration.transit.status != TransitStatus::Ready)
        return deny(text::transitNotReady(migration.transit.status));
    return allow();
}

Verdict canRollback(const AccountRecord &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const MigrationDetail &migration = snapshot.migration;
    if (account.location != Location::Transit)
        return deny(text::nothingToRollBack(account.name));
    // Rollback closes for good once the reinstall is requested, even by hand (docs/process.md, "Per-account actions").
    if (!isRollbackWindowOpen(migration) || reinstallRequested(snapshot, facts))
        return deny(text::rollbackClosed(migration.clientServer.reinstallStartedAt));
    if (!account.rollbackAvailable)
        return deny(text::providerRefusesRollback(account.name));
    return allow();
}

Verdict canMoveBack(const AccountRecord &account, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (account.location == Location::Client)
        return deny(text::alreadyOnClient(account.name));
    if (snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return deny(text::moveBackWaitsForReinstall());
    switch (effectiveFinalizer(snapshot, facts)) {
    case Finalizer::Nobody:
        return deny(text::chooseFinalizerFirst());
    case Finalizer::Support:
        return deny(text::supportFinalizes());
    case Finalizer::Customer:
        break;
    }
    return allow();
}

// What the action itself asks of the account and the step; one at a time is checked after.
Verdict actionConditions(AccountAction action, const AccountRecord &account, const MigrationSnapshot &snapshot,
                         const LocalFacts &facts)
{
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
    return deny(QString());
}

Verdict cannotLeave(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    switch (step) {
    case Step::PrepareAccounts:
        return canRequestTransit(snapshot, facts);
    case Step::RequestTransit:
        return deny(text::sendTransitRequestFirst());
    case Step::TransitInstallation:
        return deny(text::transitNotReady(snapshot.migration.transit.status));
    case Step::MigrateAccounts: {
        if (const AccountRecord *moving = accountOnTheMove(snapshot))
            return deny(text::waitForRunningOperation(moving->name));
        return deny(text::accountsLeftToMigrate(
            namesWhere(snapshot, [](const AccountRecord &a) { return !onTransitNew(a) || isRunning(a.status); })));
    }
    case Step::VerifyAfterMigration: {
        // Step 5 ends when the reinstall request is sent, not when it could be.
        const Verdict request = canRequestReinstall(snapshot, facts);
        return request ? deny(text::sendReinstallRequestFirst()) : request;
    }
    case Step::ClientReinstallation:
        return deny(text::reinstallNotFinished());
    case Step::Finalization:
        return isMigrationOver(snapshot);
    case Step::MigrationOver:
        return deny(text::lastStep());
    }
    return deny(text::lastStep());
}

} // namespace

bool isRollbackWindowOpen(const MigrationDetail &migration)
{
    return migration.clientServer.status == ClientServerStatus::Original;
}

const AccountRecord *accountOnTheMove(const MigrationSnapshot &snapshot)
{
    for (const AccountRecord &account : snapshot.accounts) {
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

void AccountTally::add(const AccountRecord &account, int sign)
{
    accounts += sign;
    if (migratedAtRest(account))
        migrated += sign;
    if (isBack(account))
        back += sign;
}

AccountTally AccountTally::of(const AccountList &accounts)
{
    AccountTally tally;
    for (const AccountRecord &account : accounts)
        tally.add(account);
    return tally;
}

Step currentStep(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    return currentStep(snapshot, facts, AccountTally::of(snapshot.accounts));
}

Step currentStep(const MigrationSnapshot &snapshot, const LocalFacts &facts, const AccountTally &tally)
{
    const MigrationDetail &migration = snapshot.migration;
    if (everyAccountBack(snapshot, tally))
        return Step::MigrationOver;
    if (migration.clientServer.status == ClientServerStatus::Reinstalled)
        return Step::Finalization;
    if (reinstallRequested(snapshot, facts))
        return Step::ClientReinstallation;
    if (transitUsable(migration.transit.status))
        return tally.migrated == tally.accounts ? Step::VerifyAfterMigration : Step::MigrateAccounts;
    if (transitRequested(snapshot, facts))
        return Step::TransitInstallation;
    if (everyAccountReady(snapshot, facts)) // canRequestTransit, without the names of a refusal
        return Step::RequestTransit;
    return Step::PrepareAccounts;
}

const AccountRecord *busyAccount(const MigrationSnapshot &snapshot, const QSet<qint64> &inFlight, qint64 except)
{
    for (const AccountRecord &account : snapshot.accounts) {
        if (account.id != except && (isRunning(account.status) || inFlight.contains(account.id)))
            return &account;
    }
    return nullptr;
}

Verdict canAct(AccountAction action, const AccountRecord &account, const MigrationSnapshot &snapshot,
               const LocalFacts &facts, const QSet<qint64> &inFlight)
{
    if (inFlight.contains(account.id))
        return deny(text::requestOnItsWay(account.name));
    if (isRunning(account.status))
        return deny(text::operationRunning(account.name, account.status));
    const Verdict own = actionConditions(action, account, snapshot, facts);
    return own ? oneAtATime(account, snapshot, inFlight) : own;
}

Verdict canRequestTransit(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (transitRequested(snapshot, facts))
        return deny(text::transitAlreadyRequested());
    const QStringList notReady
        = namesWhere(snapshot, [&facts](const AccountRecord &a) { return !facts.confirmedReady.contains(a.id); });
    if (!notReady.isEmpty())
        return deny(text::confirmEveryAccountReady(notReady));
    return allow();
}

Verdict canRequestReinstall(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (reinstallRequested(snapshot, facts))
        return deny(text::reinstallAlreadyRequested());
    if (!transitUsable(snapshot.migration.transit.status))
        return deny(text::transitNotReady(snapshot.migration.transit.status));
    if (const AccountRecord *moving = accountOnTheMove(snapshot))
        return deny(text::waitForRunningOperation(moving->name));
    const QStringList notMigrated = namesWhere(snapshot, [](const AccountRecord &a) { return !onTransitNew(a); });
    if (!notMigrated.isEmpty())
        return deny(text::accountsLeftToMigrate(notMigrated));
    const QStringList unverified
        = namesWhere(snapshot, [&facts](const AccountRecord &a) { return !facts.verified.contains(a.id); });
    if (!unverified.isEmpty())
        return deny(text::verifyEveryAccount(unverified));
    return allow();
}

Verdict canChooseFinalizer(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    if (snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return deny(text::moveBackWaitsForReinstall());
    if (effectiveFinalizer(snapshot, facts) != Finalizer::Nobody)
        return deny(text::finalizerAlreadyChosen());
    return allow();
}

Verdict canRequestSupport(SupportTopic topic, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    switch (topic) {
    case SupportTopic::TransitServer:
        return canRequestTransit(snapshot, facts);
    case SupportTopic::SharedTransitServer:
        // The shared transit server is a preparation option (docs/process.md, step 1).
        if (currentStep(snapshot, facts) > Step::RequestTransit)
            return deny(text::sharedTransitIsForPreparation());
        return allow();
    case SupportTopic::Reinstall:
        return canRequestReinstall(snapshot, facts);
    case SupportTopic::Finalization:
        return canChooseFinalizer(snapshot, facts);
    }
    return deny(QString());
}

Verdict isMigrationOver(const MigrationSnapshot &snapshot)
{
    if (snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return deny(text::reinstallNotFinished());
    const QStringList notBack = namesWhere(snapshot, [](const AccountRecord &a) { return !isBack(a); });
    if (!notBack.isEmpty())
        return deny(text::accountsLeftToMoveBack(notBack));
    return allow();
}

Verdict canLeaveStep(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const Step current = currentStep(snapshot, facts);
    if (current > step)
        return allow();
    if (current < step)
        return deny(text::stepNotReached(current));
    return cannotLeave(step, snapshot, facts);
}

} // namespace passerelle::rules
