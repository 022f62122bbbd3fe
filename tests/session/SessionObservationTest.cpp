// What the session observes from the provider: downtimes from the provider's own times, the
// database list for the compatibility pre-check, and the reason of a failed database test.
#include "core/journal/InMemoryJournal.h"
#include "core/session/MigrationSession.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using passerelle::fakes::FakeAdminApi;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

class SessionObservationTest : public ::testing::Test
{
protected:
    void startWith(int accounts)
    {
        api.reset(fakes::makeReadyProvider(accounts));
        api->databaseList = {DatabaseInfo {9001, u"shop_main"_s, DatabaseType::MySql, 301},
                             DatabaseInfo {9002, u"shop_logs"_s, DatabaseType::MongoDb, 301}};
        session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    // The provider runs a migration of account 301 that started at `startedAt`; Passerelle sees
    // it running, then (an hour of polling later) finished, with `endedAt` as the provider's end.
    void observeAMigration(const QDateTime &startedAt, const QDateTime &endedAt)
    {
        // api->account() each time: it detaches the provider's list from the copies already handed out.
        api->account(301)->status = AccountStatus::Migrating;
        api->account(301)->operationStartedAt = startedAt;
        session->refresh();
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return session->snapshot().account(301)->status == AccountStatus::Migrating; }, 5000));
        clock.advance(3600);
        api->finishOperation(301);
        api->account(301)->operationStartedAt = QDateTime();
        api->account(301)->operationEndedAt = endedAt;
        session->refresh();
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return session->snapshot().account(301)->status == AccountStatus::Migrated; }, 5000));
    }

    ManualClock clock {kStart};
    InMemoryJournal journal;
    std::unique_ptr<FakeAdminApi> api;
    std::unique_ptr<MigrationSession> session;
};

TEST_F(SessionObservationTest, ObservedDowntimeIsTheProvidersOwnTimesNotThePolling)
{
    startWith(1);
    observeAMigration(kStart.addSecs(-30), kStart.addSecs(60));
    const QList<ObservedOperation> observed = journal.observedOperations(7);
    ASSERT_EQ(observed.size(), 1);
    EXPECT_EQ(observed[0].startedAt, kStart.addSecs(-30));
    EXPECT_EQ(observed[0].endedAt, kStart.addSecs(60));
    EXPECT_EQ(observedSecondsOf(observed[0]), 90); // not the hour between the two polls
}

// The polls saw it running at kStart and ended an hour later: an end outside that contradicts
// them and reads "not observed" (not 973 years, not one second).
TEST_F(SessionObservationTest, AnEndAfterThePollThatSawItEndedIsNotObserved)
{
    startWith(1);
    observeAMigration(kStart.addSecs(-30), QDateTime(QDate(2999, 1, 1), QTime(0, 0), Qt::UTC));
    const QList<ObservedOperation> observed = journal.observedOperations(7);
    ASSERT_EQ(observed.size(), 1);
    EXPECT_EQ(observedSecondsOf(observed[0]), -1);
}

TEST_F(SessionObservationTest, AnEndBeforeThePollThatSawItRunningIsNotObserved)
{
    startWith(1);
    observeAMigration(kStart.addSecs(-3600), kStart.addSecs(-3599));
    const QList<ObservedOperation> observed = journal.observedOperations(7);
    ASSERT_EQ(observed.size(), 1);
    EXPECT_EQ(observedSecondsOf(observed[0]), -1);
}

TEST_F(SessionObservationTest, WithoutTheProvidersEndTheMoveIsNotObserved)
{
    startWith(1);
    observeAMigration(kStart.addSecs(-30), QDateTime());
    const QList<ObservedOperation> observed = journal.observedOperations(7);
    ASSERT_EQ(observed.size(), 1);
    EXPECT_EQ(observedSecondsOf(observed[0]), -1);
}

TEST_F(SessionObservationTest, WithoutTheProvidersStartTheMoveIsNotObserved)
{
    startWith(1);
    observeAMigration(QDateTime(), kStart.addSecs(60));
    const QList<ObservedOperation> observed = journal.observedOperations(7);
    ASSERT_EQ(observed.size(), 1);
    EXPECT_EQ(observedSecondsOf(observed[0]), -1);
}

TEST_F(SessionObservationTest, TheDatabasesAreReadForThePreCheck)
{
    startWith(1);
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->databases().size() == 2; }, 5000));
    EXPECT_EQ(session->databases()[1].type, DatabaseType::MongoDb);
    EXPECT_TRUE(session->preparedSupportMessage(SupportTopic::TransitServer).contains(u"shop_logs (MongoDB)"_s));
}

TEST_F(SessionObservationTest, AFailedTestsReasonIsInTheActivityLog)
{
    startWith(1);
    api->account(301)->status = AccountStatus::Testing;
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().account(301)->status == AccountStatus::Testing; }, 5000));
    const int readsBefore = api->databaseReads;
    api->account(301)->status = AccountStatus::TestFailed;
    api->account(301)->lastError = u"shop_logs: MongoDB is not available"_s;
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return session->snapshot().account(301)->status == AccountStatus::TestFailed; }, 5000));
    const QList<ActivityEntry> entries = session->recentActivity(20);
    QStringList texts;
    for (const ActivityEntry &entry : entries)
        texts << entry.text;
    EXPECT_TRUE(std::any_of(entries.cbegin(), entries.cend(), [](const ActivityEntry &entry) {
        return entry.accountId == 301 && entry.text.contains(u"shop_logs: MongoDB is not available"_s);
    })) << texts.join(u'\n').toStdString();
    EXPECT_GT(api->databaseReads, readsBefore); // a finished test reads the databases again
}

} // namespace

namespace {

// Support's steps move only in the servers' statuses: each change is in the timeline.
TEST_F(SessionObservationTest, SupportStepsChangesAreInTheTimeline)
{
    startWith(1);
    api->detail.clientServer.status = ClientServerStatus::Reinstalling;
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return session->snapshot().migration.clientServer.status == ClientServerStatus::Reinstalling; }, 5000));
    const QList<ActivityEntry> entries = session->recentActivity(20);
    EXPECT_TRUE(std::any_of(entries.cbegin(), entries.cend(), [](const ActivityEntry &entry) {
        return entry.category == u"state"_s && entry.text.startsWith(u"Client server: "_s);
    }));
}

} // namespace
