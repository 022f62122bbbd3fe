#include "core/journal/JournalSchema.h"
#include "tests/journal/JournalTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

constexpr int kActivityRows = 40000;

// A version 1 journal big enough for its upgrade (an index over every activity row) to take a while.
void writeBigVersion1(const QString &path)
{
    test::RawDatabase raw(path);
    ASSERT_EQ(raw.exec(journalschema::createVersion1()), QString());
    ASSERT_TRUE(raw.db().transaction());
    ASSERT_EQ(raw.exec({u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                        " INSERT INTO activity (migration_id, at, category, text, account_id)"
                        " SELECT 7, i, 'state', 'row ' || i, i % 50 FROM n"_s.arg(kActivityRows),
                        u"PRAGMA user_version = 1"_s}),
              QString());
    ASSERT_TRUE(raw.db().commit());
}

TEST(JournalUpgradeCrash, SigkillDuringTheUpgradeLeavesVersion1OrVersion2)
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(u"v1.sqlite"_s);
    writeBigVersion1(pristine);
    constexpr int kKills = 12;
    int stillVersion1 = 0;
    int upgraded = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        const QString path = dir.filePath(u"journal-%1.sqlite"_s.arg(kill));
        ASSERT_TRUE(QFile::copy(pristine, path));
        QProcess opener;
        opener.start(test::helperPath(), {u"open"_s, path});
        ASSERT_TRUE(opener.waitForStarted(10000));
        ASSERT_TRUE(opener.waitForReadyRead(10000));
        ASSERT_EQ(QString::fromUtf8(opener.readLine()).trimmed(), u"opening"_s);
        // Spread the kills over the upgrade: give it 0, 25, 50 ... ms to finish on its own first.
        // Whatever the moment, only "still v1" or "fully v2" is correct.
        opener.waitForFinished(25 * kill);
        opener.kill();
        opener.waitForFinished(10000);

        test::RawDatabase raw(path);
        ASSERT_EQ(raw.scalar(u"PRAGMA integrity_check"_s), u"ok"_s) << "after kill " << kill;
        const int version = raw.scalar(u"PRAGMA user_version"_s).toInt();
        const QString newObjects = raw.scalar(
            u"SELECT count(*) FROM sqlite_master WHERE name IN ('observed_operations', 'activity_by_migration')"_s);
        if (version == 1) {
            EXPECT_EQ(newObjects, u"0"_s) << "a half upgrade is visible after kill " << kill;
            ++stillVersion1;
        } else {
            EXPECT_EQ(version, journalschema::kCurrentVersion);
            EXPECT_EQ(newObjects, u"2"_s);
            ++upgraded;
        }
        EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM activity"_s).toInt(), kActivityRows) << "after kill " << kill;
    }
    std::cout << "[ figures  ] kills during the v1->v2 upgrade=" << kKills << ": left at v1=" << stillVersion1
              << ", fully upgraded=" << upgraded << ", anything else=0" << std::endl;
}

} // namespace
