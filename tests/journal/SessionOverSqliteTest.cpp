#include "core/journal/SqliteJournal.h"
#include "core/session/MigrationSession.h"
#include "tests/journal/JournalTestSupport.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using passerelle::fakes::FakeAdminApi;

// The session over the real journal file, closed and reopened as the wizard or the CLI would be.
namespace {

class SessionOverSqlite : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // A new "run": a fresh journal object on the same file and a fresh session.
    void startRun()
    {
        session.reset();
        journal = std::make_unique<SqliteJournal>(m_dir.filePath(u"journal.sqlite"_s));
        ASSERT_TRUE(journal->open()) << qPrintable(journal->lastError());
        session = std::make_unique<MigrationSession>(api.get(), &clock, journal.get());
        QSignalSpy journalErrors(session.get(), &MigrationSession::journalError);
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
        EXPECT_EQ(journalErrors.count(), 0);
    }

    void endRun()
    {
        session.reset();
        journal.reset();
    }

    // What a run killed between its intent and the answer leaves behind.
    ActionIntent leaveIntentInDoubt()
    {
        SqliteJournal killedRun(m_dir.filePath(u"journal.sqlite"_s));
        EXPECT_TRUE(killedRun.open());
        ActionIntent intent;
        intent.idempotencyKey = QUuid::createUuid();
        intent.migrationId = 7;
        intent.accountId = 301;
        intent.accountName = u"account-1"_s;
        intent.action = AccountAction::Migrate;
        intent.createdAt = clock.now();
        EXPECT_TRUE(killedRun.recordIntent(intent)) << qPrintable(killedRun.lastError());
        return intent;
    }

    QString outcomeInFile(qint64 intentId)
    {
        test::RawDatabase raw(m_dir.filePath(u"journal.sqlite"_s));
        return raw.scalar(u"SELECT outcome FROM intents WHERE id = %1"_s.arg(intentId));
    }

    QTemporaryDir m_dir;
    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<FakeAdminApi> api {fakes::makeReadyProvider(3)};
    std::unique_ptr<SqliteJournal> journal;
    std::unique_ptr<MigrationSession> session;
};

TEST_F(SessionOverSqlite, ReopeningComesBackAtTheSameStepWithTheSameTicks)
{
    startRun();
    session->setAllAccountsReady(true);
    session->setAccountVerified(303, true);
    session->setUsesProviderDns(true);
    const LocalFacts ticked = session->facts();
    const Step step = session->currentStep();
    ASSERT_EQ(ticked.confirmedReady, (QSet<qint64> {301, 302, 303}));
    ASSERT_EQ(ticked.verified, (QSet<qint64> {303}));
    endRun();

    startRun();
    EXPECT_EQ(session->facts(), ticked);
    EXPECT_EQ(session->currentStep(), step);
}

TEST_F(SessionOverSqlite, AnIntentThatReachedTheProviderIsResolvedFromTheFile)
{
    const ActionIntent intent = leaveIntentInDoubt();
    api->account(301)->status = AccountStatus::Migrating;
    startRun();
    EXPECT_TRUE(api->posts.isEmpty()) << "it reached the provider: never sent twice";
    EXPECT_TRUE(journal->intentsInDoubt(7).isEmpty());
    endRun();
    EXPECT_FALSE(outcomeInFile(intent.id).isEmpty()) << "the resolution is written down";
}

TEST_F(SessionOverSqlite, AnIntentThatNeverArrivedIsResentOnceWithItsOwnKey)
{
    const ActionIntent intent = leaveIntentInDoubt();
    startRun();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !api->posts.isEmpty(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return journal->intentsInDoubt(7).isEmpty(); }, 5000));
    ASSERT_EQ(api->posts.size(), 1);
    EXPECT_EQ(api->posts.at(0).key, intent.idempotencyKey);
    endRun();
    EXPECT_EQ(outcomeInFile(intent.id), u"accepted"_s);

    startRun();
    EXPECT_EQ(api->posts.size(), 1) << "a third run sends nothing more";
}

} // namespace
