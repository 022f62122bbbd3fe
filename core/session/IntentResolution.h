#pragma once

#include "core/journal/JournalStore.h"
#include "core/model/AccountState.h"

namespace passerelle {

// What the provider's account state says about an action whose answer was lost.
enum class IntentEvidence {
    Running,    // the action runs now
    Finished,   // the action ran and ended (well or badly)
    NotStarted, // nothing shows it reached the provider: it may be sent again, with the same key
};

// Decides from the account as read back after the intent was written (admin-api.md, C:
// "read the account's state back and decide").
IntentEvidence evidenceFor(const ActionIntent &intent, const AccountState &accountNow);

} // namespace passerelle
