#pragma once

#include "app/cli/CliBackend.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliRunner.h"
#include "app/cli/Confirmation.h"
#include "core/model/Clock.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace passerelle {
class JournalStore;
class KeychainStore;
class LockedJournal;
class LogScrubber;
class MigrationSession;
} // namespace passerelle

namespace passerelle::cli {

// Everything one passerelle-cli run owns, wired in order: the key (environment, else the
// keychain entry the wizard saved), the backend (REST, or the simulator for --dry-run), the
// journal shared with the wizard (an in-memory one for a dry run), the session and the runner.
// Finishes once with the exit code.
class CliLauncher : public QObject
{
    Q_OBJECT

public:
    CliLauncher(CliOptions options, LogScrubber &scrubber, QTextStream &out, QTextStream &err,
                QObject *parent = nullptr);
    ~CliLauncher() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void readKeyFromKeychain();
    void startWithKey(const QByteArray &apiKey);
    void startDryRun();
    void runOn(AdminApi *api, const Clock *clock, JournalStore *journal);
    void fail(ExitCode code, const QString &message);

    CliOptions m_options;
    LogScrubber &m_scrubber;
    QTextStream &m_out;
    QTextStream &m_err;
    SystemClock m_systemClock;
    std::unique_ptr<KeychainStore> m_keychain;
    std::shared_ptr<RestBackend> m_rest;
    std::shared_ptr<DryRunBackend> m_dryRun;
    std::unique_ptr<LockedJournal> m_lockedJournal;
    std::unique_ptr<JournalStore> m_memoryJournal;
    std::unique_ptr<MigrationSession> m_session;
    std::unique_ptr<CliRunner> m_runner;
    bool m_finished = false;
};

} // namespace passerelle::cli
