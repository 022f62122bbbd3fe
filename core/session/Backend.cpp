#include "core/session/Backend.h"

#include "core/api/ApiContract.h"
#include "core/api/ApiEndpoint.h"
#include "core/api/Credentials.h"
#include "core/api/HttpContext.h"
#include "core/api/RequestPacer.h"
#include "core/api/RestAdminApi.h"
#include "core/api/RetryPolicy.h"
#include "core/api/SharedLedgerFile.h"
#include "core/journal/InMemoryJournal.h"
#include "core/journal/LockedJournal.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/ScenarioLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace passerelle {
namespace {

ApiError backendError(const QString &message)
{
    return ApiError::make(ApiError::Kind::BadRequest, message);
}

std::optional<ApiError> openDryRun(Backend &backend, const BackendOptions &options)
{
    const sim::LoadedScenario loaded =
        options.scenarioFile.isEmpty() ? sim::scenario::loadDefault() : sim::scenario::loadFile(options.scenarioFile);
    if (!loaded.scenario)
        return backendError(QCoreApplication::translate("Backend", "The scenario cannot be used: %1").arg(loaded.error));
    const double scale = options.timeScale > 0 ? options.timeScale : sim::VirtualClock::kDefaultTimeScale;
    auto api = std::make_unique<sim::DryRunAdminApi>(*loaded.scenario, scale);
    backend.dryRun = api.get();
    backend.clock = &api->clock();
    backend.api = std::move(api);
    backend.memoryJournal = std::make_unique<InMemoryJournal>();
    return std::nullopt;
}

std::optional<ApiError> openRest(Backend &backend, const BackendOptions &options)
{
    const auto endpoint = ApiEndpoint::fromString(options.apiUrl.isEmpty() ? contract::defaultBaseUrl() : options.apiUrl);
    if (!endpoint)
        return endpoint.error();
    if (options.apiKey.isEmpty())
        return backendError(QCoreApplication::translate("Backend", "An API key is needed to reach the provider."));
    const QString journalPath = options.journalPath.isEmpty() ? SqliteJournal::defaultPath() : options.journalPath;
    auto journal = std::make_unique<LockedJournal>(journalPath, options.startNewJournal
                                                                    ? SqliteJournal::AfterDamage::StartNew
                                                                    : SqliteJournal::AfterDamage::Refuse);
    if (journal->failure() == LockedJournal::Failure::Damaged)
        return ApiError::make(ApiError::Kind::JournalDamaged, journal->errorString());
    if (!journal->isOpen())
        return backendError(journal->errorString());
    backend.lockedJournal = std::move(journal);
    backend.ownClock = std::make_unique<SystemClock>();
    backend.clock = backend.ownClock.get();
    backend.network = std::make_unique<QNetworkAccessManager>();
    // Every Passerelle of this user with this key counts against the same provider limits.
    backend.pacer = std::make_unique<RequestPacer>(
        *backend.clock, RequestPacer::Limits {},
        std::make_unique<SharedLedgerFile>(SharedLedgerFile::pathFor(QFileInfo(journalPath).absolutePath(),
                                                                     endpoint.value().baseUrl(), options.apiKey)));
    // Jitter only spreads retries out; it needs no cryptographic quality.
    backend.retryPolicy = std::make_unique<RetryPolicy>([] { return QRandomGenerator::global()->generateDouble(); });
    HttpContext context;
    context.network = backend.network.get();
    context.endpoint = endpoint.value();
    context.credentials = credentialsFor(options);
    context.pacer = backend.pacer.get();
    context.retryPolicy = backend.retryPolicy.get();
    context.clock = backend.clock;
    backend.api = std::make_unique<RestAdminApi>(context);
    return std::nullopt;
}

} // namespace

Backend::Backend() = default;
Backend::~Backend() = default;

JournalStore &Backend::journal() const
{
    if (lockedJournal)
        return lockedJournal->journal();
    return *memoryJournal;
}

Credentials credentialsFor(const BackendOptions &options)
{
    if (!options.accountName.isEmpty())
        return Credentials::forAccount(options.apiKey, options.accountName);
    if (!options.customerEmail.isEmpty())
        return Credentials::forCustomer(options.apiKey, options.customerEmail);
    return Credentials::ownProfile(options.apiKey);
}

Expected<std::unique_ptr<Backend>> openBackend(const BackendOptions &options)
{
    auto backend = std::make_unique<Backend>();
    const std::optional<ApiError> failure = options.dryRun ? openDryRun(*backend, options) : openRest(*backend, options);
    if (failure)
        return *failure;
    backend->session = std::make_unique<MigrationSession>(backend->api.get(), backend->clock, &backend->journal());
    return backend;
}

} // namespace passerelle
