#include "core/journal/InMemoryJournal.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/ScenarioLoader.h"
#include "ui/common/Translations.h"
#include "ui/tour/Autopilot.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

using namespace passerelle;

namespace {

// The offline backend: the built-in scenario played by the in-process simulator.
std::unique_ptr<ui::ConnectedSession> dryRunSession(sim::DryRunAdminApi **simulator, QString *error)
{
    const sim::LoadedScenario loaded = sim::scenario::loadDefault();
    if (!loaded.scenario) {
        *error = QCoreApplication::translate("main", "The built-in scenario cannot be read: %1").arg(loaded.error);
        return nullptr;
    }
    auto connected = std::make_unique<ui::ConnectedSession>();
    auto api = std::make_unique<sim::DryRunAdminApi>(*loaded.scenario);
    *simulator = api.get();
    connected->clock = &api->clock();
    connected->journal = std::make_unique<InMemoryJournal>();
    connected->session = std::make_unique<MigrationSession>(api.get(), &api->clock(), connected->journal.get());
    connected->api = std::move(api);
    return connected;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Passerelle"));
    QApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QCoreApplication::translate("main", "Start the offline simulation."));
    const QCommandLineOption tourOption(QStringLiteral("tour"),
                                        QCoreApplication::translate("main", "Walk the dry-run through every step and "
                                                                            "save one picture per page into DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language: fr or en (default: the system's)."),
                                        QStringLiteral("LANG"));
    parser.addOptions({dryRunOption, tourOption, langOption});
    parser.process(app);

    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    QLocale::setDefault(locale);
    ui::installTranslations(locale, &app);

    const SystemClock clock;
    sim::DryRunAdminApi *simulator = nullptr;
    ui::WizardContext context(
        [&simulator](const ui::ConnectionRequest &request, QString *error) -> std::unique_ptr<ui::ConnectedSession> {
            if (request.dryRun)
                return dryRunSession(&simulator, error);
            *error = QCoreApplication::translate("main", "This build cannot reach the provider yet: try it offline.");
            return nullptr;
        },
        &clock);
    ui::PasserelleWizard wizard(&context, QApplication::applicationVersion());
    wizard.show();

    std::unique_ptr<ui::Autopilot> tour;
    if (parser.isSet(tourOption)) {
        tour = std::make_unique<ui::Autopilot>(&wizard, &context, parser.value(tourOption));
        // Support's hours pass in a blink; accounts move at the simulator's pace.
        tour->setFastForward([&simulator] {
            if (simulator)
                simulator->clock().advance(2 * 3600);
        });
        QObject::connect(tour.get(), &ui::Autopilot::finished, &app, [](bool succeeded, const QString &message) {
            if (!succeeded)
                std::fprintf(stderr, "passerelle: tour %s\n", qPrintable(message));
            QCoreApplication::exit(succeeded ? 0 : 1);
        });
        tour->start();
    } else if (parser.isSet(dryRunOption)) {
        auto *connection = qobject_cast<ui::ConnectionPage *>(wizard.page(ui::ConnectionPageId));
        QTimer::singleShot(0, connection->dryRunButton(), &QPushButton::click);
    }
    return app.exec();
}
