// MigrationSession: the customer's facts and the requests to support.
#include "core/journal/ActivityCategory.h"
#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "core/session/SessionLogging.h"

namespace passerelle {
namespace {

bool answerLost(ApiError::Kind kind)
{
    return kind == ApiError::Kind::OutcomeUnknown || kind == ApiError::Kind::Timeout
        || kind == ApiError::Kind::Server || kind == ApiError::Kind::Cancelled;
}

} // namespace

void MigrationSession::setAccountReady(qint64 accountId, bool ready)
{
    updateFacts([&](LocalFacts &facts) {
        if (ready)
            facts.confirmedReady.insert(accountId);
        else
            facts.confirmedReady.remove(accountId);
    });
}

void MigrationSession::setAllAccountsReady(bool ready)
{
    updateFacts([&](LocalFacts &facts) {
        for (const AccountState &account : std::as_const(m_snapshot.accounts)) {
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

Verdict MigrationSession::canRequestSupport(SupportTopic topic) const
{
    switch (topic) {
    case SupportTopic::TransitServer:
        return rules::canRequestTransit(m_snapshot, m_facts);
    case SupportTopic::SharedTransitServer:
        // The shared transit server is a preparation option (migration-rules, step 1).
        if (static_cast<int>(currentStep()) > static_cast<int>(Step::RequestTransit))
            return Verdict::deny(tr("The shared transit server is for testing before the transit server is requested."));
        return Verdict::allow();
    case SupportTopic::Reinstall:
        return rules::canRequestReinstall(m_snapshot, m_facts);
    case SupportTopic::Finalization:
        return rules::canChooseFinalizer(m_snapshot, m_facts);
    }
    return Verdict::deny(QString());
}

void MigrationSession::requestSupport(SupportTopic topic, const QString &message, Finalizer finalizationBy)
{
    const Verdict verdict = canRequestSupport(topic);
    if (!verdict) {
        Q_EMIT supportRequestFailed(topic, verdict.reason());
        return;
    }
    ActionIntent intent;
    // A request whose answer was lost is sent again with its first key: support gets it once.
    if (m_pendingSupport.contains(topic)) {
        intent = m_pendingSupport.value(topic);
    } else {
        intent.kind = ActionIntent::Kind::SupportRequest;
        intent.idempotencyKey = QUuid::createUuid();
        intent.migrationId = m_migrationId;
        intent.topic = topic;
        intent.createdAt = m_clock->now();
        intent.dryRun = m_api->isDryRun();
        if (!m_journal->recordIntent(intent)) {
            Q_EMIT supportRequestFailed(topic, tr("Passerelle could not write its journal (%1), so nothing was sent.")
                                                   .arg(m_journal->lastError()));
            return;
        }
        m_pendingSupport.insert(topic, intent);
    }
    const SupportRequest request{topic, message, finalizationBy};
    SupportRequestJob *job = m_api->requestSupport(m_migrationId, request, intent.idempotencyKey);
    onFinished(job, this, [this, intent, request](SupportRequestJob *finished) { onSupportAnswer(intent, request, finished); });
}

void MigrationSession::onSupportAnswer(const ActionIntent &intent, const SupportRequest &request, SupportRequestJob *job)
{
    const QDateTime now = m_clock->now();
    if (!job->hasError()) {
        m_pendingSupport.remove(request.topic);
        m_journal->recordOutcome(intent.id, IntentOutcome::Accepted, QString(), now);
        recordSupportSent(request.topic, request.message, request.finalizationBy);
        Q_EMIT supportRequestSent(request.topic);
        m_pollTimer.start(std::chrono::milliseconds(500));
        return;
    }
    const ApiError &error = job->error();
    if (error.kind == ApiError::Kind::NotOffered) {
        m_pendingSupport.remove(request.topic);
        m_journal->recordOutcome(intent.id, IntentOutcome::Refused, error.message, now);
        logActivity(ActivityCategory::support(), tr("The provider does not take support requests through the API: "
                                                  "the message is ready to copy."));
        Q_EMIT supportRequestNotOffered(request.topic, request.message);
        return;
    }
    if (answerLost(error.kind)) {
        logActivity(ActivityCategory::error(), error.message);
        Q_EMIT supportRequestFailed(request.topic,
                                    tr("%1 The answer was lost. You can send the request again: support will not receive it twice.").arg(error.message));
        return;
    }
    m_pendingSupport.remove(request.topic);
    m_journal->recordOutcome(intent.id, IntentOutcome::Refused, error.message, now);
    logActivity(ActivityCategory::error(), error.message);
    Q_EMIT supportRequestFailed(request.topic, error.message);
}

void MigrationSession::confirmSupportRequestSentManually(SupportTopic topic, const QString &message, Finalizer finalizationBy)
{
    const Verdict verdict = canRequestSupport(topic);
    if (!verdict) {
        Q_EMIT supportRequestFailed(topic, verdict.reason());
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
    logActivity(ActivityCategory::support(), tr("Request sent to support."));
}

void MigrationSession::resolveSupportIntent(const ActionIntent &intent)
{
    const MigrationDetail &migration = m_snapshot.migration;
    bool reached = false;
    switch (intent.topic) {
    case SupportTopic::TransitServer:
        reached = migration.transit.status != TransitStatus::NotRequested;
        break;
    case SupportTopic::Reinstall:
        reached = migration.clientServer.status != ClientServerStatus::Original;
        break;
    case SupportTopic::Finalization:
        reached = migration.finalization.by != Finalizer::Nobody;
        break;
    case SupportTopic::SharedTransitServer:
        break; // nothing in the provider's state shows it: ask again if needed
    }
    const QDateTime now = m_clock->now();
    if (reached) {
        m_journal->recordOutcome(intent.id, IntentOutcome::Accepted, tr("found received when Passerelle restarted"), now);
        recordSupportSent(intent.topic, QString(), migration.finalization.by);
        return;
    }
    m_journal->recordOutcome(intent.id, IntentOutcome::Failed, tr("not received by support"), now);
    logActivity(ActivityCategory::support(), tr("A request to support, interrupted earlier, did not arrive: send it again."));
}

} // namespace passerelle
