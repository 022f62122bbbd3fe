// What the wizard tells the customer about the process, as core says it: accounts with problems
// before the reinstall, who acts now on a page reached with Back, and one estimate for a queue.
#include "core/model/AccountRisks.h"
#include "core/model/ProcessRules.h"
#include "core/model/QueueText.h"
#include "core/model/StepHeadline.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
namespace {

using namespace fixtures;

TEST(AccountRisks, NamesBrokenSitesAndDatabasesTheNewInfrastructureDoesNotOffer)
{
    World world = worldFrom(allVerified);
    const QHash<qint64, risks::SitesTally> sites = {{1, {0, 2}}, {3, {2, 2}}};
    const QList<DatabaseInfo> inventory = {{11, u"alpha_main"_s, DatabaseType::MySql, 1},
                                           {12, u"bravo_docs"_s, DatabaseType::MongoDb, 2}};
    const QList<risks::AccountRisk> found = risks::find(world.snapshot.accounts, sites, inventory);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).accountId, 2);
    EXPECT_EQ(risks::line(found.at(0)), u"bravo: not offered by the new infrastructure: bravo_docs (MongoDB)"_s);
    EXPECT_EQ(risks::line(found.at(1)), u"charlie: 2 of 2 site addresses broken"_s);
    EXPECT_TRUE(risks::reinstallWarning(found).contains(u"charlie: 2 of 2 site addresses broken"_s));
    EXPECT_TRUE(risks::tickQuestion(found.at(1)).startsWith(u"charlie still has problems: 2 of 2 site addresses broken"_s));
    EXPECT_TRUE(risks::leftToDo(found).startsWith(u"Left to you: bravo: "_s));
    EXPECT_TRUE(risks::find(world.snapshot.accounts, {{1, {0, 2}}}, {}).isEmpty()) << "nothing wrong: no warning";
    EXPECT_TRUE(risks::reinstallWarning({}).isEmpty());
}

TEST(StepHeadline, APageReachedWithBackSaysWhoActsInTheCurrentStep)
{
    const World reinstall = worldFrom(reinstalling);
    for (const Step page : {Step::RequestTransit, Step::TransitInstallation, Step::MigrateAccounts}) {
        const QString line = headline::forPage(page, Step::ClientReinstallation, reinstall.snapshot, reinstall.facts);
        EXPECT_TRUE(line.startsWith(u"This step is done; the migration is at step 6 (Client server reinstallation). "
                                    "Who acts now: support."_s))
            << line.toStdString();
        EXPECT_FALSE(line.contains(u"Who acts now: you."_s)) << line.toStdString();
    }
    EXPECT_EQ(
        headline::forPage(Step::ClientReinstallation, Step::ClientReinstallation, reinstall.snapshot, reinstall.facts),
        u"Who acts now: support. Next: the accounts move back to your reinstalled server."_s);
}

TEST(StepHeadline, StepThreeSaysWhenTheTransitServerIsReady)
{
    const World installing = worldFrom([](World &w) {
        confirmAllReady(w);
        w.facts.transitRequestSent = true;
        w.snapshot.migration.transit.status = TransitStatus::Installing;
    });
    EXPECT_TRUE(headline::forPage(Step::TransitInstallation, rules::currentStep(installing.snapshot, installing.facts),
                                  installing.snapshot, installing.facts)
                    .startsWith(u"Who acts now: support."_s));
    const World ready = worldFrom(transitReady);
    const QString line = headline::forPage(Step::TransitInstallation, rules::currentStep(ready.snapshot, ready.facts),
                                           ready.snapshot, ready.facts);
    EXPECT_TRUE(line.contains(u"step 4"_s)) << line.toStdString();
    EXPECT_TRUE(line.contains(u"Who acts now: you."_s)) << line.toStdString();
}

TEST(StepHeadline, StepEightSaysWhatIsLeftInsteadOfNothing)
{
    World over = worldFrom(customerFinalizes);
    for (AccountRecord &account : over.snapshot.accounts)
        moveBack(account);
    EXPECT_EQ(headline::forPage(Step::MigrationOver, Step::MigrationOver, over.snapshot, over.facts).left(19),
              u"Nothing left to do."_s);
    const QString left = u"Left to you: charlie: 2 of 2 site addresses broken."_s;
    const QString line = headline::forPage(Step::MigrationOver, Step::MigrationOver, over.snapshot, over.facts, left);
    EXPECT_EQ(line, left);
    EXPECT_TRUE(
        headline::forPage(Step::Finalization, Step::MigrationOver, over.snapshot, over.facts, left).endsWith(left));
}

TEST(QueueText, TheTimeLeftDropsWhileTheRunningAccountProgresses)
{
    AccountList accounts = {makeAccount(1, u"alpha"_s), makeAccount(2, u"bravo"_s)};
    accounts[0].databaseSize = 40LL * 1024 * 1024 * 1024; // 40 min
    accounts[1].databaseSize = 10LL * 1024 * 1024 * 1024; // 10 min
    MigrationQueue queue(accounts);
    ASSERT_TRUE(queue.markStarted(1));
    MigrationSnapshot snapshot;
    snapshot.accounts = accounts;
    snapshot.accounts[0].status = AccountStatus::Migrating;
    snapshot.accounts[0].operationStartedAt = utc("2026-12-02T02:00:00Z");
    const QDateTime end = queuetext::runningEnd(snapshot.account(queue.runningAccountId()), utc("2026-12-02T02:05:00Z"));
    EXPECT_EQ(end, utc("2026-12-02T02:40:00Z")) << "from the provider's start, not from the last read";
    const QString early = queuetext::running(queue, utc("2026-12-02T02:00:00Z"), end);
    const QString later = queuetext::running(queue, utc("2026-12-02T02:20:00Z"), end);
    EXPECT_TRUE(early.contains(u"about 50 min"_s)) << early.toStdString();
    EXPECT_TRUE(later.contains(u"about 30 min"_s)) << later.toStdString();
    EXPECT_TRUE(later.startsWith(u"Queue: 1 still to go"_s)) << later.toStdString();
}

TEST(QueueText, AWindowEndsWhereItsRoundedTotalSays)
{
    // 5 min 20 s is said "about 6 min" (durations round up): the window from 02:00 ends at 02:06.
    EXPECT_EQ(queuetext::shownEnd(utc("2026-12-02T02:00:00Z"), downtime::Seconds {320}), utc("2026-12-02T02:06:00Z"));
    EXPECT_EQ(queuetext::shownEnd(utc("2026-12-02T02:00:00Z"), downtime::Seconds {300}), utc("2026-12-02T02:05:00Z"));
    EXPECT_EQ(queuetext::shownEnd(utc("2026-12-02T02:00:00Z"), downtime::Seconds {18}), utc("2026-12-02T02:01:00Z"));
}

TEST(QueueText, StepSevenSpeaksOfMovingBack)
{
    const AccountList accounts = {makeAccount(1, u"alpha"_s), makeAccount(2, u"bravo"_s)};
    EXPECT_TRUE(queuetext::planned(AccountAction::MoveBack, accounts, utc("2026-12-02T02:00:00Z"))
                    .startsWith(u"2 account(s) to move back"_s));
    EXPECT_TRUE(queuetext::nothingMay(AccountAction::MoveBack, {u"alpha (already back)"_s})
                    .contains(u"may not move back now: alpha (already back)."_s));
}

} // namespace
} // namespace passerelle
