#include "core/session/MigrationSession.h"

#include "core/api/PollSchedule.h"
#include "core/journal/ActivityCategory.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "core/session/ActionRunner.h"
#include "core/session/FactChanges.h"
#include "core/session/QueueRunner.h"
#include "core/session/SessionLogging.h"
#include "core/session/SupportMessage.h"

#include <memory>

namespace passerelle {

using namespace std::chrono_literals;

namespace {

// An answer that a careful client refuses, wherever it comes from (admin-api.md, section C).
bool breaksTheRules(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Redirect || kind == ApiError::Kind::Tls || kind == ApiError::Kind::KeyRefused
        || kind == ApiError::Kind::Protocol;
}

} // namespace

MigrationSession::MigrationSession(AdminApi *api, const Clock *clock, JournalStore *journal, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_journal(journal)
    , m_actions(new ActionRunner(*this, api, journal))
    , m_queue(new QueueRunner(*this))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &MigrationSession::poll);
    connect(this, &MigrationSession::actionAccepted, m_queue, &QueueRunner::onActionAccepted);
    connect(this, &MigrationSession::actionFailed, m_queue, &QueueRunner::onActionFailed);
    // An accepted action changes what the provider reports: look again soon.
    connect(this, &MigrationSession::actionAccepted, this, [this] { m_pollTimer.start(500ms); });
}

MigrationSession::~MigrationSession() = default;

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

Step MigrationSession::currentStep() const
{
    return rules::currentStep(m_snapshot, m_facts);
}

Verdict MigrationSession::canAct(qint64 accountId, AccountAction action) const
{
    const AccountState *account = m_snapshot.account(accountId);
    if (!account)
        return Verdict::deny(tr("This account is not part of the migration."));
    if (m_actions->isSending(accountId))
        return Verdict::deny(tr("A request for %1 is already on its way.").arg(account->name));
    return rules::canAct(action, *account, m_snapshot, m_facts);
}

bool MigrationSession::isSendingAction() const
{
    return m_actions->isSendingAny();
}

void MigrationSession::discover(qint64 wantedMigrationId)
{
    setState(State::Discovering);
    auto pending = std::make_shared<int>(2);
    auto failure = std::make_shared<std::optional<ApiError>>();
    auto settle = [this, pending, failure, wantedMigrationId] {
        if (--*pending > 0)
            return;
        if (failure->has_value()) {
            fail(**failure);
            return;
        }
        chooseMigration(wantedMigrationId);
    };
    onFinished(m_api->servers(), this, [this, failure, settle](ServersJob *job) {
        // The server's name only decorates messages, so a provider without it is fine; one that
        // answers it against the careful-client rules (a refused redirect...) is not.
        if (!job->hasError() && job->value().size() == 1)
            m_serverName = job->value().constFirst().name;
        else if (job->hasError() && breaksTheRules(job->error().kind))
            *failure = job->error();
        settle();
    });
    onFinished(m_api->migrations(), this, [this, failure, settle](MigrationsJob *job) {
        if (job->hasError() && !failure->has_value())
            *failure = job->error();
        else
            m_offered = job->value();
        settle();
    });
}

void MigrationSession::chooseMigration(qint64 wantedMigrationId)
{
    if (wantedMigrationId != 0) {
        for (const MigrationSummary &offered : std::as_const(m_offered)) {
            if (offered.id == wantedMigrationId) {
                useMigration(wantedMigrationId);
                return;
            }
        }
        fail(ApiError::make(ApiError::Kind::NotFound, tr("Migration %1 is not offered to this account.").arg(wantedMigrationId)));
        return;
    }
    if (m_offered.size() == 1) {
        useMigration(m_offered.constFirst().id);
        return;
    }
    QStringList ids;
    for (const MigrationSummary &offered : std::as_const(m_offered))
        ids << QString::number(offered.id);
    fail(ApiError::make(ApiError::Kind::NotFound,
                        m_offered.isEmpty() ? tr("No migration is offered to this account.")
                                            : tr("Several migrations are offered (%1): choose one.").arg(ids.join(QStringLiteral(", ")))));
}

void MigrationSession::useMigration(qint64 migrationId)
{
    m_migrationId = migrationId;
    m_facts = m_journal->loadFacts(migrationId);
    Q_EMIT factsChanged();
    poll();
}

void MigrationSession::poll()
{
    if (m_pollInFlight || m_migrationId == 0)
        return;
    m_pollInFlight = true;
    m_pollTimer.stop();
    // One poll is exactly two GETs, whatever the number of accounts (admin-api.md, B).
    auto detail = std::make_shared<std::optional<MigrationDetail>>();
    auto accounts = std::make_shared<std::optional<AccountList>>();
    auto failure = std::make_shared<std::optional<ApiError>>();
    auto pending = std::make_shared<int>(2);
    auto settle = [this, detail, accounts, failure, pending] {
        if (--*pending > 0)
            return;
        m_pollInFlight = false;
        if (failure->has_value()) {
            m_lastError = **failure;
            qCWarning(lcSession) << "poll failed:" << (*failure)->message;
            Q_EMIT refreshFailed(**failure);
            if (!m_hasSnapshot)
                setState(State::Failed);
            scheduleNextPoll();
            return;
        }
        m_lastError.reset();
        applySnapshot(**detail, **accounts);
    };
    onFinished(m_api->migration(m_migrationId), this, [detail, failure, settle](MigrationJob *job) {
        if (job->hasError())
            *failure = job->error();
        else
            *detail = job->value();
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
    m_lastRefreshAt = m_clock->now();
    if (migration.transit.status == TransitStatus::Released && !m_facts.transitReleasedSeenAt.isValid())
        updateFacts([this](LocalFacts &facts) { facts.transitReleasedSeenAt = m_clock->now(); },
                    FactSource::Provider);
    if (!first)
        observeOperations(before, m_snapshot);
    // Intents in doubt are settled (or re-sent) before anyone sees Ready: a CLI that reports and
    // exits at Ready must know a re-send is on its way (issue 6, "nothing lost").
    if (!m_inDoubtResolved) {
        m_inDoubtResolved = true;
        m_actions->resolveInDoubt();
    }
    setState(State::Ready);
    if (first || before != m_snapshot)
        Q_EMIT snapshotChanged();
    const Step step = currentStep();
    if (first || step != m_lastStep) {
        if (!first)
            logActivity(ActivityCategory::state(), tr("The migration is now at step %1: %2.")
                                                     .arg(stepInfo(step).number)
                                                     .arg(stepTitle(step)));
        m_lastStep = step;
        Q_EMIT stepChanged(step);
    }
    m_queue->pump();
    scheduleNextPoll();
}

void MigrationSession::applyAccountUpdate(const AccountState &account)
{
    for (AccountState &known : m_snapshot.accounts) {
        if (known.id == account.id && known != account) {
            const MigrationSnapshot before = m_snapshot;
            known = account;
            observeOperations(before, m_snapshot);
            Q_EMIT snapshotChanged();
            return;
        }
    }
}

void MigrationSession::observeOperations(const MigrationSnapshot &before, const MigrationSnapshot &after)
{
    for (const AccountState &now : after.accounts) {
        const AccountState *was = before.account(now.id);
        if (!was || was->status == now.status)
            continue;
        logActivity(ActivityCategory::state(),
                    tr("%1: %2 → %3.").arg(now.name, text::statusName(was->status), text::statusName(now.status)), now.id);
        // A rolled-back account must be checked again after its next migration (migration-rules, step 5);
        // a move back also lands on the client server, but on the new version, and keeps its tick.
        if (was->location == Location::Transit && now.location == Location::Client && now.version == Version::Old
            && m_facts.verified.contains(now.id)) {
            updateFacts([&now](LocalFacts &facts) { facts.verified.remove(now.id); }, FactSource::Provider);
            logActivity(ActivityCategory::state(),
                        tr("%1 is back on the old infrastructure: check it again after its next migration.")
                            .arg(now.name),
                        now.id);
        }
        if (isMoving(was->status) && !isRunning(now.status)) {
            ObservedOperation operation;
            operation.accountId = now.id;
            operation.action = was->status == AccountStatus::Migrating   ? AccountAction::Migrate
                               : was->status == AccountStatus::RollingBack ? AccountAction::Rollback
                                                                           : AccountAction::MoveBack;
            operation.startedAt = was->operationStartedAt.isValid() ? was->operationStartedAt : m_lastRefreshAt;
            operation.endedAt = m_clock->now();
            operation.estimatedSeconds = downtime::forAccount(now).count();
            if (!m_journal->recordObservedOperation(m_migrationId, operation))
                Q_EMIT journalError(m_journal->lastError());
        }
    }
}

void MigrationSession::scheduleNextPoll()
{
    const std::chrono::milliseconds interval = poll::nextInterval(m_snapshot, m_clock->now());
    // The simulator's hours pass in seconds: a dry-run looks again at least every two seconds.
    m_pollTimer.start(m_api->isDryRun() ? std::min<std::chrono::milliseconds>(interval, 2s) : interval);
}

void MigrationSession::updateFacts(const std::function<void(LocalFacts &)> &change, FactSource source)
{
    LocalFacts next = m_facts;
    change(next);
    if (next == m_facts)
        return;
    const LocalFacts before = std::exchange(m_facts, next);
    if (!m_journal->saveFacts(m_migrationId, m_facts))
        Q_EMIT journalError(m_journal->lastError());
    if (source == FactSource::Customer) {
        for (const FactNote &note : describeFactChanges(before, m_facts, m_snapshot))
            logActivity(ActivityCategory::fact(), note.text, note.accountId);
    }
    Q_EMIT factsChanged();
    const Step step = currentStep();
    if (step != m_lastStep) {
        m_lastStep = step;
        Q_EMIT stepChanged(step);
    }
    m_queue->pump();
}

void MigrationSession::logActivity(const QString &category, const QString &text, qint64 accountId)
{
    const ActivityEntry entry{m_clock->now(), category, text, accountId};
    if (!m_journal->logActivity(m_migrationId, entry))
        Q_EMIT journalError(m_journal->lastError());
    Q_EMIT activityLogged(entry);
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

QString MigrationSession::preparedSupportMessage(SupportTopic topic) const
{
    return composeSupportMessage(topic, m_snapshot, m_facts, m_serverName, m_clock->now());
}

void MigrationSession::startAction(qint64 accountId, AccountAction action)
{
    m_actions->start(accountId, action);
}

void MigrationSession::startQueue(const QList<qint64> &accountIds, AccountAction action) { m_queue->start(accountIds, action); }
void MigrationSession::pauseQueue() { m_queue->pause(); }
void MigrationSession::resumeQueue() { m_queue->resume(); }
void MigrationSession::cancelQueue() { m_queue->cancel(); }
const MigrationQueue &MigrationSession::queue() const { return m_queue->queue(); }
bool MigrationSession::isQueueActive() const { return m_queue->isActive(); }

} // namespace passerelle
