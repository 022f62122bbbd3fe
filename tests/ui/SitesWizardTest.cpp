// The site checks in the wizard, driven by clicks and keys: the Sites column, the details
// dialog, step 1's reference, step 5's one-click tick and its rollback suggestion.
#include "core/session/SiteWatch.h"
#include "core/sites/SiteProber.h"
#include "tests/ui/UiFixtures.h"
#include "tests/ui/WizardHarness.h"
#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/sites/RollbackSuggestions.h"
#include "ui/sites/SitesDialog.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/VerifyPage.h"

#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// Every address answers 200, except those told to answer otherwise.
class ScriptedSites final : public sites::SiteProber
{
public:
    sites::SiteProbeJob *probe(const QString &address) override
    {
        ++probes;
        auto *job = new sites::SiteProbeJob();
        sites::SiteObservation o;
        o.address = address;
        o.httpStatus = status.value(address, 200);
        o.finalUrl = QUrl(u"https://"_s + address + u'/');
        o.tls = true;
        o.title = o.httpStatus == 200 ? u"Welcome"_s : u"Internal Server Error"_s;
        o.bodySize = o.httpStatus == 200 ? 9000 : 400;
        o.fingerprint = QByteArray::number(o.bodySize);
        job->succeed(o);
        return job;
    }

    QHash<QString, int> status;
    int probes = 0;
};

class SitesWizard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        h.wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
    }

    // Connected, with sites: account-N has site-N.example.com (and www. for the first).
    void connectWithSites(TransitStatus transit)
    {
        h.transitStatus = transit;
        QTest::mouseClick(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton(), Qt::LeftButton);
        ASSERT_NE(h.session(), nullptr);
        h.api->siteList = {{501, u"one"_s, u"php"_s, {u"site-1.example.com"_s, u"www.site-1.example.com"_s}, 301},
                           {502, u"two"_s, u"php"_s, {u"site-2.example.com"_s}, 302},
                           {503, u"three"_s, u"php"_s, {u"site-3.example.com"_s}, 303}};
        h.session()->setSiteProber(&prober);
    }
    bool waitForPage(Step step)
    {
        return QTest::qWaitFor([this, step] { return h.wizard->currentId() == static_cast<int>(step); }, 5000);
    }
    // The provider migrates the account and the session sees its end (which checks its sites).
    void migrate(qint64 id, const std::function<void()> &whileMoving = {})
    {
        h.session()->startAction(id, AccountAction::Migrate);
        ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(id, AccountAction::Migrate) == 1; }, 5000));
        if (whileMoving)
            whileMoving();
        h.api->finishOperation(id);
        ASSERT_TRUE(h.refreshAndWait([&] {
            const SitesState state = h.session()->sites().stateOf(id);
            return h.session()->snapshot().account(id)->status == AccountStatus::Migrated
                && state != SitesState::Checking && state != SitesState::Reference;
        }));
    }
    QRect sitesCell(AccountsPanel *panel, qint64 id)
    {
        const QModelIndex source = sourceIndexOf(*panel->model(), id, AccountsTableModel::Sites);
        return panel->view()->visualRect(panel->proxy()->mapFromSource(source));
    }

    ScriptedSites prober; // outlives the session that uses it
    WizardHarness h {3};
};

TEST_F(SitesWizard, TheColumnSaysEachAccountsSitesInWordsWithAShapeAndOpensTheDetails)
{
    connectWithSites(TransitStatus::Ready);
    ASSERT_TRUE(waitForPage(Step::MigrateAccounts));
    migrate(301, [this] { prober.status.insert(u"www.site-1.example.com"_s, 502); });
    auto *page = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage());
    AccountsTableModel *model = page->accounts()->model();
    const QModelIndex broken = sourceIndexOf(*model, 301, AccountsTableModel::Sites);
    const QModelIndex unchecked = sourceIndexOf(*model, 302, AccountsTableModel::Sites);
    EXPECT_EQ(model->headerData(AccountsTableModel::Sites, Qt::Horizontal).toString(), u"Sites"_s);
    EXPECT_EQ(broken.data().toString(), u"Broken"_s);
    EXPECT_EQ(unchecked.data().toString(), u"Not checked"_s);
    const auto icon = [](const QModelIndex &index) { return index.data(Qt::DecorationRole).value<QIcon>(); };
    ASSERT_FALSE(icon(broken).isNull());
    EXPECT_NE(icon(broken).pixmap(16).toImage(), icon(unchecked).pixmap(16).toImage()) << "a shape, not only words";
    EXPECT_EQ(broken.data(Qt::AccessibleTextRole).toString(), u"Sites: Broken"_s);

    // A click in the column opens the details: each address, before → after.
    const QRect cell = sitesCell(page->accounts(), 301);
    ASSERT_TRUE(cell.isValid());
    QTest::mouseClick(page->accounts()->view()->viewport(), Qt::LeftButton, {}, cell.center());
    SitesDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = page->findChild<SitesDialog *>()) != nullptr; }, 2000));
    EXPECT_EQ(dialog->windowTitle(), u"Sites of account-1"_s);
    QTableWidget *table = dialog->table();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, SitesDialog::Address)->text(), u"site-1.example.com"_s);
    EXPECT_EQ(table->item(0, SitesDialog::Result)->text(), u"Same"_s);
    EXPECT_EQ(table->item(0, SitesDialog::HttpStatus)->text(), u"200"_s);
    EXPECT_EQ(table->item(1, SitesDialog::Result)->text(), u"Broken"_s);
    EXPECT_EQ(table->item(1, SitesDialog::HttpStatus)->text(), u"200 → 502"_s);
    EXPECT_EQ(table->item(1, SitesDialog::Title)->text(), u"Welcome → Internal Server Error"_s);
    EXPECT_FALSE(table->item(1, SitesDialog::WhatChanged)->text().isEmpty());
    EXPECT_TRUE(dialog->changes()->text().startsWith(u"www.site-1.example.com: "_s))
        << dialog->changes()->text().toStdString();
    EXPECT_TRUE(dialog->summary()->text().contains(u"1 of 2"_s)) << dialog->summary()->text().toStdString();

    // Check again, once the site is repaired: the dialog follows.
    prober.status.clear();
    const int probes = prober.probes;
    QTest::mouseClick(dialog->checkAgainButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->item(1, SitesDialog::Result)->text() == u"Same"_s; },
                                5000));
    EXPECT_EQ(prober.probes - probes, 2);
    EXPECT_EQ(broken.data().toString(), u"Same"_s);
    dialog->close();
}

TEST_F(SitesWizard, TheRowMenuOpensTheDetailsFromTheKeyboard)
{
    connectWithSites(TransitStatus::Ready);
    ASSERT_TRUE(waitForPage(Step::MigrateAccounts));
    auto *page = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage());
    AccountsView *view = page->accounts()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, AccountsTableModel::Name));
    QSignalSpy asked(view, &AccountsView::sitesRequested);
    QMenu *menu = view->createActionMenu(view->currentIndex(), view);
    QAction *sites = menu->actions().constLast();
    EXPECT_EQ(sites->text(), u"Site checks…"_s);
    sites->trigger();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.constFirst().at(0).toLongLong(),
              view->currentIndex().data(AccountsTableModel::AccountIdRole).toLongLong());
    delete menu;
}

TEST_F(SitesWizard, StepOneRecordsTheReferenceOnDemand)
{
    connectWithSites(TransitStatus::NotRequested);
    ASSERT_TRUE(waitForPage(Step::PrepareAccounts));
    auto *page = qobject_cast<PrepareAccountsPage *>(h.wizard->currentPage());
    ASSERT_TRUE(page->recordSitesButton()->isVisible());
    ASSERT_TRUE(page->recordSitesButton()->isEnabled());
    QTest::mouseClick(page->recordSitesButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return h.session()->journal().siteBaselines(h.session()->migrationId()).size() == 4; }, 5000));
    const QModelIndex cell = sourceIndexOf(*page->accounts()->model(), 302, AccountsTableModel::Sites);
    EXPECT_EQ(cell.data().toString(), u"Reference taken"_s);
}

TEST_F(SitesWizard, StepFiveTicksTheSameInOneClickAndSuggestsRollingBackTheBroken)
{
    connectWithSites(TransitStatus::Ready);
    ASSERT_TRUE(waitForPage(Step::MigrateAccounts));
    migrate(301);
    migrate(302, [this] { prober.status.insert(u"site-2.example.com"_s, 500); });
    migrate(303);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.next()->isEnabled(); }, 2000));
    QTest::mouseClick(h.next(), Qt::LeftButton);
    ASSERT_TRUE(waitForPage(Step::VerifyAfterMigration));
    auto *page = qobject_cast<VerifyPage *>(h.wizard->currentPage());

    // One click ticks the accounts whose sites answer as before, not the broken one.
    QPushButton *tick = page->tickSameButton();
    ASSERT_TRUE(QTest::qWaitFor([&] { return tick->isEnabled(); }, 2000));
    EXPECT_TRUE(tick->text().contains(u"(2)"_s)) << tick->text().toStdString();
    QTest::mouseClick(tick, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().verified.size() == 2; }, 2000));
    EXPECT_TRUE(h.session()->facts().verified.contains(301));
    EXPECT_TRUE(h.session()->facts().verified.contains(303));
    EXPECT_FALSE(h.session()->facts().verified.contains(302));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !tick->isEnabled(); }, 2000));

    // The broken one: a rollback suggested, through the same confirmed path as the table's.
    QPushButton *rollback = page->suggestions()->rollbackButton(302);
    ASSERT_NE(rollback, nullptr);
    EXPECT_TRUE(page->suggestions()->isVisible());
    EXPECT_EQ(page->suggestions()->rollbackButton(301), nullptr);
    h.acceptConfirmations = false;
    QTest::mouseClick(rollback, Qt::LeftButton);
    ASSERT_EQ(h.confirmations.size(), 1);
    EXPECT_EQ(h.confirmations.constLast().title, u"Roll account-2 back"_s);
    EXPECT_EQ(h.api->postsFor(302, AccountAction::Rollback), 0) << "refused: nothing sent";
    h.acceptConfirmations = true;
    QTest::mouseClick(rollback, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(302, AccountAction::Rollback) == 1; }, 5000));
    // On its way: no more suggestion (the rules no longer allow a second rollback).
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->suggestions()->rollbackButton(302) == nullptr; }, 2000));
}

// A database the new infrastructure does not offer is a problem the sites cannot show: that account
// is ticked on its own, after a question, never in the one click.
TEST_F(SitesWizard, TheOneClickTickLeavesOutAnAccountWhoseDatabaseCannotFollow)
{
    h.setUpProvider = [](fakes::FakeAdminApi &api) {
        api.databaseList = {DatabaseInfo {9003, u"three_docs"_s, DatabaseType::MongoDb, 303}};
    };
    connectWithSites(TransitStatus::Ready);
    ASSERT_TRUE(waitForPage(Step::MigrateAccounts));
    for (const qint64 id : {301, 302, 303})
        migrate(id);
    QTest::mouseClick(h.next(), Qt::LeftButton);
    ASSERT_TRUE(waitForPage(Step::VerifyAfterMigration));
    auto *page = qobject_cast<VerifyPage *>(h.wizard->currentPage());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->databases().size() == 1; }, 5000));
    QPushButton *tick = page->tickSameButton();
    ASSERT_TRUE(QTest::qWaitFor([&] { return tick->text().contains(u"(2)"_s); }, 2000)) << tick->text().toStdString();
    QTest::mouseClick(tick, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->facts().verified.size() == 2; }, 2000));
    EXPECT_FALSE(h.session()->facts().verified.contains(303));
    EXPECT_TRUE(h.confirmations.isEmpty());
}

TEST_F(SitesWizard, CheckAllComparesEveryAccountAgain)
{
    connectWithSites(TransitStatus::Ready);
    ASSERT_TRUE(waitForPage(Step::MigrateAccounts));
    for (const qint64 id : {301, 302, 303})
        migrate(id);
    QTest::mouseClick(h.next(), Qt::LeftButton);
    ASSERT_TRUE(waitForPage(Step::VerifyAfterMigration));
    auto *page = qobject_cast<VerifyPage *>(h.wizard->currentPage());
    prober.status.insert(u"site-3.example.com"_s, 404);
    const int probes = prober.probes;
    QTest::mouseClick(page->checkAllButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->sites().stateOf(303) == SitesState::Broken; }, 5000));
    EXPECT_EQ(prober.probes - probes, 4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->suggestions()->rollbackButton(303) != nullptr; }, 2000));
}

} // namespace
