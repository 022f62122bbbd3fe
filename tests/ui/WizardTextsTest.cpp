// What the screens say: the database pre-check at the tick and before a migration, the
// finalization message that follows the choice, the deadline on steps 1 and 2, step 6's
// expectations, and step 8's table and export.
#include "tests/ui/EnglishWizard.h"
#include "tests/ui/WizardHarness.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/FinalizationPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/MigrationOverPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/RequestTransitPage.h"
#include "ui/wizard/SupportProgressPage.h"
#include "ui/wizard/SupportRequestBox.h"

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// account-1 (301) has a MongoDB database; account-2 (302) failed its last database test.
void databaseTrouble(fakes::FakeAdminApi &api)
{
    api.databaseList = {DatabaseInfo {9001, u"one_main"_s, DatabaseType::MySql, 301},
                        DatabaseInfo {9002, u"one_logs"_s, DatabaseType::MongoDb, 301}};
    api.account(302)->status = AccountStatus::TestFailed;
    api.account(302)->lastError = u"table two.orders is corrupt"_s;
}

void reinstalledServer(fakes::FakeAdminApi &api)
{
    for (AccountRecord &account : api.accounts) {
        account.location = Location::Transit;
        account.version = Version::New;
        account.status = AccountStatus::Migrated;
    }
    api.detail.clientServer.status = ClientServerStatus::Reinstalled;
    api.detail.clientServer.reinstallStartedAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    api.detail.clientServer.reinstalledAt = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);
}

class WizardTexts : public EnglishWizard
{
};

// Nobody acts in the last step: its header says neither "Mandatory" nor "Recommended"; a
// rollback goes back to the client server, named as the diagram names it.
TEST_F(WizardTexts, TheLastStepIsNotMandatoryAndARollbackNamesTheClientServer)
{
    auto *over = qobject_cast<QWizardPage *>(h.wizard->ensurePage(pageIdFor(Step::MigrationOver)));
    ASSERT_NE(over, nullptr);
    EXPECT_FALSE(over->subTitle().startsWith(u"Mandatory"_s)) << over->subTitle().toStdString();
    EXPECT_FALSE(over->subTitle().startsWith(u"Recommended"_s)) << over->subTitle().toStdString();
    auto *verify = qobject_cast<QWizardPage *>(h.wizard->ensurePage(pageIdFor(Step::VerifyAfterMigration)));
    EXPECT_TRUE(verify->subTitle().startsWith(u"Mandatory. "_s)) << verify->subTitle().toStdString();

    h.setUpProvider = [](fakes::FakeAdminApi &api) {
        api.detail.transit.status = TransitStatus::Ready;
        api.detail.transit.readyAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        api.account(301)->location = Location::Transit;
        api.account(301)->version = Version::New;
        api.account(301)->status = AccountStatus::Migrated;
        api.account(301)->rollbackAvailable = true;
    };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    h.acceptConfirmations = false;
    requestAccountAction(&h.context, h.wizard.get(), 301, AccountAction::Rollback);
    ASSERT_FALSE(h.confirmations.isEmpty());
    EXPECT_TRUE(h.confirmations.constLast().text.contains(u"to the client server"_s))
        << h.confirmations.constLast().text.toStdString();
}

TEST_F(WizardTexts, StepOneRaisesDatabaseProblemsInWordsAtTheTick)
{
    h.setUpProvider = databaseTrouble;
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::PrepareAccounts));
    auto *page = pageFor<PrepareAccountsPage>(h, Step::PrepareAccounts);
    // Each account's databases arrive on their own: the warning names both once both are read.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString message = page->databaseWarning()->message();
            return message.contains(u"account-1"_s) && message.contains(u"account-2"_s);
        },
        5000));
    const QString warning = page->databaseWarning()->message();
    EXPECT_TRUE(page->databaseWarning()->isVisible());
    EXPECT_EQ(page->databaseWarning()->kind(), MessageLabel::Kind::Info); // "Note:", not "To continue:": it never blocks
    EXPECT_TRUE(warning.contains(u"account-1: not offered by the new infrastructure: one_logs (MongoDB)"_s))
        << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"account-2: last database test failed: table two.orders is corrupt"_s))
        << warning.toStdString();
    EXPECT_TRUE(page->deadlineText().contains(u"Migration deadline"_s)) << page->deadlineText().toStdString();
}

TEST_F(WizardTexts, TheQueuesConfirmationRepeatsTheDatabaseProblems)
{
    h.transitStatus = TransitStatus::Ready;
    h.setUpProvider = [](fakes::FakeAdminApi &api) {
        api.databaseList = {DatabaseInfo {9002, u"one_logs"_s, DatabaseType::MongoDb, 301}};
    };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->databases().size() == 1; }, 5000));
    auto *page = pageFor<MigrateAccountsPage>(h, Step::MigrateAccounts);
    AccountsView *view = page->accounts()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(view->selectedAccountIds().size(), 2);
    h.acceptConfirmations = false;
    pressSpaceOn(page->queueButton());
    ASSERT_EQ(h.confirmations.size(), 1);
    EXPECT_TRUE(h.confirmations.constFirst().text.contains(u"one_logs (MongoDB)"_s))
        << h.confirmations.constFirst().text.toStdString();
}

TEST_F(WizardTexts, TheFinalizationMessageFollowsTheChoice)
{
    h.transitStatus = TransitStatus::Ready;
    h.setUpProvider = reinstalledServer;
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::Finalization));
    auto *page = pageFor<FinalizationPage>(h, Step::Finalization);
    auto *message = page->findChild<SupportRequestBox *>()->findChild<QPlainTextEdit *>();
    const QList<QRadioButton *> choices = page->findChildren<QRadioButton *>();
    ASSERT_EQ(choices.size(), 2);
    pressSpaceOn(choices.at(1)); // "I move them back myself"
    ASSERT_TRUE(choices.at(1)->isChecked());
    EXPECT_TRUE(message->toPlainText().contains(u"I will move my accounts back to it myself"_s))
        << message->toPlainText().toStdString();
    EXPECT_FALSE(message->toPlainText().contains(u"finalization by support"_s));
    pressSpaceOn(choices.at(0));
    EXPECT_TRUE(message->toPlainText().contains(u"finalization by support"_s)) << message->toPlainText().toStdString();
}

TEST_F(WizardTexts, StepSixSaysWhatTheReinstallMeansAndHowFarItIs)
{
    h.transitStatus = TransitStatus::Ready;
    h.setUpProvider = [this](fakes::FakeAdminApi &api) {
        reinstalledServer(api);
        api.detail.clientServer.status = ClientServerStatus::Reinstalling;
        api.detail.clientServer.reinstallStartedAt = h.clock.now().addSecs(-3 * 3600);
        api.detail.clientServer.reinstalledAt = QDateTime();
    };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::ClientReinstallation));
    auto *page = pageFor<SupportProgressPage>(h, Step::ClientReinstallation);
    EXPECT_TRUE(page->expectationText().contains(u"rerouted to the transit server"_s))
        << page->expectationText().toStdString();
    EXPECT_TRUE(page->expectationText().contains(u"need no A/AAAA change"_s));
    EXPECT_EQ(page->reinstallProgress()->value(), 50);
    EXPECT_TRUE(page->statusText().contains(u"3 h of the usual 6 h"_s)) << page->statusText().toStdString();
}

TEST_F(WizardTexts, StepEightHasATablePerAccountAndAnExportButton)
{
    h.transitStatus = TransitStatus::Ready;
    h.setUpProvider = [](fakes::FakeAdminApi &api) {
        reinstalledServer(api);
        for (AccountRecord &account : api.accounts) {
            account.location = Location::Client;
            account.status = AccountStatus::Done;
        }
    };
    connectDryRun();
    ASSERT_TRUE(waitForPage(h, Step::MigrationOver));
    auto *page = pageFor<MigrationOverPage>(h, Step::MigrationOver);
    ASSERT_EQ(page->accountsTable()->rowCount(), 3);
    EXPECT_EQ(page->accountsTable()->item(0, 0)->text(), u"account-1"_s);
    EXPECT_EQ(page->accountsTable()->item(0, 1)->text(), u"1 min"_s);
    EXPECT_EQ(page->accountsTable()->item(0, 2)->text(), u"not observed"_s);
    EXPECT_TRUE(page->exportButton()->isVisible());
}

} // namespace
