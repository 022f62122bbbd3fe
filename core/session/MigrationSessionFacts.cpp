// MigrationSession: the customer's own facts, each change journaled at once.
#include "core/journal/ActivityCategory.h"
#include "core/model/ProcessRules.h"
#include "core/session/ActivityRecorder.h"
#include "core/session/FactChanges.h"
#include "core/session/MigrationSession.h"

namespace passerelle {

void MigrationSession::setAllAccountsReady(bool ready)
{
    updateFacts([&](LocalFacts &facts) {
        for (const AccountRecord &account : std::as_const(m_snapshot.accounts)) {
            if (ready)
                facts.confirmedReady.insert(account.id);
            else
                facts.confirmedReady.remove(account.id);
        }
    });
}

void MigrationSession::setAccountVerified(qint64 accountId, bool verified)
{
    updateFacts([&](LocalFacts &facts) {
        if (verified)
            facts.verified.insert(accountId);
        else
            facts.verified.remove(accountId);
    });
}

void MigrationSession::setFinalizer(Finalizer finalizer)
{
    updateFacts([&](LocalFacts &facts) { facts.finalizer = finalizer; });
}

void MigrationSession::setUsesProviderDns(bool usesProviderDns)
{
    updateFacts([&](LocalFacts &facts) { facts.usesProviderDns = usesProviderDns; });
}

void MigrationSession::confirmSupportRequestSentManually(SupportTopic topic, const QString &message,
                                                         Finalizer finalizationBy)
{
    const Verdict verdict = rules::canRequestSupport(topic, m_snapshot, m_facts);
    if (!verdict) {
        Q_EMIT supportRequestFailed(topic, verdict.error());
        return;
    }
    recordSupportSent(topic, message, finalizationBy);
    Q_EMIT supportRequestSent(topic);
}

void MigrationSession::recordSupportSent(SupportTopic topic, const QString &message, Finalizer finalizationBy)
{
    updateFacts([&](LocalFacts &facts) {
        switch (topic) {
        case SupportTopic::TransitServer:
            facts.transitRequestSent = true;
            if (!message.isEmpty())
                facts.transitRequestText = message;
            break;
        case SupportTopic::Reinstall:
            facts.reinstallRequestSent = true;
            break;
        case SupportTopic::Finalization:
            facts.finalizer = finalizationBy;
            facts.finalizationRequestSent = true;
            break;
        case SupportTopic::SharedTransitServer:
            break;
        }
    });
    m_activity->log(ActivityCategory::support(), tr("Request sent to support."));
}

void MigrationSession::updateFacts(const std::function<void(LocalFacts &)> &change, FactSource source)
{
    LocalFacts next = m_facts;
    change(next);
    if (next == m_facts)
        return;
    const LocalFacts before = std::exchange(m_facts, next);
    forgetDerived(false);
    if (!m_journal->saveFacts(m_migrationId, m_facts))
        Q_EMIT journalError(m_journal->lastError());
    if (source == FactSource::Customer) {
        for (const FactNote &note : describeFactChanges(before, m_facts, index()))
            m_activity->log(ActivityCategory::fact(), note.text, note.accountId);
    }
    Q_EMIT factsChanged();
    const Step step = currentStep();
    if (step != m_lastStep) {
        m_lastStep = step;
        Q_EMIT stepChanged(step);
    }
}

} // namespace passerelle
