#pragma once

#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/Step.h"
#include "core/model/Verdict.h"

#include <QSet>

namespace passerelle {

// Every rule of docs/process.md that decides what may happen now. Pure functions of the
// provider's snapshot and the customer's local facts: the wizard, the CLI and the tests all ask
// here, and nothing else decides.
namespace rules {

// The current step, derived each time from the snapshot and the facts; never stored.
Step currentStep(const MigrationSnapshot &snapshot, const LocalFacts &facts);

// The accounts the step's "every account …" rules count, kept by whoever follows the accounts'
// changes one by one, so that a change of one account derives the step without a walk.
struct AccountTally
{
    qsizetype accounts = 0;
    qsizetype migrated = 0; // on the transit server, new version, at rest
    qsizetype back = 0; // on the client server, new version, at rest

    void add(const AccountRecord &account, int sign = 1);
    static AccountTally of(const AccountList &accounts);
};
// currentStep, with `tally` the tally of snapshot.accounts.
Step currentStep(const MigrationSnapshot &snapshot, const LocalFacts &facts, const AccountTally &tally);

// May this account do this action now? If not, why not, in words a customer understands.
// `inFlight`: the accounts whose action Passerelle has sent and whose answer it has not read yet;
// the provider runs one account action at a time, so while one is on its way nothing else starts.
Verdict canAct(AccountAction action, const AccountRecord &account, const MigrationSnapshot &snapshot,
               const LocalFacts &facts, const QSet<qint64> &inFlight);
// The account that keeps every other one waiting (one action at a time): the first that runs an
// operation or has an action on its way, other than `except`; nullptr when none.
const AccountRecord *busyAccount(const MigrationSnapshot &snapshot, const QSet<qint64> &inFlight, qint64 except = 0);

// Gates between steps.
Verdict canRequestTransit(const MigrationSnapshot &snapshot, const LocalFacts &facts);
Verdict canRequestReinstall(const MigrationSnapshot &snapshot, const LocalFacts &facts);
Verdict canChooseFinalizer(const MigrationSnapshot &snapshot, const LocalFacts &facts);
// May the customer send this request to support now?
Verdict canRequestSupport(SupportTopic topic, const MigrationSnapshot &snapshot, const LocalFacts &facts);
Verdict isMigrationOver(const MigrationSnapshot &snapshot);
// May the customer move on from `step` to the next one (the wizard's Next button)?
Verdict canLeaveStep(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts);

// The rollback window: open until the client server reinstall is requested.
bool isRollbackWindowOpen(const MigrationDetail &migration);
// The account running an operation that moves it (accounts move one at a time), or nullptr.
const AccountRecord *accountOnTheMove(const MigrationSnapshot &snapshot);
// The finalizer the provider reports, else the customer's local choice.
Finalizer effectiveFinalizer(const MigrationSnapshot &snapshot, const LocalFacts &facts);
// Who acts in `step` now, once the finalization choice is known.
Actor actorNow(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts);

} // namespace rules
} // namespace passerelle
