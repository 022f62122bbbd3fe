#pragma once

#include "core/api/AdminApi.h"
#include "core/api/Expected.h"
#include "core/journal/JournalStore.h"
#include "core/model/Clock.h"
#include "core/session/MigrationSession.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace passerelle {

class LockedJournal;
class RequestPacer;
class Credentials;
class RetryPolicy;
namespace sim {
class DryRunAdminApi;
}

// What the wizard and the CLI both need to open a migration: where the provider is (or the
// offline simulator), who acts, and where the journal lives.
struct BackendOptions
{
    bool dryRun = false;
    QString apiUrl;         // empty: the provider's documented base URL
    QByteArray apiKey;      // REST only; kept in memory, never written by the backend
    QString accountName;    // "<KEY> account=<name>"
    QString customerEmail;  // "<KEY> customer=<email>"
    QString scenarioFile;   // dry-run only; empty: the built-in scenario
    double timeScale = 0;   // dry-run only; 0: the simulator's default
    QString journalPath;    // REST only; empty: the platform's app-data folder
    bool startNewJournal = false; // REST only: after a damaged journal was set aside, start anew
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
    std::unique_ptr<LockedJournal> lockedJournal;
    std::unique_ptr<JournalStore> memoryJournal;
    std::unique_ptr<MigrationSession> session;

    const Clock *clock = nullptr;           // the session's clock (virtual in a dry-run)
    sim::DryRunAdminApi *dryRun = nullptr;  // the simulator, for "skip to the next event"

    Backend();
    ~Backend();
    JournalStore &journal() const;
};

// Builds the backend the options ask for; the session is created but not started.
// A dry-run has no network code at all and keeps its journal in memory: each rehearsal starts
// fresh from its scenario. A failure is a translated message (bad URL, bad scenario file, journal
// locked by another Passerelle, journal from a newer Passerelle).
Expected<std::unique_ptr<Backend>> openBackend(const BackendOptions &options);
// The credentials the options act with (the qualifier rules of admin-api.md, section A), so that
// their secret forms can be registered with the LogScrubber.
Credentials credentialsFor(const BackendOptions &options);

} // namespace passerelle
