#pragma once

#include "core/api/AdminApi.h"

#include <QPointer>
#include <QUuid>

namespace passerelle {

// What was learnt about an action whose POST outcome was unknown.
struct Reconciliation
{
    enum class Verdict {
        Started, // the read-back shows the action ran (or something changed): nothing is re-sent
        Resent, // the read-back showed nothing happened: sent again with the same key, accepted
    };
    Verdict verdict = Verdict::Started;
    AccountState account; // the account as last seen
};

// admin-api.md, section C: a POST whose outcome is unknown is never blindly re-sent. This job reads
// the accounts back (one GET), and only if the account is exactly as it was before the lost POST
// sends the action again with the SAME Idempotency-Key (so even a wrong guess starts nothing new).
// It lives in core/api because it needs nothing but the AdminApi and the contract's idempotency rule.
class ActionReconciler final : public ValueJob<Reconciliation>
{
    Q_OBJECT

public:
    struct Action
    {
        qint64 migrationId = 0;
        AccountState before; // the account as seen just before the lost POST
        AccountAction action = AccountAction::Test;
        QUuid idempotencyKey; // the key of the lost POST, kept until the outcome is known
    };

    // True when `after` shows that `action` started since `before` (or that anything changed).
    static bool hasStarted(const AccountState &before, const AccountState &after, AccountAction action);

    ActionReconciler(AdminApi &api, Action action, QObject *parent = nullptr);
    void start();

protected:
    void aborted() override;

private:
    void onReadBack(MigrationAccountsJob *job);
    void onResent(AccountActionJob *job);

    AdminApi &m_api;
    Action m_action;
    QPointer<ApiJob> m_current;
};

} // namespace passerelle
