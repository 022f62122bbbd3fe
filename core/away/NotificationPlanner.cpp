#include "core/away/NotificationPlanner.h"

#include "core/away/AwayLog.h"
#include "core/away/NotificationTexts.h"
#include "core/model/AccountIndex.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

NotificationPlanner::NotificationPlanner(MigrationSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_reminderTimer.setSingleShot(true);
    connect(&m_reminderTimer, &QTimer::timeout, this, &NotificationPlanner::checkReminders);
    connect(&session, &MigrationSession::snapshotChanged, this, &NotificationPlanner::onSnapshot);
    connect(&session, &MigrationSession::stepChanged, this, &NotificationPlanner::onStep);
    connect(&session.queue(), &QueueRunner::changed, this, &NotificationPlanner::onQueueChanged);
    connect(&session, &MigrationSession::actionFailed, this,
            [this](qint64, AccountAction, const QString &message) {
                emitNotification(notification::needsYou(message, m_session.currentStep()));
            });
    connect(&session, &MigrationSession::journalError, this, [this](const QString &message) {
        emitNotification(notification::needsYou(message, m_session.currentStep()));
    });
    connect(&session, &MigrationSession::refreshFailed, this, [this](const ApiError &error) {
        // A refused key stops everything until the customer acts; a passing network error does not.
        if (error.kind == ApiError::Kind::KeyRefused)
            emitNotification(notification::needsYou(error.message, m_session.currentStep()));
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
            if (auto ended = notification::operationEnded(*before, after, step))
                emitNotification(*ended);
        }
    }
    if (m_hasPrevious) {
        if (auto done = notification::supportStepDone(m_previous.migration, now.migration))
            emitNotification(*done);
    }
    m_previous = now;
    m_hasPrevious = true;
}

void NotificationPlanner::onStep(Step step)
{
    // The step of the first snapshot is where the customer left off, not news.
    if (!m_stepKnown) {
        m_stepKnown = true;
        return;
    }
    if (step == Step::MigrationOver)
        emitNotification(notification::migrationOver());
    else if (stepInfo(step).actor == Actor::Customer)
        emitNotification(notification::yourTurn(step));
}

void NotificationPlanner::onQueueChanged()
{
    const QueueRunner &queue = m_session.queue();
    const bool active = queue.isActive();
    if (m_queueWasActive && !active && !queue.plan().isEmpty()) {
        catchUp(); // the last account's end is told before the queue's
        emitNotification(notification::queueEnded(queue.plan(), queue.action(), m_session.currentStep()));
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

void NotificationPlanner::emitNotification(Notification notification)
{
    if (m_session.isDryRun())
        notification = notification::markedAsRehearsal(notification);
    qCInfo(lcAway) << "notify:" << static_cast<int>(notification.kind);
    Q_EMIT notify(notification);
}

} // namespace passerelle
