#include "core/session/QueueSchedule.h"

#include "core/model/AccountIndex.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/SessionLog.h"

#include <utility>

namespace passerelle {

QueueSchedule::QueueSchedule(MigrationSession &session) : QObject(&session), m_session(session)
{
    m_timer.setObjectName(QStringLiteral("queue schedule timer"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QueueSchedule::check);
    connect(&session, &MigrationSession::stateChanged, this, &QueueSchedule::load);
    connect(&session, &MigrationSession::snapshotChanged, this, &QueueSchedule::check);
    connect(&session, &MigrationSession::inFlightChanged, this, &QueueSchedule::check);
    connect(&session.queue(), &QueueRunner::changed, this, &QueueSchedule::check);
    // A queue started now answers a missed one: no longer said.
    connect(&session.queue(), &QueueRunner::changed, this, [this] {
        if (m_session.queue().isActive() && m_lastMissed) {
            m_lastMissed.reset();
            Q_EMIT changed();
        }
    });
}

bool QueueSchedule::set(const QList<qint64> &accountIds, AccountAction action, const QDateTime &startAt,
                        Keeping keeping)
{
    if (accountIds.isEmpty() || !startAt.isValid() || m_session.migrationId() == 0)
        return false;
    const ScheduledQueue queue {action, accountIds, startAt.toUTC()};
    m_keeping = keeping;
    if (keeping == Keeping::InJournal && !m_session.journal().saveScheduledQueue(m_session.migrationId(), queue)) {
        Q_EMIT m_session.journalError(m_session.journal().lastError());
        return false;
    }
    qCInfo(lcSession) << "queue of" << accountIds.size() << "accounts scheduled for" << queue.startAt;
    m_pending = queue;
    m_namesWhenSet.clear();
    const AccountIndex accounts(m_session.snapshot().accounts);
    for (const qint64 id : accountIds) {
        if (const AccountRecord *account = accounts.find(id))
            m_namesWhenSet.insert(id, account->name);
    }
    m_lastMissed.reset();
    Q_EMIT changed();
    check();
    return true;
}

void QueueSchedule::cancel()
{
    if (!m_pending)
        return;
    qCInfo(lcSession) << "scheduled queue cancelled";
    forget();
}

void QueueSchedule::forget()
{
    m_timer.stop();
    // Also after the start: the schedule is gone from the journal either way.
    m_pending.reset();
    m_namesWhenSet.clear();
    if (m_keeping == Keeping::InJournal && m_session.migrationId() != 0
        && !m_session.journal().clearScheduledQueue(m_session.migrationId()))
        Q_EMIT m_session.journalError(m_session.journal().lastError());
    Q_EMIT changed();
}

void QueueSchedule::adoptKept()
{
    m_adopts = true;
    load();
}

// Once the migration is known: a queue scheduled by an earlier run is kept.
void QueueSchedule::load()
{
    if (!m_adopts || m_session.state() != MigrationSession::State::Ready || m_loadedFor == m_session.migrationId())
        return;
    m_loadedFor = m_session.migrationId();
    if (m_pending) // set during this run: already in the journal
        return;
    m_pending = m_session.journal().scheduledQueue(m_loadedFor);
    if (!m_pending)
        return;
    m_keeping = Keeping::InJournal;
    if (dropIfMissed(m_session.clock().now()))
        return;
    Q_EMIT changed();
    check();
}

// A clock that jumped, a computer that slept or a Passerelle closed past the time plus the grace:
// starting hours late, by surprise in the day, is worse than not starting (docs/process.md, "While
// you are away").
bool QueueSchedule::dropIfMissed(const QDateTime &now)
{
    if (m_pending->startAt.addSecs(std::chrono::seconds(kLateStartGrace).count()) >= now)
        return false;
    const ScheduledQueue missedQueue = *m_pending;
    qCWarning(lcSession) << "the scheduled queue's time passed long ago: not started";
    m_lastMissed = Missed {missedQueue, now};
    forget();
    Q_EMIT missed(missedQueue);
    return true;
}

void QueueSchedule::check()
{
    if (!m_pending)
        return;
    const QDateTime now = m_session.clock().now();
    // A run that waited with the journal let go takes it again, and reads it again, before it
    // decides anything at its time: never two writers at once.
    if (m_session.journalReleased()) {
        if (now < m_pending->startAt) {
            arm();
            return;
        }
        if (!m_session.retakeJournal()) {
            const ScheduledQueue lost = *m_pending;
            forget();
            Q_EMIT journalNotRetaken(lost, m_session.journal().lastError());
            return;
        }
    }
    // The queue starts only on a fresh state with nothing on its way and no other queue running.
    const bool canStartNow = m_session.state() == MigrationSession::State::Ready && m_session.hasSnapshot()
        && m_session.inFlight().isEmpty() && !m_session.queue().isActive();
    if (dropIfMissed(now))
        return;
    if (now < m_pending->startAt || !canStartNow) {
        arm();
        return;
    }
    // The queue starts before the schedule is forgotten: the computer stays awake in between.
    const ScheduledQueue due = *std::exchange(m_pending, std::nullopt);
    m_timer.stop();
    qCInfo(lcSession) << "starting the scheduled queue";
    m_session.queue().start(due.accountIds, due.action, std::exchange(m_namesWhenSet, {}));
    forget();
    Q_EMIT started();
}

void QueueSchedule::arm()
{
    const qint64 untilStart = qMax<qint64>(0, m_session.clock().now().msecsTo(m_pending->startAt));
    // Never longer than the longest wait: the clock is read again, not trusted to have moved by the timer.
    const qint64 wait = qMin<qint64>(untilStart, m_longestWait.count());
    m_timer.start(std::chrono::milliseconds(qMax<qint64>(wait, 50)));
}

} // namespace passerelle
