#pragma once

#include "core/api/AdminApi.h"
#include "core/journal/JournalStore.h"
#include "core/model/AccountIndex.h"
#include "core/model/Clock.h"
#include "core/model/LocalFacts.h"
#include "core/session/IntentResolution.h"

#include <QMap>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>

namespace passerelle {

class ActivityRecorder;

// Every journaled request to the provider goes through here, account actions and support
// requests alike: the intent is committed to the journal, the POST leaves with its idempotency
// key, the answer settles the intent. When the answer is lost (one rule: outcomeUnknown), an
// account action is decided from the account read back and sent again, with the same key, only
// if nothing started; a support request keeps its key, so that sending it again cannot ask twice.
// At start it settles what a previous run left in doubt. It decides no rule of the process: the
// session asks the rules before it sends (docs/architecture.md, "One Migrate click").
class IntentPipeline : public QObject
{
    Q_OBJECT

public:
    // An accepted action that reads do not show yet may only lag: it is read again at least
    // this long and this many times before its outcome is called unknown (docs/process.md,
    // "Nothing lost"). Meanwhile it stays on its way: nothing decides it again.
    static constexpr std::chrono::seconds kStartGrace {30};
    static constexpr int kStartGraceReads = 3;

    IntentPipeline(AdminApi &api, JournalStore &journal, const Clock &clock, ActivityRecorder &activity,
                   QObject *parent = nullptr);

    void sendAction(qint64 migrationId, const AccountRecord &account, AccountAction action);
    // What runs between a new action's intent and its POST (the account is already in flight);
    // it must call `send` exactly once, in bounded time. Re-sends at start do not wait for it.
    using BeforeSend = std::function<void(const AccountRecord &account, AccountAction action, std::function<void()> send)>;
    void setBeforeSend(BeforeSend beforeSend) { m_beforeSend = std::move(beforeSend); }
    void sendSupportRequest(qint64 migrationId, const SupportRequest &request);
    // Intents without an outcome: settled from the provider's state, or sent again with their key
    // when they did not start and the rules still allow them.
    void resolveInDoubt(qint64 migrationId, const MigrationSnapshot &snapshot, const LocalFacts &facts);
    // The accounts whose action is on its way: sent, its answer not read yet, or accepted and
    // not yet seen started by a read.
    const QSet<qint64> &inFlight() const { return m_inFlight; }
    // A read of the provider's state: settles the accepted actions it shows started, and those it
    // has shown nothing of for the whole grace.
    // `accounts` indexes the read's accounts (every poll: no walk through them).
    void observe(const AccountIndex &accounts);
    bool isAwaitingStart() const { return !m_awaiting.isEmpty(); }
    // Read-only runs (`status`, `plan`) send nothing and wait for nothing: what is unsettled at
    // start stays so, and is reported.
    void setMaySend(bool maySend) { m_maySend = maySend; }
    const QList<UnsettledIntent> &unsettled() const { return m_unsettled; }
    void setStartGrace(std::chrono::milliseconds grace) { m_startGrace = grace; }

Q_SIGNALS:
    void inFlightChanged();
    void actionAccepted(qint64 accountId, passerelle::AccountAction action,
                        const passerelle::AccountRecord &accountNow);
    void actionFailed(qint64 accountId, passerelle::AccountAction action, const QString &message);
    // At start: an action decided earlier had reached the provider (found started, or accepted
    // then): whoever decides it now follows it instead of sending it again.
    void actionResumed(qint64 accountId, passerelle::AccountAction action);
    // Accepted, but reads showed nothing of it for the whole grace: its outcome is unknown.
    void actionUnseen(qint64 accountId, passerelle::AccountAction action, const QString &message);
    // The provider's typed answer when it refused or failed an action, just before actionFailed.
    void actionError(qint64 accountId, passerelle::AccountAction action, const passerelle::ApiError &error);
    // Support received the request (or, at start, the migration shows it did).
    void supportRequestSent(passerelle::SupportTopic topic, const QString &message,
                            passerelle::Finalizer finalizationBy);
    void supportRequestNotOffered(passerelle::SupportTopic topic, const QString &message);
    void supportRequestFailed(passerelle::SupportTopic topic, const QString &message);
    void journalError(const QString &message);

private:
    using IntentRecord = Expected<ActionIntent, QString>;
    // Intent before request: `then` runs once the journal committed it (or could not: then
    // nothing may be sent). The GUI thread does not wait for the disk meanwhile.
    void record(ActionIntent intent, const std::function<void(const IntentRecord &)> &then);
    void sendSupport(const ActionIntent &intent, const SupportRequest &request);
    void send(const ActionIntent &intent, bool isResend);
    void onActionAnswer(const ActionIntent &intent, AccountActionJob *job, bool isResend);
    void readBack(const ActionIntent &intent, bool afterResend);
    // `seen`: a read showed it started; else it stays on its way until one does.
    void accepted(const ActionIntent &intent, const AccountRecord &accountNow, const QString &logLine, bool seen);
    void awaitStart(const ActionIntent &intent, const QDateTime &since);
    void resolveAccepted(const ActionIntent &intent, const MigrationSnapshot &snapshot);
    void startSeen(const ActionIntent &intent, IntentOutcome outcome, const QString &detail);
    void resolveAction(const ActionIntent &intent, const MigrationSnapshot &snapshot, const LocalFacts &facts);
    void resolveSupport(const ActionIntent &intent, const MigrationDetail &migration);
    void onSupportAnswer(const ActionIntent &intent, const SupportRequest &request, SupportRequestJob *job);
    void settle(const ActionIntent &intent, IntentOutcome outcome, const QString &detail);
    void fail(const ActionIntent &intent, const QString &message);
    void setInFlight(qint64 accountId, bool inFlight);

    AdminApi &m_api;
    JournalStore &m_journal;
    const Clock &m_clock;
    ActivityRecorder &m_activity;
    QSet<qint64> m_inFlight;
    // Each account whose last action the provider accepted but never showed (its outcome unknown):
    // read from the journal once, then kept as intents settle, so that sending stays O(1).
    QHash<qint64, ActionIntent> m_unseen;
    // Support requests whose answer was lost keep their intent, so that a retry reuses its key.
    QMap<SupportTopic, ActionIntent> m_pendingSupport;
    // Support requests whose intent the journal is committing.
    QList<SupportTopic> m_committingSupport;
    BeforeSend m_beforeSend;
    struct AwaitingStart
    {
        ActionIntent intent;
        QDateTime deadline;
        int readsLeft = 0;
    };
    QMap<qint64, AwaitingStart> m_awaiting; // by account
    QList<UnsettledIntent> m_unsettled;
    std::chrono::milliseconds m_startGrace = kStartGrace;
    bool m_maySend = true;
};

} // namespace passerelle
