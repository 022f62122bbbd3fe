#include "core/journal/JournalIntegrity.h"
#include "core/journal/SqliteJournal.h"
#include "tests/journal/DamagedJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace Qt::Literals::StringLiterals;
using Status = SqliteJournal::OpenStatus;
using AfterDamage = SqliteJournal::AfterDamage;

namespace {

// One page of the ticks' table overwritten: the journal is refused unread and kept aside whole,
// instead of reading back as if the customer had never ticked anything.
TEST(JournalDamage, ADamagedPageIsFoundAndTheFileKeptAsideUnread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    ASSERT_EQ(test::makeDamagedJournal(path), QString());
    const QByteArray damaged = test::fileBytes(path);

    SqliteJournal journal(path);
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), Status::Damaged);
    EXPECT_FALSE(QFile::exists(path));
    const QString aside = journalintegrity::lastSetAside(path);
    ASSERT_FALSE(aside.isEmpty());
    EXPECT_EQ(test::fileBytes(aside), damaged);
    EXPECT_TRUE(journal.lastError().contains(u"damaged"_s)) << qPrintable(journal.lastError());
    EXPECT_TRUE(journal.lastError().contains(QDir::toNativeSeparators(aside))) << qPrintable(journal.lastError());
}

TEST(JournalDamage, NoNewJournalStartsUnasked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    ASSERT_EQ(test::makeDamagedJournal(path), QString());
    EXPECT_FALSE(SqliteJournal(path).open());

    SqliteJournal again(path);
    EXPECT_FALSE(again.open());
    EXPECT_EQ(again.openStatus(), Status::Damaged);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(JournalDamage, ANewJournalStartsWhenAskedAndTheDamagedOneStaysAside)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    ASSERT_EQ(test::makeDamagedJournal(path), QString());
    const QByteArray damaged = test::fileBytes(path);

    SqliteJournal journal(path);
    ASSERT_TRUE(journal.open(AfterDamage::StartNew)) << qPrintable(journal.lastError());
    EXPECT_TRUE(journal.loadFacts(7).confirmedReady.isEmpty());
    EXPECT_EQ(test::fileBytes(journalintegrity::lastSetAside(path)), damaged);
}

TEST(JournalDamage, ASoundJournalIsKeptEvenWhenANewOneIsAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        SqliteJournal journal(path);
        LocalFacts facts;
        facts.verified = {301};
        ASSERT_TRUE(journal.open() && journal.saveFacts(7, facts));
    }
    SqliteJournal journal(path);
    ASSERT_TRUE(journal.open(AfterDamage::StartNew));
    EXPECT_EQ(journal.loadFacts(7).verified, QSet<qint64> {301});
    EXPECT_TRUE(journalintegrity::lastSetAside(path).isEmpty());
}

TEST(JournalDamage, AMissingTableIsDamageToo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    ASSERT_TRUE(SqliteJournal(path).open());
    {
        test::RawDatabase raw(path);
        ASSERT_EQ(raw.exec({u"DROP TABLE observed_operations"_s}), QString());
    }
    SqliteJournal journal(path);
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), Status::Damaged);
    EXPECT_TRUE(journal.lastError().contains(u"table observed_operations is missing"_s)) << qPrintable(journal.lastError());
}

TEST(JournalDamage, AGarbledFirstPageIsDamageToo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    ASSERT_TRUE(SqliteJournal(path).open());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(100, 'x'));
    file.close();
    SqliteJournal journal(path);
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), Status::Damaged) << qPrintable(journal.lastError());
    EXPECT_FALSE(journalintegrity::lastSetAside(path).isEmpty());
}

} // namespace
