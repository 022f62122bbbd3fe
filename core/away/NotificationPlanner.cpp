#include "core/away/NotificationPlanner.h"

#include "core/away/AwayLog.h"
#include "core/away/NotificationTexts.h"
#include "core/model/AccountIndex.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
namespace {

// What a notification is about (Notification::tag): one of each at a time on screen.
const QString kYourTurnTag = u"your-turn"_s;
const QString kKeyTag = u"key-refused"_s;
const QString kJournalTag = u"journal"_s;
const QString kQueueTag = u"queue"_s;
const QString kAccountTag = u"account:"_s;

bool waitsForTheCustomer(Notification::Kind kind)
{
    return kind == Notification::Kind::NeedsYou || kind == Notification::Kind::OperationFailed;
}

} // namespace

NotificationPlanner::NotificationPlanner(MigrationSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_reminderTimer.setSingleShot(true);
    connect(&m_reminderTimer, &QTimer::timeout, this, &NotificationPlanner::checkReminders);
    connect(&session, &MigrationSession::snapshotChanged, this, &NotificationPlanner::onSnapshot);
    // The key works again as soon as the provider answers with it, changed or not (a new
    // connection withdraws it too: withdrawAll).
    connect(&session, &MigrationSession::refreshed, this, [this] { withdrawTag(kKeyTag); });
    connect(&session, &MigrationSession::actionAccepted, this, [this](qint64 accountId) {
        withdrawTag(kKeyTag);
        // The provider's own answer (the account as the 202 gave it) is what later reads end from.
        forgetBefore(accountId);
    });
    connect(&session, &MigrationSession::stepChanged, this, &NotificationPlanner::onStep);
    // A read that shows an action on its way may change nothing in the snapshot (the 202 already
    // did): its account is compared again once it is no longer on its way.
    connect(&session, &MigrationSession::inFlightChanged, this, &NotificationPlanner::catchUp);
    connect(&session.queue(), &QueueRunner::changed, this, &NotificationPlanner::onQueueChanged);
    connect(&session, &MigrationSession::actionFailed, this,
            [this](qint64 accountId, AccountAction, const QString &message) {
                Notification failed = notification::needsYou(message, m_session.currentStep());
                failed.tag = kAccountTag + QString::number(accountId);
                emitNotification(failed);
            });
    // An accepted action no read ever showed: neither done nor failed, and nothing retries it.
    connect(&session, &MigrationSession::actionUnseen, this,
            [this](qint64 accountId, AccountAction, const QString &message) {
                // Said as unknown, never as the end a comparison with the record before would make of it.
                forgetBefore(accountId);
                Notification unknown = notification::outcomeUnknown(message, m_session.currentStep());
                unknown.tag = kAccountTag + QString::number(accountId);
                emitNotification(unknown);
            });
    // The customer who set a queue for the night learns in the morning that nothing was sent.
    connect(&session.schedule(), &QueueSchedule::missed, this, [this](const ScheduledQueue &queue) {
        Notification missed
            = notification::queueMissed(queue.accountIds.size(), queue.action, queue.startAt, m_session.clock().now());
        missed.tag = kQueueTag;
        emitNotification(missed);
    });
    connect(&session, &MigrationSession::journalError, this, [this](const QString &message) {
        Notification failed = notification::needsYou(message, m_session.currentStep());
        failed.tag = kJournalTag;
        emitNotification(failed);
    });
    connect(&session, &MigrationSession::refreshFailed, this, [this](const ApiError &error) {
        // A refused key stops everything until the customer acts; a passing network error does not.
        if (error.kind == ApiError::Kind::KeyRefused) {
            Notification refused = notification::needsYou(error.message, m_session.currentStep());
            refused.tag = kKeyTag;
            emitNotification(refused);
        }
    });
    if (session.hasSnapshot()) {
        m_previous = session.snapshot();
        m_hasPrevious = true;
        m_stepKnown = true;
    }
    m_queueWasActive = session.queue().isActive();
}

void NotificationPlanner::onSnapshot()
{
    catchUp();
    checkReminders();
}

// Compares the session's snapshot with the last one seen: what ended in between is told once.
void NotificationPlanner::catchUp()
{
    if (!m_session.hasSnapshot())
        return;
    const MigrationSnapshot &now = m_session.snapshot();
    // An account whose action is on its way: a read may still show it as before the 202, which is
    // no end. Its last record stays the one to compare with once a read shows the action.
    QList<std::pair<qsizetype, AccountRecord>> stillOnItsWay;
    const QSet<qint64> &inFlight = m_session.inFlight();
    if (m_hasPrevious && !now.accounts.isSharedWith(m_previous.accounts)) {
        const Step step = m_session.currentStep();
        // The provider keeps its order from one poll to the next: the account at the same place is
        // the one to compare with, and an index is built only if that fails.
        std::optional<AccountIndex> index;
        for (qsizetype at = 0; at < now.accounts.size(); ++at) {
            const AccountRecord &after = now.accounts.at(at);
            const AccountRecord *before = at < m_previous.accounts.size() && m_previous.accounts.at(at).id == after.id
                ? &m_previous.accounts.at(at)
                : nullptr;
            if (!before) {
                if (!index)
                    index.emplace(m_previous.accounts);
                before = index->find(after.id);
            }
            if (!before)
                continue;
            if (inFlight.contains(after.id)) {
                if (*before != after)
                    stillOnItsWay.append({at, *before});
                continue;
            }
            auto ended = notification::operationEnded(*before, after, step);
            // A queue's accounts that end well are told together, at the queue's end.
            if (!ended || (ended->kind == Notification::Kind::OperationDone && inQueue(after.id)))
                continue;
            ended->tag = kAccountTag + QString::number(after.id);
            emitNotification(*ended);
        }
    }
    if (m_hasPrevious) {
        if (auto done = notification::supportStepDone(m_previous.migration, now.migration))
            emitNotification(*done);
    }
    m_previous = now;
    m_hasPrevious = true;
    for (const auto &[at, before] : stillOnItsWay)
        m_previous.accounts[at] = before;
}

void NotificationPlanner::onStep(Step step)
{
    // The step of the first snapshot is where the customer left off, not news.
    if (!m_stepKnown) {
        m_stepKnown = true;
        return;
    }
    // "Your turn" at a step the migration has left is no longer true.
    if (m_waiting.contains(kYourTurnTag) && m_waiting.value(kYourTurnTag) != step)
        withdrawTag(kYourTurnTag);
    if (step == Step::MigrationOver) {
        emitNotification(notification::migrationOver());
    } else if (stepInfo(step).actor == Actor::Customer) {
        Notification turn = notification::yourTurn(step);
        turn.tag = kYourTurnTag;
        emitNotification(turn);
    }
}

void NotificationPlanner::onQueueChanged()
{
    const QueueRunner &queue = m_session.queue();
    const bool active = queue.isActive();
    if (m_queueWasActive && !active && !queue.plan().isEmpty()) {
        catchUp(); // the last account's end is told before the queue's
        Notification ended = notification::queueEnded(queue.plan(), queue.action(), m_session.currentStep());
        ended.tag = kQueueTag;
        emitNotification(ended);
    }
    m_queueWasActive = active;
}

void NotificationPlanner::checkReminders()
{
    if (!m_session.hasSnapshot() || m_session.migrationId() == 0)
        return;
    const MigrationDetail &migration = m_session.snapshot().migration;
    if (migration.transit.status != TransitStatus::Released && migration.transit.status != TransitStatus::NotRequested)
        remindOnce(u"transit-free-period:"_s, migration.transit.freeUntil,
                   notification::transitFreePeriodEnding(migration.transit.freeUntil));
    if (migration.finalization.by == Finalizer::Customer && m_session.currentStep() != Step::MigrationOver)
        remindOnce(u"finalization-week:"_s, migration.finalization.freeUntil,
                   notification::finalizationWeekEnding(migration.finalization.freeUntil));
}

// Once per deadline: the journal remembers, so a restart does not repeat it. The timer is re-armed
// from the clock towards the next reminder, never counted in ticks.
void NotificationPlanner::remindOnce(const QString &key, const QDateTime &freeUntil, const Notification &notification)
{
    if (!freeUntil.isValid())
        return;
    const QDateTime now = m_session.clock().now();
    const QDateTime remindAt = freeUntil.addSecs(-std::chrono::seconds(kReminderLead).count());
    if (now >= freeUntil)
        return;
    if (now < remindAt) {
        const qint64 wait = qMin<qint64>(now.msecsTo(remindAt), m_longestWait.count());
        if (!m_reminderTimer.isActive() || m_reminderTimer.remainingTime() > wait)
            m_reminderTimer.start(std::chrono::milliseconds(qMax<qint64>(wait, 50)));
        return;
    }
    const QString fullKey = key + freeUntil.toUTC().toString(Qt::ISODate);
    JournalStore &journal = m_session.journal();
    if (journal.remindersGiven(m_session.migrationId()).contains(fullKey))
        return;
    if (!journal.recordReminderGiven(m_session.migrationId(), fullKey, now))
        qCWarning(lcAway) << "a reminder could not be written down; it may be given again after a restart";
    emitNotification(notification);
}

void NotificationPlanner::forgetBefore(qint64 accountId)
{
    const AccountRecord *now = m_session.account(accountId);
    if (!m_hasPrevious || !now)
        return;
    for (AccountRecord &before : m_previous.accounts) {
        if (before.id == accountId) {
            before = *now;
            return;
        }
    }
}

bool NotificationPlanner::inQueue(qint64 accountId) const
{
    const QueueRunner &queue = m_session.queue();
    if (!queue.isActive() && !m_queueWasActive)
        return false;
    const QList<MigrationQueue::Entry> &entries = queue.plan().entries();
    return std::any_of(entries.cbegin(), entries.cend(),
                       [accountId](const MigrationQueue::Entry &entry) { return entry.accountId == accountId; });
}

void NotificationPlanner::setCustomerPresent(bool present)
{
    m_present = present;
    withdrawSeen();
}

void NotificationPlanner::setStepOnScreen(Step step)
{
    m_stepOnScreen = step;
    withdrawSeen();
}

// The customer is at the step a notification called them to: the page says it, the desktop no more.
void NotificationPlanner::withdrawSeen()
{
    if (!m_present || !m_stepOnScreen)
        return;
    const QStringList tags = m_waiting.keys();
    for (const QString &tag : tags) {
        if (m_waiting.value(tag) == *m_stepOnScreen)
            withdrawTag(tag);
    }
}

void NotificationPlanner::withdrawAll()
{
    const QStringList tags = m_waiting.keys();
    for (const QString &tag : tags)
        withdrawTag(tag);
}

void NotificationPlanner::withdrawTag(const QString &tag)
{
    if (m_waiting.remove(tag) > 0)
        Q_EMIT withdraw(tag);
}

void NotificationPlanner::emitNotification(Notification notification)
{
    // Notifications are for the customer away from the window; present, they read it there.
    if (m_present) {
        qCDebug(lcAway) << "not notified, the customer is at the window:" << static_cast<int>(notification.kind);
        return;
    }
    if (!notification.tag.isEmpty()) {
        if (waitsForTheCustomer(notification.kind))
            m_waiting.insert(notification.tag, notification.targetStep);
        else
            m_waiting.remove(notification.tag); // replaced on screen by news that asks nothing
    }
    if (m_session.isDryRun())
        notification = notification::markedAsRehearsal(notification);
    qCInfo(lcAway) << "notify:" << static_cast<int>(notification.kind);
    Q_EMIT notify(notification);
}

} // namespace passerelle
