#include "core/session/QueueRunner.h"

#include "core/model/OperationEnd.h"
#include "core/model/AccountIndex.h"
#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"

namespace passerelle {

QueueRunner::QueueRunner(MigrationSession &session) : QObject(&session), m_session(session)
{
    connect(&session, &MigrationSession::snapshotChanged, this, &QueueRunner::pump);
    connect(&session, &MigrationSession::factsChanged, this, &QueueRunner::pump);
    connect(&session, &MigrationSession::inFlightChanged, this, &QueueRunner::pump);
    connect(&session, &MigrationSession::actionAccepted, this, &QueueRunner::onActionAccepted);
    connect(&session, &MigrationSession::actionFailed, this, &QueueRunner::onActionFailed);
    connect(&session, &MigrationSession::actionUnseen, this, &QueueRunner::onActionUnseen);
}

void QueueRunner::start(const QList<qint64> &accountIds, AccountAction action,
                        const QHash<qint64, QString> &expectedNames)
{
    AccountList planned = AccountIndex(m_session.snapshot().accounts).pick(accountIds);
    for (qsizetype i = 0; i < planned.size(); ++i)
        planned[i].name = expectedNames.value(planned.at(i).id, planned.at(i).name);
    m_queue = MigrationQueue(planned);
    m_action = action;
    m_running = 0;
    m_accepted = false;
    m_active = !m_queue.isEmpty();
    Q_EMIT changed();
    pump();
}

void QueueRunner::cancel()
{
    m_queue.cancelPending();
    m_active = m_running != 0;
    Q_EMIT changed();
}

void QueueRunner::pump()
{
    if (!m_active)
        return;
    if (m_running != 0) {
        const AccountRecord *account = m_session.account(m_running);
        if (!account && m_accepted && !m_session.inFlight().contains(m_running)) {
            // Gone from the list after the provider took it: nothing says how it ended, and the next
            // account waits for the customer's decision, not a guess (as for an unseen action).
            const MigrationQueue::Entry *lost = m_queue.entry(m_running);
            const qint64 id = m_running;
            const QString name = lost ? lost->accountName : QString::number(id);
            stopOnUnknownOutcome();
            Q_EMIT runningLost(id, tr("%1 left the provider's list of accounts while it moved: its outcome is "
                                      "unknown, and the queue stops here. Ask the provider's support what became "
                                      "of it.")
                                       .arg(name));
            Q_EMIT changed();
            return;
        }
        // Ended once the provider took it, a read showed it, and the account no longer runs anything.
        if (account && m_accepted && !m_session.inFlight().contains(m_running) && !isRunning(account->status))
            finishRunning(reachedTarget(*account));
        else
            return;
    }
    const qint64 next = m_queue.nextToStart();
    if (next == 0) {
        if (m_queue.isFinished()) {
            m_active = false;
            Q_EMIT changed();
        }
        return;
    }
    // The provider may rename an account, or give its name to another id, between the queue's plan
    // and its turn: this id is then not the account the customer chose.
    const MigrationQueue::Entry *planned = m_queue.entry(next);
    const AccountRecord *current = m_session.account(next);
    if (planned && current && current->name != planned->accountName) {
        m_queue.markStarted(next);
        m_queue.markFinished(next, false);
        Q_EMIT notStarted(next, tr("%1: not sent, its name at the provider is now \"%2\" (it was \"%1\" when the "
                                   "queue was set): it may no longer be the account you chose.")
                                    .arg(planned->accountName, current->name));
        Q_EMIT changed();
        pump();
        return;
    }
    if (!m_session.canAct(next, m_action)) {
        // Another account runs or has a request on its way (one at a time): wait for it. Any other
        // refusal is final.
        if (rules::busyAccount(m_session.snapshot(), m_session.inFlight(), next))
            return;
        m_queue.markStarted(next);
        m_queue.markFinished(next, false);
        Q_EMIT changed();
        pump();
        return;
    }
    m_queue.markStarted(next);
    m_running = next;
    m_accepted = false;
    Q_EMIT changed();
    m_session.startAction(next, m_action);
}

void QueueRunner::onActionAccepted(qint64 accountId, AccountAction action)
{
    if (accountId != m_running || action != m_action)
        return;
    m_accepted = true;
    pump();
}

void QueueRunner::onActionFailed(qint64 accountId, AccountAction action)
{
    if (accountId != m_running || action != m_action)
        return;
    finishRunning(false);
    pump();
}

void QueueRunner::onActionUnseen(qint64 accountId, AccountAction action)
{
    if (accountId != m_running || action != m_action)
        return;
    stopOnUnknownOutcome();
    Q_EMIT changed();
}

void QueueRunner::stopOnUnknownOutcome()
{
    // The next account waits for the customer's decision, not a guess.
    m_queue.cancelPending();
    finishRunning(false);
    m_active = false;
}

bool QueueRunner::reachedTarget(const AccountRecord &account) const
{
    return operationEnd(m_action, account) == OperationEnd::Succeeded;
}

void QueueRunner::finishRunning(bool succeeded)
{
    m_queue.markFinished(m_running, succeeded);
    m_running = 0;
    m_accepted = false;
    Q_EMIT changed();
}

} // namespace passerelle
