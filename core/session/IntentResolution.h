#pragma once

#include "core/api/ApiError.h"
#include "core/journal/JournalStore.h"
#include "core/model/AccountRecord.h"
#include "core/model/MigrationSnapshot.h"

namespace passerelle {

// The one rule for "was the answer lost?": after these errors the POST may or may not have reached
// the provider (a timeout, a dropped connection, a 5xx, a 2xx whose body could not be read), so
// its outcome is unknown and nothing is decided before the provider's state says so
// (docs/contract.md, "A careful client").
bool outcomeUnknown(const ApiError &error);

// An intent a read-only run left as it found it, to report.
struct UnsettledIntent
{
    ActionIntent intent;
    bool accepted = false; // accepted earlier, not seen started since; else it may not have left
};

// What the provider's account state says about an action whose answer was lost.
enum class IntentEvidence {
    Running,    // the action runs now
    Finished,   // the action ran and ended (well or badly)
    NotStarted, // nothing shows it reached the provider: it may be sent again, with the same key
};

// Decides from the account as read back after the intent was written (docs/contract.md, "A
// careful client": read the account's state back and decide).
IntentEvidence evidenceFor(const ActionIntent &intent, const AccountRecord &accountNow);
// After a 202 in this run: does a read show the action? As evidenceFor, and a test's result too:
// a test of small databases ends between two reads and leaves no start time, and a test sent
// twice harms nothing (at restart, evidenceFor alone decides).
bool shownAfterAcceptance(const ActionIntent &intent, const AccountRecord &accountNow);

// True when the migration shows that support received a request on this topic. Nothing shows a
// request for the shared transit server: it is never found received.
bool supportRequestReached(SupportTopic topic, const MigrationDetail &migration);

} // namespace passerelle
