#include "ui/accounts/AccountsTableModel.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "tests/ui/UiFixtures.h"
#include "ui/accounts/AccountsFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using passerelle::ui::AccountsFilterProxy;
using passerelle::ui::AccountsTableModel;

namespace {

QList<qint64> idsInModel(const AccountsTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(AccountsTableModel::AccountIdRole).toLongLong();
    return ids;
}

QSet<int> signalledRows(const QSignalSpy &spy)
{
    QSet<int> rows;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).toModelIndex();
        const auto bottomRight = args.at(1).toModelIndex();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.insert(row);
    }
    return rows;
}

TEST(AccountsTableModel, StaysConsistentWhileRowsComeGoAndChange)
{
    AccountsTableModel model;
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsTableModel::DatabaseSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const LocalFacts facts;
    MigrationSnapshot snapshot = makeSnapshot(6);
    model.setSnapshot(snapshot, facts, {});
    EXPECT_EQ(idsInModel(model), (QList<qint64> {1, 2, 3, 4, 5, 6}));

    snapshot.accounts.removeAt(4); // 5
    snapshot.accounts.removeAt(1); // 2
    snapshot.accounts.append(makeAccount(7));
    snapshot.accounts.append(makeAccount(8));
    snapshot.accounts[0].status = AccountStatus::Tested;
    model.setSnapshot(snapshot, facts, {});
    EXPECT_EQ(idsInModel(model), (QList<qint64> {1, 3, 4, 6, 7, 8}));
    EXPECT_EQ(model.index(0, AccountsTableModel::Status).data().toString(), text::statusName(AccountStatus::Tested));

    model.setSnapshot(MigrationSnapshot(), facts, {});
    EXPECT_EQ(model.rowCount(), 0);
    model.setSnapshot(makeSnapshot(3), facts, {});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(resets.count(), 0);
}

TEST(AccountsTableModel, SignalsOnlyTheRowsThatChanged)
{
    AccountsTableModel model;
    const LocalFacts facts;
    MigrationSnapshot snapshot = makeSnapshot(100);
    model.setSnapshot(snapshot, facts, {});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    snapshot.accounts[10].status = AccountStatus::Tested;
    snapshot.accounts[11].databaseSize += 1024;
    snapshot.accounts[57].lastError = u"disk full"_s;
    model.setSnapshot(snapshot, facts, {});

    EXPECT_EQ(signalledRows(changed), (QSet<int> {10, 11, 57}));
    EXPECT_EQ(changed.count(), 2); // 10-11 as one run, 57 alone
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(removed.count(), 0);

    changed.clear();
    model.setSnapshot(snapshot, facts, {});
    EXPECT_EQ(changed.count(), 0) << "an identical snapshot changes nothing";
}

TEST(AccountsTableModel, AVerdictChangeIsAChange)
{
    AccountsTableModel model;
    LocalFacts facts;
    MigrationSnapshot snapshot = transitReady(makeSnapshot(3));
    model.setSnapshot(snapshot, facts, {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // One account starts moving: the others may no longer migrate (one at a time).
    snapshot.accounts[0].status = AccountStatus::Migrating;
    model.setSnapshot(snapshot, facts, {});
    EXPECT_EQ(signalledRows(changed), (QSet<int> {0, 1, 2}));
}

TEST(AccountsTableModel, TheFirstListArrivesInOneInsertWithOneRowPerId)
{
    AccountsTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    MigrationSnapshot snapshot = makeSnapshot(4);
    snapshot.accounts.append(makeAccount(2)); // a repeated id: still one row for account 2
    model.setSnapshot(snapshot, LocalFacts(), {});
    EXPECT_EQ(idsInModel(model), (QList<qint64> {1, 2, 3, 4}));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 3);
    EXPECT_EQ(resets.count(), 0);
}

// The verdicts of the row of `accountId`, and what the rules say of that account in `snapshot`.
void expectCoreVerdicts(const AccountsTableModel &model, const MigrationSnapshot &snapshot, qint64 accountId)
{
    const auto verdicts = sourceIndexOf(model, accountId, AccountsTableModel::Actions)
                              .data(AccountsTableModel::VerdictsRole)
                              .value<ActionVerdicts>();
    const AccountRecord *account = nullptr;
    for (const AccountRecord &candidate : snapshot.accounts) {
        if (candidate.id == accountId)
            account = &candidate;
    }
    ASSERT_NE(account, nullptr);
    for (const AccountAction action : kAccountActions)
        EXPECT_EQ(verdicts.of(action), rules::canAct(action, *account, snapshot, LocalFacts(), {}))
            << text::actionName(action).toStdString();
}

TEST(AccountsTableModel, AnAccountChangedOrBackUnderTheSameRulesGetsFreshVerdicts)
{
    AccountsTableModel model;
    const MigrationSnapshot first = transitReady(makeSnapshot(3));
    model.setSnapshot(first, LocalFacts(), {});
    expectCoreVerdicts(model, first, 2); // computed and kept for account 2

    // Migrated in place: nobody is busy, so the rules are the same, only account 2 changed.
    MigrationSnapshot changed = first;
    moveToTransit(changed.accounts[1]);
    ASSERT_NE(rules::canAct(AccountAction::Rollback, changed.accounts[1], changed, LocalFacts(), {}),
              rules::canAct(AccountAction::Rollback, first.accounts[1], first, LocalFacts(), {}));
    model.setSnapshot(changed, LocalFacts(), {});
    expectCoreVerdicts(model, changed, 2);

    // Gone from a list, then back as it was at first: not the verdicts it had while away.
    MigrationSnapshot without = changed;
    without.accounts.removeAt(1);
    model.setSnapshot(without, LocalFacts(), {});
    model.setSnapshot(first, LocalFacts(), {});
    expectCoreVerdicts(model, first, 2);
}

struct VerdictCase
{
    const char *name;
    std::function<void(MigrationSnapshot &, LocalFacts &)> stage;
    QSet<qint64> inFlight = {}; // accounts with an action on its way
};

class VerdictRoles : public ::testing::TestWithParam<VerdictCase>
{
};

TEST_P(VerdictRoles, MatchCoreRulesForEveryAction)
{
    MigrationSnapshot snapshot = makeSnapshot(5);
    LocalFacts facts;
    GetParam().stage(snapshot, facts);
    AccountsTableModel model;
    model.setSnapshot(snapshot, facts, GetParam().inFlight);
    ASSERT_EQ(model.rowCount(), snapshot.accounts.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const AccountRecord &account = snapshot.accounts[row];
        const auto verdicts = model.index(row, AccountsTableModel::Actions)
                                  .data(AccountsTableModel::VerdictsRole)
                                  .value<ActionVerdicts>();
        for (const AccountAction action : kAccountActions) {
            const Verdict expected = rules::canAct(action, account, snapshot, facts, GetParam().inFlight);
            EXPECT_EQ(verdicts.of(action), expected)
                << account.name.toStdString() << ": " << verdicts.of(action).error().toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Stages, VerdictRoles,
    ::testing::Values(
        VerdictCase {"Preparation", [](MigrationSnapshot &, LocalFacts &) {}},
        VerdictCase {"TransitInstalling",
                     [](MigrationSnapshot &s, LocalFacts &f) {
                         f.transitRequestSent = true;
                         s.migration.transit.status = TransitStatus::Installing;
                     }},
        VerdictCase {"OneMigrating",
                     [](MigrationSnapshot &s, LocalFacts &) {
                         s = transitReady(s);
                         moveToTransit(s.accounts[0]);
                         s.accounts[1].status = AccountStatus::Migrating;
                     }},
        VerdictCase {"AllMigratedOneRefusesRollback",
                     [](MigrationSnapshot &s, LocalFacts &) {
                         s = transitReady(s);
                         for (AccountRecord &a : s.accounts)
                             moveToTransit(a);
                         s.accounts[2].rollbackAvailable = false;
                     }},
        VerdictCase {"ReinstalledCustomerFinalizes",
                     [](MigrationSnapshot &s, LocalFacts &f) {
                         s = transitReady(s);
                         for (AccountRecord &a : s.accounts)
                             moveToTransit(a);
                         s.migration.clientServer.status = ClientServerStatus::Reinstalled;
                         s.migration.clientServer.reinstallStartedAt = at("2026-12-05T08:00:00Z");
                         f.finalizer = Finalizer::Customer;
                         s.accounts[3].status = AccountStatus::MovingBack;
                     }},
        VerdictCase {"OneRequestOnItsWay", [](MigrationSnapshot &s, LocalFacts &) { s = transitReady(s); }, {3}},
        VerdictCase {"OneTestingAnotherOnItsWay",
                     [](MigrationSnapshot &s, LocalFacts &) { s.accounts[3].status = AccountStatus::Testing; },
                     {2}},
        VerdictCase {"ReinstalledSupportFinalizes",
                     [](MigrationSnapshot &s, LocalFacts &) {
                         s = transitReady(s);
                         for (AccountRecord &a : s.accounts)
                             moveToTransit(a);
                         s.migration.clientServer.status = ClientServerStatus::Reinstalled;
                         s.migration.finalization.by = Finalizer::Support;
                     }}),
    [](const ::testing::TestParamInfo<VerdictCase> &info) { return std::string(info.param.name); });

TEST(AccountsTableModel, SortRoleGivesRawValues)
{
    AccountsTableModel model;
    MigrationSnapshot snapshot = makeSnapshot(2);
    snapshot.accounts[0].databaseSize = 3 * (qint64(1) << 30);
    model.setSnapshot(snapshot, LocalFacts(), {});
    EXPECT_EQ(model.index(0, AccountsTableModel::DatabaseSize).data(AccountsTableModel::SortRole).toLongLong(),
              3 * (qint64(1) << 30));
    EXPECT_EQ(model.index(0, AccountsTableModel::EstimatedDowntime).data(AccountsTableModel::SortRole).toLongLong(),
              180);
    EXPECT_FALSE(model.index(0, AccountsTableModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(model.index(0, AccountsTableModel::Actions).data(Qt::AccessibleTextRole).toString().isEmpty());
}

TEST(AccountsFilterProxy, FiltersByTextAndSortsBySize)
{
    AccountsTableModel model;
    MigrationSnapshot snapshot = makeSnapshot(3);
    snapshot.accounts[0].name = u"shop"_s;
    snapshot.accounts[0].databaseSize = 10 * (qint64(1) << 30);
    snapshot.accounts[1].name = u"blog"_s;
    snapshot.accounts[1].databaseSize = 900 * (qint64(1) << 20); // 900 MiB < 10 GiB, "900" > "10" as text
    snapshot.accounts[2].name = u"shop-staging"_s;
    snapshot.accounts[2].databaseSize = 0;
    model.setSnapshot(snapshot, LocalFacts(), {});
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsTableModel::DatabaseSize, Qt::DescendingOrder);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), u"shop"_s);
    EXPECT_EQ(proxy.index(1, 0).data().toString(), u"blog"_s);

    proxy.setFilterText(u"SHOP"_s);
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setFilterText(u"nothing-like-this"_s);
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(AccountsFilterProxy, FiltersByTheWordsOfAStatusAndSortsNamesWithoutCase)
{
    AccountsTableModel model;
    MigrationSnapshot snapshot = makeSnapshot(3);
    snapshot.accounts[0].name = u"Zeta"_s;
    snapshot.accounts[1].name = u"alpha"_s;
    snapshot.accounts[1].status = AccountStatus::TestFailed;
    snapshot.accounts[2].name = u"Beta"_s;
    model.setSnapshot(snapshot, LocalFacts(), {});
    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AccountsTableModel::Name, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), u"alpha"_s);
    EXPECT_EQ(proxy.index(1, 0).data().toString(), u"Beta"_s);
    EXPECT_EQ(proxy.index(2, 0).data().toString(), u"Zeta"_s);

    // The status as shown, in any case: only the account whose test failed.
    const QString shown = text::statusName(AccountStatus::TestFailed);
    proxy.setFilterText(shown.toUpper());
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), u"alpha"_s);
}

// "scheduled for …" is the status wherever it is said: shown, in the tooltip, read aloud, and
// found by the filter (a scheduled account is no longer found as idle).
TEST(AccountsTableModel, AScheduledAccountSaysSoEverywhereItsStatusIsSaid)
{
    AccountsTableModel model;
    const MigrationSnapshot snapshot = makeSnapshot(3);
    model.setSnapshot(snapshot, LocalFacts(), {});
    model.setScheduled({2}, QDateTime(QDate(2026, 12, 2), QTime(2, 0)));
    const QModelIndex status = model.index(1, AccountsTableModel::Status);
    ASSERT_TRUE(status.data().toString().startsWith(u"scheduled for"_s)) << status.data().toString().toStdString();
    EXPECT_TRUE(status.data(Qt::ToolTipRole).toString().contains(u"scheduled for"_s))
        << status.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_TRUE(status.data(Qt::AccessibleTextRole).toString().contains(u"scheduled for"_s))
        << status.data(Qt::AccessibleTextRole).toString().toStdString();
    const QString idle = text::statusName(AccountStatus::Idle);
    EXPECT_FALSE(status.data(Qt::AccessibleTextRole).toString().contains(idle));

    AccountsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"Scheduled"_s);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(AccountsTableModel::AccountIdRole).toLongLong(), 2);
    proxy.setFilterText(idle);
    EXPECT_EQ(proxy.rowCount(), 2) << "the scheduled account is not idle to the eye";
    model.setScheduled({}, QDateTime()); // cancelled: idle again, and found as such
    EXPECT_EQ(proxy.rowCount(), 3);
}

} // namespace
