#include "core/api/ActionReconciler.h"

#include "core/api/ApiLogging.h"

#include <utility>

namespace passerelle {

ActionReconciler::ActionReconciler(AdminApi &api, Action action, QObject *parent)
    : ValueJob<Reconciliation>(parent), m_api(api), m_action(std::move(action))
{ }

bool ActionReconciler::hasStarted(const AccountState &before, const AccountState &after, AccountAction action)
{
    if (after.status == runningStatusFor(action))
        return true;
    // Any change (a finished test, a new operation start) means the POST, or something else, acted:
    // re-sending could only do harm.
    return after.status != before.status || after.operationStartedAt != before.operationStartedAt
        || after.location != before.location || after.version != before.version;
}

void ActionReconciler::start()
{
    auto *job = m_api.migrationAccounts(m_action.migrationId);
    m_current = job;
    onFinished(job, this, [this](MigrationAccountsJob *done) { onReadBack(done); });
}

void ActionReconciler::aborted()
{
    if (m_current)
        m_current->cancel();
}

void ActionReconciler::onReadBack(MigrationAccountsJob *job)
{
    if (isFinished())
        return;
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    const AccountState *after = nullptr;
    for (const AccountState &account : job->value()) {
        if (account.id == m_action.before.id)
            after = &account;
    }
    if (!after) {
        fail(ApiError::make(ApiError::Kind::NotFound, tr("The account is no longer listed by the provider.")));
        return;
    }
    if (hasStarted(m_action.before, *after, m_action.action)) {
        qCInfo(lcApi) << "the lost action on account" << after->id << "did start; not re-sending";
        succeed(Reconciliation {Reconciliation::Verdict::Started, *after});
        return;
    }
    qCInfo(lcApi) << "the lost action on account" << after->id << "did not start; re-sending with the same key";
    auto *resend
        = m_api.startAction(m_action.migrationId, m_action.before.id, m_action.action, m_action.idempotencyKey);
    m_current = resend;
    onFinished(resend, this, [this](AccountActionJob *done) { onResent(done); });
}

void ActionReconciler::onResent(AccountActionJob *job)
{
    if (isFinished())
        return;
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    succeed(Reconciliation {Reconciliation::Verdict::Resent, job->value()});
}

} // namespace passerelle
