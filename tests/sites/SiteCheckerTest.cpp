#include "core/sites/SiteChecker.h"
#include "core/journal/InMemoryJournal.h"
#include "core/journal/SqliteJournal.h"
#include "core/model/Clock.h"
#include "core/sites/SiteProber.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::sites;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMigration = 7;
const SiteAccount kShopAccount {301, u"acme-shop"_s};

// Answers what the test scripts, per address; counts the probes.
class ScriptedProber final : public SiteProber
{
public:
    SiteProbeJob *probe(const QString &address) override
    {
        auto *job = new SiteProbeJob();
        SiteObservation answer = answers.value(address);
        answer.address = address;
        job->succeed(answer);
        ++probes;
        return job;
    }

    QHash<QString, SiteObservation> answers;
    int probes = 0;
};

SiteObservation page(int status, const QString &title, qint64 size)
{
    SiteObservation o;
    o.finalUrl = QUrl(u"https://shop.example.com/"_s);
    o.httpStatus = status;
    o.tls = true;
    o.title = title;
    o.bodySize = size;
    o.fingerprint = QByteArray::number(size);
    return o;
}

QList<SiteInfo> shopSites()
{
    return {{501, u"shop"_s, u"php"_s, {u"shop.example.com"_s, u"www.shop.example.com"_s}, 301}};
}

class SiteCheckerTest : public ::testing::Test
{
protected:
    QList<SiteCheckResult> check(SiteChecker &checker, SiteChecker::Mode mode,
                                 const QList<SiteInfo> &sites = shopSites())
    {
        QSignalSpy checked(&checker, &SiteChecker::accountChecked);
        checker.check(kMigration, kShopAccount, sites, mode);
        EXPECT_EQ(checked.count(), 0) << "finishes after check() returns";
        EXPECT_TRUE(checked.wait(5000));
        if (checked.isEmpty())
            return {};
        EXPECT_EQ(checked.constFirst().at(0).toLongLong(), kShopAccount.id);
        return checked.constFirst().at(1).value<QList<SiteCheckResult>>();
    }
    void answerEverywhere(const SiteObservation &observation)
    {
        prober.answers.insert(u"shop.example.com"_s, observation);
        prober.answers.insert(u"www.shop.example.com"_s, observation);
    }

    ScriptedProber prober;
    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc())};
};

TEST_F(SiteCheckerTest, FirstCompareRecordsThenComparesWithThatReference)
{
    InMemoryJournal journal;
    SiteChecker checker(prober, journal, clock);
    answerEverywhere(page(200, u"Shop"_s, 10000));
    QList<SiteCheckResult> results = check(checker, SiteChecker::Mode::Compare);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).address, u"shop.example.com"_s);
    EXPECT_EQ(results.at(1).address, u"www.shop.example.com"_s);
    EXPECT_EQ(results.at(0).verdict, SiteVerdict::Baseline);
    EXPECT_EQ(results.at(0).accountName, u"acme-shop"_s);
    EXPECT_EQ(results.at(0).siteName, u"shop"_s);
    EXPECT_EQ(results.at(0).observation.checkedAt, clock.now());
    EXPECT_EQ(journal.siteBaselines(kMigration).size(), 2);

    clock.advance(3600);
    answerEverywhere(page(200, u"Shop"_s, 11000));
    results = check(checker, SiteChecker::Mode::Compare);
    EXPECT_EQ(results.at(0).verdict, SiteVerdict::Same) << results.at(0).details.toStdString();
    ASSERT_TRUE(results.at(0).reference);
    EXPECT_EQ(results.at(0).reference->bodySize, 10000);

    prober.answers.insert(u"shop.example.com"_s, page(200, u"Parked"_s, 300));
    prober.answers.insert(u"www.shop.example.com"_s, page(502, u"Bad gateway"_s, 300));
    results = check(checker, SiteChecker::Mode::Compare);
    EXPECT_EQ(results.at(0).verdict, SiteVerdict::Changed);
    EXPECT_EQ(results.at(1).verdict, SiteVerdict::Broken);
    // Comparing never moves the reference.
    results = check(checker, SiteChecker::Mode::Compare);
    EXPECT_EQ(results.at(0).reference->bodySize, 10000);
}

TEST_F(SiteCheckerTest, RecordingReplacesTheReference)
{
    InMemoryJournal journal;
    SiteChecker checker(prober, journal, clock);
    answerEverywhere(page(200, u"Shop"_s, 10000));
    check(checker, SiteChecker::Mode::RecordBaseline);
    answerEverywhere(page(200, u"New shop"_s, 50000));
    const QList<SiteCheckResult> recorded = check(checker, SiteChecker::Mode::RecordBaseline);
    EXPECT_EQ(recorded.at(0).verdict, SiteVerdict::Baseline);
    EXPECT_FALSE(recorded.at(0).reference);
    EXPECT_EQ(journal.siteBaselines(kMigration).size(), 2);
    const QList<SiteCheckResult> compared = check(checker, SiteChecker::Mode::Compare);
    EXPECT_EQ(compared.at(0).verdict, SiteVerdict::Same);
    EXPECT_EQ(compared.at(0).reference->title, u"New shop"_s);
}

TEST_F(SiteCheckerTest, ReferencesSurviveARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    answerEverywhere(page(200, u"Shop"_s, 10000));
    {
        SqliteJournal journal(path);
        ASSERT_TRUE(journal.open()) << journal.lastError().toStdString();
        SiteChecker checker(prober, journal, clock);
        check(checker, SiteChecker::Mode::RecordBaseline);
    }
    clock.advance(86400);
    answerEverywhere(page(200, u"Shop"_s, 10500));
    SqliteJournal reopened(path);
    ASSERT_TRUE(reopened.open()) << reopened.lastError().toStdString();
    SiteChecker checker(prober, reopened, clock);
    const QList<SiteCheckResult> results = check(checker, SiteChecker::Mode::Compare);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).verdict, SiteVerdict::Same);
    ASSERT_TRUE(results.at(0).reference);
    EXPECT_EQ(results.at(0).reference->bodySize, 10000);
    EXPECT_EQ(results.at(0).reference->checkedAt, clock.now().addSecs(-86400));
    // Another migration's references are its own.
    EXPECT_TRUE(reopened.siteBaselines(kMigration + 1).isEmpty());
}

TEST_F(SiteCheckerTest, AnAccountWithoutSitesFinishesEmpty)
{
    InMemoryJournal journal;
    SiteChecker checker(prober, journal, clock);
    EXPECT_TRUE(check(checker, SiteChecker::Mode::Compare, {}).isEmpty());
    EXPECT_EQ(prober.probes, 0);
    EXPECT_FALSE(checker.isChecking(kShopAccount.id));
}

// The provider's list bounds neither time nor connections: each address is asked once, and past
// the account's share the rest are said, not asked.
TEST_F(SiteCheckerTest, AnAccountsCheckAsksEachAddressOnceAndAtMostItsShare)
{
    InMemoryJournal journal;
    SiteChecker checker(prober, journal, clock);
    const qsizetype limit = SiteChecker::kMaxAddressesPerAccount;
    QStringList addresses;
    for (qsizetype i = 0; i < limit + 5; ++i)
        addresses << u"site-%1.example.com"_s.arg(i);
    addresses << addresses.constFirst() << addresses.constFirst(); // repeated by the provider
    const QList<SiteInfo> many {{501, u"many"_s, u"php"_s, addresses, 301}};
    const QList<SiteCheckResult> results = check(checker, SiteChecker::Mode::Compare, many);
    ASSERT_EQ(results.size(), limit + 5);
    EXPECT_EQ(prober.probes, limit);
    EXPECT_EQ(results.at(limit - 1).verdict, SiteVerdict::Baseline);
    for (qsizetype i = limit; i < results.size(); ++i) {
        EXPECT_EQ(results.at(i).verdict, SiteVerdict::NotChecked) << i;
        EXPECT_FALSE(results.at(i).details.isEmpty());
    }
    EXPECT_EQ(journal.siteBaselines(kMigration).size(), limit) << "no reference for what was not asked";
    EXPECT_EQ(verdictFromToken(verdictToken(SiteVerdict::NotChecked)), SiteVerdict::NotChecked);
}

TEST_F(SiteCheckerTest, AJournalThatCannotWriteIsSaidButTheResultsStillCome)
{
    SqliteJournal closed(u"/nonexistent/never-opened.sqlite"_s);
    SiteChecker checker(prober, closed, clock);
    QSignalSpy journalErrors(&checker, &SiteChecker::journalError);
    answerEverywhere(page(200, u"Shop"_s, 10000));
    const QList<SiteCheckResult> results = check(checker, SiteChecker::Mode::RecordBaseline);
    EXPECT_EQ(results.size(), 2);
    EXPECT_EQ(journalErrors.count(), 2);
}

TEST(SitesOfAccount, FollowTheAccountFieldOrTheKeysAccount)
{
    const QList<SiteInfo> sites = {{1, u"a"_s, u"php"_s, {u"a.example"_s}, 301},
                                   {2, u"b"_s, u"php"_s, {u"b.example"_s}, 302},
                                   {3, u"c"_s, u"php"_s, {u"c.example"_s}, 0}};
    const auto ids = [](const QList<SiteInfo> &list) {
        QList<qint64> out;
        for (const SiteInfo &site : list)
            out << site.id;
        return out;
    };
    EXPECT_EQ(ids(sitesOfAccount(sites, 301, 0)), QList<qint64> {1});
    EXPECT_EQ(ids(sitesOfAccount(sites, 301, 301)), (QList<qint64> {1, 3}));
    EXPECT_EQ(ids(sitesOfAccount(sites, 302, 301)), QList<qint64> {2});
    EXPECT_TRUE(sitesOfAccount(sites, 999, 0).isEmpty());
}

} // namespace
