#include "core/api/LogScrubber.h"
#include "core/backend/Backend.h"
#include "core/model/TrContext.h"
#include "core/secrets/KeychainStore.h"
#include "translations/TranslationInstaller.h"
#include "ui/common/AppIcon.h"
#include "ui/common/DeferredDesktop.h"
#include "ui/platform/DesktopSleepInhibitor.h"
#include "ui/platform/FreedesktopNotifier.h"
#include "ui/platform/TrayNotifier.h"
#include "ui/common/FirstPaintWatch.h"
#include "ui/common/UiLog.h"
#include "ui/tour/Autopilot.h"
#include "ui/wizard/AwayServices.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

PASSERELLE_TR_CONTEXT(WizardMain);

// --help and --version answer without a display (a server, a package check): no QApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version"
            || argument == "-v")
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Before anything can log: the key never reaches a log line (docs/contract.md, "A careful client").
    LogScrubber scrubber;
    scrubber.install();
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    nameTheApplication();
    qCDebug(lcStartup) << "application" << sinceMain.elapsed() << "ms";

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, WizardMain::tr("Show the version."));
    const QCommandLineOption dryRunOption(u"dry-run"_s, WizardMain::tr("Start the offline simulation."));
    const QCommandLineOption tourOption(u"tour"_s,
                                        WizardMain::tr("Walk the dry-run through every step and "
                                                       "save one picture per page into DIR."),
                                        u"DIR"_s);
    const QCommandLineOption langOption(u"lang"_s, WizardMain::tr("Language: fr or en (default: the system's)."),
                                        u"LANG"_s);
    const QCommandLineOption supportModeOption(
        u"support-mode"_s,
        WizardMain::tr("Start in support mode, safe for screen sharing (key hidden, e-mail masked)."));
    parser.addOptions({versionOption, dryRunOption, tourOption, langOption, supportModeOption});
    parser.process(*app); // --help ends here
    // Without a QApplication only the version is left to print (also when "--version" was the
    // value of another option).
    if (parser.isSet(versionOption) || !qobject_cast<QApplication *>(app.get())) {
        std::puts("passerelle " PASSERELLE_VERSION);
        return 0;
    }
    QGuiApplication::setDesktopFileName(ui::kDesktopId);

    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    QLocale::setDefault(locale);
    i18n::installTranslations(locale, app.get());
    qCDebug(lcStartup) << "translations" << sinceMain.elapsed() << "ms";

    const SystemClock clock;
    // The wizard checks the accounts' websites around each move (a dry-run always does, offline).
    ui::WizardContext context(
        [](BackendOptions options) {
            options.checkSites = true;
            return openBackend(options);
        },
        &clock);
    KeychainStore keychain;
    context.setKeychain(&keychain);
    context.setLogScrubber(&scrubber);
    // While the customer is away: the desktop's notification service (the tray icon when none
    // answers) and its sleep inhibition, driven by core's decisions. Built on first use: connecting
    // to the buses would hold the first paint back.
    ui::DeferredNotifier notifier([] {
        auto *tray = new ui::TrayNotifier;
        auto freedesktop = std::make_unique<ui::FreedesktopNotifier>(QDBusConnection::sessionBus(), ui::kDesktopId, tray);
        tray->setParent(freedesktop.get());
        return freedesktop;
    });
    ui::DeferredSleepInhibitor inhibitor([] {
        return std::make_unique<ui::DesktopSleepInhibitor>(QDBusConnection::sessionBus(), QDBusConnection::systemBus());
    });
    ui::AwayServices away(&context, &notifier, &inhibitor);
    context.setAway(&away);
    // Notifications are for when the customer is away: not while the window is active. The tour
    // plays an absent customer, so that its pictures show them.
    if (!parser.isSet(tourOption))
        QObject::connect(qGuiApp, &QGuiApplication::applicationStateChanged, &away, [&away](Qt::ApplicationState state) {
            away.setCustomerPresent(state == Qt::ApplicationActive);
        });
    // The window's placement and the last connection (never the key); the tour's pictures stay the
    // same whatever was remembered.
    QSettings settings;
    if (!parser.isSet(tourOption))
        context.setSettings(&settings);
    ui::PasserelleWizard wizard(&context, QApplication::applicationVersion());
    context.setSupportMode(parser.isSet(supportModeOption));
    qCDebug(lcStartup) << "wizard built" << sinceMain.elapsed() << "ms";
    ui::FirstPaintWatch *firstPaint = wizard.firstPaint();
    firstPaint->reportIfAsked();
    QObject::connect(firstPaint, &ui::FirstPaintWatch::painted, firstPaint,
                     [&sinceMain] { qCDebug(lcStartup) << "first paint" << sinceMain.elapsed() << "ms"; });
    wizard.show();
    qCDebug(lcStartup) << "wizard shown" << sinceMain.elapsed() << "ms";

    std::unique_ptr<ui::Autopilot> tour;
    if (parser.isSet(tourOption)) {
        tour = std::make_unique<ui::Autopilot>(&wizard, &context, parser.value(tourOption));
        QObject::connect(tour.get(), &ui::Autopilot::finished, app.get(), [](bool succeeded, const QString &message) {
            if (!succeeded)
                std::fprintf(stderr, "passerelle: tour %s\n", qPrintable(message));
            QCoreApplication::exit(succeeded ? 0 : 1);
        });
        tour->start();
    } else if (parser.isSet(dryRunOption)) {
        // The simulator, its scenario and the journal wait until the window has shown itself.
        auto *connection = qobject_cast<ui::ConnectionPage *>(wizard.page(ui::ConnectionPageId));
        QObject::connect(firstPaint, &ui::FirstPaintWatch::painted, connection->dryRunButton(), &QPushButton::click,
                         Qt::QueuedConnection);
    }
    return app->exec();
}
