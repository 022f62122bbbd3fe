// The session's site checks around each move: a reference just before an account's first
// migrate request (bounded: the request never waits forever), a comparison after the migration
// and after the move back, the last checks kept across a restart.
#include "core/journal/ActivityCategory.h"
#include "core/journal/InMemoryJournal.h"
#include "core/journal/SqliteJournal.h"
#include "core/session/MigrationSession.h"
#include "core/session/SiteSuggestions.h"
#include "core/session/SiteWatch.h"
#include "core/sites/SiteProber.h"
#include "tests/session/FakeAdminApi.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using namespace passerelle;
using passerelle::fakes::FakeAdminApi;

namespace {

// Answers each address as scripted; with `hold`, keeps the jobs until release() (or forever).
class HeldProber final : public sites::SiteProber
{
public:
    sites::SiteProbeJob *probe(const QString &address) override
    {
        ++probes;
        auto *job = new sites::SiteProbeJob();
        if (hold) {
            held.append({job, address});
            return job;
        }
        job->succeed(answerFor(address));
        return job;
    }
    void release()
    {
        for (const auto &[job, address] : std::as_const(held)) {
            if (job)
                job->succeed(answerFor(address));
        }
        held.clear();
    }
    sites::SiteObservation answerFor(const QString &address) const
    {
        sites::SiteObservation o;
        o.address = address;
        o.finalUrl = QUrl(u"https://"_s + address + u'/');
        o.httpStatus = status;
        o.tls = true;
        o.title = status == 200 ? u"Shop"_s : u"Server error"_s;
        o.bodySize = status == 200 ? 9000 : 300;
        o.fingerprint = QByteArray::number(o.bodySize);
        return o;
    }

    bool hold = false;
    int status = 200;
    int probes = 0;
    QList<std::pair<QPointer<sites::SiteProbeJob>, QString>> held;
};

bool activityContains(MigrationSession &session, const QString &words)
{
    for (const ActivityEntry &entry : session.recentActivity(100)) {
        if (entry.text.contains(words))
            return true;
    }
    return false;
}

class SiteWatchTest : public ::testing::Test
{
protected:
    void startWith(JournalStore &journal)
    {
        api.reset(fakes::makeReadyProvider(2));
        api->siteList = {{501, u"shop"_s, u"php"_s, {u"shop.example.com"_s, u"www.shop.example.com"_s}, 301},
                         {502, u"blog"_s, u"php"_s, {u"blog.example.com"_s}, 302}};
        session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
        session->setSiteProber(&prober);
        session->sites().setReferenceBound(200ms);
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }
    // The provider ends the account's operation; the session sees it at its next poll.
    void finishAndPoll(qint64 accountId)
    {
        api->finishOperation(accountId);
        session->refresh();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !isRunning(session->snapshot().account(accountId)->status); }, 5000));
    }
    bool waitForState(qint64 accountId, SitesState state)
    {
        return QTest::qWaitFor([&] { return session->sites().stateOf(accountId) == state; }, 5000);
    }

    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    HeldProber prober;
    std::unique_ptr<FakeAdminApi> api;
    std::unique_ptr<MigrationSession> session;
};

TEST_F(SiteWatchTest, TheReferenceIsRecordedJustBeforeTheFirstMigrateRequest)
{
    startWith(journal);
    prober.hold = true;
    session->startAction(301, AccountAction::Migrate);
    // The account is on its way (nobody may act on it), but nothing left before the reference.
    EXPECT_TRUE(session->inFlight().contains(301));
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 0);
    ASSERT_TRUE(QTest::qWaitFor([this] { return prober.held.size() == 2; }, 5000));
    EXPECT_EQ(session->sites().stateOf(301), SitesState::Checking);
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 0);

    clock.advance(3);
    const QDateTime probedAt = clock.now();
    prober.release();
    ASSERT_TRUE(QTest::qWaitFor([this] { return api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    const QList<SiteBaselineRecord> references = journal.siteBaselines(7);
    ASSERT_EQ(references.size(), 2); // the shop's two addresses, not the blog of account 302
    for (const SiteBaselineRecord &reference : references) {
        EXPECT_EQ(reference.accountId, 301);
        EXPECT_EQ(reference.recordedAt, probedAt); // the injected clock's time
    }
    EXPECT_EQ(session->sites().stateOf(301), SitesState::Reference);
    EXPECT_FALSE(session->sites().sitesOf(301).referenceMissing);
    EXPECT_TRUE(activityContains(*session, u"reference was recorded"_s));
}

TEST_F(SiteWatchTest, TheMigrateRequestDoesNotWaitForeverForTheReference)
{
    startWith(journal);
    prober.hold = true; // the sites never answer
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([this] { return api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    EXPECT_TRUE(session->sites().sitesOf(301).referenceMissing);
    EXPECT_NE(session->sites().stateOf(301), SitesState::Checking);
    EXPECT_TRUE(activityContains(*session, u"could not be recorded in time"_s));
    // The probes went with the bound: an answer during the migration never becomes the reference.
    EXPECT_TRUE(std::all_of(prober.held.cbegin(), prober.held.cend(), [](const auto &held) { return !held.first; }));
    prober.release();
    QCoreApplication::processEvents();
    EXPECT_TRUE(journal.siteBaselines(7).isEmpty());
}

TEST_F(SiteWatchTest, ASecondMigrationKeepsTheFirstReferenceAndSendsAtOnce)
{
    startWith(journal);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([this] { return api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    const QList<SiteBaselineRecord> first = journal.siteBaselines(7);
    finishAndPoll(301);
    ASSERT_TRUE(waitForState(301, SitesState::Same));
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->canAct(301, AccountAction::Rollback).hasValue(); }, 5000));
    session->startAction(301, AccountAction::Rollback);
    ASSERT_TRUE(QTest::qWaitFor([this] { return api->postsFor(301, AccountAction::Rollback) == 1; }, 5000));
    finishAndPoll(301);
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->canAct(301, AccountAction::Migrate).hasValue(); }, 5000));

    prober.hold = true; // a reference would wait for these: there must be none to wait for
    session->startAction(301, AccountAction::Migrate);
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 2);
    const QList<SiteBaselineRecord> after = journal.siteBaselines(7);
    ASSERT_EQ(after.size(), first.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        EXPECT_EQ(after.at(i).recordedAt, first.at(i).recordedAt);
}

TEST_F(SiteWatchTest, ComparedAfterTheMigrationEndsAndAfterTheMoveBack)
{
    startWith(journal);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([this] { return api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    const int probesBefore = prober.probes;
    EXPECT_EQ(session->sites().stateOf(302), SitesState::NotChecked);

    finishAndPoll(301);
    ASSERT_TRUE(waitForState(301, SitesState::Same));
    EXPECT_EQ(prober.probes - probesBefore, 2);
    EXPECT_EQ(session->sites().stateOf(302), SitesState::NotChecked) << "only the account that moved";
    EXPECT_EQ(sameAndUnticked(*session), QList<qint64> {301});

    // The move back: the provider's state only, as step 7 would leave it.
    prober.status = 500;
    api->account(301)->status = AccountStatus::MovingBack;
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->snapshot().account(301)->status == AccountStatus::MovingBack; },
                                5000));
    finishAndPoll(301);
    ASSERT_TRUE(waitForState(301, SitesState::Broken));
    const AccountSites &sites = session->sites().sitesOf(301);
    ASSERT_EQ(sites.results.size(), 2);
    EXPECT_EQ(sites.results.constFirst().reference->httpStatus, 200);
    EXPECT_EQ(sites.results.constFirst().observation.httpStatus, 500);
    EXPECT_TRUE(activityContains(*session, u"2 of 2 address(es) broken"_s));
}

TEST_F(SiteWatchTest, ABrokenAccountSuggestsARollbackOnlyWhileItIsOpen)
{
    startWith(journal);
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([this] { return api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    prober.status = 503;
    finishAndPoll(301);
    ASSERT_TRUE(waitForState(301, SitesState::Broken));
    EXPECT_EQ(rollbackSuggested(*session), QList<qint64> {301});
    EXPECT_TRUE(sameAndUnticked(*session).isEmpty());

    api->account(301)->rollbackAvailable = false;
    session->refresh();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !session->snapshot().account(301)->rollbackAvailable; }, 5000));
    EXPECT_TRUE(rollbackSuggested(*session).isEmpty());
}

TEST_F(SiteWatchTest, TheLastChecksSurviveARestart)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"journal.sqlite"_s);
    {
        SqliteJournal onDisk(path);
        ASSERT_TRUE(onDisk.open()) << onDisk.lastError().toStdString();
        startWith(onDisk);
        session->startAction(301, AccountAction::Migrate);
        ASSERT_TRUE(QTest::qWaitFor([this] { return api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
        prober.status = 500;
        finishAndPoll(301);
        ASSERT_TRUE(waitForState(301, SitesState::Broken));
        session.reset();
    }
    SqliteJournal reopened(path);
    ASSERT_TRUE(reopened.open()) << reopened.lastError().toStdString();
    api.reset(fakes::makeReadyProvider(2));
    session = std::make_unique<MigrationSession>(api.get(), &clock, &reopened);
    session->setSiteProber(&prober);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    const AccountSites &sites = session->sites().sitesOf(301);
    EXPECT_EQ(sites.state, SitesState::Broken);
    ASSERT_EQ(sites.results.size(), 2);
    ASSERT_TRUE(sites.results.constFirst().reference.has_value());
    EXPECT_EQ(sites.results.constFirst().reference->httpStatus, 200);
    EXPECT_EQ(session->sites().stateOf(302), SitesState::NotChecked);
    session.reset();
}

TEST_F(SiteWatchTest, WithoutAProberNothingIsCheckedAndNothingWaits)
{
    api.reset(fakes::makeReadyProvider(1));
    api->siteList = {{501, u"shop"_s, u"php"_s, {u"shop.example.com"_s}, 301}};
    session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
    session->start();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    session->startAction(301, AccountAction::Migrate);
    EXPECT_EQ(api->postsFor(301, AccountAction::Migrate), 1);
    EXPECT_EQ(api->siteReads, 0);
    EXPECT_FALSE(session->sites().isEnabled());
}

} // namespace
