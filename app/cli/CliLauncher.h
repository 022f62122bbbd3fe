#pragma once

#include "app/cli/CliOptions.h"
#include "app/cli/CliRunner.h"
#include "app/cli/Confirmation.h"
#include "app/cli/SiteCheckCommand.h"
#include "core/backend/Backend.h"

#include <QDateTime>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace passerelle {
class KeychainStore;
class LogScrubber;
} // namespace passerelle

namespace passerelle::cli {

// Everything one passerelle-cli run owns, wired in order: the key (environment, else the
// keychain entry the wizard saved), then core's Backend (REST with the wizard's journal, or the
// simulator for --dry-run) and the runner. Finishes once with the exit code.
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
    void open(const QByteArray &apiKey);
    void fail(ExitCode code, const QString &message);
    void finishOnce(int exitCode);
    void onPaced(qint64 ms);

    CliOptions m_options;
    LogScrubber &m_scrubber;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<CliRunner> m_runner;
    std::unique_ptr<SiteCheckCommand> m_siteCheck;
    QDateTime m_announcedWaitUntil;
    bool m_finished = false;
};

} // namespace passerelle::cli
