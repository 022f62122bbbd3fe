#include "core/session/QueueRunner.h"

#include "core/session/MigrationSession.h"

#include <algorithm>

namespace passerelle {

QueueRunner::QueueRunner(MigrationSession &session) : QObject(&session), m_session(session)
{
}

void QueueRunner::start(const QList<qint64> &accountIds, AccountAction action)
{
    AccountList accounts;
    for (const qint64 id : accountIds) {
        if (const AccountState *account = m_session.snapshot().account(id))
            accounts.append(*account);
    }
    m_queue = MigrationQueue(accounts);
    m_action = action;
    m_running = 0;
    m_accepted = false;
    m_active = !m_queue.isEmpty();
    changed();
    pump();
}

void QueueRunner::pause()
{
    m_queue.pause();
    changed();
}

void QueueRunner::resume()
{
    m_queue.resume();
    changed();
    pump();
}

void QueueRunner::cancel()
{
    m_queue.cancelPending();
    m_active = m_running != 0;
    changed();
}

void QueueRunner::pump()
{
    if (!m_active)
        return;
    if (m_running != 0) {
        const AccountState *account = m_session.snapshot().account(m_running);
        // Ended once the provider took it and the account no longer runs anything.
        if (account && m_accepted && !isRunning(account->status))
            finishRunning(reachedTarget(*account));
        else
            return;
    }
    const qint64 next = m_queue.nextToStart();
    if (next == 0) {
        if (m_queue.isFinished()) {
            m_active = false;
            changed();
        }
        return;
    }
    const Verdict verdict = m_session.canAct(next, m_action);
    if (!verdict) {
        // Another account's operation runs (one at a time): wait for it. Any other refusal is final.
        const AccountList &accounts = m_session.snapshot().accounts;
        if (std::any_of(accounts.cbegin(), accounts.cend(), [](const AccountState &a) { return isRunning(a.status); }))
            return;
        m_queue.markStarted(next);
        m_queue.markFinished(next, false);
        changed();
        pump();
        return;
    }
    m_queue.markStarted(next);
    m_running = next;
    m_accepted = false;
    changed();
    m_session.startAction(next, m_action);
}

void QueueRunner::onActionAccepted(qint64 accountId, AccountAction action)
{
    if (accountId != m_running || action != m_action)
        return;
    m_accepted = true;
    pump();
}

void QueueRunner::onActionFailed(qint64 accountId, AccountAction action, const QString &)
{
    if (accountId != m_running || action != m_action)
        return;
    finishRunning(false);
    pump();
}

bool QueueRunner::reachedTarget(const AccountState &account) const
{
    if (account.status == AccountStatus::Failed)
        return false;
    if (m_action == AccountAction::MoveBack)
        return account.location == Location::Client && account.version == Version::New;
    return account.location == Location::Transit && account.version == Version::New;
}

void QueueRunner::finishRunning(bool succeeded)
{
    m_queue.markFinished(m_running, succeeded);
    m_running = 0;
    m_accepted = false;
    changed();
}

void QueueRunner::changed()
{
    Q_EMIT m_session.queueChanged();
}

} // namespace passerelle
