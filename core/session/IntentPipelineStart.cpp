// IntentPipeline: an accepted action stays on its way until a read of the provider shows it
// started; reads that show nothing of it for the whole grace make its outcome unknown.
#include "core/journal/ActivityCategory.h"
#include "core/model/RuleText.h"
#include "core/session/ActivityRecorder.h"
#include "core/session/IntentPipeline.h"
#include "core/session/IntentResolution.h"
#include "core/session/SessionLog.h"

namespace passerelle {

void IntentPipeline::awaitStart(const ActionIntent &intent, const QDateTime &since)
{
    const qint64 graceMs = m_startGrace.count();
    m_awaiting.insert(intent.accountId, AwaitingStart {intent, since.addMSecs(graceMs), kStartGraceReads});
    setInFlight(intent.accountId, true);
}

// At start: an action accepted by an earlier run that no read had shown started yet. It is
// followed, never decided again: a new key would start it a second time.
void IntentPipeline::resolveAccepted(const ActionIntent &intent, const MigrationSnapshot &snapshot)
{
    const AccountRecord *now = snapshot.account(intent.accountId);
    if (now && evidenceFor(intent, *now) != IntentEvidence::NotStarted) {
        startSeen(intent, IntentOutcome::Started, tr("found started when Passerelle restarted"));
        Q_EMIT actionResumed(intent.accountId, intent.action);
        return;
    }
    if (!m_maySend) {
        m_unsettled.append({intent, true});
        return;
    }
    m_activity.log(ActivityCategory::action(),
                   tr("%1 was accepted by the provider earlier; waiting for it to show it.")
                       .arg(text::operationTitle(intent.action, intent.accountName)),
                   intent.accountId);
    // The grace runs from this start too: the provider is read again before anything is concluded.
    awaitStart(intent, m_clock.now());
    Q_EMIT actionResumed(intent.accountId, intent.action);
}

void IntentPipeline::observe(const AccountIndex &accounts)
{
    const QDateTime now = m_clock.now();
    for (auto it = m_awaiting.begin(); it != m_awaiting.end();) {
        AwaitingStart &awaiting = it.value();
        const ActionIntent intent = awaiting.intent;
        const AccountRecord *account = accounts.find(intent.accountId);
        if (account && shownAfterAcceptance(intent, *account)) {
            it = m_awaiting.erase(it);
            startSeen(intent, IntentOutcome::Started, tr("seen by reading the account"));
            setInFlight(intent.accountId, false);
            continue;
        }
        --awaiting.readsLeft;
        if (account && (awaiting.readsLeft > 0 || now < awaiting.deadline)) {
            ++it;
            continue;
        }
        it = m_awaiting.erase(it);
        qCWarning(lcSession) << "intent" << intent.id << "accepted, but reads show nothing of it";
        startSeen(intent, IntentOutcome::Unseen, tr("accepted, but the provider's reads showed nothing of it"));
        m_unseen.insert(intent.accountId, intent);
        const QString message
            = tr("%1 was accepted by the provider, but reading the account again still shows nothing of it. "
                 "Its outcome is unknown: ask the provider's support before deciding it again. Passerelle will "
                 "not send it again by itself.")
                  .arg(text::operationTitle(intent.action, intent.accountName));
        m_activity.log(ActivityCategory::error(), message, intent.accountId);
        // Said before it leaves the in-flight set: a queue must hear "unknown", not see a plain end.
        Q_EMIT actionUnseen(intent.accountId, intent.action, message);
        setInFlight(intent.accountId, false);
    }
}

void IntentPipeline::startSeen(const ActionIntent &intent, IntentOutcome outcome, const QString &detail)
{
    if (!m_journal.recordStartSeen(intent.id, outcome, detail, m_clock.now()))
        Q_EMIT journalError(m_journal.lastError());
}

} // namespace passerelle
