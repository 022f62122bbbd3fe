#pragma once

#include "core/api/ProviderTypes.h"
#include "core/model/AccountRecord.h"
#include "core/model/MigrationSnapshot.h"
#include "core/sim/IdempotencyLedger.h"
#include "core/sim/Scenario.h"
#include "core/sim/SimAnswer.h"
#include "core/sim/VirtualClock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <functional>
#include <vector>

namespace passerelle::sim {

// The provider side of docs/contract.md ("Reads", "Actions", "Support requests"), as a synchronous, deterministic
// engine. Time is lazy: pending events carry virtual due times, and every question first plays all the events that are
// due by the clock's now(), in order. No timers; a test moves the clock and asks again.
class ProviderSimulator
{
public:
    ProviderSimulator(Scenario scenario, VirtualClock &clock);

    const Scenario &scenario() const { return m_scenario; }
    VirtualClock &clock() { return m_clock; }

    // Section A: read-only resources.
    QList<ServerInfo> servers();
    QList<HostingAccount> hostingAccounts();
    QList<DatabaseInfo> databases();
    QList<SiteInfo> sites();

    // Section B: reads (404 for an unknown migration).
    QList<MigrationSummary> migrations();
    SimAnswer<MigrationDetail> migration(qint64 migrationId);
    SimAnswer<AccountList> migrationAccounts(qint64 migrationId);

    // Section B: actions. 202 -> the account in its running status; 201 -> the ticket.
    SimAnswer<AccountRecord> startAction(qint64 migrationId, qint64 accountId, AccountAction action,
                                         const QUuid &idempotencyKey);
    SimAnswer<SupportTicket> requestSupport(qint64 migrationId, const SupportRequest &request,
                                            const QUuid &idempotencyKey);

    // The virtual instant of the next scheduled change; null when nothing is pending.
    QDateTime nextEventAt();
    // Moves the clock to the next event and plays it; false when nothing is pending.
    bool skipToNextEvent();
    // How many times an action was accepted for an account (replays are not counted).
    int actionCount(qint64 accountId, AccountAction action) const;
    // One account as GET .../account/ would show it now; null when the migration has no such account.
    const AccountRecord *accountNow(qint64 accountId);

private:
    struct Event
    {
        QDateTime due;
        quint64 sequence = 0;
        std::function<void()> apply;
    };

    // Plays every event due by the clock's now(), in due order.
    void catchUp();
    void schedule(const QDateTime &due, std::function<void()> apply);
    qint64 jittered(qint64 seconds);
    const AccountRecord *findAccount(qint64 accountId) const;
    // Every change of an account goes through here, so that the counts below stay true in O(1).
    void changeAccount(qint64 accountId, const std::function<void(AccountRecord &)> &change);
    void countAccount(const AccountRecord &account, int sign);
    const ScenarioAccount *scenarioAccount(qint64 accountId) const;
    const AccountRecord *accountOnTheMove() const;
    std::optional<Refusal> unknownMigration(qint64 migrationId) const;
    MigrationDetail detailNow() const;

    // Account operations (SimAccountActions.cpp).
    std::optional<Refusal> whyNot(AccountAction action, const AccountRecord &account) const;
    void beginOperation(qint64 accountId, AccountAction action);
    void finishOperation(qint64 accountId, AccountAction action);
    bool databaseTestFails(qint64 accountId, QString *message);
    void releaseTransitIfDone();

    // Support requests and the support-side lifecycle (SimSupport.cpp).
    std::optional<Refusal> whyNot(const SupportRequest &request) const;
    void acceptSupport(const SupportRequest &request);
    void supportMovesNextAccount();

    Scenario m_scenario;
    VirtualClock &m_clock;
    QDateTime m_now; // the instant being played: an event's due time while it applies
    QRandomGenerator m_random;
    AccountList m_accounts; // in the scenario's order
    QHash<qint64, qsizetype> m_positionById; // in m_accounts and m_scenario.accounts (ids are unique)
    // The read-only lists of section A, built once: the scenario never changes.
    QList<HostingAccount> m_hostingAccounts;
    QList<DatabaseInfo> m_databases;
    QList<SiteInfo> m_sites;
    // Kept by changeAccount, so that no action or event walks every account.
    QSet<qint64> m_moving; // accounts whose running operation moves them
    qsizetype m_accountsBack = 0; // on the client server, new version, at rest
    qsizetype m_supportNext = 0; // no account before this position is left on the transit server for support
    MigrationDetail m_detail;
    QDateTime m_installStartedAt;
    qint64 m_installSeconds = 1;
    std::vector<Event> m_events;
    quint64 m_nextSequence = 0;
    qint64 m_nextTicketId = 55;
    QHash<QPair<qint64, int>, int> m_actionCounts;
    IdempotencyLedger m_ledger;
};

} // namespace passerelle::sim
