#include "core/sim/DryRunAdminApi.h"

#include "core/api/ApiContract.h"

namespace passerelle::sim {
namespace {

template<typename Job, typename T> Job *finished(T value)
{
    auto *job = new Job();
    job->succeed(std::move(value));
    return job;
}

template<typename Job, typename T> Job *finished(const SimAnswer<T> &answer)
{
    auto *job = new Job();
    if (answer)
        job->succeed(answer.value());
    else
        job->fail(toApiError(answer.error()));
    return job;
}

} // namespace

ApiError toApiError(const Refusal &refusal)
{
    ApiError::Kind kind = ApiError::Kind::Conflict;
    switch (refusal.httpStatus) {
    case 400:
        kind = ApiError::Kind::BadRequest;
        break;
    case 404:
        kind = ApiError::Kind::NotFound;
        break;
    case 422:
        kind = ApiError::Kind::Unprocessable;
        break;
    default:
        kind = ApiError::Kind::Conflict;
        break;
    }
    ApiError error = ApiError::make(kind, refusal.detail, refusal.httpStatus);
    if (refusal.status)
        error.currentStatus = contract::toString(*refusal.status);
    return error;
}

DryRunAdminApi::DryRunAdminApi(const Scenario &scenario, double timeScale, QObject *parent)
    : AdminApi(parent), m_clock(std::make_unique<VirtualClock>(scenario.start, timeScale)),
      m_simulator(std::make_unique<ProviderSimulator>(scenario, *m_clock))
{ }

DryRunAdminApi::~DryRunAdminApi() = default;

ServersJob *DryRunAdminApi::servers()
{
    return finished<ServersJob>(m_simulator->servers());
}

HostingAccountsJob *DryRunAdminApi::hostingAccounts()
{
    return finished<HostingAccountsJob>(m_simulator->hostingAccounts());
}

DatabasesJob *DryRunAdminApi::databases()
{
    return finished<DatabasesJob>(m_simulator->databases());
}

SitesJob *DryRunAdminApi::sites()
{
    return finished<SitesJob>(m_simulator->sites());
}

MigrationsJob *DryRunAdminApi::migrations()
{
    return finished<MigrationsJob>(m_simulator->migrations());
}

MigrationJob *DryRunAdminApi::migration(qint64 migrationId)
{
    return finished<MigrationJob>(m_simulator->migration(migrationId));
}

MigrationAccountsJob *DryRunAdminApi::migrationAccounts(qint64 migrationId)
{
    return finished<MigrationAccountsJob>(m_simulator->migrationAccounts(migrationId));
}

AccountActionJob *DryRunAdminApi::startAction(qint64 migrationId, qint64 accountId, AccountAction action,
                                              const QUuid &idempotencyKey)
{
    return finished<AccountActionJob>(m_simulator->startAction(migrationId, accountId, action, idempotencyKey));
}

SupportRequestJob *DryRunAdminApi::requestSupport(qint64 migrationId, const SupportRequest &request,
                                                  const QUuid &idempotencyKey)
{
    return finished<SupportRequestJob>(m_simulator->requestSupport(migrationId, request, idempotencyKey));
}

} // namespace passerelle::sim
