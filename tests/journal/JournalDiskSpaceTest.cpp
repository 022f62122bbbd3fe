#include "core/journal/JournalDiskSpace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

TEST(JournalDiskSpace, OnlyAlmostNoSpaceReadsAsAFullDisk)
{
    EXPECT_TRUE(journaldisk::isNearlyFull(0));
    EXPECT_TRUE(journaldisk::isNearlyFull(24 * 1024)); // what the attack left free
    EXPECT_FALSE(journaldisk::isNearlyFull(journaldisk::kNearlyFullBytes));
    EXPECT_FALSE(journaldisk::isNearlyFull(-1)); // unknown: no claim
}

TEST(JournalDiskSpace, ADiskWithRoomGivesNoFullDiskMessage)
{
    QTemporaryDir dir;
    EXPECT_TRUE(journaldisk::fullDiskMessage(dir.filePath(u"journal.sqlite"_s)).isEmpty());
}

} // namespace
