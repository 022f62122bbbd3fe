#include "core/away/KeepAwake.h"

#include "core/away/AwayLog.h"
#include "core/away/SleepInhibitor.h"
#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"

namespace passerelle {

namespace keepawake {

QString reason(const WorkState &work)
{
    // The same count as the step's queue line ("N still to go"): the account moving now is named below.
    if (work.queueToStart > 0)
        return KeepAwake::tr("%n more account(s) of the queue to start: each starts when the previous one ends.",
                             nullptr, work.queueToStart);
    if (work.scheduled)
        return KeepAwake::tr("A queue is set to start at %1.").arg(format::dateTime(work.scheduled->startAt));
    if (!work.snapshot)
        return {};
    for (const AccountRecord &account : work.snapshot->accounts) {
        if (isRunning(account.status))
            return KeepAwake::tr("%1: %2, until the provider says it ended.")
                .arg(account.name, text::statusName(account.status));
    }
    if (!work.inFlight.isEmpty())
        return KeepAwake::tr("A request is on its way to the provider.");
    if (work.queuePending > 0)
        return KeepAwake::tr("The queue's last account is about to move.");
    return {};
}

} // namespace keepawake

KeepAwake::KeepAwake(MigrationSession &session, SleepInhibitor &inhibitor, QObject *parent)
    : QObject(parent), m_session(session), m_inhibitor(inhibitor)
{
    connect(&session, &MigrationSession::snapshotChanged, this, &KeepAwake::update);
    connect(&session, &MigrationSession::inFlightChanged, this, &KeepAwake::update);
    connect(&session, &MigrationSession::stateChanged, this, &KeepAwake::update);
    connect(&session.queue(), &QueueRunner::changed, this, &KeepAwake::update);
    connect(&session.schedule(), &QueueSchedule::changed, this, &KeepAwake::update);
    update();
}

KeepAwake::~KeepAwake()
{
    if (!m_reason.isEmpty())
        m_inhibitor.release();
}

void KeepAwake::update()
{
    keepawake::WorkState work;
    work.snapshot = m_session.hasSnapshot() ? &m_session.snapshot() : nullptr;
    work.inFlight = m_session.inFlight();
    if (m_session.queue().isActive()) {
        const MigrationQueue &plan = m_session.queue().plan();
        work.queueToStart = plan.pendingCount();
        work.queuePending = work.queueToStart + (plan.runningAccountId() ? 1 : 0);
    }
    work.scheduled = m_session.schedule().pending();
    const QString reason = keepawake::reason(work);
    if (reason == m_reason)
        return;
    const bool wasHeld = !m_reason.isEmpty();
    m_reason = reason;
    if (reason.isEmpty()) {
        qCInfo(lcAway) << "work ended: the computer may sleep again";
        m_inhibitor.release();
    } else if (!wasHeld) {
        qCInfo(lcAway) << "work pending: asking the desktop not to suspend";
        m_inhibitor.inhibit(reason);
    }
    Q_EMIT reasonChanged(reason);
}

} // namespace passerelle
