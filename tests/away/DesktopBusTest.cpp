// The D-Bus side of "while you are away", against a fake desktop on a private bus.
#include "core/away/Notification.h"
#include "tests/away/FakeDesktop.h"
#include "tests/away/PrivateBus.h"
#include "ui/platform/DesktopSleepInhibitor.h"
#include "ui/platform/FreedesktopNotifier.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using passerelle::fakes::FakeDesktop;

namespace {

// Counts what the fallback (the tray icon in the application) was asked to show.
class RecordingNotifier final : public Notifier
{
public:
    void show(const Notification &notification) override { shown << notification; }
    QList<Notification> shown;
};

class DesktopBusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(bus.start()) << bus.error().toStdString();
        desktopBus = std::make_unique<QDBusConnection>(bus.connect(u"fake-desktop"_s));
        clientBus = std::make_unique<QDBusConnection>(bus.connect(u"passerelle"_s));
        ASSERT_TRUE(desktopBus->isConnected());
        ASSERT_TRUE(clientBus->isConnected());
    }

    void startDesktop()
    {
        desktop = std::make_unique<FakeDesktop>(*desktopBus);
        ASSERT_TRUE(desktop->registerServices());
    }

    Notification sample(Step step = Step::VerifyAfterMigration)
    {
        return {Notification::Kind::OperationDone, u"Migration of site-1 done"_s, u"site-1 is now: migrated."_s, step};
    }

    fakes::PrivateBus bus;
    std::unique_ptr<QDBusConnection> desktopBus;
    std::unique_ptr<QDBusConnection> clientBus;
    std::unique_ptr<FakeDesktop> desktop;
};

TEST_F(DesktopBusTest, ANotificationReachesTheServiceNamedPasserelleWithADefaultAction)
{
    startDesktop();
    RecordingNotifier tray;
    ui::FreedesktopNotifier notifier(*clientBus, u"org.passerelle.Passerelle"_s, &tray);
    notifier.show(sample());
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->shown.size() == 1; }, 5000));
    const FakeDesktop::Shown &shown = desktop->shown.constFirst();
    EXPECT_EQ(shown.appName, u"Passerelle"_s);
    EXPECT_EQ(shown.icon, u"org.passerelle.Passerelle"_s);
    EXPECT_EQ(shown.summary, u"Migration of site-1 done"_s);
    EXPECT_EQ(shown.body, u"site-1 is now: migrated."_s);
    ASSERT_GE(shown.actions.size(), 2);
    EXPECT_EQ(shown.actions.at(0), u"default"_s);
    EXPECT_EQ(shown.hints.value(u"desktop-entry"_s).toString(), u"org.passerelle.Passerelle"_s);
    EXPECT_TRUE(tray.shown.isEmpty());
}

// Account names and errors come from the provider: on a server that reads markup they must stay
// words, never a link or an image; on one that does not, they arrive as they are.
const QString kHostileBody = u"<a href=\"https://evil.example/\">Fix</a> <img src=\"file:///etc/passwd\"> R&D"_s;

TEST_F(DesktopBusTest, ProviderTextIsEscapedForAServerThatReadsMarkup)
{
    startDesktop();
    RecordingNotifier tray;
    ui::FreedesktopNotifier notifier(*clientBus, u"org.passerelle.Passerelle"_s, &tray);
    ASSERT_TRUE(QTest::qWaitFor([&notifier] { return notifier.knowsCapabilities(); }, 5000));
    Notification notification = sample();
    notification.body = kHostileBody;
    notifier.show(notification);
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->shown.size() == 1; }, 5000));
    EXPECT_EQ(desktop->shown.constFirst().body,
              u"&lt;a href=&quot;https://evil.example/&quot;&gt;Fix&lt;/a&gt; "
              u"&lt;img src=&quot;file:///etc/passwd&quot;&gt; R&amp;D"_s);
}

TEST_F(DesktopBusTest, ProviderTextArrivesAsItIsForAServerWithoutMarkup)
{
    startDesktop();
    desktop->capabilities = {u"actions"_s, u"body"_s};
    RecordingNotifier tray;
    ui::FreedesktopNotifier notifier(*clientBus, u"org.passerelle.Passerelle"_s, &tray);
    ASSERT_TRUE(QTest::qWaitFor([&notifier] { return notifier.knowsCapabilities(); }, 5000));
    Notification notification = sample();
    notification.body = kHostileBody;
    notifier.show(notification);
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->shown.size() == 1; }, 5000));
    EXPECT_EQ(desktop->shown.constFirst().body, kHostileBody);
}

TEST_F(DesktopBusTest, ClickingANotificationAsksForItsStep)
{
    startDesktop();
    ui::FreedesktopNotifier notifier(*clientBus, u"org.passerelle.Passerelle"_s, nullptr);
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.show(sample(Step::Finalization));
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->shown.size() == 1; }, 5000));
    // The id comes back to the notifier with Notify's answer: the desktop clicks until it is known.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (activated.isEmpty())
                desktop->click(desktop->shown.constFirst().id);
            return !activated.isEmpty();
        },
        5000));
    EXPECT_EQ(activated.constFirst().at(0).value<Step>(), Step::Finalization);
}

// What a notification is about (its tag): the next one replaces it on screen, and withdrawing
// the tag closes it (also when the withdrawal comes before the service told its id).
TEST_F(DesktopBusTest, ATaggedNotificationIsReplacedInPlaceAndWithdrawn)
{
    startDesktop();
    ui::FreedesktopNotifier notifier(*clientBus, u"org.passerelle.Passerelle"_s, nullptr);
    Notification turn = sample();
    turn.kind = Notification::Kind::NeedsYou;
    turn.tag = u"your-turn"_s;
    notifier.show(turn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return desktop->shown.size() == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifier.knowsShown(turn.tag); }, 5000)); // Notify's answer: its id
    turn.title = u"Step 7: your turn"_s;
    notifier.show(turn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return desktop->shown.size() == 2; }, 5000));
    EXPECT_EQ(desktop->shown.at(1).replacesId, desktop->shown.at(0).id);
    EXPECT_EQ(desktop->onScreen.size(), 1) << "one on screen, replaced";

    notifier.withdraw(u"your-turn"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return desktop->onScreen.isEmpty(); }, 5000));
    EXPECT_EQ(desktop->closed, QList<uint> {desktop->shown.at(0).id});

    Notification error = sample();
    error.tag = u"key-refused"_s;
    notifier.show(error);
    notifier.withdraw(u"key-refused"_s); // before Notify's answer
    ASSERT_TRUE(QTest::qWaitFor([&] { return desktop->closed.size() == 2; }, 5000));
    EXPECT_TRUE(desktop->onScreen.isEmpty());
}

TEST_F(DesktopBusTest, WithoutANotificationServiceTheTrayShowsIt)
{
    RecordingNotifier tray;
    ui::FreedesktopNotifier notifier(*clientBus, u"org.passerelle.Passerelle"_s, &tray);
    notifier.show(sample());
    ASSERT_TRUE(QTest::qWaitFor([&] { return tray.shown.size() == 1; }, 5000));
    EXPECT_FALSE(notifier.usesService());
    notifier.show(sample()); // the next goes straight to the tray
    EXPECT_EQ(tray.shown.size(), 2);
}

TEST_F(DesktopBusTest, ThePortalInhibitsSuspendUntilReleased)
{
    startDesktop();
    ui::DesktopSleepInhibitor inhibitor(*clientBus, *clientBus);
    inhibitor.inhibit(u"A queue is running."_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return inhibitor.state() == SleepInhibitor::State::Held; }, 5000));
    ASSERT_EQ(desktop->inhibitions.size(), 1);
    EXPECT_EQ(desktop->inhibitions.constFirst().flags, 4u); // suspend
    EXPECT_EQ(desktop->inhibitions.constFirst().reason, u"A queue is running."_s);
    inhibitor.inhibit(u"still running"_s); // idempotent
    inhibitor.release();
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->heldCount() == 0; }, 5000));
    EXPECT_EQ(desktop->inhibitions.size(), 1);
}

TEST_F(DesktopBusTest, AReleaseWhileTheRequestIsOnItsWayGivesItBackWhenItArrives)
{
    startDesktop();
    ui::DesktopSleepInhibitor inhibitor(*clientBus, *clientBus);
    inhibitor.inhibit(u"work"_s);
    inhibitor.release();
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->inhibitions.size() == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->heldCount() == 0; }, 5000));
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
}

TEST_F(DesktopBusTest, QuittingGivesTheInhibitionBack)
{
    startDesktop();
    {
        ui::DesktopSleepInhibitor inhibitor(*clientBus, *clientBus);
        inhibitor.inhibit(u"work"_s);
        ASSERT_TRUE(QTest::qWaitFor([&] { return inhibitor.state() == SleepInhibitor::State::Held; }, 5000));
    }
    ASSERT_TRUE(QTest::qWaitFor([this] { return desktop->heldCount() == 0; }, 5000));
}

TEST_F(DesktopBusTest, WithNeitherPortalNorLogindTheComputerMaySleepAndItIsSaid)
{
    ui::DesktopSleepInhibitor inhibitor(*clientBus, *clientBus);
    inhibitor.inhibit(u"work"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return inhibitor.state() == SleepInhibitor::State::Unavailable; }, 5000));
    inhibitor.release();
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
}

} // namespace
