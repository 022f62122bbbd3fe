#include "core/journal/JournalLock.h"
#include "core/journal/LockedJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

TEST(JournalLock, SecondInstanceInTheSameProcessIsRefused)
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    JournalLock first(journal);
    JournalLock second(journal);
    ASSERT_TRUE(first.tryLock()) << qPrintable(first.errorString());
    EXPECT_FALSE(second.tryLock());
    EXPECT_EQ(second.holderPid(), QCoreApplication::applicationPid());
    EXPECT_TRUE(second.errorString().contains(
        u"already running for this journal (pid %1)"_s.arg(QCoreApplication::applicationPid())))
        << qPrintable(second.errorString());

    first.unlock();
    EXPECT_TRUE(second.tryLock()) << qPrintable(second.errorString());
    EXPECT_TRUE(second.errorString().isEmpty());
}

TEST(JournalLock, AnotherProcessHoldsItUntilItDies)
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    QProcess child;
    child.start(test::helperPath(), {u"hold-lock"_s, journal});
    ASSERT_TRUE(child.waitForStarted(10000)) << qPrintable(child.errorString());
    ASSERT_TRUE(child.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(child.readLine()).trimmed();
    ASSERT_EQ(line, u"locked %1"_s.arg(child.processId()));

    JournalLock mine(journal);
    EXPECT_FALSE(mine.tryLock());
    EXPECT_EQ(mine.holderPid(), child.processId());
    EXPECT_TRUE(mine.errorString().contains(u"pid %1"_s.arg(child.processId()))) << qPrintable(mine.errorString());

    // SIGKILL: the child cannot clean up, its lock file stays behind and must be found stale.
    child.kill();
    ASSERT_TRUE(child.waitForFinished(10000));
    ASSERT_TRUE(QFile::exists(JournalLock::lockPathFor(journal)));
    EXPECT_TRUE(mine.tryLock()) << qPrintable(mine.errorString());
}

TEST(JournalLock, ASecondChildProcessIsRefusedWithThePid)
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    JournalLock mine(journal);
    ASSERT_TRUE(mine.tryLock());
    QProcess child;
    child.start(test::helperPath(), {u"hold-lock"_s, journal});
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitCode(), 2);
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    EXPECT_TRUE(output.contains(u"already running for this journal (pid %1)"_s.arg(QCoreApplication::applicationPid())))
        << qPrintable(output);
}

TEST(LockedJournal, ASecondStartIsRefusedAndTheFirstGoesOn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    LockedJournal first(path);
    ASSERT_TRUE(first.isOpen()) << qPrintable(first.errorString());
    LockedJournal second(path);
    EXPECT_FALSE(second.isOpen());
    EXPECT_EQ(second.failure(), LockedJournal::Failure::AlreadyRunning);
    EXPECT_TRUE(second.errorString().contains(u"already running"_s)) << qPrintable(second.errorString());
    ActivityEntry entry {QDateTime::currentDateTimeUtc(), u"state"_s, u"still here"_s, 0};
    EXPECT_TRUE(first.journal().logActivity(1, entry)) << qPrintable(first.journal().lastError());
}

TEST(LockedJournal, ARefusedJournalReleasesTheLock)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        test::RawDatabase raw(path);
        ASSERT_EQ(raw.exec({u"PRAGMA user_version = 99"_s}), QString());
    }
    LockedJournal refused(path);
    EXPECT_FALSE(refused.isOpen());
    EXPECT_EQ(refused.failure(), LockedJournal::Failure::NewerSchema);
    EXPECT_FALSE(refused.errorString().isEmpty());
    JournalLock after(path);
    EXPECT_TRUE(after.tryLock()) << "a refused start must not keep the journal locked";
}

} // namespace
