#include "core/session/IntentPipeline.h"

#include "core/journal/ActivityCategory.h"
#include "core/model/Format.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "core/session/ActivityRecorder.h"
#include "core/session/IntentResolution.h"
#include "core/session/SessionLog.h"

namespace passerelle {
namespace {

QString title(const ActionIntent &intent)
{
    return text::operationTitle(intent.action, intent.accountName);
}

} // namespace

IntentPipeline::IntentPipeline(AdminApi &api, JournalStore &journal, const Clock &clock, ActivityRecorder &activity,
                               QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal), m_clock(clock), m_activity(activity)
{ }

void IntentPipeline::record(ActionIntent intent, const std::function<void(const IntentRecord &)> &then)
{
    intent.idempotencyKey = QUuid::createUuid();
    intent.createdAt = m_clock.now();
    intent.dryRun = m_api.isDryRun();
    m_journal.commitIntent(intent, this, then);
}

void IntentPipeline::sendAction(qint64 migrationId, const AccountRecord &account, AccountAction action)
{
    // The provider accepted the same action earlier and its reads never showed it: a new key would
    // let it start twice (the contract's key is the only guard, and the journal keeps one per intent).
    if (const auto unseen = m_unseen.constFind(account.id); unseen != m_unseen.cend() && unseen->action == action) {
        const ActionIntent &earlier = *unseen;
        const QString message = tr("%1: the provider accepted it on %2 but never showed it started. Passerelle "
                                   "does not send it again, as it could then run twice: ask support what became "
                                   "of it.")
                                    .arg(title(earlier), format::dateTime(earlier.createdAt));
        QMetaObject::invokeMethod(
            this, [this, id = account.id, action, message] { Q_EMIT actionFailed(id, action, message); },
            Qt::QueuedConnection);
        return;
    }
    ActionIntent intent;
    intent.kind = ActionIntent::Kind::AccountAction;
    intent.migrationId = migrationId;
    intent.accountId = account.id;
    intent.accountName = account.name;
    intent.action = action;
    // In flight from the click on, while the journal commits and the site reference is taken: the
    // rules refuse a second one.
    setInFlight(account.id, true);
    record(intent, [this, account, action](const IntentRecord &recorded) {
        if (!recorded) {
            setInFlight(account.id, false);
            Q_EMIT actionFailed(
                account.id, action,
                tr("Passerelle could not write its journal (%1), so nothing was sent.").arg(recorded.error()));
            return;
        }
        const ActionIntent &committed = recorded.value();
        m_unseen.remove(committed.accountId); // a later decision on the account replaces the unknown one
        auto sendNow = [this, committed] {
            m_activity.log(ActivityCategory::action(), tr("%1: request sent.").arg(title(committed)),
                           committed.accountId);
            send(committed, false);
        };
        if (m_beforeSend)
            m_beforeSend(account, action, std::move(sendNow));
        else
            sendNow();
    });
}

void IntentPipeline::send(const ActionIntent &intent, bool isResend)
{
    setInFlight(intent.accountId, true);
    AccountActionJob *job
        = m_api.startAction(intent.migrationId, intent.accountId, intent.action, intent.idempotencyKey);
    onFinished(job, this,
               [this, intent, isResend](AccountActionJob *finished) { onActionAnswer(intent, finished, isResend); });
}

void IntentPipeline::onActionAnswer(const ActionIntent &intent, AccountActionJob *job, bool isResend)
{
    if (!job->hasError()) {
        settle(intent, IntentOutcome::Accepted, QString());
        accepted(intent, job->value(), tr("%1: accepted by the provider.").arg(title(intent)), false);
        return;
    }
    const ApiError &error = job->error();
    if (outcomeUnknown(error)) {
        // Still on its way until the account read back says what happened.
        qCInfo(lcSession) << "answer lost for intent" << intent.id << "- reading the account back";
        readBack(intent, isResend);
        return;
    }
    settle(intent, error.kind == ApiError::Kind::Network ? IntentOutcome::Failed : IntentOutcome::Refused,
           error.message);
    Q_EMIT actionError(intent.accountId, intent.action, error);
    fail(intent, error.message);
}

void IntentPipeline::readBack(const ActionIntent &intent, bool afterResend)
{
    MigrationAccountsJob *job = m_api.migrationAccounts(intent.migrationId);
    onFinished(job, this, [this, intent, afterResend](MigrationAccountsJob *read) {
        const AccountRecord *now = nullptr;
        if (!read->hasError()) {
            for (const AccountRecord &account : read->value()) {
                if (account.id == intent.accountId)
                    now = &account;
            }
        }
        if (!now) {
            // Left in doubt on purpose: the next start decides, and never sends twice.
            fail(intent,
                 tr("%1: the answer was lost and the account could not be read back. Passerelle will "
                    "check again before sending anything; nothing will be sent twice.")
                     .arg(title(intent)));
            return;
        }
        if (evidenceFor(intent, *now) != IntentEvidence::NotStarted) {
            settle(intent, IntentOutcome::Accepted, tr("confirmed by reading the account back"));
            accepted(intent, *now,
                     tr("%1: it had reached the provider (checked by reading the account back).").arg(title(intent)),
                     true);
            return;
        }
        if (afterResend) {
            fail(intent,
                 tr("%1: could not be confirmed. Passerelle will check again at the next start.").arg(title(intent)));
            return;
        }
        m_activity.log(ActivityCategory::action(),
                       tr("%1: it did not start; sending it again with the same request key.").arg(title(intent)),
                       intent.accountId);
        send(intent, true);
    });
}

void IntentPipeline::accepted(const ActionIntent &intent, const AccountRecord &accountNow, const QString &logLine,
                              bool seen)
{
    m_activity.log(ActivityCategory::answer(), logLine, intent.accountId);
    if (seen)
        startSeen(intent, IntentOutcome::Started, tr("seen by reading the account back"));
    else
        awaitStart(intent, m_clock.now());
    // The account as the provider now reports it is known before the account leaves the
    // in-flight set: nobody sees it idle and free in between. A 202 alone keeps it on its way
    // until a read shows the action: a list that lags is no reason to decide it again.
    Q_EMIT actionAccepted(intent.accountId, intent.action, accountNow);
    if (seen)
        setInFlight(intent.accountId, false);
}

void IntentPipeline::resolveInDoubt(qint64 migrationId, const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    m_unseen.clear();
    for (const ActionIntent &intent : m_journal.intentsUnseen(migrationId))
        m_unseen.insert(intent.accountId, intent);
    for (const ActionIntent &intent : m_journal.intentsAwaitingStart(migrationId))
        resolveAccepted(intent, snapshot);
    for (const ActionIntent &intent : m_journal.intentsInDoubt(migrationId)) {
        if (intent.kind == ActionIntent::Kind::SupportRequest)
            resolveSupport(intent, snapshot.migration);
        else
            resolveAction(intent, snapshot, facts);
    }
}

void IntentPipeline::resolveAction(const ActionIntent &intent, const MigrationSnapshot &snapshot,
                                   const LocalFacts &facts)
{
    const AccountRecord *now = snapshot.account(intent.accountId);
    if (!now) {
        settle(intent, IntentOutcome::Failed, tr("the account is no longer part of the migration"));
        return;
    }
    if (evidenceFor(intent, *now) != IntentEvidence::NotStarted) {
        settle(intent, IntentOutcome::Accepted, tr("found started when Passerelle restarted"));
        startSeen(intent, IntentOutcome::Started, tr("found started when Passerelle restarted"));
        m_activity.log(ActivityCategory::answer(),
                       tr("%1, interrupted earlier: it had reached the provider.").arg(title(intent)),
                       intent.accountId);
        Q_EMIT actionResumed(intent.accountId, intent.action);
        return;
    }
    // A read-only run sends nothing, however old the decision: `migrate` (or the wizard) settles it.
    if (!m_maySend) {
        m_unsettled.append({intent, false});
        return;
    }
    const Verdict verdict = rules::canAct(intent.action, *now, snapshot, facts, m_inFlight);
    if (!verdict) {
        settle(intent, IntentOutcome::Failed, verdict.error());
        m_activity.log(ActivityCategory::action(),
                       tr("%1, interrupted earlier: it did not start and is no longer allowed. %2")
                           .arg(title(intent), verdict.error()),
                       intent.accountId);
        return;
    }
    m_activity.log(
        ActivityCategory::action(),
        tr("%1, interrupted earlier: it did not start; sending it again with the same request key.").arg(title(intent)),
        intent.accountId);
    send(intent, true);
}

void IntentPipeline::sendSupportRequest(qint64 migrationId, const SupportRequest &request)
{
    // A request whose answer was lost is sent again with its first key: support gets it once.
    const ActionIntent pending = m_pendingSupport.value(request.topic);
    if (pending.id != 0) {
        sendSupport(pending, request);
        return;
    }
    // One intent per topic at a time: a second click while the first commits adds nothing.
    if (m_committingSupport.contains(request.topic))
        return;
    m_committingSupport.append(request.topic);
    ActionIntent intent;
    intent.kind = ActionIntent::Kind::SupportRequest;
    intent.migrationId = migrationId;
    intent.topic = request.topic;
    record(intent, [this, request](const IntentRecord &recorded) {
        m_committingSupport.removeAll(request.topic);
        if (!recorded) {
            Q_EMIT supportRequestFailed(request.topic,
                                        tr("Passerelle could not write its journal (%1), so nothing "
                                           "was sent.")
                                            .arg(recorded.error()));
            return;
        }
        m_pendingSupport.insert(request.topic, recorded.value());
        sendSupport(recorded.value(), request);
    });
}

void IntentPipeline::sendSupport(const ActionIntent &intent, const SupportRequest &request)
{
    SupportRequestJob *job = m_api.requestSupport(intent.migrationId, request, intent.idempotencyKey);
    onFinished(job, this,
               [this, intent, request](SupportRequestJob *finished) { onSupportAnswer(intent, request, finished); });
}

void IntentPipeline::onSupportAnswer(const ActionIntent &intent, const SupportRequest &request, SupportRequestJob *job)
{
    if (!job->hasError()) {
        m_pendingSupport.remove(request.topic);
        settle(intent, IntentOutcome::Accepted, QString());
        Q_EMIT supportRequestSent(request.topic, request.message, request.finalizationBy);
        return;
    }
    const ApiError &error = job->error();
    if (outcomeUnknown(error)) {
        m_activity.log(ActivityCategory::error(), error.message);
        Q_EMIT supportRequestFailed(request.topic,
                                    tr("%1 The answer was lost. You can send the request again: "
                                       "support will not receive it twice.")
                                        .arg(error.message));
        return;
    }
    m_pendingSupport.remove(request.topic);
    settle(intent, IntentOutcome::Refused, error.message);
    if (error.kind == ApiError::Kind::NotOffered) {
        m_activity.log(ActivityCategory::support(),
                       tr("The provider does not take support requests through the API: "
                          "the message is ready to copy."));
        Q_EMIT supportRequestNotOffered(request.topic, request.message);
        return;
    }
    m_activity.log(ActivityCategory::error(), error.message);
    Q_EMIT supportRequestFailed(request.topic, error.message);
}

void IntentPipeline::resolveSupport(const ActionIntent &intent, const MigrationDetail &migration)
{
    if (supportRequestReached(intent.topic, migration)) {
        settle(intent, IntentOutcome::Accepted, tr("found received when Passerelle restarted"));
        Q_EMIT supportRequestSent(intent.topic, QString(), migration.finalization.by);
        return;
    }
    settle(intent, IntentOutcome::Failed, tr("not received by support"));
    m_activity.log(ActivityCategory::support(),
                   tr("A request to support, interrupted earlier, did not arrive: send it again."));
}

void IntentPipeline::settle(const ActionIntent &intent, IntentOutcome outcome, const QString &detail)
{
    if (!m_journal.recordOutcome(intent.id, outcome, detail, m_clock.now()))
        Q_EMIT journalError(m_journal.lastError());
}

void IntentPipeline::fail(const ActionIntent &intent, const QString &message)
{
    setInFlight(intent.accountId, false);
    m_activity.log(ActivityCategory::error(), message, intent.accountId);
    Q_EMIT actionFailed(intent.accountId, intent.action, message);
}

void IntentPipeline::setInFlight(qint64 accountId, bool inFlight)
{
    const bool changed = inFlight ? !m_inFlight.contains(accountId) : m_inFlight.remove(accountId);
    if (inFlight)
        m_inFlight.insert(accountId);
    if (changed)
        Q_EMIT inFlightChanged();
}

} // namespace passerelle
