// passerelle-cli: parses the command line and hands over to CliLauncher, which wires the key, the
// backend, the journal and a MigrationSession, then runs one command.
#include "app/cli/CliLauncher.h"
#include "app/cli/CliOptions.h"
#include "core/api/LogScrubber.h"
#include "core/backend/Backend.h"
#include "translations/TranslationInstaller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameTheApplication();
    // First of all: no log line may ever carry the key (docs/contract.md, "A careful client").
    LogScrubber scrubber;
    scrubber.install();
    // Messages in the system language, like the wizard.
    i18n::installTranslations(QLocale::system(), &app);

    // Each error reaches the terminal once, as the CLI's own message: the modules' diagnostics,
    // which repeat it, stay off unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            u"passerelle.*.debug=false\npasserelle.*.info=false\npasserelle.*.warning=false"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const cli::ParsedCommandLine parsed = cli::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        (parsed.exitCode == cli::ExitCode::Done ? out : err) << parsed.text << Qt::flush;
        return cli::toInt(parsed.exitCode);
    }
    cli::CliLauncher launcher(*parsed.options, scrubber, out, err);
    QObject::connect(&launcher, &cli::CliLauncher::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    launcher.start();
    return app.exec();
}
