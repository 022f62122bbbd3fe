#pragma once

#include "app/cli/CliOptions.h"
#include "core/api/AdminApi.h"
#include "core/api/Credentials.h"
#include "core/api/Expected.h"
#include "core/api/RequestPacer.h"
#include "core/api/RetryPolicy.h"

#include <QNetworkAccessManager>

#include <memory>

namespace passerelle {
class Clock;
}

namespace passerelle::cli {

// The REST client as the CLI uses it, with everything it owns (network, pacer, retry policy).
struct RestBackend
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<RequestPacer> pacer;
    std::unique_ptr<RetryPolicy> retryPolicy;
    std::unique_ptr<AdminApi> api;
};

// The offline simulator (issue 4, --dry-run): the built-in scenario, played on its own virtual
// clock, in process; nothing reaches any network. Fails when the scenario cannot be read.
struct DryRunBackend
{
    std::unique_ptr<AdminApi> api;
    const Clock *clock = nullptr; // the simulator's virtual clock, owned by `api`
};
Expected<std::shared_ptr<DryRunBackend>> makeDryRunBackend();

// The credentials the options ask for: --account, --customer, or the key alone.
Credentials credentialsFor(const CliOptions &options, const QByteArray &apiKey);
// Fails with a BadRequest error for an API address that is not acceptable (see ApiEndpoint).
Expected<std::shared_ptr<RestBackend>> makeRestBackend(const CliOptions &options, const Credentials &credentials,
                                                       const Clock &clock);

} // namespace passerelle::cli
