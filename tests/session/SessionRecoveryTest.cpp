#include "core/journal/InMemoryJournal.h"
#include "core/session/MigrationSession.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using passerelle::fakes::FakeAdminApi;

namespace {

// A previous run wrote the intent and was killed before it knew the outcome.
ActionIntent leftInDoubt(InMemoryJournal &journal, const QDateTime &when)
{
    ActionIntent intent;
    intent.idempotencyKey = QUuid::createUuid();
    intent.migrationId = 7;
    intent.accountId = 301;
    intent.accountName = u"account-1"_s;
    intent.action = AccountAction::Migrate;
    intent.createdAt = when;
    journal.recordIntent(intent);
    return intent;
}

class RecoveryTest : public ::testing::Test
{
protected:
    void start()
    {
        session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    std::unique_ptr<FakeAdminApi> api{fakes::makeReadyProvider(2)};
    std::unique_ptr<MigrationSession> session;
};

TEST_F(RecoveryTest, AnIntentThatReachedTheProviderIsResolvedWithoutSending)
{
    leftInDoubt(journal, clock.now());
    api->account(301)->status = AccountStatus::Migrating;
    start();
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
    EXPECT_TRUE(api->posts.isEmpty());
}

TEST_F(RecoveryTest, AnIntentThatFinishedIsResolvedWithoutSending)
{
    leftInDoubt(journal, clock.now());
    api->account(301)->status = AccountStatus::Migrating;
    api->finishOperation(301);
    start();
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
    EXPECT_TRUE(api->posts.isEmpty());
}

TEST_F(RecoveryTest, AnIntentThatNeverArrivedIsResentWithItsOwnKeyAfterSayingSo)
{
    const ActionIntent intent = leftInDoubt(journal, clock.now());
    session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
    QSignalSpy logged(session.get(), &MigrationSession::activityLogged);
    QSignalSpy acceptedSpy(session.get(), &MigrationSession::actionAccepted);
    session->start();
    ASSERT_TRUE(acceptedSpy.wait(5000));
    ASSERT_EQ(api->posts.size(), 1);
    EXPECT_EQ(api->posts[0].key, intent.idempotencyKey);
    bool announced = false;
    for (const QList<QVariant> &args : logged)
        announced = announced || args.at(0).value<ActivityEntry>().text.contains(u"same request key"_s);
    EXPECT_TRUE(announced);
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
}

TEST_F(RecoveryTest, AnIntentNoLongerAllowedIsClosedNotSent)
{
    leftInDoubt(journal, clock.now());
    api->detail.clientServer.status = ClientServerStatus::ReinstallRequested;
    start();
    EXPECT_TRUE(api->posts.isEmpty());
    EXPECT_TRUE(journal.intentsInDoubt(7).isEmpty());
}

} // namespace
