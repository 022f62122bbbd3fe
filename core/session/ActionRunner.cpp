#include "core/session/ActionRunner.h"

#include "core/journal/ActivityCategory.h"
#include "core/model/RuleText.h"
#include "core/session/IntentResolution.h"
#include "core/session/MigrationSession.h"
#include "core/session/SessionLogging.h"

#include <memory>

namespace passerelle {
namespace {

// Errors after which the POST may or may not have started something: read back before anything.
bool outcomeUnknown(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Protocol: // a 2xx with a body we could not read: it probably started
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

QString title(const ActionIntent &intent)
{
    return text::operationTitle(intent.action, intent.accountName);
}

} // namespace

ActionRunner::ActionRunner(MigrationSession &session, AdminApi *api, JournalStore *journal)
    : QObject(&session), m_session(session), m_api(api), m_journal(journal)
{
}

void ActionRunner::start(qint64 accountId, AccountAction action)
{
    const AccountState *account = m_session.snapshot().account(accountId);
    if (!account) {
        Q_EMIT m_session.actionFailed(accountId, action, tr("This account is not part of the migration."));
        return;
    }
    if (m_sending.contains(accountId)) {
        Q_EMIT m_session.actionFailed(accountId, action, tr("A request for %1 is already on its way.").arg(account->name));
        return;
    }
    const Verdict verdict = m_session.canAct(accountId, action);
    if (!verdict) {
        Q_EMIT m_session.actionFailed(accountId, action, verdict.reason());
        return;
    }
    ActionIntent intent;
    intent.kind = ActionIntent::Kind::AccountAction;
    intent.idempotencyKey = QUuid::createUuid();
    intent.migrationId = m_session.migrationId();
    intent.accountId = accountId;
    intent.accountName = account->name;
    intent.action = action;
    intent.createdAt = m_session.clock().now();
    intent.dryRun = m_api->isDryRun();
    // Intent before action: if it cannot be written, nothing is sent.
    if (!m_journal->recordIntent(intent)) {
        Q_EMIT m_session.actionFailed(accountId, action,
                                      tr("Passerelle could not write its journal (%1), so nothing was sent.")
                                          .arg(m_journal->lastError()));
        return;
    }
    m_session.logActivity(ActivityCategory::action(),
                          tr("%1: request sent.").arg(text::operationTitle(action, account->name)), accountId);
    send(intent, false);
}

void ActionRunner::send(const ActionIntent &intent, bool isResend)
{
    m_sending.insert(intent.accountId);
    AccountActionJob *job = m_api->startAction(intent.migrationId, intent.accountId, intent.action, intent.idempotencyKey);
    onFinished(job, this, [this, intent, isResend](AccountActionJob *finished) { onAnswer(intent, finished, isResend); });
}

void ActionRunner::onAnswer(const ActionIntent &intent, AccountActionJob *job, bool isResend)
{
    m_sending.remove(intent.accountId);
    if (!job->hasError()) {
        settle(intent, IntentOutcome::Accepted, QString());
        m_session.applyAccountUpdate(job->value());
        m_session.logActivity(ActivityCategory::answer(),
                              tr("%1: accepted by the provider.").arg(title(intent)),
                              intent.accountId);
        Q_EMIT m_session.actionAccepted(intent.accountId, intent.action);
        return;
    }
    const ApiError &error = job->error();
    if (outcomeUnknown(error.kind)) {
        qCInfo(lcSession) << "answer lost for intent" << intent.id << "- reading the account back";
        reconcile(intent, isResend);
        return;
    }
    settle(intent, error.kind == ApiError::Kind::Network ? IntentOutcome::Failed : IntentOutcome::Refused, error.message);
    Q_EMIT m_session.actionError(intent.accountId, intent.action, error);
    fail(intent, error.message);
}

void ActionRunner::reconcile(const ActionIntent &intent, bool afterResend)
{
    MigrationAccountsJob *job = m_api->migrationAccounts(intent.migrationId);
    onFinished(job, this, [this, intent, afterResend](MigrationAccountsJob *readBack) {
        const AccountState *now = nullptr;
        if (!readBack->hasError()) {
            for (const AccountState &account : readBack->value()) {
                if (account.id == intent.accountId)
                    now = &account;
            }
        }
        if (!now) {
            // Left in doubt on purpose: the next start (or poll) decides, and never sends twice.
            fail(intent, tr("%1: the answer was lost and the account could not be read back. Passerelle will "
                            "check again before sending anything; nothing will be sent twice.")
                             .arg(title(intent)));
            return;
        }
        const IntentEvidence evidence = evidenceFor(intent, *now);
        if (evidence != IntentEvidence::NotStarted) {
            settle(intent, IntentOutcome::Accepted, tr("confirmed by reading the account back"));
            m_session.applyAccountUpdate(*now);
            m_session.logActivity(ActivityCategory::answer(),
                                  tr("%1: it had reached the provider (checked by reading the account back).")
                                      .arg(title(intent)),
                                  intent.accountId);
            Q_EMIT m_session.actionAccepted(intent.accountId, intent.action);
            return;
        }
        if (afterResend) {
            fail(intent, tr("%1: could not be confirmed. Passerelle will check again at the next start.")
                             .arg(title(intent)));
            return;
        }
        m_session.logActivity(ActivityCategory::action(),
                              tr("%1: it did not start; sending it again with the same request key.")
                                  .arg(title(intent)),
                              intent.accountId);
        send(intent, true);
    });
}

void ActionRunner::resolveInDoubt()
{
    const QList<ActionIntent> inDoubt = m_journal->intentsInDoubt(m_session.migrationId());
    for (const ActionIntent &intent : inDoubt) {
        if (intent.kind == ActionIntent::Kind::SupportRequest) {
            m_session.resolveSupportIntent(intent);
            continue;
        }
        const AccountState *now = m_session.snapshot().account(intent.accountId);
        if (!now) {
            settle(intent, IntentOutcome::Failed, tr("the account is no longer part of the migration"));
            continue;
        }
        const IntentEvidence evidence = evidenceFor(intent, *now);
        if (evidence != IntentEvidence::NotStarted) {
            settle(intent, IntentOutcome::Accepted, tr("found started when Passerelle restarted"));
            m_session.logActivity(ActivityCategory::answer(),
                                  tr("%1, interrupted earlier: it had reached the provider.")
                                      .arg(title(intent)),
                                  intent.accountId);
            continue;
        }
        const Verdict verdict = m_session.canAct(intent.accountId, intent.action);
        if (!verdict) {
            settle(intent, IntentOutcome::Failed, verdict.reason());
            m_session.logActivity(ActivityCategory::action(),
                                  tr("%1, interrupted earlier: it did not start and is no longer allowed. %2")
                                      .arg(title(intent), verdict.reason()),
                                  intent.accountId);
            continue;
        }
        m_session.logActivity(ActivityCategory::action(),
                              tr("%1, interrupted earlier: it did not start; sending it again with the same request key.")
                                  .arg(title(intent)),
                              intent.accountId);
        send(intent, true);
    }
}

void ActionRunner::settle(const ActionIntent &intent, IntentOutcome outcome, const QString &detail)
{
    if (!m_journal->recordOutcome(intent.id, outcome, detail, m_session.clock().now()))
        Q_EMIT m_session.journalError(m_journal->lastError());
}

void ActionRunner::fail(const ActionIntent &intent, const QString &message)
{
    m_session.logActivity(ActivityCategory::error(), message, intent.accountId);
    Q_EMIT m_session.actionFailed(intent.accountId, intent.action, message);
}

} // namespace passerelle
