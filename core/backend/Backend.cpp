#include "core/backend/Backend.h"

#include "core/api/ApiContract.h"
#include "core/api/ApiEndpoint.h"
#include "core/api/Credentials.h"
#include "core/api/HttpContext.h"
#include "core/api/LogScrubber.h"
#include "core/api/RequestPacer.h"
#include "core/api/RestAdminApi.h"
#include "core/api/RetryPolicy.h"
#include "core/api/SharedLedgerFile.h"
#include "core/journal/InMemoryJournal.h"
#include "core/journal/ThreadedJournal.h"
#include "core/model/TrContext.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/session/QueueSchedule.h"
#include "core/sim/ScenarioLoader.h"
#include "core/sim/SimulatedSiteProber.h"
#include "core/sites/NetworkSiteProber.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(OpenBackend);

using namespace std::chrono_literals;

BackendError::Kind journalErrorKind(LockedJournal::Failure failure)
{
    switch (failure) {
    case LockedJournal::Failure::AlreadyRunning:
        return BackendError::Kind::JournalInUse;
    case LockedJournal::Failure::NewerSchema:
        return BackendError::Kind::JournalTooNew;
    case LockedJournal::Failure::Damaged:
        return BackendError::Kind::JournalDamaged;
    case LockedJournal::Failure::None:
    case LockedJournal::Failure::CannotOpen:
        break;
    }
    return BackendError::Kind::JournalUnusable;
}

Expected<std::unique_ptr<Backend>, BackendError> openRest(const BackendOptions &options)
{
    const auto endpoint
        = ApiEndpoint::fromString(options.apiUrl.isEmpty() ? contract::defaultBaseUrl() : options.apiUrl);
    if (!endpoint)
        return BackendError {BackendError::Kind::BadAddress, endpoint.error().message};
    if (options.apiKey.isEmpty())
        return BackendError {BackendError::Kind::NoKey, OpenBackend::tr("An API key is needed to reach the provider.")};
    const QString journalPath = options.journalPath.isEmpty() ? SqliteJournal::defaultPath() : options.journalPath;
    auto journal = std::make_unique<ThreadedJournal>(journalPath,
                                                     options.startNewJournal ? SqliteJournal::AfterDamage::StartNew
                                                                             : SqliteJournal::AfterDamage::Refuse);
    if (!journal->isOpen())
        return BackendError {journalErrorKind(journal->failure()), journal->errorString()};
    auto backend = std::make_unique<Backend>();
    backend->diskJournal = std::move(journal);
    backend->ownClock = std::make_unique<SystemClock>();
    backend->clock = backend->ownClock.get();
    backend->network = std::make_unique<QNetworkAccessManager>();
    // Every Passerelle of this user with this key counts against the same provider limits.
    backend->pacer = std::make_unique<RequestPacer>(
        *backend->clock, RequestPacer::Limits {},
        std::make_unique<SharedLedgerFile>(SharedLedgerFile::pathFor(QFileInfo(journalPath).absolutePath(),
                                                                     endpoint.value().baseUrl(), options.apiKey)));
    // Jitter only spreads retries out; it needs no cryptographic quality.
    backend->retryPolicy = std::make_unique<RetryPolicy>([] { return QRandomGenerator::global()->generateDouble(); });
    HttpContext context;
    context.network = backend->network.get();
    context.endpoint = endpoint.value();
    context.credentials = credentialsFor(options);
    context.pacer = backend->pacer.get();
    context.retryPolicy = backend->retryPolicy.get();
    context.clock = backend->clock;
    backend->api = std::make_unique<RestAdminApi>(context);
    backend->session = std::make_unique<MigrationSession>(backend->api.get(), backend->clock, &backend->journal());
    // A write committed after it returned reports its failure here, to whoever shows the session's.
    QObject::connect(backend->diskJournal.get(), &ThreadedJournal::writeFailed, backend->session.get(),
                     &MigrationSession::journalError);
    if (options.checkSites) {
        backend->siteProber = std::make_unique<sites::NetworkSiteProber>(sites::ProbeSettings {});
        backend->session->setSiteProber(backend->siteProber.get());
    }
    return backend;
}

} // namespace

void nameTheApplication()
{
    QCoreApplication::setApplicationName(u"Passerelle"_s);
    QCoreApplication::setOrganizationName(u"Passerelle"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
}

Backend::Backend() = default;
Backend::~Backend() = default;

JournalStore &Backend::journal() const
{
    if (diskJournal)
        return *diskJournal;
    return *memoryJournal;
}

std::unique_ptr<Backend> openDryRun(const sim::Scenario &scenario, double timeScale)
{
    auto backend = std::make_unique<Backend>();
    auto api = std::make_unique<sim::DryRunAdminApi>(scenario,
                                                     timeScale > 0 ? timeScale : sim::VirtualClock::kDefaultTimeScale);
    backend->dryRun = api.get();
    backend->clock = &api->clock();
    backend->api = std::move(api);
    backend->memoryJournal = std::make_unique<InMemoryJournal>();
    backend->siteProber = std::make_unique<sim::SimulatedSiteProber>(backend->dryRun->simulator());
    backend->session
        = std::make_unique<MigrationSession>(backend->api.get(), backend->clock, backend->memoryJournal.get());
    // The simulator answers the site checks: a dry-run never connects anywhere.
    backend->session->setSiteProber(backend->siteProber.get());
    // The simulator's hours pass in seconds: a dry-run looks again at least every two seconds.
    backend->session->setLongestPollInterval(2s);
    backend->session->schedule().setLongestWait(1s);
    return backend;
}

Expected<std::unique_ptr<Backend>, BackendError> openBackend(const BackendOptions &options)
{
    if (!options.dryRun)
        return openRest(options);
    const sim::LoadedScenario loaded
        = options.scenarioFile.isEmpty() ? sim::scenario::loadDefault() : sim::scenario::loadFile(options.scenarioFile);
    if (!loaded)
        return BackendError {BackendError::Kind::BadScenario,
                             OpenBackend::tr("The scenario cannot be used: %1").arg(loaded.error())};
    return openDryRun(loaded.value(), options.timeScale);
}

Credentials credentialsFor(const BackendOptions &options)
{
    if (!options.accountName.isEmpty())
        return Credentials::forAccount(options.apiKey, options.accountName);
    if (!options.customerEmail.isEmpty())
        return Credentials::forCustomer(options.apiKey, options.customerEmail);
    return Credentials::ownProfile(options.apiKey);
}

void registerSecrets(LogScrubber &scrubber, const BackendOptions &options)
{
    if (options.dryRun)
        return;
    for (const QByteArray &secret : credentialsFor(options).secretForms())
        scrubber.addSecret(secret);
}

} // namespace passerelle
