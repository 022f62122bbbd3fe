#include "tests/core/ReferenceProvider.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::fixtures {

ReferenceProvider::ReferenceProvider(int accountCount)
    : m_now(QDateTime::fromString(u"2026-12-01T09:00:00Z"_s, Qt::ISODate))
{
    m_snapshot.migration.summary.id = 7;
    m_snapshot.migration.serverDailyPrice = Money {420, u"EUR"_s};
    for (int i = 1; i <= accountCount; ++i) {
        AccountRecord account;
        account.id = 300 + i;
        account.name = u"account-%1"_s.arg(i);
        m_snapshot.accounts.append(account);
    }
}

AccountRecord *ReferenceProvider::find(qint64 accountId)
{
    for (AccountRecord &account : m_snapshot.accounts) {
        if (account.id == accountId)
            return &account;
    }
    return nullptr;
}

bool ReferenceProvider::anyRunning() const
{
    return std::any_of(m_snapshot.accounts.cbegin(), m_snapshot.accounts.cend(),
                       [](const AccountRecord &a) { return isRunning(a.status); });
}

bool ReferenceProvider::allBackOnClient() const
{
    return std::all_of(m_snapshot.accounts.cbegin(), m_snapshot.accounts.cend(), [](const AccountRecord &a) {
        return a.location == Location::Client && a.version == Version::New && !isRunning(a.status);
    });
}

bool ReferenceProvider::accepts(AccountAction action, qint64 accountId) const
{
    const AccountRecord *account = m_snapshot.account(accountId);
    const MigrationDetail &m = m_snapshot.migration;
    // The provider runs one account action at a time (docs/contract.md, "Actions").
    if (!account || anyRunning())
        return false;
    const bool onClientOld = account->location == Location::Client && account->version == Version::Old;
    switch (action) {
    case AccountAction::Test:
        return onClientOld && m.transit.status == TransitStatus::NotRequested;
    case AccountAction::Migrate:
        return onClientOld && m.transit.status == TransitStatus::Ready
            && m.clientServer.status == ClientServerStatus::Original;
    case AccountAction::Rollback:
        return account->location == Location::Transit && account->rollbackAvailable
            && m.clientServer.status == ClientServerStatus::Original;
    case AccountAction::MoveBack:
        return account->location == Location::Transit && m.clientServer.status == ClientServerStatus::Reinstalled
            && m.finalization.by != Finalizer::Support;
    }
    return false;
}

void ReferenceProvider::start(AccountAction action, qint64 accountId)
{
    if (!accepts(action, accountId)) {
        m_violations << u"provider would refuse action %1 on %2"_s.arg(int(action)).arg(accountId);
        return;
    }
    if (action == AccountAction::Rollback && m_reinstallRequestEverSent)
        m_violations << u"rollback of %1 after the reinstall request"_s.arg(accountId);
    AccountRecord *account = find(accountId);
    account->status = runningStatusFor(action);
    account->operationStartedAt = m_now;
    account->lastError.clear();
}

bool ReferenceProvider::finish(qint64 accountId, bool succeeded)
{
    AccountRecord *account = find(accountId);
    if (!account || !isRunning(account->status))
        return false;
    m_now = m_now.addSecs(600);
    account->operationStartedAt = QDateTime();
    if (!succeeded)
        account->lastError = u"simulated failure"_s;
    switch (account->status) {
    case AccountStatus::Testing:
        account->status = succeeded ? AccountStatus::Tested : AccountStatus::TestFailed;
        break;
    case AccountStatus::Migrating:
        account->status = succeeded ? AccountStatus::Migrated : AccountStatus::Failed;
        if (succeeded) {
            account->location = Location::Transit;
            account->version = Version::New;
            account->rollbackAvailable = true;
        }
        break;
    case AccountStatus::RollingBack:
        account->status = succeeded ? AccountStatus::Idle : AccountStatus::Failed;
        if (succeeded) {
            account->location = Location::Client;
            account->version = Version::Old;
            account->rollbackAvailable = false;
            // A rolled-back account must be migrated and checked again: the session drops its tick.
            m_facts.verified.remove(accountId);
        }
        break;
    case AccountStatus::MovingBack:
        account->status = succeeded ? AccountStatus::Done : AccountStatus::Failed;
        if (succeeded) {
            account->location = Location::Client;
            account->version = Version::New;
        }
        break;
    default:
        return false;
    }
    return true;
}

void ReferenceProvider::setReady(qint64 accountId, bool ready)
{
    if (ready)
        m_facts.confirmedReady.insert(accountId);
    else
        m_facts.confirmedReady.remove(accountId);
}

void ReferenceProvider::setVerified(qint64 accountId)
{
    m_facts.verified.insert(accountId);
}

void ReferenceProvider::sendTransitRequest(bool throughApi)
{
    m_transitRequestEverSent = true;
    m_facts.transitRequestSent = true;
    if (throughApi && m_snapshot.migration.transit.status == TransitStatus::NotRequested) {
        m_snapshot.migration.transit.status = TransitStatus::Requested;
        m_snapshot.migration.transit.requestedAt = m_now;
    }
}

void ReferenceProvider::sendReinstallRequest(bool throughApi)
{
    m_reinstallRequestEverSent = true;
    m_facts.reinstallRequestSent = true;
    if (throughApi && m_snapshot.migration.clientServer.status == ClientServerStatus::Original)
        m_snapshot.migration.clientServer.status = ClientServerStatus::ReinstallRequested;
}

void ReferenceProvider::chooseFinalizer(Finalizer who, bool throughApi)
{
    m_facts.finalizer = who;
    m_facts.finalizationRequestSent = true;
    if (throughApi)
        supportReadsFinalizationRequest();
}

bool ReferenceProvider::supportAdvancesTransit(int precopyStep)
{
    TransitServer &transit = m_snapshot.migration.transit;
    m_now = m_now.addSecs(3600);
    switch (transit.status) {
    case TransitStatus::NotRequested:
        if (!m_facts.transitRequestSent)
            return false;
        transit.status = TransitStatus::Requested; // support read the request sent by hand
        transit.requestedAt = m_now;
        return true;
    case TransitStatus::Requested:
        transit.status = precopyStep % 2 ? TransitStatus::WaitingForServer : TransitStatus::Installing;
        return true;
    case TransitStatus::WaitingForServer:
        transit.status = TransitStatus::Installing;
        return true;
    case TransitStatus::Installing:
        transit.precopyPercent = std::min(100, transit.precopyPercent + precopyStep);
        if (transit.precopyPercent == 100) {
            transit.status = TransitStatus::Ready;
            transit.name = u"transit-3"_s;
            transit.readyAt = m_now;
            transit.freeUntil = m_now.addDays(14);
        }
        return true;
    case TransitStatus::Ready:
    case TransitStatus::Released:
        return false;
    }
    return false;
}

bool ReferenceProvider::supportAdvancesReinstall()
{
    ClientServer &client = m_snapshot.migration.clientServer;
    m_now = m_now.addSecs(3600);
    switch (client.status) {
    case ClientServerStatus::Original:
        if (!m_facts.reinstallRequestSent)
            return false;
        client.status = ClientServerStatus::ReinstallRequested;
        return true;
    case ClientServerStatus::ReinstallRequested:
        client.status = ClientServerStatus::Reinstalling;
        client.reinstallStartedAt = m_now;
        for (AccountRecord &account : m_snapshot.accounts)
            account.rollbackAvailable = false;
        return true;
    case ClientServerStatus::Reinstalling:
        client.status = ClientServerStatus::Reinstalled;
        client.reinstalledAt = m_now;
        return true;
    case ClientServerStatus::Reinstalled:
        return false;
    }
    return false;
}

bool ReferenceProvider::supportReadsFinalizationRequest()
{
    Finalization &finalization = m_snapshot.migration.finalization;
    if (!m_facts.finalizationRequestSent || finalization.by != Finalizer::Nobody
        || m_snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return false;
    finalization.by = m_facts.finalizer;
    if (finalization.by == Finalizer::Customer)
        finalization.freeUntil = m_snapshot.migration.clientServer.reinstalledAt.addDays(7);
    return true;
}

bool ReferenceProvider::supportStartsMovingBack()
{
    if (m_snapshot.migration.finalization.by != Finalizer::Support || anyRunning())
        return false;
    for (AccountRecord &account : m_snapshot.accounts) {
        if (account.location == Location::Transit) {
            account.status = AccountStatus::MovingBack;
            account.operationStartedAt = m_now;
            return true;
        }
    }
    return false;
}

bool ReferenceProvider::supportReleasesTransit()
{
    TransitServer &transit = m_snapshot.migration.transit;
    if (transit.status != TransitStatus::Ready || !allBackOnClient()
        || m_snapshot.migration.clientServer.status != ClientServerStatus::Reinstalled)
        return false;
    transit.status = TransitStatus::Released;
    m_facts.transitReleasedSeenAt = m_now;
    return true;
}

bool ReferenceProvider::providerWithdrawsRollback(qint64 accountId)
{
    AccountRecord *account = find(accountId);
    if (!account || !account->rollbackAvailable)
        return false;
    account->rollbackAvailable = false;
    return true;
}

} // namespace passerelle::fixtures
