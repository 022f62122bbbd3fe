#include "ui/wizard/AccountActions.h"

#include "core/model/Database.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/MigrationQueue.h"
#include "core/model/RuleText.h"
#include "core/model/TrContext.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "ui/wizard/WizardContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

PASSERELLE_TR_CONTEXT(AccountActions);

// Migrate and move back cause downtime and move data: they are confirmed (docs/process.md, "Downtime").
bool needsConfirmation(AccountAction action)
{
    return action == AccountAction::Migrate || action == AccountAction::MoveBack;
}

// A failed database test or a dropped database type is raised again before the account moves.
void addDatabaseWarning(ConfirmationRequest &request, const AccountList &accounts, const MigrationSession &session)
{
    const QString warning = databases::warningFor(accounts, session.databases());
    if (!warning.isEmpty())
        request.text += u"\n\n"_s + warning;
}

ConfirmationRequest confirmationFor(const AccountRecord &account, AccountAction action)
{
    const QString downtime = format::duration(downtime::forAccount(account));
    ConfirmationRequest request;
    if (action == AccountAction::Migrate) {
        request.title = AccountActions::tr("Migrate %1").arg(account.name);
        request.text = AccountActions::tr(
                           "%1 moves to the transit server, on the new infrastructure. It will be unavailable for "
                           "about %2 (an estimate: one minute per GiB of databases).")
                           .arg(account.name, downtime);
    } else {
        request.title = AccountActions::tr("Move %1 back").arg(account.name);
        request.text
            = AccountActions::tr("%1 moves back to your reinstalled server. It will be unavailable for about %2 (an "
                                 "estimate: one minute per GiB of databases).")
                  .arg(account.name, downtime);
    }
    request.acceptLabel = request.title;
    return request;
}

} // namespace

void requestAccountAction(WizardContext *context, QWidget *parent, qint64 accountId, AccountAction action)
{
    MigrationSession *session = context->session();
    if (!session)
        return;
    const AccountRecord *account = session->snapshot().account(accountId);
    if (!account)
        return;
    if (needsConfirmation(action)) {
        ConfirmationRequest request = confirmationFor(*account, action);
        if (action == AccountAction::Migrate)
            addDatabaseWarning(request, {*account}, *session);
        if (!context->confirmer()(parent, request))
            return;
    }
    session->startAction(accountId, action);
}

void requestQueue(WizardContext *context, QWidget *parent, const QList<qint64> &accountIds, AccountAction action)
{
    MigrationSession *session = context->session();
    if (!session || accountIds.isEmpty())
        return;
    AccountList accounts;
    QStringList lines;
    for (const qint64 id : accountIds) {
        if (const AccountRecord *account = session->snapshot().account(id)) {
            accounts << *account;
            lines << AccountActions::tr("%1 — about %2")
                         .arg(account->name, format::duration(downtime::forAccount(*account)));
        }
    }
    const MigrationQueue plan(accounts);
    const QDateTime end = plan.estimatedEnd(context->clock()->now());
    ConfirmationRequest request;
    request.title = action == AccountAction::Migrate ? AccountActions::tr("Migrate the selected accounts")
                                                     : AccountActions::tr("Move the selected accounts back");
    request.text = AccountActions::tr(
                       "These accounts will move one after another. Each is unavailable while it moves: about %1 in "
                       "total, ending around %2 (estimates).")
                       .arg(format::duration(plan.remainingDowntime()), format::dateTime(end));
    request.details = lines;
    if (action == AccountAction::Migrate)
        addDatabaseWarning(request, accounts, *session);
    request.acceptLabel = request.title;
    if (context->confirmer()(parent, request))
        session->queue().start(accountIds, action);
}

} // namespace passerelle::ui
