#include "core/journal/JournalSchema.h"
#include "core/journal/SqliteJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <ostream>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 15, 250), Qt::UTC);

class SqliteJournalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
    }

    void reopen()
    {
        m_journal.reset();
        m_journal = std::make_unique<SqliteJournal>(path());
        ASSERT_TRUE(m_journal->open()) << qPrintable(m_journal->lastError());
    }

    QString path() const { return m_dir.filePath(u"journal.sqlite"_s); }

    static ActionIntent intent(qint64 accountId, AccountAction action, int minutes)
    {
        ActionIntent intent;
        intent.migrationId = 7;
        intent.accountId = accountId;
        intent.accountName = u"acc%1"_s.arg(accountId);
        intent.action = action;
        intent.idempotencyKey = QUuid::createUuid();
        intent.createdAt = kT0.addSecs(60 * minutes);
        return intent;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteJournal> m_journal;
};

LocalFacts everyFactSet()
{
    LocalFacts facts;
    facts.confirmedReady = {11, 12, 13};
    facts.transitRequestSent = true;
    facts.transitRequestText = u"Bonjour,\nplease prepare a transit server (é, ü, 漢)."_s;
    facts.verified = {12};
    facts.reinstallRequestSent = true;
    facts.finalizer = Finalizer::Customer;
    facts.finalizationRequestSent = true;
    facts.usesProviderDns = false;
    facts.transitReleasedSeenAt = kT0.addDays(3);
    return facts;
}

TEST_F(SqliteJournalTest, FactsComeBackTheSameAfterReopen)
{
    const LocalFacts facts = everyFactSet();
    ASSERT_TRUE(m_journal->saveFacts(7, facts)) << qPrintable(m_journal->lastError());
    reopen();
    EXPECT_EQ(m_journal->loadFacts(7), facts);
    EXPECT_EQ(m_journal->loadFacts(8), LocalFacts {}) << "facts are per migration";
}

TEST_F(SqliteJournalTest, UntickedFactsStayUnticked)
{
    ASSERT_TRUE(m_journal->saveFacts(7, everyFactSet()));
    LocalFacts fewer = everyFactSet();
    fewer.confirmedReady = {13};
    fewer.verified.clear();
    fewer.usesProviderDns.reset();
    fewer.transitReleasedSeenAt = QDateTime();
    fewer.finalizer = Finalizer::Support;
    ASSERT_TRUE(m_journal->saveFacts(7, fewer));
    reopen();
    EXPECT_EQ(m_journal->loadFacts(7), fewer);
}

TEST_F(SqliteJournalTest, IntentsAreInDoubtUntilTheirOutcome)
{
    ActionIntent first = intent(11, AccountAction::Migrate, 0);
    ActionIntent second = intent(12, AccountAction::Test, 1);
    second.dryRun = true;
    ActionIntent support;
    support.kind = ActionIntent::Kind::SupportRequest;
    support.topic = SupportTopic::Finalization;
    support.migrationId = 7;
    support.idempotencyKey = QUuid::createUuid();
    support.createdAt = kT0.addSecs(120);
    for (ActionIntent *each : {&first, &second, &support})
        ASSERT_TRUE(m_journal->recordIntent(*each)) << qPrintable(m_journal->lastError());
    EXPECT_GT(first.id, 0);
    EXPECT_NE(first.id, second.id);

    ASSERT_TRUE(m_journal->recordOutcome(first.id, IntentOutcome::Accepted, u"202"_s, kT0.addSecs(5)));
    reopen();
    const QList<ActionIntent> inDoubt = m_journal->intentsInDoubt(7);
    ASSERT_EQ(inDoubt.size(), 2);
    for (const auto &[found, expected] : {std::pair {inDoubt.at(0), second}, std::pair {inDoubt.at(1), support}}) {
        EXPECT_EQ(found.id, expected.id);
        EXPECT_EQ(found.kind, expected.kind);
        EXPECT_EQ(found.idempotencyKey, expected.idempotencyKey);
        EXPECT_EQ(found.migrationId, expected.migrationId);
        EXPECT_EQ(found.accountId, expected.accountId);
        EXPECT_EQ(found.accountName, expected.accountName);
        EXPECT_EQ(found.action, expected.action);
        EXPECT_EQ(found.topic, expected.topic);
        EXPECT_EQ(found.createdAt, expected.createdAt);
        EXPECT_EQ(found.dryRun, expected.dryRun);
    }
    EXPECT_TRUE(m_journal->intentsInDoubt(8).isEmpty());

    ASSERT_TRUE(m_journal->recordOutcome(second.id, IntentOutcome::Failed, QString(), kT0.addSecs(9)));
    ASSERT_TRUE(m_journal->recordOutcome(support.id, IntentOutcome::Refused, u"409"_s, kT0.addSecs(9)));
    EXPECT_TRUE(m_journal->intentsInDoubt(7).isEmpty());
}

TEST_F(SqliteJournalTest, AnIntentGetsOneOutcome)
{
    ActionIntent migrate = intent(11, AccountAction::Migrate, 0);
    ASSERT_TRUE(m_journal->recordIntent(migrate));
    ASSERT_TRUE(m_journal->recordOutcome(migrate.id, IntentOutcome::Accepted, u"202"_s, kT0));
    EXPECT_FALSE(m_journal->recordOutcome(migrate.id, IntentOutcome::Refused, u"409"_s, kT0));
    EXPECT_FALSE(m_journal->lastError().isEmpty());
    EXPECT_FALSE(m_journal->recordOutcome(migrate.id + 100, IntentOutcome::Accepted, u"202"_s, kT0));
    EXPECT_FALSE(m_journal->lastError().isEmpty());
}

// An accepted account action awaits a read that shows it started, the last of its account only
// (an older one was followed by another decision); seen started or unseen, it awaits no more.
TEST_F(SqliteJournalTest, AcceptedActionsAwaitTheirStartUntilAReadSettlesThem)
{
    ActionIntent older = intent(11, AccountAction::Test, 0);
    ActionIntent latest = intent(11, AccountAction::Migrate, 1);
    ActionIntent other = intent(12, AccountAction::Migrate, 2);
    ActionIntent inDoubt = intent(13, AccountAction::Migrate, 3);
    for (ActionIntent *each : {&older, &latest, &other, &inDoubt})
        ASSERT_TRUE(m_journal->recordIntent(*each)) << qPrintable(m_journal->lastError());
    for (const ActionIntent *each : {&older, &latest, &other})
        ASSERT_TRUE(m_journal->recordOutcome(each->id, IntentOutcome::Accepted, u"202"_s, kT0.addSecs(240)));
    reopen();
    QList<qint64> awaiting;
    for (const ActionIntent &each : m_journal->intentsAwaitingStart(7))
        awaiting << each.id;
    EXPECT_EQ(awaiting, (QList<qint64> {latest.id, other.id}));

    ASSERT_TRUE(m_journal->recordStartSeen(latest.id, IntentOutcome::Started, u"seen"_s, kT0.addSecs(300)));
    ASSERT_TRUE(m_journal->recordStartSeen(other.id, IntentOutcome::Unseen, u"never shown"_s, kT0.addSecs(300)));
    EXPECT_TRUE(m_journal->intentsAwaitingStart(7).isEmpty());
    EXPECT_FALSE(m_journal->recordStartSeen(latest.id, IntentOutcome::Unseen, QString(), kT0.addSecs(301)));
    EXPECT_FALSE(m_journal->recordStartSeen(inDoubt.id, IntentOutcome::Started, QString(), kT0.addSecs(301)))
        << "an intent without an answer is not settled by a read: it is resolved as in doubt";
    EXPECT_EQ(m_journal->intentsInDoubt(7).size(), 1);
    reopen();
    const QList<ActionIntent> unseen = m_journal->intentsUnseen(7);
    ASSERT_EQ(unseen.size(), 1) << "the last intent of its account, settled unseen";
    EXPECT_EQ(unseen.at(0).id, other.id);
    EXPECT_EQ(unseen.at(0).idempotencyKey, other.idempotencyKey);
    ActionIntent decidedAgain = intent(12, AccountAction::Rollback, 4);
    ASSERT_TRUE(m_journal->recordIntent(decidedAgain));
    EXPECT_TRUE(m_journal->intentsUnseen(7).isEmpty()) << "a later decision on the account replaces it";
}

TEST_F(SqliteJournalTest, AnIdempotencyKeyIsRecordedOnce)
{
    ActionIntent migrate = intent(11, AccountAction::Migrate, 0);
    ASSERT_TRUE(m_journal->recordIntent(migrate));
    ActionIntent again = migrate;
    EXPECT_FALSE(m_journal->recordIntent(again));
    EXPECT_FALSE(m_journal->lastError().isEmpty());
    EXPECT_EQ(m_journal->intentsInDoubt(7).size(), 1);
}

TEST_F(SqliteJournalTest, IntentWithoutKeyGetsOneAndWithoutTimeIsRefused)
{
    ActionIntent noKey = intent(11, AccountAction::Test, 0);
    noKey.idempotencyKey = QUuid();
    ASSERT_TRUE(m_journal->recordIntent(noKey));
    EXPECT_FALSE(noKey.idempotencyKey.isNull());
    EXPECT_EQ(m_journal->intentsInDoubt(7).value(0).idempotencyKey, noKey.idempotencyKey);

    ActionIntent noTime = intent(12, AccountAction::Test, 0);
    noTime.createdAt = QDateTime();
    EXPECT_FALSE(m_journal->recordIntent(noTime));
    EXPECT_FALSE(m_journal->lastError().isEmpty());
}

struct ActivityCase
{
    int limit;
    QList<int> expected; // the indexes of the logged entries, in order
};

void PrintTo(const ActivityCase &activityCase, std::ostream *out)
{
    *out << "limit " << activityCase.limit;
}

class ActivityLimitTest : public SqliteJournalTest, public ::testing::WithParamInterface<ActivityCase>
{
};

TEST_P(ActivityLimitTest, NewestEntriesOldestFirst)
{
    // Logged out of time order on purpose: the log keeps the order things were written.
    const QList<int> minutes {5, 1, 9, 3};
    for (int i = 0; i < minutes.size(); ++i)
        ASSERT_TRUE(m_journal->logActivity(7, {kT0.addSecs(60 * minutes.at(i)), u"state"_s, u"entry %1"_s.arg(i), i}));
    ASSERT_TRUE(m_journal->logActivity(8, {kT0, u"state"_s, u"other migration"_s, 0}));
    reopen();
    const QList<ActivityEntry> entries = m_journal->activity(7, GetParam().limit);
    ASSERT_EQ(entries.size(), GetParam().expected.size());
    for (int i = 0; i < entries.size(); ++i) {
        const int logged = GetParam().expected.at(i);
        EXPECT_EQ(entries.at(i).text, u"entry %1"_s.arg(logged));
        EXPECT_EQ(entries.at(i).at, kT0.addSecs(60 * minutes.at(logged)));
        EXPECT_EQ(entries.at(i).accountId, logged);
        EXPECT_EQ(entries.at(i).category, u"state"_s);
    }
}

INSTANTIATE_TEST_SUITE_P(Limits, ActivityLimitTest,
                         ::testing::Values(ActivityCase {0, {0, 1, 2, 3}}, ActivityCase {-1, {0, 1, 2, 3}},
                                           ActivityCase {1, {3}}, ActivityCase {2, {2, 3}},
                                           ActivityCase {4, {0, 1, 2, 3}}, ActivityCase {10, {0, 1, 2, 3}}),
                         [](const ::testing::TestParamInfo<ActivityCase> &info) {
                             const int limit = info.param.limit;
                             return (limit < 0 ? std::string("minus") : std::string()) + "limit"
                                 + std::to_string(std::abs(limit));
                         });

TEST_F(SqliteJournalTest, ObservedOperationsRoundTrip)
{
    const ObservedOperation migrate {11, AccountAction::Migrate, kT0, kT0.addSecs(900), 600};
    const ObservedOperation moveBack {12, AccountAction::MoveBack, kT0.addSecs(1000), QDateTime(), 300};
    ASSERT_TRUE(m_journal->recordObservedOperation(7, migrate));
    ASSERT_TRUE(m_journal->recordObservedOperation(7, moveBack));
    reopen();
    const QList<ObservedOperation> found = m_journal->observedOperations(7);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).accountId, 11);
    EXPECT_EQ(found.at(0).action, AccountAction::Migrate);
    EXPECT_EQ(found.at(0).startedAt, migrate.startedAt);
    EXPECT_EQ(found.at(0).endedAt, migrate.endedAt);
    EXPECT_EQ(found.at(0).estimatedSeconds, 600);
    EXPECT_EQ(found.at(1).action, AccountAction::MoveBack);
    EXPECT_FALSE(found.at(1).endedAt.isValid());
    EXPECT_TRUE(m_journal->observedOperations(8).isEmpty());
}

TEST_F(SqliteJournalTest, FileIsInWalModeAndUsesNamedConnections)
{
    SqliteJournal second(m_dir.filePath(u"other.sqlite"_s));
    ASSERT_TRUE(second.open());
    EXPECT_FALSE(QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
    EXPECT_TRUE(m_journal->isDurable());
    EXPECT_TRUE(second.isDurable());
    test::RawDatabase raw(path());
    EXPECT_EQ(raw.scalar(u"PRAGMA journal_mode"_s), u"wal"_s);
    EXPECT_EQ(raw.scalar(u"PRAGMA user_version"_s).toInt(), journalschema::kCurrentVersion);
}

TEST(SqliteJournalOpen, DefaultPathIsInAppData)
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_FALSE(appData.isEmpty());
    EXPECT_EQ(SqliteJournal::defaultPath(), appData + u"/journal.sqlite"_s);
}

TEST(SqliteJournalOpen, CallsBeforeOpenFailWithAMessage)
{
    QTemporaryDir dir;
    SqliteJournal journal(dir.filePath(u"j.sqlite"_s));
    ActionIntent intent;
    intent.createdAt = kT0;
    EXPECT_FALSE(journal.recordIntent(intent));
    EXPECT_FALSE(journal.lastError().isEmpty());
    EXPECT_FALSE(journal.saveFacts(1, LocalFacts {}));
    EXPECT_FALSE(journal.lastError().isEmpty());
}

TEST(SqliteJournalOpen, AFolderInsteadOfAFileIsRefused)
{
    QTemporaryDir dir;
    SqliteJournal journal(dir.path());
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), SqliteJournal::OpenStatus::CannotOpen);
    EXPECT_FALSE(journal.lastError().isEmpty());
}

TEST(SqliteJournalOpen, SomeoneElsesDatabaseIsNotTakenOver)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"foreign.sqlite"_s);
    {
        test::RawDatabase raw(path);
        ASSERT_EQ(raw.exec({u"CREATE TABLE contacts (name TEXT)"_s}), QString());
    }
    const QByteArray before = test::fileBytes(path);
    SqliteJournal journal(path);
    EXPECT_FALSE(journal.open());
    EXPECT_EQ(journal.openStatus(), SqliteJournal::OpenStatus::CannotOpen);
    EXPECT_TRUE(journal.lastError().contains(u"not a Passerelle journal"_s)) << qPrintable(journal.lastError());
    EXPECT_EQ(test::fileBytes(path), before);
}

} // namespace
