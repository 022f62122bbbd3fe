#pragma once

#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QStringList>

namespace passerelle::fixtures {

// A small model of the provider and of the customer's session, written from docs/contract.md and
// docs/process.md without asking core/model/ProcessRules: the randomized test drives it and
// checks that the rules never let the customer break the process.
class ReferenceProvider
{
public:
    explicit ReferenceProvider(int accountCount);

    const MigrationSnapshot &snapshot() const { return m_snapshot; }
    const LocalFacts &facts() const { return m_facts; }

    // What the provider's API would answer to POST .../{action}/: true for 202, false for 409.
    bool accepts(AccountAction action, qint64 accountId) const;
    // The accepted action starts: the account enters its running status.
    void start(AccountAction action, qint64 accountId);
    // The running operation on the account ends. Returns false when nothing ran.
    bool finish(qint64 accountId, bool succeeded);

    // The customer's ticks and requests, as the session records them.
    void setReady(qint64 accountId, bool ready);
    void setVerified(qint64 accountId);
    void sendTransitRequest(bool throughApi);
    void sendReinstallRequest(bool throughApi);
    void chooseFinalizer(Finalizer who, bool throughApi);

    // Support's side, one small step at a time. Each returns false when it had nothing to do.
    bool supportAdvancesTransit(int precopyStep);
    bool supportAdvancesReinstall();
    bool supportReadsFinalizationRequest();
    bool supportStartsMovingBack();
    bool supportReleasesTransit();
    bool providerWithdrawsRollback(qint64 accountId);

    // Facts the invariants need: what happened, whatever the snapshot says now.
    bool transitRequestEverSent() const { return m_transitRequestEverSent; }
    bool reinstallRequestEverSent() const { return m_reinstallRequestEverSent; }
    // Violations the provider itself noticed (an action started in a forbidden state).
    const QStringList &violations() const { return m_violations; }

private:
    AccountRecord *find(qint64 accountId);
    bool anyRunning() const;
    bool allBackOnClient() const;

    MigrationSnapshot m_snapshot;
    LocalFacts m_facts;
    QDateTime m_now;
    bool m_transitRequestEverSent = false;
    bool m_reinstallRequestEverSent = false;
    QStringList m_violations;
};

} // namespace passerelle::fixtures
