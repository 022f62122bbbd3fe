// An accepted action stays on its way until a read shows it: a lagging list is read again for
// the grace, a restart follows it without a new key, and reads that never show it make its
// outcome unknown, never a failure.
#include "core/journal/InMemoryJournal.h"
#include "core/session/IntentPipeline.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using namespace passerelle;
using passerelle::fakes::FakeAdminApi;

namespace {

class StartGrace : public ::testing::Test
{
protected:
    void start()
    {
        session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
        session->setLongestPollInterval(20ms); // the clock is manual: reads come fast, time does not pass
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    // `reads` more reads of the accounts, with the event loop running.
    bool readsPass(int reads)
    {
        const int until = api->accountReads + reads;
        return QTest::qWaitFor([&] { return api->accountReads >= until; }, 5000);
    }

    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    std::unique_ptr<FakeAdminApi> api {fakes::makeReadyProvider(2)};
    std::unique_ptr<MigrationSession> session;
};

TEST_F(StartGrace, ReadsThatNeverShowAnAcceptedActionMakeItUnknownAfterTheGraceNotFailed)
{
    start();
    QSignalSpy unseen(session.get(), &MigrationSession::actionUnseen);
    QSignalSpy failed(session.get(), &MigrationSession::actionFailed);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    // From the 202 on, the provider's list does not show it.
    QObject::connect(session.get(), &MigrationSession::actionAccepted, [this] { api->account(301)->status = AccountStatus::Idle; });
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));

    ASSERT_TRUE(readsPass(2 * IntentPipeline::kStartGraceReads));
    EXPECT_EQ(unseen.count(), 0) << "the grace is also a time: reads alone do not end it";
    EXPECT_TRUE(session->inFlight().contains(301));
    EXPECT_FALSE(session->canAct(301, AccountAction::Migrate)) << "never decided again meanwhile";

    clock.advance(std::chrono::seconds(IntentPipeline::kStartGrace).count() + 1);
    ASSERT_TRUE(unseen.wait(5000));
    EXPECT_TRUE(unseen.at(0).at(2).toString().contains(u"unknown"_s));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_TRUE(session->inFlight().isEmpty());
    EXPECT_TRUE(journal.intentsAwaitingStart(7).isEmpty());
    EXPECT_EQ(api->posts.size(), 1);
}

// Asked again after "unknown", the same action is not sent with a new key (the provider may have
// taken the first one: it would run twice); another account's is.
TEST_F(StartGrace, TheSameActionIsNotSentAgainAfterItsOutcomeBecameUnknown)
{
    start();
    QSignalSpy unseen(session.get(), &MigrationSession::actionUnseen);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    QSignalSpy failed(session.get(), &MigrationSession::actionFailed);
    QObject::connect(session.get(), &MigrationSession::actionAccepted, [this](qint64 id) {
        if (id == 301)
            api->account(301)->status = AccountStatus::Idle;
    });
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    ASSERT_TRUE(readsPass(2 * IntentPipeline::kStartGraceReads));
    clock.advance(std::chrono::seconds(IntentPipeline::kStartGrace).count() + 1);
    ASSERT_TRUE(unseen.wait(5000));
    ASSERT_EQ(journal.intentsUnseen(7).size(), 1);

    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).toLongLong(), 301);
    EXPECT_TRUE(failed.at(0).at(2).toString().contains(u"does not send it again"_s))
        << failed.at(0).at(2).toString().toStdString();
    EXPECT_EQ(api->posts.size(), 1) << "sent again with a new key";
    EXPECT_TRUE(session->inFlight().isEmpty());

    // The next run (a new command, the wizard opened again) reads it from the journal.
    session.reset();
    start();
    QSignalSpy failedAgain(session.get(), &MigrationSession::actionFailed);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(failedAgain.wait(5000));
    EXPECT_EQ(api->posts.size(), 1) << "sent again with a new key after a restart";
}

// A queue does not take "unknown" for an end: the next account waits for the customer.
TEST_F(StartGrace, AQueueStopsWhenItsRunningActionBecomesUnknown)
{
    start();
    QSignalSpy unseen(session.get(), &MigrationSession::actionUnseen);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    QObject::connect(session.get(), &MigrationSession::actionAccepted, [this] { api->account(301)->status = AccountStatus::Idle; });
    session->queue().start({301, 302}, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    ASSERT_TRUE(readsPass(IntentPipeline::kStartGraceReads));
    clock.advance(std::chrono::seconds(IntentPipeline::kStartGrace).count() + 1);
    ASSERT_TRUE(unseen.wait(5000));
    ASSERT_TRUE(readsPass(3));
    EXPECT_FALSE(session->queue().isActive());
    EXPECT_EQ(api->posts.size(), 1) << "302 was not started after an outcome nobody knows";
}

TEST_F(StartGrace, AListThatLagsShowsTheActionWithinTheGrace)
{
    start();
    QSignalSpy unseen(session.get(), &MigrationSession::actionUnseen);
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    QObject::connect(session.get(), &MigrationSession::actionAccepted, [this] { api->account(301)->status = AccountStatus::Idle; });
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    ASSERT_TRUE(readsPass(2));
    clock.advance(10);
    api->account(301)->status = AccountStatus::Migrating;
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->inFlight().isEmpty(); }, 5000));
    EXPECT_EQ(unseen.count(), 0);
    EXPECT_TRUE(journal.intentsAwaitingStart(7).isEmpty());
}

// An earlier run got the 202 and was killed; the list does not show the action yet. The restart
// follows it: nothing is sent, and the rules refuse a second one meanwhile.
TEST_F(StartGrace, ARestartFollowsAnAcceptedActionAndSendsNothing)
{
    ActionIntent intent;
    intent.migrationId = 7;
    intent.accountId = 301;
    intent.accountName = u"account-1"_s;
    intent.action = AccountAction::Migrate;
    intent.createdAt = clock.now().addSecs(-2);
    journal.recordIntent(intent);
    journal.recordOutcome(intent.id, IntentOutcome::Accepted, QString(), clock.now());

    session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
    QSignalSpy followed(session.get(), &MigrationSession::actionResumed);
    session->setLongestPollInterval(20ms);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    ASSERT_EQ(followed.count(), 1);
    EXPECT_TRUE(session->inFlight().contains(301));
    EXPECT_FALSE(session->canAct(301, AccountAction::Migrate));
    ASSERT_TRUE(readsPass(2));
    api->account(301)->status = AccountStatus::Migrating;
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->inFlight().isEmpty(); }, 5000));
    EXPECT_TRUE(api->posts.isEmpty());
    EXPECT_TRUE(journal.intentsAwaitingStart(7).isEmpty());
}

// A read-only run (`status`) sends nothing for an intent in doubt: it is left, and reported.
TEST_F(StartGrace, AReadOnlyRunSendsNothingForAnIntentInDoubt)
{
    ActionIntent intent;
    intent.migrationId = 7;
    intent.accountId = 301;
    intent.accountName = u"account-1"_s;
    intent.action = AccountAction::Migrate;
    intent.createdAt = clock.now().addSecs(-60);
    journal.recordIntent(intent);
    session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
    session->setReadOnly(true);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    EXPECT_TRUE(api->posts.isEmpty());
    EXPECT_TRUE(session->inFlight().isEmpty());
    ASSERT_EQ(session->unsettledIntents().size(), 1);
    EXPECT_FALSE(session->unsettledIntents().constFirst().accepted);
    EXPECT_EQ(journal.intentsInDoubt(7).size(), 1);
}

} // namespace
