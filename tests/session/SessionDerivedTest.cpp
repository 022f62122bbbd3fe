// What the session derives from a snapshot (the step, the verdicts, the index by id, the poll
// schedule) is computed once per change and must follow every change: of an account, of the
// accounts' order, of a time or a text only.
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

class SessionDerivedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        api.reset(fakes::makeReadyProvider(3));
        session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    // The provider's next answer; true when the session saw a change.
    bool pollChanged()
    {
        QSignalSpy changed(session.get(), &MigrationSession::snapshotChanged);
        clock.advance(1); // the answered poll says when it was read: then it is over
        session->refresh();
        EXPECT_TRUE(QTest::qWaitFor([&] { return session->lastRefreshAt() == clock.now(); }, 5000));
        return changed.count() == 1;
    }

    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    std::unique_ptr<FakeAdminApi> api;
    std::unique_ptr<MigrationSession> session;
};

} // namespace

TEST_F(SessionDerivedTest, VerdictsFollowAnotherAccountStartingAndEnding)
{
    EXPECT_TRUE(session->canAct(301, AccountAction::Migrate).hasValue());
    api->accounts[1].status = AccountStatus::Migrating;
    ASSERT_TRUE(pollChanged());
    const Verdict waiting = session->canAct(301, AccountAction::Migrate);
    ASSERT_FALSE(waiting.hasValue());
    EXPECT_TRUE(waiting.error().contains(u"account-2"_s));
    api->accounts[1].status = AccountStatus::Failed;
    ASSERT_TRUE(pollChanged());
    EXPECT_TRUE(session->canAct(301, AccountAction::Migrate).hasValue());
}

TEST_F(SessionDerivedTest, AccountsThatChangePlacesAreStillFoundById)
{
    std::swap(api->accounts[0], api->accounts[2]);
    api->accounts[2].status = AccountStatus::Migrating; // account-1, now last
    ASSERT_TRUE(pollChanged());
    ASSERT_NE(session->account(301), nullptr);
    EXPECT_EQ(session->account(301)->name, u"account-1"_s);
    EXPECT_EQ(session->account(303), &session->snapshot().accounts.constFirst());
    const Verdict running = session->canAct(301, AccountAction::Migrate);
    ASSERT_FALSE(running.hasValue());
    EXPECT_TRUE(running.error().contains(u"account-1"_s));
    EXPECT_EQ(session->account(999), nullptr);
    EXPECT_FALSE(session->canAct(999, AccountAction::Migrate).hasValue());
}

TEST_F(SessionDerivedTest, AChangeOfATimeOrATextAloneIsAChange)
{
    api->accounts[2].operationEndedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    ASSERT_TRUE(pollChanged());
    EXPECT_EQ(session->snapshot().accounts[2].operationEndedAt, api->accounts[2].operationEndedAt);
    // The same instant in another time zone is the same time: no change.
    api->accounts[2].operationEndedAt = api->accounts[2].operationEndedAt.toOffsetFromUtc(3600);
    EXPECT_FALSE(pollChanged());
    api->accounts[0].lastError = u"disk full"_s;
    ASSERT_TRUE(pollChanged());
    EXPECT_EQ(session->snapshot().accounts[0].lastError, u"disk full"_s);
    EXPECT_FALSE(pollChanged()) << "the same answer again changes nothing";
}

TEST_F(SessionDerivedTest, TheStepFollowsTheCustomersFacts)
{
    EXPECT_EQ(session->currentStep(), Step::MigrateAccounts);
    for (AccountRecord &account : api->accounts) {
        account.location = Location::Transit;
        account.version = Version::New;
        account.status = AccountStatus::Migrated;
    }
    ASSERT_TRUE(pollChanged());
    EXPECT_EQ(session->currentStep(), Step::VerifyAfterMigration);
    QSignalSpy step(session.get(), &MigrationSession::stepChanged);
    session->confirmSupportRequestSentManually(SupportTopic::Reinstall, u"by hand"_s);
    // Refused until every account is checked; the step stays where it was.
    EXPECT_EQ(session->currentStep(), Step::VerifyAfterMigration);
    for (const AccountRecord &account : session->snapshot().accounts)
        session->setAccountVerified(account.id, true);
    session->confirmSupportRequestSentManually(SupportTopic::Reinstall, u"by hand"_s);
    EXPECT_EQ(session->currentStep(), Step::ClientReinstallation);
    EXPECT_EQ(step.count(), 1);
}
