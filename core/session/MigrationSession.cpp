#include "core/session/MigrationSession.h"

#include "core/api/PollSchedule.h"
#include "core/journal/ActivityCategory.h"
#include "core/model/AccountIndex.h"
#include "core/model/ProcessRules.h"
#include "core/model/QueueText.h"
#include "core/model/RuleText.h"
#include "core/session/ActivityRecorder.h"
#include "core/session/ClientServerName.h"
#include "core/session/DatabaseInventory.h"
#include "core/session/IntentPipeline.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "core/session/SessionLog.h"
#include "core/session/SiteWatch.h"
#include "core/session/SiteSuggestions.h"
#include "core/session/SupportMessage.h"

#include <memory>
#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

using namespace std::chrono_literals;

namespace {

// An answer that a careful client refuses, wherever it comes from (docs/contract.md, "A careful client").
bool breaksTheRules(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Redirect || kind == ApiError::Kind::Tls || kind == ApiError::Kind::KeyRefused
        || kind == ApiError::Kind::Protocol;
}

} // namespace

MigrationSession::MigrationSession(AdminApi *api, const Clock *clock, JournalStore *journal, QObject *parent)
    : QObject(parent), m_api(api), m_clock(clock), m_journal(journal),
      m_activity(new ActivityRecorder(*journal, *clock, this)),
      m_requests(new IntentPipeline(*api, *journal, *clock, *m_activity, this)),
      m_sites(new SiteWatch(*api, *journal, *clock, *m_activity, this)),
      m_databases(new DatabaseInventory(*api, this))
{
    connect(m_databases, &DatabaseInventory::changed, this, &MigrationSession::databasesChanged);
    m_pollTimer.setObjectName(u"poll timer"_s);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &MigrationSession::poll);
    connect(m_activity, &ActivityRecorder::logged, this, &MigrationSession::activityLogged);
    connect(m_activity, &ActivityRecorder::journalError, this, &MigrationSession::journalError);
    connectPipeline();
    connect(m_sites, &SiteWatch::journalError, this, &MigrationSession::journalError);
    // Built last: the queue is a client of the session's signals, served after the session itself.
    m_queue = new QueueRunner(*this);
    // Said where every refusal is said (the page, the command), and kept in the activity log.
    const auto sayQueueRefusal = [this](qint64 accountId, const QString &reason) {
        m_activity->log(ActivityCategory::action(), reason, accountId);
        Q_EMIT actionFailed(accountId, m_queue->action(), reason);
    };
    connect(m_queue, &QueueRunner::notStarted, this, sayQueueRefusal);
    connect(m_queue, &QueueRunner::runningLost, this, sayQueueRefusal);
    m_schedule = new QueueSchedule(*this);
    // A missed night queue is said where the customer looks in the morning, not only in a log.
    connect(m_schedule, &QueueSchedule::missed, this, [this](const ScheduledQueue &queue) {
        m_activity->log(ActivityCategory::error(),
                        queuetext::missed(queue.accountIds.size(), queue.startAt, m_clock->now()));
    });
}

MigrationSession::~MigrationSession() = default;

// The session's own reactions are connected before the pipeline's signals are passed on, so that
// whoever hears actionAccepted or supportRequestSent reads the state that follows from it.
void MigrationSession::connectPipeline()
{
    // First of all: whoever hears the change asks canAct, which must see it.
    connect(m_requests, &IntentPipeline::inFlightChanged, this, [this] { m_verdicts.reset(); });
    // Off its way without a read showing it: nothing is compared with its record before the lag.
    connect(m_requests, &IntentPipeline::actionUnseen, this,
            [this](qint64 accountId) { m_beforeLag.remove(accountId); });
    connect(m_requests, &IntentPipeline::actionFailed, this,
            [this](qint64 accountId) { m_beforeLag.remove(accountId); });
    connect(m_requests, &IntentPipeline::actionAccepted, this,
            [this](qint64, AccountAction, const AccountRecord &accountNow) { applyAccountUpdate(accountNow); });
    connect(m_requests, &IntentPipeline::supportRequestSent, this, &MigrationSession::recordSupportSent);
    connect(m_requests, &IntentPipeline::actionAccepted, this, &MigrationSession::actionAccepted);
    connect(m_requests, &IntentPipeline::actionFailed, this, &MigrationSession::actionFailed);
    connect(m_requests, &IntentPipeline::actionError, this, &MigrationSession::actionError);
    connect(m_requests, &IntentPipeline::actionResumed, this, &MigrationSession::actionResumed);
    connect(m_requests, &IntentPipeline::actionUnseen, this, &MigrationSession::actionUnseen);
    connect(m_requests, &IntentPipeline::inFlightChanged, this, &MigrationSession::inFlightChanged);
    connect(m_requests, &IntentPipeline::supportRequestSent, this, &MigrationSession::supportRequestSent);
    connect(m_requests, &IntentPipeline::supportRequestNotOffered, this, &MigrationSession::supportRequestNotOffered);
    connect(m_requests, &IntentPipeline::supportRequestFailed, this, &MigrationSession::supportRequestFailed);
    connect(m_requests, &IntentPipeline::journalError, this, &MigrationSession::journalError);
    // An accepted request changes what the provider reports: look again soon.
    connect(m_requests, &IntentPipeline::actionAccepted, this, [this] { m_pollTimer.start(500ms); });
    connect(m_requests, &IntentPipeline::supportRequestSent, this, [this] { m_pollTimer.start(500ms); });
}

void MigrationSession::setSiteProber(sites::SiteProber *prober)
{
    m_sites->setProber(prober);
    if (!prober) {
        m_requests->setBeforeSend({});
        return;
    }
    // A reference of the sites just before an account's first migration (docs/process.md, step 5).
    m_requests->setBeforeSend([this](const AccountRecord &account, AccountAction action, std::function<void()> send) {
        if (action == AccountAction::Migrate)
            m_sites->beforeMigrate(account, std::move(send));
        else
            send();
    });
}

void MigrationSession::start(qint64 migrationId)
{
    discover(migrationId);
}

void MigrationSession::refresh()
{
    if (m_migrationId != 0)
        poll();
}

void MigrationSession::stop()
{
    m_pollTimer.stop();
}

void MigrationSession::setReadOnly(bool readOnly)
{
    m_requests->setMaySend(!readOnly);
}

const QList<UnsettledIntent> &MigrationSession::unsettledIntents() const
{
    return m_requests->unsettled();
}

void MigrationSession::setStartGrace(std::chrono::milliseconds grace)
{
    m_requests->setStartGrace(grace);
}

void MigrationSession::startAction(qint64 accountId, AccountAction action)
{
    const Verdict verdict = canAct(accountId, action);
    if (!verdict) {
        Q_EMIT actionFailed(accountId, action, verdict.error());
        return;
    }
    m_requests->sendAction(m_migrationId, *account(accountId), action);
}

void MigrationSession::requestSupport(SupportTopic topic, const QString &message, Finalizer finalizationBy)
{
    const Verdict verdict = rules::canRequestSupport(topic, m_snapshot, m_facts);
    if (!verdict) {
        Q_EMIT supportRequestFailed(topic, verdict.error());
        return;
    }
    m_requests->sendSupportRequest(m_migrationId, SupportRequest {topic, message, finalizationBy});
}

void MigrationSession::discover(qint64 wantedMigrationId)
{
    setState(State::Discovering);
    auto pending = std::make_shared<int>(2);
    auto failure = std::make_shared<std::optional<ApiError>>();
    auto offered = std::make_shared<QList<MigrationSummary>>();
    auto settle = [this, pending, failure, offered, wantedMigrationId] {
        if (--*pending > 0)
            return;
        if (failure->has_value()) {
            fail(**failure);
            return;
        }
        chooseMigration(wantedMigrationId, *offered);
    };
    onFinished(m_api->servers(), this, [this, failure, settle](ServersJob *job) {
        // The server's name only decorates messages, so a provider without it is fine; one that
        // answers it against the careful-client rules (a refused redirect...) is not. The name is
        // looked up by the migration's server id once the migration is read.
        if (!job->hasError())
            m_servers = job->value();
        else if (job->hasError() && breaksTheRules(job->error().kind))
            *failure = job->error();
        settle();
    });
    onFinished(m_api->migrations(), this, [offered, failure, settle](MigrationsJob *job) {
        if (!job->hasError())
            *offered = job->value();
        else if (!failure->has_value())
            *failure = job->error();
        settle();
    });
}

void MigrationSession::chooseMigration(qint64 wantedMigrationId, const QList<MigrationSummary> &offered)
{
    if (wantedMigrationId != 0) {
        for (const MigrationSummary &migration : offered) {
            if (migration.id == wantedMigrationId) {
                useMigration(wantedMigrationId);
                return;
            }
        }
        fail(ApiError::make(ApiError::Kind::NotFound,
                            tr("Migration %1 is not offered to this account.").arg(wantedMigrationId)));
        return;
    }
    if (offered.size() == 1) {
        useMigration(offered.constFirst().id);
        return;
    }
    QStringList ids;
    for (const MigrationSummary &migration : offered)
        ids << QString::number(migration.id);
    fail(ApiError::make(ApiError::Kind::NotFound,
                        offered.isEmpty() ? tr("No migration is offered to this account.")
                                          : tr("Several migrations are offered (%1): choose one.").arg(ids.join(u", "_s))));
}

void MigrationSession::useMigration(qint64 migrationId)
{
    m_migrationId = migrationId;
    m_activity->setMigration(migrationId);
    m_facts = m_journal->loadFacts(migrationId);
    forgetDerived(false);
    Q_EMIT factsChanged();
    poll();
    m_databases->refresh();
}

void MigrationSession::poll()
{
    if (m_pollInFlight || m_migrationId == 0 || m_journalReleased)
        return;
    m_pollInFlight = true;
    m_pollTimer.stop();
    // One poll is exactly two GETs, whatever the number of accounts (docs/contract.md, "Reads").
    auto detail = std::make_shared<std::optional<MigrationDetail>>();
    auto accounts = std::make_shared<std::optional<AccountList>>();
    auto failure = std::make_shared<std::optional<ApiError>>();
    auto pending = std::make_shared<int>(2);
    auto settle = [this, detail, accounts, failure, pending] {
        if (--*pending > 0)
            return;
        m_pollInFlight = false;
        if (m_journalReleased)
            return; // a read answered after the journal was let go: nothing of it may be journaled
        if (failure->has_value()) {
            m_lastError = **failure;
            qCWarning(lcSession) << "poll failed:" << (*failure)->message;
            Q_EMIT refreshFailed(**failure);
            if (m_state != State::Ready)
                setState(State::Failed);
            scheduleNextPoll();
            return;
        }
        m_lastError.reset();
        applySnapshot(**detail, **accounts);
    };
    onFinished(m_api->migration(m_migrationId), this, [this, detail, failure, settle](MigrationJob *job) {
        if (job->hasError()) {
            *failure = job->error();
        } else if (const Expected<QString> name = clientServerName(m_servers, job->value().summary.serverId); !name) {
            *failure = name.error(); // the migration and the server list contradict each other
        } else {
            *detail = job->value();
            m_serverName = name.value();
        }
        settle();
    });
    onFinished(m_api->migrationAccounts(m_migrationId), this, [accounts, failure, settle](MigrationAccountsJob *job) {
        if (job->hasError())
            *failure = job->error();
        else
            *accounts = job->value();
        settle();
    });
}

void MigrationSession::applySnapshot(const MigrationDetail &migration, const AccountList &accounts)
{
    const MigrationSnapshot before = m_snapshot;
    const bool first = !m_hasSnapshot;
    m_snapshot = MigrationSnapshot{migration, accounts};
    m_hasSnapshot = true;
    m_previousRefreshAt = std::exchange(m_lastRefreshAt, m_clock->now());
    // An unchanged list is the same list (shared): then nothing below walks the accounts.
    const AccountChanges changes = compareAccounts(before.accounts, m_snapshot.accounts);
    const bool changed = first || changes.changed || before.migration != m_snapshot.migration;
    if (changed) {
        forgetDerived(first || !changes.samePlaces);
        for (const qsizetype at : changes.changedAt)
            accountChangedAt(at, before.accounts.at(at));
    }
    if (migration.transit.status == TransitStatus::Released && !m_facts.transitReleasedSeenAt.isValid())
        updateFacts([this](LocalFacts &facts) { facts.transitReleasedSeenAt = m_clock->now(); },
                    FactSource::Provider);
    // Accepted actions are settled by this read before its changes are read as outcomes.
    m_requests->observe(index());
    if (!first) {
        observeServers(before.migration, m_snapshot.migration);
        if (!changes.samePlaces)
            observeOperations(before.accounts, m_snapshot.accounts);
        for (const qsizetype at : changes.changedAt)
            observeRead(before.accounts.at(at), m_snapshot.accounts.at(at));
    }
    // Intents in doubt are settled (or re-sent) before anyone sees Ready: a CLI that reports and
    // exits at Ready must know a re-send is on its way (docs/process.md, "Nothing lost").
    if (!m_inDoubtResolved) {
        m_inDoubtResolved = true;
        // Sites without an `account` field belong to the account the key acts for: a lone one.
        m_sites->load(m_migrationId, m_snapshot.accounts.size() == 1 ? m_snapshot.accounts.constFirst().id : 0);
        m_requests->resolveInDoubt(m_migrationId, m_snapshot, m_facts);
    }
    setState(State::Ready);
    if (changed)
        Q_EMIT snapshotChanged();
    const Step step = currentStep();
    if (first || step != m_lastStep) {
        if (!first)
            m_activity->log(ActivityCategory::state(),
                            tr("The migration is now at step %1: %2.").arg(stepInfo(step).number).arg(stepTitle(step)));
        m_lastStep = step;
        Q_EMIT stepChanged(step);
    }
    Q_EMIT refreshed();
    scheduleNextPoll();
}

void MigrationSession::applyAccountUpdate(const AccountRecord &account)
{
    const qsizetype at = index().position(account.id);
    if (at < 0 || m_snapshot.accounts.at(at) == account)
        return;
    const AccountRecord was = m_snapshot.accounts.at(at);
    m_beforeLag.remove(account.id); // the provider's own answer: what later reads are compared with
    m_snapshot.accounts[at] = account; // the same place: the index holds
    forgetDerived(false);
    accountChangedAt(at, was);
    observeOperation(was, m_snapshot.accounts.at(at));
    Q_EMIT snapshotChanged();
}

void MigrationSession::scheduleNextPoll()
{
    std::chrono::milliseconds interval = poll::nextInterval(runningOnly(), m_clock->now());
    // An accepted action not shown yet is read again soon: its grace is counted in reads too.
    if (m_requests->isAwaitingStart())
        interval = std::min<std::chrono::milliseconds>(interval, poll::kOperationEndingSoon);
    m_pollTimer.start(std::min(interval, m_longestPoll));
}

void MigrationSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MigrationSession::fail(const ApiError &error)
{
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT refreshFailed(error);
}

QList<ActivityEntry> MigrationSession::recentActivity(int limit) const
{
    return m_journal->activity(m_migrationId, limit);
}

QString MigrationSession::preparedSupportMessage(SupportTopic topic, Finalizer finalizer) const
{
    const SupportMessageInput input {m_snapshot, m_facts, m_databases->databases(), m_serverName, m_clock->now(),
                                     finalizer, siteTallies(*this)};
    return composeSupportMessage(topic, input);
}

const QList<DatabaseInfo> &MigrationSession::databases() const
{
    return m_databases->databases();
}

} // namespace passerelle
