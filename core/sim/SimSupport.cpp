// Support requests and what the provider's support then does, on its own schedule.
#include "core/model/TrContext.h"
#include "core/sim/ProviderSimulator.h"
#include "core/sim/SimLog.h"
#include "core/sim/WorkingHours.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sim {
namespace {

PASSERELLE_TR_CONTEXT(ProviderText);

QString operationName(qint64 migrationId, const SupportRequest &request)
{
    return u"support "_s + QString::number(migrationId) + u'/' + QString::number(int(request.topic)) + u'/'
        + QString::number(int(request.finalizationBy));
}

Refusal conflict(const QString &detail)
{
    return Refusal {409, detail, std::nullopt};
}

// The transit server is free for two weeks after it is ready (docs/process.md, "Money and deadlines").
constexpr qint64 kTransitFreeDays = 14;
// A customer who finalizes has one week from the reinstall to move everything back for free.
constexpr qint64 kCustomerFinalizationFreeDays = 7;

} // namespace

SimAnswer<SupportTicket> ProviderSimulator::requestSupport(qint64 migrationId, const SupportRequest &request,
                                                           const QUuid &idempotencyKey)
{
    using Answer = SimAnswer<SupportTicket>;
    catchUp();
    if (auto refusal = unknownMigration(migrationId))
        return Answer(*refusal);
    if (idempotencyKey.isNull())
        return Answer(Refusal {400, ProviderText::tr("The Idempotency-Key header is required."), std::nullopt});
    const QString operation = operationName(migrationId, request);
    IdempotencyLedger::Answer first;
    switch (m_ledger.find(idempotencyKey, operation, &first)) {
    case IdempotencyLedger::Lookup::Replay:
        return Answer(std::get<SupportTicket>(first));
    case IdempotencyLedger::Lookup::OtherOperation:
        return Answer(Refusal {422, ProviderText::tr("This Idempotency-Key was already used for another request."),
                               std::nullopt});
    case IdempotencyLedger::Lookup::Unknown:
        break;
    }
    if (auto refusal = whyNot(request))
        return Answer(*refusal);

    acceptSupport(request);
    const SupportTicket ticket {m_nextTicketId++, request.topic, m_now};
    m_ledger.remember(idempotencyKey, operation, ticket);
    return Answer(ticket);
}

std::optional<Refusal> ProviderSimulator::whyNot(const SupportRequest &request) const
{
    const MigrationDetail &detail = m_detail;
    switch (request.topic) {
    case SupportTopic::SharedTransitServer:
        return std::nullopt; // granted case by case by a person: the ticket is all that happens here
    case SupportTopic::TransitServer:
        if (detail.transit.status != TransitStatus::NotRequested)
            return conflict(ProviderText::tr("The transit server was already requested."));
        return std::nullopt;
    case SupportTopic::Reinstall:
        if (detail.clientServer.status != ClientServerStatus::Original)
            return conflict(ProviderText::tr("The client server reinstallation was already requested."));
        if (detail.transit.status != TransitStatus::Ready)
            return conflict(ProviderText::tr("The transit server is not ready."));
        for (const AccountRecord &account : m_accounts) {
            if (account.location != Location::Transit || isRunning(account.status))
                return conflict(ProviderText::tr("Every account must be on the transit server first (%1 is not).")
                                    .arg(account.name));
        }
        return std::nullopt;
    case SupportTopic::Finalization:
        if (request.finalizationBy == Finalizer::Nobody)
            return Refusal {400, ProviderText::tr("finalization_by must be \"support\" or \"customer\"."),
                            std::nullopt};
        if (detail.clientServer.status != ClientServerStatus::Reinstalled)
            return conflict(ProviderText::tr("The client server is not reinstalled yet."));
        if (detail.finalization.by != Finalizer::Nobody)
            return conflict(ProviderText::tr("The finalization was already requested."));
        return std::nullopt;
    }
    return conflict(ProviderText::tr("Unknown support request."));
}

void ProviderSimulator::acceptSupport(const SupportRequest &request)
{
    const SupportDelays &delays = m_scenario.delays;
    switch (request.topic) {
    case SupportTopic::SharedTransitServer:
        break;
    case SupportTopic::TransitServer:
        m_detail.transit.status = TransitStatus::Requested;
        m_detail.transit.requestedAt = m_now;
        schedule(m_now.addSecs(jittered(delays.transitAcknowledge)), [this, delays] {
            m_detail.transit.status = TransitStatus::WaitingForServer;
            schedule(m_now.addSecs(jittered(delays.transitWaitForServer)), [this, delays] {
                m_detail.transit.status = TransitStatus::Installing;
                m_installStartedAt = m_now;
                m_installSeconds = jittered(delays.transitInstall);
                schedule(m_now.addSecs(m_installSeconds), [this] {
                    m_detail.transit.status = TransitStatus::Ready;
                    m_detail.transit.precopyPercent = 100;
                    m_detail.transit.readyAt = m_now;
                    m_detail.transit.freeUntil = m_now.addDays(kTransitFreeDays);
                });
            });
        });
        break;
    case SupportTopic::Reinstall:
        m_detail.clientServer.status = ClientServerStatus::ReinstallRequested;
        // Rollback closes with the reinstall request (ProcessRules::isRollbackWindowOpen).
        for (AccountRecord &account : m_accounts)
            account.rollbackAvailable = false;
        schedule(m_now.addSecs(jittered(delays.reinstallStart)), [this, delays] {
            m_detail.clientServer.status = ClientServerStatus::Reinstalling;
            m_detail.clientServer.reinstallStartedAt = m_now;
            schedule(m_now.addSecs(jittered(delays.reinstall)), [this] {
                m_detail.clientServer.status = ClientServerStatus::Reinstalled;
                m_detail.clientServer.reinstalledAt = m_now;
            });
        });
        break;
    case SupportTopic::Finalization:
        m_detail.finalization.by = request.finalizationBy;
        if (request.finalizationBy == Finalizer::Customer) {
            m_detail.finalization.freeUntil
                = m_detail.clientServer.reinstalledAt.addDays(kCustomerFinalizationFreeDays);
        } else {
            schedule(workinghours::nextWorkingInstant(m_now.addSecs(delays.finalizationStart)),
                     [this] { supportMovesNextAccount(); });
        }
        break;
    }
}

void ProviderSimulator::supportMovesNextAccount()
{
    // Support moves accounts only in working hours: a move that would start outside waits.
    if (!workinghours::isWorkingTime(m_now)) {
        schedule(workinghours::nextWorkingInstant(m_now), [this] { supportMovesNextAccount(); });
        return;
    }
    // Accounts only leave the transit server once the client server is reinstalled: those before
    // the cursor are gone for good, so each account is passed over once in the whole finalization.
    while (m_supportNext < m_accounts.size() && m_accounts.at(m_supportNext).location != Location::Transit)
        ++m_supportNext;
    for (qsizetype at = m_supportNext; at < m_accounts.size(); ++at) {
        const AccountRecord &account = m_accounts.at(at);
        if (account.location != Location::Transit || isRunning(account.status))
            continue;
        qCDebug(lcSim) << "support moves account" << account.id << "back";
        beginOperation(account.id, AccountAction::MoveBack);
        return;
    }
    releaseTransitIfDone();
}

} // namespace passerelle::sim
