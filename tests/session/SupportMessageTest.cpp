// The prepared support messages say only what holds: every topic x choice x state that changes the text.
#include "core/session/SupportMessage.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
namespace {

using namespace fixtures;

struct MessageCase
{
    const char *name;
    SupportTopic topic;
    Setup setup;
    Finalizer picked;                 // the radio button, before the choice is recorded
    QList<const char *> contains;     // phrases that must be there
    QList<const char *> absent;       // phrases that must not
    QList<DatabaseInfo> databases = {};
};

class SupportMessageTable : public ::testing::TestWithParam<MessageCase> {};

void rollBack(AccountRecord &account)
{
    account.location = Location::Client;
    account.version = Version::Old;
    account.status = AccountStatus::Idle;
    account.rollbackAvailable = false;
}

const char *kAllMigrated = "Every account is migrated to the transit server and I checked each one";
const char *kBySupport = "Please move my accounts back to it (finalization by support)";
const char *kMyself = "I will move my accounts back to it myself";

TEST_P(SupportMessageTable, SaysWhatHolds)
{
    const MessageCase &c = GetParam();
    const World world = worldFrom(c.setup);
    const SupportMessageInput input {world.snapshot, world.facts, c.databases, u"vps-acme"_s,
                                     utc("2026-12-05T10:00:00Z"), c.picked};
    const QString message = composeSupportMessage(c.topic, input);
    for (const char *phrase : c.contains)
        EXPECT_TRUE(message.contains(QString::fromUtf8(phrase))) << "missing \"" << phrase << "\" in:\n"
                                                                  << message.toStdString();
    for (const char *phrase : c.absent)
        EXPECT_FALSE(message.contains(QString::fromUtf8(phrase))) << "unexpected \"" << phrase << "\" in:\n"
                                                                   << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    EveryTopicChoiceAndState, SupportMessageTable,
    ::testing::Values(
        MessageCase {"TransitAllReady", SupportTopic::TransitServer, confirmAllReady, Finalizer::Nobody,
                     {"Every account of my server is ready"}, {"not marked ready", "need attention"}},
        MessageCase {"TransitNotAllReady", SupportTopic::TransitServer,
                     [](World &w) { w.facts.confirmedReady = {1, 2}; }, Finalizer::Nobody,
                     {"Not every account is marked ready yet", "- charlie: databases 0 bytes, files 0 bytes, mail 0 bytes, "
                                                               "estimated downtime 5 s (not marked ready yet)"},
                     {"Every account of my server is ready"}},
        MessageCase {"TransitWithDroppedDatabase", SupportTopic::TransitServer, confirmAllReady, Finalizer::Nobody,
                     {"Some databases need attention", "(not offered by the new infrastructure: bravo_logs (MongoDB))",
                      "I prepared every account"},
                     {"Every account of my server is ready"},
                     {DatabaseInfo {11, u"alpha_main"_s, DatabaseType::MySql, 1},
                      DatabaseInfo {12, u"bravo_logs"_s, DatabaseType::MongoDb, 2}}},
        MessageCase {"TransitWithFailedTest", SupportTopic::TransitServer,
                     [](World &w) {
                         confirmAllReady(w);
                         w.at(0).status = AccountStatus::TestFailed;
                         w.at(0).lastError = u"table shop.orders is corrupt"_s;
                     },
                     Finalizer::Nobody,
                     {"Some databases need attention", "(last database test failed: table shop.orders is corrupt)"},
                     {}},
        MessageCase {"ReinstallAllMigratedAndChecked", SupportTopic::Reinstall, allVerified, Finalizer::Nobody,
                     {kAllMigrated, "rollback will no longer be possible", "(checked)"},
                     {"not checked yet", "still on the client server"}},
        MessageCase {"ReinstallAfterARollback", SupportTopic::Reinstall,
                     [](World &w) {
                         allVerified(w);
                         rollBack(w.at(1));
                         w.facts.verified.remove(2);
                     },
                     Finalizer::Nobody,
                     {"Not every account is migrated to the transit server yet", "Please do not reinstall",
                      "bravo: databases 0 bytes, files 0 bytes, mail 0 bytes, estimated downtime 5 s (still on the client server"},
                     {kAllMigrated}},
        MessageCase {"ReinstallMigratedNotChecked", SupportTopic::Reinstall,
                     [](World &w) {
                         allVerified(w);
                         w.facts.verified.remove(3);
                     },
                     Finalizer::Nobody, {"I have not checked each one yet", "charlie: databases 0 bytes, files 0 bytes, "
                                                                            "mail 0 bytes, estimated downtime 5 s "
                                                                            "(migrated, not checked yet)"},
                     {kAllMigrated}},
        MessageCase {"FinalizationPickedSupport", SupportTopic::Finalization, reinstalled, Finalizer::Support,
                     {kBySupport}, {kMyself, "not chosen yet"}},
        MessageCase {"FinalizationPickedMyself", SupportTopic::Finalization, reinstalled, Finalizer::Customer,
                     {kMyself, "support does not need to move them", "until 10 Dec 2026"},
                     {kBySupport, "not chosen yet"}},
        MessageCase {"FinalizationNotChosen", SupportTopic::Finalization, reinstalled, Finalizer::Nobody,
                     {"I have not chosen yet who moves my accounts back"}, {kBySupport, kMyself}},
        MessageCase {"FinalizationRecordedMyselfWins", SupportTopic::Finalization, customerFinalizes,
                     Finalizer::Support, {kMyself}, {kBySupport}},
        MessageCase {"SharedTransit", SupportTopic::SharedTransitServer, confirmAllReady, Finalizer::Nobody,
                     {"shared transit server"}, {"Please prepare a transit server"}}),
    caseName<MessageCase>);

// An account whose sites are broken, or whose database cannot follow, is named with its problem in
// the reinstall request, even when the customer ticked it checked: support reads it before closing
// rollback for good.
TEST(SupportMessageRisks, TheReinstallRequestNamesTheAccountsWithProblems)
{
    World world = worldFrom(allVerified);
    SupportMessageInput input {world.snapshot, world.facts,
                               {DatabaseInfo {12, u"bravo_docs"_s, DatabaseType::MongoDb, 2}}, u"vps-acme"_s,
                               utc("2026-12-05T10:00:00Z"), Finalizer::Nobody};
    input.sites.insert(3, risks::SitesTally {2, 2});
    input.sites.insert(1, risks::SitesTally {0, 1});
    const QString message = composeSupportMessage(SupportTopic::Reinstall, input);
    EXPECT_TRUE(message.contains(u"some still have problems"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"charlie: databases 0 bytes, files 0 bytes, mail 0 bytes, estimated downtime 5 s "
                                 "(checked; warning: 2 of 2 site addresses broken)"_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"(checked; warning: not offered by the new infrastructure: bravo_docs (MongoDB))"_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"estimated downtime 5 s (checked)\n"_s)) << "alpha's sites answer: no warning";

    input.sites.clear();
    input.databases.clear();
    EXPECT_FALSE(composeSupportMessage(SupportTopic::Reinstall, input).contains(u"warning"_s));
}

} // namespace
} // namespace passerelle
