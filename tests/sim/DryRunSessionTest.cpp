#include "core/journal/InMemoryJournal.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/ScenarioLoader.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace passerelle;
using namespace passerelle::sim;
using namespace Qt::Literals::StringLiterals;

namespace {

// What `passerelle --dry-run` runs: the real session over the in-process simulator, on a virtual
// clock that the test moves from event to event.
class DryRunSession : public ::testing::Test
{
protected:
    DryRunSession() : api(scenario::loadDefault().value(), 0.0), session(&api, &api.clock(), &journal) { }

    void poll()
    {
        QSignalSpy changed(&session, &MigrationSession::snapshotChanged);
        const QDateTime before = session.lastRefreshAt();
        session.refresh();
        // Done as soon as the poll's two reads have answered (the clock moved, or something changed).
        EXPECT_TRUE(QTest::qWaitFor([&] { return changed.count() > 0 || session.lastRefreshAt() != before; }, 2000));
    }
    // Lets simulated time pass, event by event, polling after each, until `done` holds.
    bool runUntil(const std::function<bool()> &done)
    {
        for (int i = 0; i < 300; ++i) {
            poll();
            if (done())
                return true;
            api.simulator().skipToNextEvent();
        }
        return done();
    }
    QList<qint64> accountIds() const
    {
        QList<qint64> ids;
        for (const AccountRecord &account : session.snapshot().accounts)
            ids << account.id;
        return ids;
    }
    bool every(const std::function<bool(const AccountRecord &)> &test) const
    {
        const AccountList &accounts = session.snapshot().accounts;
        return !accounts.isEmpty() && std::all_of(accounts.cbegin(), accounts.cend(), test);
    }
    void ask(SupportTopic topic, Finalizer by = Finalizer::Nobody)
    {
        QSignalSpy sent(&session, &MigrationSession::supportRequestSent);
        session.requestSupport(topic, session.preparedSupportMessage(topic), by);
        ASSERT_TRUE(sent.wait(2000));
    }

    DryRunAdminApi api;
    InMemoryJournal journal;
    MigrationSession session;
};

} // namespace

TEST_F(DryRunSession, BuiltInScenarioEndToEndThroughTheSession)
{
    session.start();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session.state() == MigrationSession::State::Ready; }, 5000));
    EXPECT_TRUE(session.isDryRun());
    ASSERT_EQ(session.currentStep(), Step::PrepareAccounts);

    session.setAllAccountsReady(true);
    ASSERT_EQ(session.currentStep(), Step::RequestTransit);
    ask(SupportTopic::TransitServer);
    ASSERT_TRUE(runUntil([this] { return session.currentStep() == Step::MigrateAccounts; }));

    session.queue().start(accountIds(), AccountAction::Migrate);
    ASSERT_TRUE(runUntil([this] { return session.currentStep() == Step::VerifyAfterMigration; }))
        << "step " << int(session.currentStep());
    for (qint64 id : accountIds())
        session.setAccountVerified(id, true);
    ask(SupportTopic::Reinstall);
    ASSERT_EQ(session.currentStep(), Step::ClientReinstallation);
    ASSERT_TRUE(runUntil([this] { return session.currentStep() == Step::Finalization; }));

    ask(SupportTopic::Finalization, Finalizer::Customer);
    session.queue().start(accountIds(), AccountAction::MoveBack);
    ASSERT_TRUE(runUntil([this] { return session.currentStep() == Step::MigrationOver; }))
        << "step " << int(session.currentStep());
    EXPECT_TRUE(every([](const AccountRecord &a) { return a.status == AccountStatus::Done; }));
    for (qint64 id : accountIds()) {
        EXPECT_EQ(api.simulator().actionCount(id, AccountAction::Migrate), 1) << id;
        EXPECT_EQ(api.simulator().actionCount(id, AccountAction::MoveBack), 1) << id;
    }
}
