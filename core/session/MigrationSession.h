#pragma once

#include "core/api/AdminApi.h"
#include "core/journal/JournalStore.h"
#include "core/model/AccountIndex.h"
#include "core/model/ActionVerdicts.h"
#include "core/model/Clock.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/ProcessRules.h"
#include "core/model/Step.h"
#include "core/model/Verdict.h"
#include "core/session/IntentResolution.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace passerelle {

class ActivityRecorder;
class DatabaseInventory;
class IntentPipeline;
class QueueRunner;
class QueueSchedule;
class SiteWatch;
namespace sites {
class SiteProber;
}

// The one shared migration state the wizard and the CLI read and act on: it polls the provider,
// keeps the latest snapshot and the customer's facts (journaled), asks the rules before any
// request, and hands requests to its IntentPipeline. It holds no widget and decides nothing
// itself: every "may I" goes to core/model/ProcessRules (docs/architecture.md).
class MigrationSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,        // start() not called yet
        Discovering, // looking for the migration
        Ready,       // a snapshot is available
        Failed,      // discovery failed: see lastError()
    };
    Q_ENUM(State)

    MigrationSession(AdminApi *api, const Clock *clock, JournalStore *journal, QObject *parent = nullptr);
    ~MigrationSession() override;

    // Finds the migration (0: the only one offered), resolves intents in doubt, then polls.
    void start(qint64 migrationId = 0);
    void refresh(); // poll now
    void stop();    // no more polling
    // The longest wait between two polls, whatever the schedule says (a dry-run's hours pass in
    // seconds, so its composition shortens it).
    void setLongestPollInterval(std::chrono::milliseconds interval) { m_longestPoll = interval; }

    State state() const { return m_state; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    qint64 migrationId() const { return m_migrationId; }
    const MigrationSnapshot &snapshot() const { return m_snapshot; }
    // The snapshot's account with this id (found through an index, not a walk); null if none.
    const AccountRecord *account(qint64 accountId) const;
    const LocalFacts &facts() const { return m_facts; }
    Step currentStep() const;
    const Clock &clock() const { return *m_clock; }
    bool isDryRun() const { return m_api->isDryRun(); }
    std::optional<ApiError> lastError() const { return m_lastError; }
    // When the provider last answered a poll (null before the first).
    QDateTime lastRefreshAt() const { return m_lastRefreshAt; }

    // The one "may I" of an account action: rules::canAct on this state, requests on their way included.
    Verdict canAct(qint64 accountId, AccountAction action) const;
    // The accounts whose action is on its way to the provider (sent, answer not read yet, or
    // accepted and not yet seen started by a read).
    const QSet<qint64> &inFlight() const;
    // A read-only run (`status`, `plan`) sends nothing, not even an interrupted action again:
    // call before start(). What it leaves unsettled is in unsettledIntents().
    void setReadOnly(bool readOnly);
    const QList<UnsettledIntent> &unsettledIntents() const;
    // How long reads may show nothing of an accepted action before its outcome is unknown.
    void setStartGrace(std::chrono::milliseconds grace);

    // The customer's own facts; each change is journaled at once.
    void setAllAccountsReady(bool ready);
    void setAccountVerified(qint64 accountId, bool verified);
    void setFinalizer(Finalizer finalizer);
    void setUsesProviderDns(bool usesProviderDns);

    // One account action: checked by canAct, then journaled as an intent and sent.
    // Ends with actionAccepted or actionFailed.
    void startAction(qint64 accountId, AccountAction action);

    // Asks support through the API. Ends with supportRequestSent, supportRequestNotOffered
    // (show `message` to copy and confirmSupportRequestSentManually later) or supportRequestFailed.
    void requestSupport(SupportTopic topic, const QString &message, Finalizer finalizationBy = Finalizer::Nobody);
    void confirmSupportRequestSentManually(SupportTopic topic, const QString &message,
                                           Finalizer finalizationBy = Finalizer::Nobody);
    // The prepared text for a support request: server, accounts, sizes, dates, and what the
    // customer chose (`finalizer`, for the finalization; the recorded choice wins once made).
    QString preparedSupportMessage(SupportTopic topic, Finalizer finalizer = Finalizer::Nobody) const;
    // The customer's databases (GET /v1/database/) for the compatibility pre-check; empty until read.
    const QList<DatabaseInfo> &databases() const;

    // Several accounts one after another (migrate, or move back in step 7).
    QueueRunner &queue() { return *m_queue; }
    // A queue set to start later; it hands the queue to queue() at its time.
    QueueSchedule &schedule() { return *m_schedule; }

    // The accounts' site checks: a reference before each first migration, a comparison after each
    // migration and move back. Off until the composition gives a prober.
    void setSiteProber(sites::SiteProber *prober);
    SiteWatch &sites() const { return *m_sites; }

    QList<ActivityEntry> recentActivity(int limit) const;
    JournalStore &journal() const { return *m_journal; }
    // A run that only waits for its start time (`passerelle-cli migrate --at`) lets go of the
    // journal, so that other Passerelle programs may use it meanwhile: no poll and no journal
    // write until retakeJournal(). Refused (false) with an action on its way or a queue running
    // (their reads are journaled), and for a journal without a lock (in memory).
    bool releaseJournal();
    bool journalReleased() const { return m_journalReleased; }
    // Before anything is sent: takes the journal again and reads it again (facts, intents another
    // program left), then the provider; the next snapshot is read as a first one (what changed
    // meanwhile was observed by whoever acted). False: journal().lastError() says why (another
    // Passerelle holds it); nothing is read or sent then.
    bool retakeJournal();
    // The client server's name from GET /v1/server/ (empty when unknown).
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void stateChanged(passerelle::MigrationSession::State state);
    void snapshotChanged();
    // A poll answered, whether or not anything changed (a refused key works again).
    void refreshed();
    void factsChanged();
    void stepChanged(passerelle::Step step);
    // The set of accounts with an action on its way changed: verdicts change with it.
    void inFlightChanged();
    // A poll or the discovery failed; the last good snapshot stays.
    void refreshFailed(const passerelle::ApiError &error);
    void actionAccepted(qint64 accountId, passerelle::AccountAction action);
    void actionFailed(qint64 accountId, passerelle::AccountAction action, const QString &message);
    // At start, an action decided earlier is found on its way or started: follow it, do not decide it again.
    void actionResumed(qint64 accountId, passerelle::AccountAction action);
    // Accepted, but the provider's reads showed nothing of it for the whole grace: outcome unknown.
    void actionUnseen(qint64 accountId, passerelle::AccountAction action, const QString &message);
    // The provider's typed answer when it refused or failed an action (a 409 "not allowed now",
    // 403...), emitted just before actionFailed so that callers can tell the cases apart.
    void actionError(qint64 accountId, passerelle::AccountAction action, const passerelle::ApiError &error);
    void supportRequestSent(passerelle::SupportTopic topic);
    void supportRequestNotOffered(passerelle::SupportTopic topic, const QString &message);
    void supportRequestFailed(passerelle::SupportTopic topic, const QString &message);
    void activityLogged(const passerelle::ActivityEntry &entry);
    // The database list was read again and differs.
    void databasesChanged();
    // The journal refused a write: shown to the user, never only logged.
    void journalError(const QString &message);

private:
    void connectPipeline();
    void discover(qint64 wantedMigrationId);
    void chooseMigration(qint64 wantedMigrationId, const QList<MigrationSummary> &offered);
    void useMigration(qint64 migrationId);
    void applyAccountUpdate(const AccountRecord &account);
    void recordSupportSent(SupportTopic topic, const QString &message, Finalizer finalizationBy);
    void poll();
    void applySnapshot(const MigrationDetail &migration, const AccountList &accounts);
    void observeServers(const MigrationDetail &before, const MigrationDetail &after);
    struct AccountChanges
    {
        bool changed = false;
        bool samePlaces = true; // every account where the one with its id was
        QList<qsizetype> changedAt; // with samePlaces: where an account changed
    };
    static AccountChanges compareAccounts(const AccountList &before, const AccountList &after);
    // Logs status changes and records the operations that ended, account by account.
    void observeOperations(const AccountList &before, const AccountList &after);
    void observeOperation(const AccountRecord &was, const AccountRecord &now);
    // A read's change of one account: while its accepted action is not shown yet the read lags,
    // so nothing is logged from it and the account's record before the lag is kept; the read
    // that shows the action is compared with that record (logged once, its operation journaled).
    void observeRead(const AccountRecord &was, const AccountRecord &now);
    void scheduleNextPoll();
    // Who changed the facts decides how the change is logged: the customer's own ticks and choices
    // as "fact" lines; a consequence of the provider's state (a rollback) by its caller.
    enum class FactSource { Customer, Provider };
    void updateFacts(const std::function<void(LocalFacts &)> &change, FactSource source = FactSource::Customer);
    void setState(State state);
    void fail(const ApiError &error);
    // What is derived from the snapshot, the facts and the in-flight set is computed once after
    // each change of them, never per question: with 10,000 accounts every walk through them shows.
    void forgetDerived(bool accountsMoved);
    // With forgetDerived(false): the account at `at` changed in place; `was` is what it was.
    void accountChangedAt(qsizetype at, const AccountRecord &was);
    const rules::AccountTally &tally() const;
    const AccountIndex &index() const;
    const VerdictCalculator &verdicts() const;
    const QList<qsizetype> &runningAt() const; // the running accounts' places
    const MigrationSnapshot &runningOnly() const;

    AdminApi *m_api;
    const Clock *m_clock;
    JournalStore *m_journal;
    ActivityRecorder *m_activity;
    IntentPipeline *m_requests;
    SiteWatch *m_sites;
    QueueRunner *m_queue;
    QueueSchedule *m_schedule;
    DatabaseInventory *m_databases;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_longestPoll = std::chrono::hours(1);
    State m_state = State::Idle;
    qint64 m_migrationId = 0;
    MigrationSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_pollInFlight = false;
    LocalFacts m_facts;
    Step m_lastStep = Step::PrepareAccounts;
    std::optional<ApiError> m_lastError;
    QDateTime m_lastRefreshAt;
    QDateTime m_previousRefreshAt; // the poll before the last: what it showed ran until then at least
    QString m_serverName; // looked up by the migration's server id (clientServerName)
    std::optional<QList<ServerInfo>> m_servers; // empty when the list could not be read
    bool m_inDoubtResolved = false;
    bool m_journalReleased = false;
    QHash<qint64, AccountRecord> m_beforeLag; // accounts on their way, as before the reads that lag
    mutable std::optional<AccountIndex> m_index; // of m_snapshot.accounts, while the ids keep their places
    mutable std::optional<Step> m_step;
    mutable std::optional<VerdictCalculator> m_verdicts;
    mutable std::optional<QList<qsizetype>> m_runningAt;
    mutable std::optional<rules::AccountTally> m_tally; // of m_snapshot.accounts
    mutable std::optional<MigrationSnapshot> m_runningOnly; // the migration and its running accounts
};

} // namespace passerelle
