#pragma once

#include "core/model/LocalFacts.h"
#include "core/model/MigrationState.h"
#include "core/model/Step.h"
#include "core/model/Verdict.h"

namespace passerelle {

// Every rule of migration-rules.md that decides what may happen now. Pure functions of the
// provider's snapshot and the customer's local facts: the wizard, the CLI and the tests all ask
// here, and nothing else decides.
namespace rules {

// The current step, derived each time from the snapshot and the facts; never stored.
Step currentStep(const MigrationSnapshot &snapshot, const LocalFacts &facts);

// May this account do this action now? If not, why not, in words a customer understands.
Verdict canAct(AccountAction action, const AccountState &account, const MigrationSnapshot &snapshot,
               const LocalFacts &facts);

// Gates between steps.
Verdict canRequestTransit(const MigrationSnapshot &snapshot, const LocalFacts &facts);
Verdict canRequestReinstall(const MigrationSnapshot &snapshot, const LocalFacts &facts);
Verdict canChooseFinalizer(const MigrationSnapshot &snapshot, const LocalFacts &facts);
Verdict isMigrationOver(const MigrationSnapshot &snapshot);
// May the customer move on from `step` to the next one (the wizard's Next button)?
Verdict canLeaveStep(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts);

// The rollback window: open until the client server reinstall is requested.
bool isRollbackWindowOpen(const MigrationDetail &migration);
// The account running an operation that moves it (accounts move one at a time), or nullptr.
const AccountState *accountOnTheMove(const MigrationSnapshot &snapshot);
// The finalizer the provider reports, else the customer's local choice.
Finalizer effectiveFinalizer(const MigrationSnapshot &snapshot, const LocalFacts &facts);
// Who acts in `step` now, once the finalization choice is known.
Actor actorNow(Step step, const MigrationSnapshot &snapshot, const LocalFacts &facts);

} // namespace rules
} // namespace passerelle
