#include "core/journal/SqliteJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

struct Reported
{
    QSet<qint64> intents; // recordIntent had returned true
    QSet<qint64> outcomes; // recordOutcome had returned true
};

// Starts the writer, lets it print `lines` lines after "ready" (0: kill as soon as it runs,
// possibly while it creates the file), then SIGKILLs it.
Reported runAndKill(const QString &journal, int lines, const QString &mode = u"write"_s)
{
    Reported reported;
    QProcess writer;
    writer.start(test::helperPath(), {mode, journal});
    EXPECT_TRUE(writer.waitForStarted(10000));
    int seen = -1; // "ready" is not counted
    while (lines > 0 && seen < lines && writer.state() == QProcess::Running) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(10000))
            break;
        while (writer.canReadLine() && seen < lines) {
            const QString line = QString::fromUtf8(writer.readLine()).trimmed();
            EXPECT_FALSE(line.startsWith(u"error"_s)) << qPrintable(line);
            const qint64 id = line.section(u' ', 1).toLongLong();
            if (line.startsWith(u"intent "_s))
                reported.intents.insert(id);
            else if (line.startsWith(u"outcome "_s))
                reported.outcomes.insert(id);
            ++seen;
        }
    }
    EXPECT_TRUE(lines == 0 || seen >= lines) << "the writer stopped early, exit code " << writer.exitCode();
    writer.kill();
    EXPECT_TRUE(writer.waitForFinished(10000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
    return reported;
}

// Every intent column set, and the outcome columns set all together or not at all.
int countBrokenIntents(test::RawDatabase &raw)
{
    QSqlQuery query(raw.db());
    EXPECT_TRUE(query.exec(u"SELECT * FROM intents"_s));
    int broken = 0;
    while (query.next()) {
        for (int column = 0; column < 10; ++column)
            broken += query.value(column).isNull() ? 1 : 0;
        const int outcomeColumns
            = int(!query.value(10).isNull()) + int(!query.value(11).isNull()) + int(!query.value(12).isNull());
        broken += (outcomeColumns == 0 || outcomeColumns == 3) ? 0 : 1;
    }
    return broken;
}

TEST(JournalCrash, SigkillDuringWritesLeavesWholeIntents)
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    constexpr int kKills = 24;
    Reported all;
    for (int kill = 0; kill < kKills; ++kill) {
        // 0, then a spread of 1..97 lines: kills land while opening, inside intents,
        // activity, the facts transaction and outcomes.
        const int lines = kill % 6 == 0 ? 0 : 1 + (kill * 37) % 97;
        const Reported reported = runAndKill(journal, lines);
        all.intents.unite(reported.intents);
        all.outcomes.unite(reported.outcomes);

        test::RawDatabase raw(journal);
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.scalar(u"PRAGMA integrity_check"_s), u"ok"_s) << "after kill " << kill;
        if (raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'intents'"_s) != u"1"_s) {
            EXPECT_EQ(lines, 0) << "only a kill during creation may leave no schema";
            continue;
        }
        EXPECT_EQ(countBrokenIntents(raw), 0) << "after kill " << kill;
        for (const qint64 id : std::as_const(reported.intents)) {
            EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM intents WHERE id = %1"_s.arg(id)), u"1"_s)
                << "a committed intent was lost, id " << id;
        }
        for (const qint64 id : std::as_const(reported.outcomes)) {
            EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM intents WHERE id = %1 AND outcome IS NOT NULL"_s.arg(id)),
                      u"1"_s)
                << "a committed outcome was lost, id " << id;
        }
    }

    SqliteJournal reopened(journal);
    ASSERT_TRUE(reopened.open()) << qPrintable(reopened.lastError());
    const qsizetype inDoubt = reopened.intentsInDoubt(1).size();
    EXPECT_FALSE(reopened.activity(1, 1).isEmpty());
    EXPECT_FALSE(reopened.loadFacts(1).confirmedReady.isEmpty());
    // Measured figures for the report.
    std::cout << "[ figures  ] kills=" << kKills << " intents committed=" << all.intents.size()
              << " outcomes committed=" << all.outcomes.size() << " in doubt after the kills=" << inDoubt << std::endl;
    EXPECT_GE(all.intents.size(), kKills / 2);
}

// The journal on its own thread keeps the promise that matters: an intent reported committed
// (its POST may have left) and an outcome reported written survive a SIGKILL.
TEST(JournalCrash, SigkillDuringThreadedWritesLosesNoReportedIntentOrOutcome)
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    constexpr int kKills = 8;
    int intents = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        const Reported reported = runAndKill(journal, 1 + (kill * 29) % 61, u"write-threaded"_s);
        intents += int(reported.intents.size());
        test::RawDatabase raw(journal);
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(raw.scalar(u"PRAGMA integrity_check"_s), u"ok"_s) << "after kill " << kill;
        EXPECT_EQ(countBrokenIntents(raw), 0) << "after kill " << kill;
        for (const qint64 id : std::as_const(reported.intents)) {
            EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM intents WHERE id = %1"_s.arg(id)), u"1"_s)
                << "an intent reported committed was lost, id " << id;
        }
        for (const qint64 id : std::as_const(reported.outcomes)) {
            EXPECT_EQ(raw.scalar(u"SELECT count(*) FROM intents WHERE id = %1 AND outcome IS NOT NULL"_s.arg(id)),
                      u"1"_s)
                << "an outcome reported written was lost, id " << id;
        }
    }
    EXPECT_GE(intents, kKills);
}

} // namespace
