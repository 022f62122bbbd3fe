#pragma once

#include "core/api/AdminApi.h"
#include "core/sim/ProviderSimulator.h"
#include "core/sim/Scenario.h"
#include "core/sim/VirtualClock.h"

#include <memory>

namespace passerelle::sim {

// The offline dry-run backend: AdminApi answered by an in-process ProviderSimulator. It has no
// network code at all, so a dry-run can never reach a real provider. Jobs still finish
// asynchronously, like the REST client's.
class DryRunAdminApi final : public AdminApi
{
    Q_OBJECT

public:
    // Builds its own virtual clock (started at the scenario's instant) and simulator.
    explicit DryRunAdminApi(const Scenario &scenario, double timeScale = VirtualClock::kDefaultTimeScale,
                            QObject *parent = nullptr);
    ~DryRunAdminApi() override;

    VirtualClock &clock() { return *m_clock; }
    ProviderSimulator &simulator() { return *m_simulator; }

    ServersJob *servers() override;
    HostingAccountsJob *hostingAccounts() override;
    DatabasesJob *databases() override;
    SitesJob *sites() override;
    MigrationsJob *migrations() override;
    MigrationJob *migration(qint64 migrationId) override;
    MigrationAccountsJob *migrationAccounts(qint64 migrationId) override;
    AccountActionJob *startAction(qint64 migrationId, qint64 accountId, AccountAction action,
                                  const QUuid &idempotencyKey) override;
    SupportRequestJob *requestSupport(qint64 migrationId, const SupportRequest &request,
                                      const QUuid &idempotencyKey) override;
    bool isDryRun() const override { return true; }

private:
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<ProviderSimulator> m_simulator;
};

// The simulator's refusal as the typed error a REST client would report for the same answer.
ApiError toApiError(const Refusal &refusal);

} // namespace passerelle::sim
