#include "core/backend/Backend.h"
#include "core/session/SiteWatch.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/ScenarioLoader.h"
#include "ui/tour/Autopilot.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

// The guided tour on the real in-process simulator (the built-in scenario, fewer accounts, fast
// time): from the connection page to step 8, one non-empty picture per page.
TEST(Tour, WalksTheBuiltInScenarioAndWritesNinePictures)
{
    sim::LoadedScenario loaded = sim::scenario::loadDefault();
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    sim::Scenario scenario = loaded.value();
    scenario.accounts = scenario.accounts.mid(0, 3);
    const SystemClock systemClock;
    sim::DryRunAdminApi *dryRun = nullptr;
    ui::WizardContext context(
        [&scenario, &dryRun](const BackendOptions &) -> Expected<std::unique_ptr<Backend>, BackendError> {
            // core's dry-run, on a scenario cut down to three accounts.
            auto backend = openDryRun(scenario);
            dryRun = backend->dryRun;
            return backend;
        },
        &systemClock);
    ui::PasserelleWizard wizard(&context, u"test"_s);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    QTemporaryDir temporary;
    const QDir dir(qEnvironmentVariableIsSet("PASSERELLE_UI_SHOTS") ? qEnvironmentVariable("PASSERELLE_UI_SHOTS")
                                                                    : temporary.path());
    ui::Autopilot pilot(&wizard, &context, dir.path());
    pilot.setTimeLimit(90000);
    // Support's hours pass in a blink; the accounts move at the simulator's usual pace.
    pilot.setFastForward([&dryRun] { dryRun->clock().advance(2 * 3600); });
    QSignalSpy finished(&pilot, &ui::Autopilot::finished);
    pilot.start();
    ASSERT_TRUE(finished.wait(100000));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    const QStringList expected = {u"connection"_s, u"step-1"_s, u"step-2"_s, u"step-3"_s, u"step-4"_s,
                                  u"step-5"_s,     u"step-5-sites"_s, u"step-6"_s, u"step-7"_s, u"step-8"_s};
    for (const QString &name : expected)
        EXPECT_GT(QFileInfo(dir.filePath(name + u".png"_s)).size(), 1000) << name.toStdString();
    EXPECT_EQ(context.session()->currentStep(), Step::MigrationOver);
    // Every account's sites were checked on the way (after the migration and the move back).
    for (const AccountRecord &account : context.session()->snapshot().accounts)
        EXPECT_EQ(context.session()->sites().stateOf(account.id), SitesState::Same) << account.name.toStdString();
}

} // namespace
