#include "core/journal/JournalSchema.h"
#include "core/journal/SqliteJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

// Every table's columns and every index, as text, to compare two schemas.
QStringList describeSchema(test::RawDatabase &raw)
{
    QStringList description;
    QSqlQuery tables(raw.db());
    tables.exec(u"SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    while (tables.next()) {
        const QString type = tables.value(0).toString();
        const QString name = tables.value(1).toString();
        description << type + u' ' + name + u" on "_s + tables.value(2).toString();
        if (type != u"table"_s)
            continue;
        QSqlQuery columns(raw.db());
        columns.exec(u"PRAGMA table_info(%1)"_s.arg(name));
        while (columns.next()) {
            description << u"  %1 %2 notnull=%3 default=%4 pk=%5"_s.arg(
                columns.value(1).toString(), columns.value(2).toString(), columns.value(3).toString(),
                columns.value(4).toString(), columns.value(5).toString());
        }
    }
    return description;
}

class JournalSchemaTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name = u"journal.sqlite"_s) const { return m_dir.filePath(name); }

    // A journal exactly as version 1 of Passerelle left it, with some data in it.
    void writeVersion1File()
    {
        test::RawDatabase raw(path());
        ASSERT_EQ(raw.exec(journalschema::createVersion1()), QString());
        ASSERT_EQ(raw.exec({
                      u"INSERT INTO facts (migration_id, transit_request_sent, transit_request_text, finalizer)"
                      " VALUES (7, 1, 'please', 'support')"_s,
                      u"INSERT INTO fact_accounts VALUES (7, 11, 'ready'), (7, 12, 'ready'), (7, 11, 'verified')"_s,
                      u"INSERT INTO intents (migration_id, kind, action, topic, account_id, account_name,"
                      " idempotency_key, created_at, dry_run) VALUES (7, 'account_action', 'migrate',"
                      " 'transit_server', 11, 'acc11', 'c0a8e5a2-1b2c-4d5e-8f90-123456789abc', 1000, 0)"_s,
                      u"INSERT INTO activity (migration_id, at, category, text, account_id)"
                      " VALUES (7, 2000, 'action', 'migrate acc11', 11)"_s,
                      u"PRAGMA user_version = 1"_s,
                  }),
                  QString());
    }

    QTemporaryDir m_dir;
};

TEST_F(JournalSchemaTest, NewJournalIsCreatedAtTheCurrentVersion)
{
    SqliteJournal journal(path());
    ASSERT_TRUE(journal.open()) << qPrintable(journal.lastError());
    EXPECT_EQ(journal.versionFound(), 0);
    test::RawDatabase raw(path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), journalschema::kCurrentVersion);
}

TEST_F(JournalSchemaTest, Version1IsUpgradedKeepingItsData)
{
    writeVersion1File();
    SqliteJournal journal(path());
    ASSERT_TRUE(journal.open()) << qPrintable(journal.lastError());
    EXPECT_EQ(journal.versionFound(), 1);

    const LocalFacts facts = journal.loadFacts(7);
    EXPECT_TRUE(facts.transitRequestSent);
    EXPECT_EQ(facts.transitRequestText, u"please"_s);
    EXPECT_EQ(facts.finalizer, Finalizer::Support);
    EXPECT_EQ(facts.confirmedReady, (QSet<qint64> {11, 12}));
    EXPECT_EQ(facts.verified, QSet<qint64> {11});
    const QList<ActionIntent> inDoubt = journal.intentsInDoubt(7);
    ASSERT_EQ(inDoubt.size(), 1);
    EXPECT_EQ(inDoubt.at(0).action, AccountAction::Migrate);
    EXPECT_EQ(inDoubt.at(0).idempotencyKey, QUuid(u"c0a8e5a2-1b2c-4d5e-8f90-123456789abc"_s));
    EXPECT_EQ(inDoubt.at(0).createdAt.toMSecsSinceEpoch(), 1000);
    ASSERT_EQ(journal.activity(7, 0).size(), 1);
    EXPECT_EQ(journal.activity(7, 0).at(0).text, u"migrate acc11"_s);
    // What version 2 added works on the upgraded file.
    EXPECT_TRUE(journal.recordObservedOperation(7, {11, AccountAction::Migrate, {}, {}, 60}))
        << qPrintable(journal.lastError());
    EXPECT_EQ(journal.observedOperations(7).size(), 1);

    test::RawDatabase raw(path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), journalschema::kCurrentVersion);
}

// Version 3 adds the sites' reference answers; a version 2 journal keeps what it had.
TEST_F(JournalSchemaTest, Version2IsUpgradedWithRoomForSiteReferences)
{
    {
        test::RawDatabase raw(path());
        ASSERT_EQ(raw.exec(journalschema::createVersion1() + journalschema::upgradeStep(1)), QString());
        ASSERT_EQ(raw.exec({u"INSERT INTO observed_operations (migration_id, account_id, action, started_at,"
                            " ended_at, estimated_seconds) VALUES (7, 11, 'migrate', 1000, 2000, 60)"_s,
                            u"PRAGMA user_version = 2"_s}),
                  QString());
    }
    SqliteJournal journal(path());
    ASSERT_TRUE(journal.open()) << qPrintable(journal.lastError());
    EXPECT_EQ(journal.versionFound(), 2);
    EXPECT_EQ(journal.observedOperations(7).size(), 1);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(5000, QTimeZone::utc());
    EXPECT_TRUE(journal.saveSiteBaseline(7, {11, u"shop.example.com"_s, at, R"({"address":"shop.example.com"})"}))
        << qPrintable(journal.lastError());
    EXPECT_TRUE(journal.saveSiteBaseline(7, {11, u"shop.example.com"_s, at.addSecs(60), "{}"}));
    const QList<SiteBaselineRecord> kept = journal.siteBaselines(7);
    ASSERT_EQ(kept.size(), 1) << "one reference per account and address";
    EXPECT_EQ(kept.at(0).recordedAt, at.addSecs(60));
    EXPECT_EQ(kept.at(0).observation, "{}");
}

TEST_F(JournalSchemaTest, UpgradedAndFreshSchemasAreTheSame)
{
    writeVersion1File();
    SqliteJournal upgraded(path());
    ASSERT_TRUE(upgraded.open());
    SqliteJournal fresh(path(u"fresh.sqlite"_s));
    ASSERT_TRUE(fresh.open());
    test::RawDatabase rawUpgraded(path());
    test::RawDatabase rawFresh(path(u"fresh.sqlite"_s));
    const QStringList upgradedSchema = describeSchema(rawUpgraded);
    EXPECT_FALSE(upgradedSchema.isEmpty());
    EXPECT_EQ(upgradedSchema, describeSchema(rawFresh));
}

TEST_F(JournalSchemaTest, AFailedUpgradeLeavesVersion1AsItWas)
{
    writeVersion1File();
    {
        // A table in the way makes the second statement of the upgrade fail after the first ran.
        test::RawDatabase raw(path());
        ASSERT_EQ(raw.exec({u"CREATE TABLE activity_by_migration_blocker (x)"_s,
                            u"CREATE INDEX activity_by_migration ON activity_by_migration_blocker (x)"_s}),
                  QString());
    }
    SqliteJournal journal(path());
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), SqliteJournal::OpenStatus::UpgradeFailed);
    EXPECT_FALSE(journal.lastError().isEmpty());
    test::RawDatabase raw(path());
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s), u"1"_s);
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'observed_operations'"_s), u"0"_s)
        << "the first step of the upgrade must have been rolled back";
    EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM intents"_s), u"1"_s);
}

TEST_F(JournalSchemaTest, NewerSchemaIsRefusedAndLeftUntouched)
{
    {
        test::RawDatabase raw(path());
        ASSERT_EQ(raw.exec({u"CREATE TABLE future (x)"_s, u"INSERT INTO future VALUES (42)"_s,
                            u"PRAGMA user_version = 99"_s}),
                  QString());
    }
    const QByteArray before = test::fileBytes(path());
    ASSERT_FALSE(before.isEmpty());
    SqliteJournal journal(path());
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), SqliteJournal::OpenStatus::NewerSchema);
    EXPECT_EQ(journal.versionFound(), 99);
    EXPECT_TRUE(journal.lastError().contains(u"newer version of Passerelle"_s)) << qPrintable(journal.lastError());
    EXPECT_TRUE(journal.lastError().contains(u"99"_s));
    EXPECT_FALSE(journal.isOpen());
    ActionIntent intent;
    intent.createdAt = QDateTime::currentDateTimeUtc();
    EXPECT_FALSE(journal.recordIntent(intent));
    EXPECT_EQ(test::fileBytes(path()), before);
    EXPECT_FALSE(QFile::exists(path() + u"-wal"_s));
}

// A newer Passerelle also uses WAL and may have been killed with frames still in the -wal file:
// even then nothing may be checkpointed into the database by the refusal.
TEST_F(JournalSchemaTest, NewerSchemaWithPendingWalIsLeftUntouched)
{
    const QString source = path(u"source.sqlite"_s);
    test::RawDatabase writer(source);
    ASSERT_EQ(writer.scalar(u"PRAGMA journal_mode=WAL"_s), u"wal"_s);
    ASSERT_EQ(
        writer.exec({u"CREATE TABLE future (x)"_s, u"INSERT INTO future VALUES (42)"_s, u"PRAGMA user_version = 99"_s}),
        QString());
    // Copied while the writer is still open: the state a killed newer Passerelle leaves behind.
    for (const QString &suffix : {QString(), u"-wal"_s})
        ASSERT_TRUE(QFile::copy(source + suffix, path() + suffix)) << qPrintable(suffix);
    const QByteArray before = test::fileBytes(path());
    const QByteArray walBefore = test::fileBytes(path() + u"-wal"_s);
    ASSERT_FALSE(walBefore.isEmpty());

    SqliteJournal journal(path());
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), SqliteJournal::OpenStatus::NewerSchema) << qPrintable(journal.lastError());
    EXPECT_EQ(journal.versionFound(), 99);
    EXPECT_EQ(test::fileBytes(path()), before);
    EXPECT_EQ(test::fileBytes(path() + u"-wal"_s), walBefore);
}

} // namespace
