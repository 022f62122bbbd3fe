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
    if (options.dryRun) {
        err << QCoreApplication::translate("passerelle-cli", "The dry-run simulator is not part of this build yet.")
            << Qt::endl;
        return cli::toInt(cli::ExitCode::Usage);
    }
    const auto key = cli::takeKeyFromEnvironment();
    if (!key) {
        err << QCoreApplication::translate("passerelle-cli",
                                           "No API key: save it with the wizard, or set PASSERELLE_API_KEY.")
            << Qt::endl;
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
    InMemoryJournal journal;
    MigrationSession session(backend.value()->api.get(), &clock, &journal);
    cli::CliRunner runner(session, options, cli::terminalConfirmation(), out, err);
    QObject::connect(&runner, &cli::CliRunner::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    runner.start();
    return app.exec();
}
