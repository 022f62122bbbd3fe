#pragma once

#include "core/api/ProviderTypes.h"
#include "core/model/AccountRecord.h"
#include "core/model/Expected.h"
#include "core/model/LocalFacts.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

class QObject;

namespace passerelle {

// A POST Passerelle is about to send, written down (and committed) before it leaves: if the
// answer is lost, the intent says what may have happened (issue "nothing lost").
struct ActionIntent
{
    enum class Kind { AccountAction, SupportRequest };

    qint64 id = 0; // assigned by the journal
    Kind kind = Kind::AccountAction;
    QUuid idempotencyKey;
    qint64 migrationId = 0;
    qint64 accountId = 0;          // AccountAction only
    QString accountName;           // AccountAction only
    AccountAction action = AccountAction::Test;
    SupportTopic topic = SupportTopic::TransitServer; // SupportRequest only
    QDateTime createdAt;
    bool dryRun = false;
};

enum class IntentOutcome {
    Accepted, // the provider accepted it (202/201); a read has not shown it started yet
    Refused,  // the provider refused it (4xx): nothing started
    Failed,   // no action started, and we know it (for example the reconciler found it not started)
    // After Accepted, once a read of the provider's state settles it (docs/process.md, "Nothing lost"):
    Started, // a read showed it running or done
    Unseen,  // reads kept showing nothing for the grace period: unknown, the customer was told
};

// One line of the activity log: every action, answer and state change, with its time.
struct ActivityEntry
{
    QDateTime at;
    QString category; // "action", "answer", "state", "support", "error", "fact"
    QString text;     // never contains a secret
    qint64 accountId = 0;
};

// An operation observed from start to end, for the step 8 summary (estimated vs observed). The
// times are the provider's (operation_started_at, operation_ended_at); null when it gave none.
struct ObservedOperation
{
    qint64 accountId = 0;
    AccountAction action = AccountAction::Migrate;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 estimatedSeconds = 0;
};

// The observed downtime of one move in seconds; -1 ("not observed") when a provider time is
// missing or the two contradict each other.
inline qint64 observedSecondsOf(const ObservedOperation &operation)
{
    if (!operation.startedAt.isValid() || !operation.endedAt.isValid() || operation.endedAt < operation.startedAt)
        return -1;
    return operation.startedAt.secsTo(operation.endedAt);
}

// The reference answer of one site address (site checks), kept so that a restart keeps it. The
// journal stores the observation as the site checks wrote it (JSON text) and reads no field of it.
struct SiteBaselineRecord
{
    qint64 accountId = 0;
    QString address;
    QDateTime recordedAt;
    QByteArray observation;
};

// The last check of one site address, kept so that a restart still shows it. Like the reference,
// the journal stores what the site checks wrote and reads none of it.
struct SiteCheckRecord
{
    qint64 accountId = 0;
    QString address;
    QDateTime checkedAt;
    QString verdict; // the site checks' token ("same", "broken", ...)
    QString details;
    QByteArray observation;
};

// A queue the customer set to start later (at night): kept so that closing Passerelle keeps it.
struct ScheduledQueue
{
    AccountAction action = AccountAction::Migrate;
    QList<qint64> accountIds; // in the order they will move
    QDateTime startAt;

    friend bool operator==(const ScheduledQueue &, const ScheduledQueue &) = default;
};

// The intent as committed (its id set), or why the journal could not hold it.
using IntentCommitted = std::function<void(const Expected<ActionIntent, QString> &committed)>;

// Where the customer's facts, intents and activity live. ThreadedJournal keeps them on disk from a
// worker thread, SqliteJournal on the calling thread, InMemoryJournal for tests and for "this run
// only". A write may complete after it returns (ThreadedJournal): it then reports a failure later,
// and a read sees every write made before it.
class JournalStore
{
public:
    virtual ~JournalStore() = default;

    virtual LocalFacts loadFacts(qint64 migrationId) = 0;
    virtual bool saveFacts(qint64 migrationId, const LocalFacts &facts) = 0;

    // Commits the intent durably (filling in a missing idempotency key), then calls `then` on
    // `context`'s thread, not at all once `context` is gone. Nothing may be sent before `then`.
    virtual void commitIntent(const ActionIntent &intent, QObject *context, IntentCommitted then) = 0;
    virtual bool recordOutcome(qint64 intentId, IntentOutcome outcome, const QString &detail,
                               const QDateTime &at) = 0;
    // Intents without an outcome: their POST may or may not have reached the provider.
    virtual QList<ActionIntent> intentsInDoubt(qint64 migrationId) = 0;
    // Account actions the provider accepted that no read has shown started yet, the last intent
    // of their account only (an older one was followed by another decision). A journal that keeps
    // no intents has none.
    virtual QList<ActionIntent> intentsAwaitingStart(qint64 /*migrationId*/) { return {}; }
    // Account actions the provider accepted that reads never showed (Unseen), the last intent of
    // their account only: the same action is not sent again with a new key (it could start twice).
    virtual QList<ActionIntent> intentsUnseen(qint64 /*migrationId*/) { return {}; }
    // Settles an Accepted intent as Started or Unseen; false when it is not Accepted.
    virtual bool recordStartSeen(qint64 /*intentId*/, IntentOutcome /*outcome*/, const QString & /*detail*/,
                                 const QDateTime & /*at*/)
    {
        return true;
    }

    virtual bool logActivity(qint64 migrationId, const ActivityEntry &entry) = 0;
    virtual QList<ActivityEntry> activity(qint64 migrationId, int limit) = 0;

    virtual bool recordObservedOperation(qint64 migrationId, const ObservedOperation &operation) = 0;
    virtual QList<ObservedOperation> observedOperations(qint64 migrationId) = 0;

    // One reference per account and address: saving another replaces it.
    virtual bool saveSiteBaseline(qint64 migrationId, const SiteBaselineRecord &baseline) = 0;
    virtual QList<SiteBaselineRecord> siteBaselines(qint64 migrationId) = 0;
    // One last check per account and address: saving another replaces it.
    virtual bool saveSiteCheck(qint64 migrationId, const SiteCheckRecord &check) = 0;
    virtual QList<SiteCheckRecord> siteChecks(qint64 migrationId) = 0;

    // At most one scheduled queue per migration: saving another replaces it.
    virtual bool saveScheduledQueue(qint64 migrationId, const ScheduledQueue &queue) = 0;
    virtual bool clearScheduledQueue(qint64 migrationId) = 0;
    virtual std::optional<ScheduledQueue> scheduledQueue(qint64 migrationId) = 0;

    // Reminders given once (e.g. "the free period ends in 24 hours"), named by their caller.
    virtual bool recordReminderGiven(qint64 migrationId, const QString &reminder, const QDateTime &at) = 0;
    virtual QStringList remindersGiven(qint64 migrationId) = 0;

    // Why the last call failed, for the user (never a secret).
    virtual QString lastError() const = 0;

    // A program that only waits (`passerelle-cli migrate --at`) lets go of the journal's lock, so
    // that other Passerelle programs may use the journal meanwhile; every write made before is
    // committed first, and nothing may be read or written until retake(). False: this journal
    // holds no lock to let go (in memory), or it is not open.
    virtual bool release() { return false; }
    // Takes the lock and opens the journal again, as at start. False: lastError() says why
    // (another Passerelle took it meanwhile): the journal stays released.
    virtual bool retake() { return true; }
};

} // namespace passerelle
