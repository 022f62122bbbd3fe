// The journal on its own thread: the calling thread never waits for a commit, an intent calls back
// only once it is on disk, writes keep their order, reads see them, failures are reported, and
// closing commits everything queued.
#include "core/journal/ThreadedJournal.h"
#include "core/journal/SqliteJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

// Far below the journal's 5 s busy timeout, which the old journal waited out on this thread.
constexpr qint64 kLongestCallMs = 100;

ActionIntent intentFor(qint64 accountId)
{
    ActionIntent intent;
    intent.migrationId = 7;
    intent.accountId = accountId;
    intent.accountName = u"acc%1"_s.arg(accountId);
    intent.action = AccountAction::Migrate;
    intent.idempotencyKey = QUuid::createUuid();
    intent.createdAt = QDateTime::currentDateTimeUtc();
    return intent;
}

ActivityEntry line(int n)
{
    return {QDateTime::currentDateTimeUtc(), u"action"_s, u"line %1"_s.arg(n), 0};
}

class ThreadedJournalTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(u"journal.sqlite"_s); }

    QTemporaryDir m_dir;
};

TEST_F(ThreadedJournalTest, ASlowCommitHoldsNeitherTheCallerNorTheOrderOfWrites)
{
    ThreadedJournal journal(path());
    ASSERT_TRUE(journal.isOpen()) << qPrintable(journal.errorString());
    // Another program (a backup) holds the write lock: every commit must wait until it lets go.
    test::RawDatabase other(path());
    ASSERT_TRUE(other.isOpen());
    ASSERT_EQ(other.exec({u"BEGIN EXCLUSIVE"_s}), QString());
    bool released = false;
    std::optional<bool> committedAfterRelease;
    QObject caller;

    QElapsedTimer calls;
    calls.start();
    EXPECT_TRUE(journal.logActivity(7, line(1)));
    LocalFacts facts;
    facts.confirmedReady = {11, 12};
    EXPECT_TRUE(journal.saveFacts(7, facts));
    journal.commitIntent(intentFor(11), &caller, [&](const Expected<ActionIntent, QString> &committed) {
        EXPECT_TRUE(committed) << qPrintable(committed.error());
        committedAfterRelease = released;
    });
    EXPECT_TRUE(journal.logActivity(7, line(2)));
    const qint64 callsMs = calls.elapsed();
    EXPECT_LT(callsMs, kLongestCallMs) << "the caller waited for the disk";

    QTimer::singleShot(300, [&] {
        released = true;
        EXPECT_EQ(other.exec({u"COMMIT"_s}), QString());
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return committedAfterRelease.has_value(); }, 10000));
    EXPECT_EQ(committedAfterRelease, true) << "the intent was reported committed while the lock was held";
    const QList<ActivityEntry> lines = journal.activity(7, 0);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).text, u"line 1"_s);
    EXPECT_EQ(lines.at(1).text, u"line 2"_s);
    EXPECT_EQ(journal.loadFacts(7).confirmedReady, facts.confirmedReady);
}

// The last step reads them at every poll: once read, they never wait for the disk again.
TEST_F(ThreadedJournalTest, ObservedOperationsReadAgainDoNotWaitForQueuedCommits)
{
    ThreadedJournal journal(path());
    ASSERT_TRUE(journal.isOpen());
    ObservedOperation first;
    first.accountId = 11;
    first.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    first.endedAt = QDateTime::currentDateTimeUtc();
    journal.recordObservedOperation(7, first);
    ASSERT_EQ(journal.observedOperations(7).size(), 1);

    test::RawDatabase other(path());
    ASSERT_EQ(other.exec({u"BEGIN EXCLUSIVE"_s}), QString());
    ObservedOperation second = first;
    second.accountId = 12;
    journal.logActivity(7, line(1)); // waits for the lock on the journal's thread
    journal.recordObservedOperation(7, second);
    QElapsedTimer readAgain;
    readAgain.start();
    const QList<ObservedOperation> seen = journal.observedOperations(7);
    EXPECT_LT(readAgain.elapsed(), kLongestCallMs) << "the read waited for the queued commits";
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen.at(1).accountId, 12);
    EXPECT_EQ(other.exec({u"COMMIT"_s}), QString());
}

TEST_F(ThreadedJournalTest, AnIntentIsOnDiskWhenItsCallbackRuns)
{
    ThreadedJournal journal(path());
    ASSERT_TRUE(journal.isOpen());
    test::RawDatabase reader(path());
    QObject caller;
    ActionIntent sent = intentFor(12);
    QString foundOnDisk;
    qint64 id = 0;
    journal.commitIntent(sent, &caller, [&](const Expected<ActionIntent, QString> &committed) {
        ASSERT_TRUE(committed);
        id = committed.value().id;
        foundOnDisk = reader.scalar(u"SELECT idempotency_key FROM intents WHERE id = %1"_s.arg(id));
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return id != 0; }, 10000));
    EXPECT_EQ(foundOnDisk, sent.idempotencyKey.toString(QUuid::WithoutBraces));
}

TEST_F(ThreadedJournalTest, EveryQueuedWriteIsCommittedBeforeTheJournalCloses)
{
    constexpr int kLines = 200;
    {
        ThreadedJournal journal(path());
        ASSERT_TRUE(journal.isOpen());
        for (int n = 0; n < kLines; ++n)
            journal.logActivity(7, line(n));
        LocalFacts facts;
        facts.verified = {42};
        journal.saveFacts(7, facts);
    } // closed at once: nothing waited for the writes
    SqliteJournal reopened(path());
    ASSERT_TRUE(reopened.open()) << qPrintable(reopened.lastError());
    EXPECT_EQ(reopened.activity(7, 0).size(), kLines);
    EXPECT_EQ(reopened.loadFacts(7).verified, QSet<qint64>({42}));
}

TEST_F(ThreadedJournalTest, ARefusedWriteReachesTheCallerWithWhatFailed)
{
    ThreadedJournal journal(path());
    ASSERT_TRUE(journal.isOpen());
    QSignalSpy failed(&journal, &ThreadedJournal::writeFailed);
    EXPECT_TRUE(journal.recordOutcome(999, IntentOutcome::Accepted, QString(), QDateTime::currentDateTimeUtc()))
        << "queued: the answer comes later";
    ASSERT_TRUE(failed.wait(10000));
    const QString message = failed.at(0).at(0).toString();
    EXPECT_TRUE(message.contains(u"Cannot write down the answer to an action"_s)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"999"_s)) << qPrintable(message);
    EXPECT_EQ(journal.lastError(), message);
}

TEST_F(ThreadedJournalTest, ASecondJournalOnTheSameFileIsRefusedAndSaysWhy)
{
    ThreadedJournal first(path());
    ASSERT_TRUE(first.isOpen());
    ThreadedJournal second(path());
    EXPECT_FALSE(second.isOpen());
    EXPECT_EQ(second.failure(), LockedJournal::Failure::AlreadyRunning);
    EXPECT_FALSE(second.errorString().isEmpty());
    EXPECT_FALSE(second.logActivity(7, line(1)));
    QObject caller;
    std::optional<QString> refusal;
    second.commitIntent(intentFor(1), &caller, [&](const Expected<ActionIntent, QString> &committed) {
        refusal = committed ? QString() : committed.error();
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return refusal.has_value(); }, 10000));
    EXPECT_FALSE(refusal->isEmpty()) << "an intent that was not written must not look committed";
}

TEST_F(ThreadedJournalTest, ACallerGoneBeforeTheCommitIsNotCalledBack)
{
    ThreadedJournal journal(path());
    ASSERT_TRUE(journal.isOpen());
    bool called = false;
    auto caller = std::make_unique<QObject>();
    journal.commitIntent(intentFor(3), caller.get(), [&](const Expected<ActionIntent, QString> &) { called = true; });
    caller.reset();
    bool written = false;
    journal.whenWritten([&] { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 10000));
    EXPECT_FALSE(called);
    EXPECT_EQ(journal.intentsInDoubt(7).size(), 1) << "the intent itself is kept";
}

// `migrate --at` waits hours with the journal let go: another program uses it meanwhile, and the
// waiting one takes it again only once that one has gone, reading what it wrote.
TEST_F(ThreadedJournalTest, AReleasedJournalIsFreeForAnotherProgramAndReadAgainWhenRetaken)
{
    ThreadedJournal waiting(path());
    ASSERT_TRUE(waiting.isOpen());
    waiting.logActivity(7, line(1)); // queued before the release: committed before the lock goes
    EXPECT_TRUE(waiting.observedOperations(7).isEmpty()); // kept in memory once read
    ASSERT_TRUE(waiting.release());
    EXPECT_FALSE(waiting.isOpen());
    EXPECT_FALSE(waiting.logActivity(7, line(2))) << "nothing is written while released";
    {
        ThreadedJournal other(path());
        ASSERT_TRUE(other.isOpen()) << qPrintable(other.errorString());
        EXPECT_EQ(other.activity(7, 0).size(), 1);
        LocalFacts facts;
        facts.verified = {42};
        other.saveFacts(7, facts);
        ObservedOperation ended;
        ended.accountId = 11;
        ended.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        ended.endedAt = QDateTime::currentDateTimeUtc();
        other.recordObservedOperation(7, ended);
        EXPECT_FALSE(waiting.retake()) << "never two writers at once";
        EXPECT_FALSE(waiting.lastError().isEmpty());
        EXPECT_FALSE(waiting.isOpen());
    }
    ASSERT_TRUE(waiting.retake()) << qPrintable(waiting.lastError());
    EXPECT_TRUE(waiting.isOpen());
    EXPECT_EQ(waiting.loadFacts(7).verified, QSet<qint64>({42}));
    EXPECT_EQ(waiting.observedOperations(7).size(), 1) << "what was kept in memory is read again";
    EXPECT_TRUE(waiting.logActivity(7, line(3)));
    EXPECT_EQ(waiting.activity(7, 0).size(), 2);
}

} // namespace
