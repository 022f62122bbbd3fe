#pragma once

// A session over a scripted provider and an injected clock, with core's away decisions on it:
// the notification planner and the keep-awake holder (shared by the away core tests).
#include "core/away/KeepAwake.h"
#include "core/away/NotificationPlanner.h"
#include "core/away/SleepInhibitor.h"
#include "core/journal/InMemoryJournal.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

namespace passerelle::testing {

using passerelle::fakes::FakeAdminApi;

// Records what KeepAwake asks of the desktop.
class FakeInhibitor final : public SleepInhibitor
{
public:
    void inhibit(const QString &reason) override
    {
        ++inhibits;
        lastReason = reason;
        m_state = State::Held;
    }
    void release() override
    {
        ++releases;
        m_state = State::Released;
    }
    State state() const override { return m_state; }

    int inhibits = 0;
    int releases = 0;
    QString lastReason;

private:
    State m_state = State::Released;
};

class AwayTest : public ::testing::Test
{
protected:
    // KeepAwake gives the inhibition back as it goes: before the fake inhibitor does.
    void TearDown() override { stopSession(); }

    void startSession(JournalStore *store = nullptr)
    {
        if (!api)
            api.reset(fakes::makeReadyProvider(3));
        session = std::make_unique<MigrationSession>(api.get(), &clock, store ? store : &journal);
        session->schedule().setLongestWait(std::chrono::milliseconds(20));
        planner = std::make_unique<NotificationPlanner>(*session);
        planner->setLongestWait(std::chrono::milliseconds(20));
        keepAwake = std::make_unique<KeepAwake>(*session, inhibitor);
        QObject::connect(planner.get(), &NotificationPlanner::notify,
                         [this](const Notification &notification) { notifications << notification; });
        session->schedule().adoptKept();
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    void stopSession()
    {
        keepAwake.reset();
        planner.reset();
        session.reset();
    }

    // The provider's next answer, read now.
    void poll()
    {
        QSignalSpy changed(session.get(), &MigrationSession::snapshotChanged);
        session->refresh();
        ASSERT_TRUE(changed.wait(5000));
    }

    // The session sees the account running (the provider took the action).
    bool running(qint64 accountId)
    {
        return QTest::qWaitFor(
            [&] { return isRunning(session->snapshot().account(accountId)->status) && session->inFlight().isEmpty(); },
            5000);
    }

    void finish(qint64 accountId, bool succeeded = true)
    {
        api->finishOperation(accountId, succeeded);
        poll();
    }

    bool waitFor(const std::function<bool()> &condition) { return QTest::qWaitFor(condition, 5000); }

    QList<Notification> ofKind(Notification::Kind kind) const
    {
        QList<Notification> found;
        for (const Notification &notification : notifications) {
            if (notification.kind == kind)
                found << notification;
        }
        return found;
    }

    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    std::unique_ptr<FakeAdminApi> api;
    std::unique_ptr<MigrationSession> session;
    std::unique_ptr<NotificationPlanner> planner;
    std::unique_ptr<KeepAwake> keepAwake;
    FakeInhibitor inhibitor;
    QList<Notification> notifications;
};

} // namespace passerelle::testing
