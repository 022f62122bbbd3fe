#include "core/journal/SqliteJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

// Defensive: the journal is never given the key, and a scripted run must prove no copy of it
// (plain, UTF-16, or in its Basic-auth Base64 form) ends up in any of the journal's files.
TEST(JournalNoSecret, KeyNeverAppearsInTheJournalFiles)
{
    const QString key = u"pk_live_7Qx9-TestKey-NEVER-STORE-41c2"_s;
    const QString account = u"shop"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    {
        SqliteJournal journal(path);
        ASSERT_TRUE(journal.open());
        LocalFacts facts;
        facts.confirmedReady = {1, 2};
        facts.transitRequestSent = true;
        facts.transitRequestText = u"Please prepare the transit server for migration 7."_s;
        ASSERT_TRUE(journal.saveFacts(7, facts));
        for (int i = 0; i < 20; ++i) {
            ActionIntent intent;
            intent.migrationId = 7;
            intent.accountId = i;
            intent.accountName = account;
            intent.action = AccountAction::Migrate;
            intent.createdAt = t0.addSecs(i);
            ASSERT_TRUE(journal.recordIntent(intent));
            ASSERT_TRUE(journal.logActivity(7, {t0, u"action"_s, u"migrate %1 sent"_s.arg(account), i}));
            ASSERT_TRUE(journal.recordOutcome(intent.id, IntentOutcome::Accepted, u"202 Accepted"_s, t0.addSecs(i)));
            ASSERT_TRUE(journal.recordObservedOperation(7, {i, AccountAction::Migrate, t0, t0.addSecs(60), 50}));
        }
    }
    const QList<QByteArray> forbidden {
        key.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2),
        (key + u" account="_s + account + u':').toUtf8().toBase64(),
        key.toUtf8().toBase64(),
    };
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    ASSERT_TRUE(files.contains(u"journal.sqlite"_s));
    QByteArray everything;
    for (const QString &name : files) {
        const QByteArray bytes = test::fileBytes(dir.filePath(name));
        for (const QByteArray &secret : forbidden)
            EXPECT_FALSE(bytes.contains(secret)) << qPrintable(name);
        everything += bytes;
    }
    // The scan must be able to see what was written, or it proves nothing.
    EXPECT_TRUE(everything.contains("migrate shop sent"));
    EXPECT_TRUE(everything.contains("Please prepare the transit server"));
}

} // namespace
