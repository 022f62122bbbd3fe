#include "ui/tour/Autopilot.h"
#include "tests/ui/WizardHarness.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;

namespace {

// Plays support and the provider for the autopilot: installs, runs operations, reinstalls.
void playSupport(WizardHarness &h)
{
    if (!h.api || !h.session())
        return;
    bool changed = false;
    if (h.api->detail.transit.status == TransitStatus::Requested) {
        h.api->detail.transit.status = TransitStatus::Ready;
        h.api->detail.transit.readyAt = h.clock.now();
        changed = true;
    }
    if (h.session()->facts().reinstallRequestSent
        && h.api->detail.clientServer.status == ClientServerStatus::Original) {
        h.api->detail.clientServer.status = ClientServerStatus::Reinstalled;
        h.api->detail.clientServer.reinstallStartedAt = h.clock.now();
        h.api->detail.clientServer.reinstalledAt = h.clock.now();
        changed = true;
    }
    for (const AccountRecord &account : std::as_const(h.api->accounts)) {
        if (isRunning(account.status)) {
            h.api->finishOperation(account.id);
            changed = true;
            break; // one per round, so that the pictures can catch an account on the move
        }
    }
    if (changed)
        h.session()->refresh();
}

TEST(Autopilot, WalksTheWholeMigrationAndWritesNinePictures)
{
    WizardHarness h(3);
    h.wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
    QTemporaryDir temporary;
    // PASSERELLE_UI_SHOTS names a folder to keep the pictures and look at them.
    const QDir dir(qEnvironmentVariableIsSet("PASSERELLE_UI_SHOTS") ? qEnvironmentVariable("PASSERELLE_UI_SHOTS")
                                                                    : temporary.path());
    ui::Autopilot pilot(h.wizard.get(), &h.context, dir.path());
    pilot.setTimeLimit(60000);
    QTimer support;
    support.setInterval(300);
    QObject::connect(&support, &QTimer::timeout, [&h] { playSupport(h); });
    support.start();
    QSignalSpy finished(&pilot, &ui::Autopilot::finished);
    pilot.start();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    const QStringList files = pilot.writtenFiles();
    EXPECT_EQ(files.size(), 9);
    for (const QString &name : {u"connection"_s, u"step-1"_s, u"step-4"_s, u"step-7"_s, u"step-8"_s}) {
        EXPECT_GT(QFileInfo(dir.filePath(name + u".png"_s)).size(), 1000) << name.toStdString();
    }
    EXPECT_GT(QFileInfo(dir.filePath(u"report.pdf"_s)).size(), 1000) << "the tour writes the report too";
    EXPECT_EQ(h.api->postsFor(301, AccountAction::Migrate), 1);
    EXPECT_EQ(h.api->postsFor(303, AccountAction::MoveBack), 1);
}

} // namespace
