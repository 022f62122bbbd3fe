#pragma once

#include "app/cli/CliOptions.h"
#include "app/cli/ExitCode.h"
#include "core/sites/SiteChecker.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace passerelle {
struct Backend;
}

namespace passerelle::cli {

// passerelle-cli check-sites: once the session has read the migration, reads the sites, checks
// every address of the chosen accounts (recording the references with --baseline, comparing
// otherwise), prints the results and finishes once: 0 nothing broken, 1 a site broken, else the
// usual codes. In a dry-run the simulator answers: not one connection leaves the computer.
class SiteCheckCommand : public QObject
{
    Q_OBJECT

public:
    SiteCheckCommand(Backend &backend, CliOptions options, QTextStream &out, QTextStream &err,
                     QObject *parent = nullptr);
    ~SiteCheckCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onSessionReady();
    void checkSites(const QList<SiteInfo> &sites);
    void onAccountChecked(qint64 accountId, const QList<sites::SiteCheckResult> &results);
    void failWith(const QString &message, ExitCode code);
    void finish(ExitCode code);

    Backend &m_backend;
    CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<sites::SiteProber> m_prober;
    std::unique_ptr<sites::SiteChecker> m_checker;
    QList<sites::SiteAccount> m_accounts; // in the order of the migration
    QHash<qint64, QList<sites::SiteCheckResult>> m_results;
    bool m_ready = false;
    bool m_checking = false;
    bool m_journalFailed = false;
    bool m_finished = false;
};

} // namespace passerelle::cli
