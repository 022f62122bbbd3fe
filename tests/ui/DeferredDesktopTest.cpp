// The desktop's notifier and sleep inhibitor are built when first needed, never at start-up (the
// D-Bus ones would connect to the buses before the window's first paint), and behave as the real
// ones once built.
#include "ui/common/DeferredDesktop.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using namespace passerelle::ui;

namespace {

class RecordingNotifier final : public Notifier
{
public:
    void show(const Notification &notification) override { shown << notification.title; }
    void withdraw(const QString &tag) override { withdrawn << tag; }
    QStringList shown;
    QStringList withdrawn;
};

class RecordingInhibitor final : public SleepInhibitor
{
public:
    void inhibit(const QString &reason) override
    {
        reasons << reason;
        m_state = State::Held;
        Q_EMIT stateChanged(m_state);
    }
    void release() override
    {
        ++releases;
        m_state = State::Released;
        Q_EMIT stateChanged(m_state);
    }
    State state() const override { return m_state; }
    QStringList reasons;
    int releases = 0;

private:
    State m_state = State::Released;
};

TEST(DeferredNotifier, IsBuiltAtTheFirstNotificationAndPassesClicksOn)
{
    int built = 0;
    RecordingNotifier *real = nullptr;
    DeferredNotifier notifier([&]() -> std::unique_ptr<Notifier> {
        ++built;
        auto made = std::make_unique<RecordingNotifier>();
        real = made.get();
        return made;
    });
    notifier.withdraw(u"your-turn"_s);
    EXPECT_EQ(built, 0) << "nothing is built before a notification, nor to withdraw what was never shown";
    QSignalSpy activated(&notifier, &Notifier::activated);

    Notification done;
    done.title = u"Queue done"_s;
    notifier.show(done);
    notifier.show(done);
    EXPECT_EQ(built, 1);
    ASSERT_NE(real, nullptr);
    EXPECT_EQ(real->shown, QStringList({u"Queue done"_s, u"Queue done"_s}));
    notifier.withdraw(u"your-turn"_s);
    EXPECT_EQ(real->withdrawn, QStringList({u"your-turn"_s})) << "a withdrawal reaches the desktop";

    Q_EMIT real->activated(Step::VerifyAfterMigration);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<Step>(), Step::VerifyAfterMigration);
}

TEST(DeferredSleepInhibitor, IsBuiltOnlyWhenAskedToKeepTheComputerAwake)
{
    int built = 0;
    RecordingInhibitor *real = nullptr;
    DeferredSleepInhibitor inhibitor([&]() -> std::unique_ptr<SleepInhibitor> {
        ++built;
        auto made = std::make_unique<RecordingInhibitor>();
        real = made.get();
        return made;
    });
    QSignalSpy changed(&inhibitor, &SleepInhibitor::stateChanged);
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
    inhibitor.release(); // nothing was asked: nothing to build or give back
    EXPECT_EQ(built, 0);

    inhibitor.inhibit(u"a queue runs"_s);
    EXPECT_EQ(built, 1);
    ASSERT_NE(real, nullptr);
    EXPECT_EQ(real->reasons, QStringList({u"a queue runs"_s}));
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Held);
    inhibitor.release();
    EXPECT_EQ(real->releases, 1);
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
    EXPECT_EQ(changed.size(), 2);
}

} // namespace
