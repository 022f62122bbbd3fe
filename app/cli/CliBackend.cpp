#include "app/cli/CliBackend.h"

#include "core/api/ApiEndpoint.h"
#include "core/api/RestAdminApi.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/ScenarioLoader.h"

#include <QRandomGenerator>

namespace passerelle::cli {

Expected<std::shared_ptr<DryRunBackend>> makeDryRunBackend()
{
    const sim::LoadedScenario loaded = sim::scenario::loadDefault();
    if (!loaded.scenario)
        return ApiError::make(ApiError::Kind::Protocol, loaded.error);
    auto api = std::make_unique<sim::DryRunAdminApi>(*loaded.scenario);
    auto backend = std::make_shared<DryRunBackend>();
    backend->clock = &api->clock();
    backend->api = std::move(api);
    return backend;
}

Credentials credentialsFor(const CliOptions &options, const QByteArray &apiKey)
{
    if (!options.accountQualifier.isEmpty())
        return Credentials::forAccount(apiKey, options.accountQualifier);
    if (!options.customerEmail.isEmpty())
        return Credentials::forCustomer(apiKey, options.customerEmail);
    return Credentials::ownProfile(apiKey);
}

Expected<std::shared_ptr<RestBackend>> makeRestBackend(const CliOptions &options, const Credentials &credentials,
                                                       const Clock &clock)
{
    const auto endpoint = ApiEndpoint::fromString(options.apiUrl);
    if (!endpoint)
        return endpoint.error();
    auto backend = std::make_shared<RestBackend>();
    backend->network = std::make_unique<QNetworkAccessManager>();
    backend->pacer = std::make_unique<RequestPacer>(clock);
    // Jitter only spreads retries out; it needs no cryptographic quality.
    backend->retryPolicy = std::make_unique<RetryPolicy>([] { return QRandomGenerator::global()->generateDouble(); });
    HttpContext context;
    context.network = backend->network.get();
    context.endpoint = endpoint.value();
    context.credentials = credentials;
    context.pacer = backend->pacer.get();
    context.retryPolicy = backend->retryPolicy.get();
    context.clock = &clock;
    backend->api = std::make_unique<RestAdminApi>(context);
    return backend;
}

} // namespace passerelle::cli
