#pragma once

#include "core/api/AdminApi.h"
#include "core/journal/JournalStore.h"
#include "core/model/Clock.h"
#include "core/model/Expected.h"
#include "core/session/MigrationSession.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace passerelle {

class Credentials;
class LogScrubber;
class RequestPacer;
class RetryPolicy;
class ThreadedJournal;
namespace sites {
class SiteProber;
}
namespace sim {
class DryRunAdminApi;
struct Scenario;
} // namespace sim

// What the wizard and the CLI both need to open a migration: where the provider is (or the
// offline simulator), who acts, and where the journal lives.
struct BackendOptions
{
    bool dryRun = false;
    QString apiUrl; // empty: the provider's documented base URL
    QByteArray apiKey; // REST only; kept in memory, never written by the backend
    QString accountName; // "<KEY> account=<name>"
    QString customerEmail; // "<KEY> customer=<email>"
    QString scenarioFile; // dry-run only; empty: the built-in scenario
    double timeScale = 0; // dry-run only; 0: the simulator's default
    QString journalPath; // REST only; empty: the platform's app-data folder
    bool startNewJournal = false; // REST only: after a damaged journal was set aside, start anew
    // REST only: check the accounts' websites around each move (the wizard does; a dry-run always
    // does, with the simulator's answers).
    bool checkSites = false;
};

// Why no backend opened. The kind decides what a program does with it (the CLI's exit code, the
// field the wizard points at); the message is what the user reads.
struct BackendError
{
    enum class Kind {
        BadAddress, // the API URL is not one Passerelle may use
        NoKey, // the provider needs an API key
        JournalInUse, // another Passerelle holds the journal
        JournalTooNew, // written by a newer Passerelle: left untouched
        JournalDamaged, // failed its check and was set aside: offer to start a new journal
        JournalUnusable, // cannot be created, read or upgraded
        BadScenario, // the dry-run's scenario file is refused
    };

    Kind kind = Kind::JournalUnusable;
    QString message;
};

// A session and everything it runs on, owned together. Members are destroyed bottom-up, so the
// session goes before the journal and the API it uses.
struct Backend
{
    std::unique_ptr<Clock> ownClock;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<RequestPacer> pacer;
    std::unique_ptr<RetryPolicy> retryPolicy;
    std::unique_ptr<AdminApi> api;
    std::unique_ptr<ThreadedJournal> diskJournal; // commits on its own thread
    std::unique_ptr<JournalStore> memoryJournal;
    std::unique_ptr<sites::SiteProber> siteProber; // null: no site checks
    std::unique_ptr<MigrationSession> session;

    const Clock *clock = nullptr; // the session's clock (virtual in a dry-run)
    sim::DryRunAdminApi *dryRun = nullptr; // the simulator, for "skip to the next event"

    Backend();
    ~Backend();
    JournalStore &journal() const;
};

// The names the wizard and the CLI both run under: the journal's folder and the keychain entries
// follow them, so that the two programs share both.
void nameTheApplication();

// The composition of the application, the one place that knows every concrete class: the REST
// client or the simulator, the journal on disk or in memory. The session is created, not started.
// A dry-run has no network code at all and keeps its journal in memory: each rehearsal starts
// fresh from its scenario.
Expected<std::unique_ptr<Backend>, BackendError> openBackend(const BackendOptions &options);
// The dry-run on a scenario already loaded (the tour and the tests cut it down).
std::unique_ptr<Backend> openDryRun(const sim::Scenario &scenario, double timeScale = 0);
// The credentials the options act with (the qualifier rules of docs/contract.md,
// "Authentication").
Credentials credentialsFor(const BackendOptions &options);
// Registers every form of the key the options carry with the scrubber, before any request can
// log it.
void registerSecrets(LogScrubber &scrubber, const BackendOptions &options);

} // namespace passerelle
