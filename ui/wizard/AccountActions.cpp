#include "ui/wizard/AccountActions.h"

#include "core/model/AccountIndex.h"
#include "core/model/Database.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/MigrationQueue.h"
#include "core/model/QueueText.h"
#include "core/model/RuleText.h"
#include "core/model/TrContext.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "core/session/StartTime.h"
#include "ui/wizard/WizardContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

PASSERELLE_TR_CONTEXT(AccountActions);

// Migrate, rollback and move back cause downtime and move data: they are confirmed (docs/process.md,
// "Downtime").
bool needsConfirmation(AccountAction action)
{
    return action != AccountAction::Test;
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
    } else if (action == AccountAction::Rollback) {
        request.title = AccountActions::tr("Roll %1 back").arg(account.name);
        request.text = AccountActions::tr(
                           "%1 moves back from the transit server to the client server, on the old "
                           "infrastructure. It will be unavailable for about %2 (an estimate: one minute per GiB "
                           "of databases). Its \"checked\" tick is removed: it must be migrated and checked again.")
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

// The night's quiet hours: a suggestion the customer changes at will.
QTime suggestedStart()
{
    return QTime(2, 0);
}

} // namespace

void requestAccountAction(WizardContext *context, QWidget *parent, qint64 accountId, AccountAction action)
{
    MigrationSession *session = context->session();
    if (!session)
        return;
    const AccountRecord *account = session->account(accountId);
    if (!account)
        return;
    // An account waiting in a scheduled queue is never started early by a slip: asked, then taken out of it.
    // A copy: the schedule may start, be missed or be cancelled while the confirmation is open.
    const std::optional<ScheduledQueue> scheduled = session->schedule().pending();
    const bool early = scheduled && scheduled->action == action && scheduled->accountIds.contains(accountId);
    if (needsConfirmation(action)) {
        ConfirmationRequest request = confirmationFor(*account, action);
        if (action == AccountAction::Migrate)
            addDatabaseWarning(request, {*account}, *session);
        if (early)
            request.text += u"\n\n"_s + queuetext::startEarly(account->name, scheduled->startAt);
        if (!context->confirmer()(parent, request))
            return;
    }
    if (early) {
        if (session->schedule().pending() != scheduled)
            return; // the schedule changed meanwhile: the answer was to another question
        QList<qint64> others = scheduled->accountIds;
        others.removeAll(accountId);
        if (others.isEmpty())
            session->schedule().cancel();
        else if (!session->schedule().set(others, action, scheduled->startAt))
            return; // the journal refused: nothing changed, nothing sent
    }
    session->startAction(accountId, action);
}

void requestQueue(WizardContext *context, QWidget *parent, const QList<qint64> &accountIds, AccountAction action)
{
    MigrationSession *session = context->session();
    if (!session || accountIds.isEmpty())
        return;
    const AccountList accounts = AccountIndex(session->snapshot().accounts).pick(accountIds);
    QStringList lines;
    for (const AccountRecord &account : accounts)
        lines << AccountActions::tr("%1 — about %2").arg(account.name, format::duration(downtime::forAccount(account)));
    const MigrationQueue plan(accounts);
    const QDateTime end = queuetext::shownEnd(context->clock()->now(), plan.remainingDowntime());
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

bool requestScheduledQueue(WizardContext *context, QWidget *parent, const QList<qint64> &accountIds,
                           AccountAction action)
{
    MigrationSession *session = context->session();
    if (!session || accountIds.isEmpty())
        return false;
    const QDateTime now = context->clock()->now();
    const QDateTime startAt = context->chooseStartTime(parent, starttime::nextLocal(suggestedStart(), now));
    if (!startAt.isValid())
        return false;
    // The same start-time rule as the CLI's --at: not past, before the deadline, billing said.
    const starttime::StartTimeVerdict verdict = starttime::check(startAt, now, session->snapshot().migration);
    if (!verdict.allowed()) {
        context->announce(verdict.message);
        return false;
    }
    AccountList accounts;
    QStringList lines;
    for (const qint64 id : accountIds) {
        if (const AccountRecord *account = session->account(id)) {
            accounts << *account;
            lines << AccountActions::tr("%1 — about %2")
                         .arg(account->name, format::duration(downtime::forAccount(*account)));
        }
    }
    const MigrationQueue plan(accounts);
    ConfirmationRequest request;
    request.title = action == AccountAction::Migrate ? AccountActions::tr("Migrate the selected accounts later")
                                                     : AccountActions::tr("Move the selected accounts back later");
    request.text = AccountActions::tr("These accounts will move one after another from %1, each unavailable while it "
                                      "moves: about %2 in total, so the downtime window is %1 to about %3 "
                                      "(estimates). Leave Passerelle open: it keeps the computer awake until then.")
                       .arg(format::dateTime(startAt), format::duration(plan.remainingDowntime()),
                            format::dateTime(queuetext::shownEnd(startAt, plan.remainingDowntime())));
    if (!verdict.message.isEmpty())
        request.text += u' ' + verdict.message;
    request.details = lines;
    request.acceptLabel = AccountActions::tr("Schedule for %1").arg(format::dateTime(startAt));
    if (!context->confirmer()(parent, request))
        return false;
    return session->schedule().set(accountIds, action, startAt);
}

} // namespace passerelle::ui
