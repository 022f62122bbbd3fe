// passerelle-cli: wires the options, the key, the REST client and a MigrationSession, then runs
// one command (issue 4). Everything it does is in the passerelle_cli library, tested on its own.
#include "app/cli/ApiKeySource.h"
#include "app/cli/CliBackend.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliRunner.h"
#include "app/cli/Confirmation.h"
#include "core/api/LogScrubber.h"
#include "core/journal/InMemoryJournal.h"
#include "core/model/Clock.h"
#include "core/session/MigrationSession.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace passerelle;

namespace {
// lupdate reads the context from this class, so the .ts and the runtime agree (tr() rule).
struct CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passerelle-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    // First of all: no log line may ever carry the key (admin-api.md, section C).
    LogScrubber scrubber;
    scrubber.install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const cli::ParsedCommandLine parsed = cli::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        (parsed.exitCode == cli::ExitCode::Done ? out : err) << parsed.text << Qt::flush;
        return cli::toInt(parsed.exitCode);
    }
    const cli::CliOptions &options = *parsed.options;
    const auto run = [&](AdminApi *api, const Clock *clock) {
        InMemoryJournal journal;
        MigrationSession session(api, clock, &journal);
        cli::CliRunner runner(session, options, cli::terminalConfirmation(), out, err);
        QObject::connect(&runner, &cli::CliRunner::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
        runner.start();
        return app.exec();
    };
    if (options.dryRun) {
        // No key, no network: the in-process simulator answers (issue 4, --dry-run).
        const auto dryRun = cli::makeDryRunBackend();
        if (!dryRun) {
            err << dryRun.error().message << Qt::endl;
            return cli::toInt(cli::ExitCode::Failed);
        }
        return run(dryRun.value()->api.get(), dryRun.value()->clock);
    }
    const auto key = cli::takeKeyFromEnvironment();
    if (!key) {
        err << CliMain::tr("No API key: save it with the wizard, or set PASSERELLE_API_KEY.") << Qt::endl;
        return cli::toInt(cli::ExitCode::KeyRefused);
    }
    const Credentials credentials = cli::credentialsFor(options, *key);
    for (const QByteArray &secret : credentials.secretForms())
        scrubber.addSecret(secret);

    SystemClock clock;
    const auto backend = cli::makeRestBackend(options, credentials, clock);
    if (!backend) {
        err << backend.error().message << Qt::endl;
        return cli::toInt(cli::ExitCode::Usage);
    }
    return run(backend.value()->api.get(), &clock);
}
