#pragma once

#include "core/model/AccountRecord.h"

#include <optional>

namespace passerelle {

// How an operation the provider ran on an account ended, read from the account once it no longer
// runs. An operation is a success only when its effect shows (a test reports `tested`, a migration
// lands on the transit server on the new version...): an account that merely goes back to where
// it was, without `failed`, lost its operation at the provider (docs/process.md, "An operation that
// vanishes"). It is never counted as done.
enum class OperationEnd {
    Succeeded,
    Failed,   // the provider says so: `failed` or `test_failed`
    Vanished, // back to a resting status without the operation's effect: failed or cancelled unseen
};

OperationEnd operationEnd(AccountAction action, const AccountRecord &accountNow);

// The action whose operation a running status shows (`migrating` → migrate...), if any.
std::optional<AccountAction> actionRunningIn(AccountStatus status);

} // namespace passerelle
