// Nothing costly starts by surprise: rollback confirmed, refresh keys never act on an account,
// quitting and starting a rehearsal again ask first, the queue only takes what may migrate, and
// one account at a time is visible before the click.

#include "core/session/QueueRunner.h"
#include "tests/ui/UiFixtures.h"
#include "core/session/QueueSchedule.h"
#include "tests/ui/WizardHarness.h"
#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/wizard/ConfirmationDialog.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/PageIds.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

class RehearsalSafety : public ::testing::Test
{
protected:
    // Connects (a rehearsal unless told otherwise) and waits for step 4, where accounts move.
    void openAtStepFour(bool rehearsal = true)
    {
        h.wizard->show();
        h.wizard->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(h.wizard.get())) << "shortcuts need the active window";
        BackendOptions options = WizardHarness::dryRun("k");
        options.dryRun = rehearsal;
        auto *connection = qobject_cast<ConnectionPage *>(h.wizard->page(ConnectionPageId));
        if (rehearsal) {
            connection->dryRunButton()->setFocus();
            QTest::keyClick(connection->dryRunButton(), Qt::Key_Space);
        } else {
            ASSERT_TRUE(h.context.connectTo(options));
        }
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return h.wizard->currentId() == pageIdFor(Step::MigrateAccounts); }, 5000));
        page = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage());
        ASSERT_NE(page, nullptr);
    }

    void selectRow(qint64 accountId, QItemSelectionModel::SelectionFlags how)
    {
        AccountsPanel *panel = page->accounts();
        const QModelIndex source = sourceIndexOf(*panel->model(), accountId, AccountsTableModel::Name);
        panel->view()->selectionModel()->select(panel->proxy()->mapFromSource(source), how | QItemSelectionModel::Rows);
    }

    void focusRow(qint64 accountId)
    {
        AccountsView *view = page->accounts()->view();
        const QModelIndex source = sourceIndexOf(*page->accounts()->model(), accountId, AccountsTableModel::Name);
        view->setFocus();
        view->setCurrentIndex(page->accounts()->proxy()->mapFromSource(source));
    }

    void migrateAndFinish(qint64 accountId)
    {
        h.session()->startAction(accountId, AccountAction::Migrate);
        ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(accountId, AccountAction::Migrate) == 1; }, 5000));
        h.api->finishOperation(accountId);
        ASSERT_TRUE(h.refreshAndWait(
            [&] { return h.session()->snapshot().account(accountId)->status == AccountStatus::Migrated; }));
    }

    WizardHarness h {3, TransitStatus::Ready};
    MigrateAccountsPage *page = nullptr;
};

TEST_F(RehearsalSafety, RollbackIsConfirmedWithItsDowntimeAndTheTickItLoses)
{
    openAtStepFour();
    migrateAndFinish(301);
    h.acceptConfirmations = false;
    focusRow(301);
    const QKeyCombination keys = AccountsView::shortcutFor(AccountAction::Rollback)[0];
    QTest::keyClick(page->accounts()->view(), keys.key(), keys.keyboardModifiers());
    ASSERT_EQ(h.confirmations.size(), 1) << "a rollback costs downtime: it is asked first";
    const ConfirmationRequest &asked = h.confirmations.constLast();
    EXPECT_TRUE(asked.text.contains(u"account-1"_s)) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(u"unavailable for about"_s)) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(u"\"checked\" tick"_s)) << asked.text.toStdString();
    QCoreApplication::processEvents();
    EXPECT_EQ(h.api->postsFor(301, AccountAction::Rollback), 0) << "declined: nothing sent";
}

TEST_F(RehearsalSafety, RefreshKeysCheckNowAndNeverActOnAnAccount)
{
    for (const AccountAction action : kAccountActions) {
        const QKeySequence keys = AccountsView::shortcutFor(action);
        for (const QKeySequence &universal : {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::CTRL | Qt::Key_S),
                                             QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)})
            EXPECT_NE(keys, universal) << keys.toString().toStdString();
    }
    openAtStepFour();
    migrateAndFinish(301);
    for (const QKeyCombination refresh :
         {QKeyCombination(Qt::ControlModifier, Qt::Key_R), QKeyCombination(Qt::Key_F5)}) {
        focusRow(301);
        // Something new at the provider that only a read brings.
        const QString marker = QKeySequence(refresh).toString();
        h.api->account(303)->lastError = marker;
        QTest::keyClick(page->accounts()->view(), refresh.key(), refresh.keyboardModifiers());
        EXPECT_TRUE(QTest::qWaitFor([&] { return h.session()->snapshot().account(303)->lastError == marker; }, 3000))
            << "F5 and Ctrl+R read the provider now: " << marker.toStdString();
        EXPECT_TRUE(h.confirmations.isEmpty());
        EXPECT_EQ(h.api->postsFor(301, AccountAction::Rollback), 0);
    }
}

TEST(ConfirmationDialogKeys, TheAcceptButtonHasAMnemonicAndEscapesAmpersands)
{
    ConfirmationRequest request;
    request.title = u"Migrate R&D"_s;
    request.text = u"R&D moves."_s;
    request.acceptLabel = u"Migrate R&D"_s;
    ConfirmationDialog dialog(request);
    EXPECT_EQ(QKeySequence::mnemonic(dialog.acceptButton()->text()), QKeySequence(Qt::ALT | Qt::Key_M));
    EXPECT_EQ(dialog.acceptButton()->text(), u"&Migrate R&&D"_s);
}

TEST_F(RehearsalSafety, LeavingARehearsalAsksFirstByEscapeCancelAndClose)
{
    openAtStepFour();
    h.acceptQuestions = false;
    QTest::keyClick(h.wizard.get(), Qt::Key_Escape);
    ASSERT_EQ(h.questions.size(), 1);
    EXPECT_TRUE(h.questions.constLast().text.contains(u"thrown away"_s));
    EXPECT_TRUE(h.wizard->isVisible()) << "declined: the rehearsal goes on";
    h.wizard->button(QWizard::CancelButton)->click();
    EXPECT_EQ(h.questions.size(), 2);
    EXPECT_TRUE(h.wizard->isVisible());
    h.wizard->close();
    EXPECT_EQ(h.questions.size(), 3);
    EXPECT_TRUE(h.wizard->isVisible());
    h.acceptQuestions = true;
    h.wizard->close();
    EXPECT_FALSE(h.wizard->isVisible());
    EXPECT_EQ(h.wizard->result(), QDialog::Rejected);
}

TEST_F(RehearsalSafety, BackToTheConnectionPageAsksBeforeStartingTheRehearsalAgain)
{
    openAtStepFour();
    h.acceptQuestions = false;
    QAbstractButton *back = h.wizard->button(QWizard::BackButton);
    ASSERT_TRUE(back->isVisible());
    back->setFocus();
    QTest::keyClick(back, Qt::Key_Space);
    ASSERT_EQ(h.questions.size(), 1);
    EXPECT_TRUE(h.questions.constLast().title.contains(u"again"_s));
    EXPECT_EQ(h.wizard->currentId(), pageIdFor(Step::MigrateAccounts));
    h.acceptQuestions = true;
    QTest::keyClick(back, Qt::Key_Space);
    EXPECT_EQ(h.wizard->currentId(), ConnectionPageId);
}

TEST_F(RehearsalSafety, QuittingARealMigrationSaysWhatGoesOnAtTheProvider)
{
    openAtStepFour(false);
    h.acceptQuestions = false;
    h.session()->startAction(302, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(302, AccountAction::Migrate) == 1; }, 5000));
    ASSERT_TRUE(
        h.refreshAndWait([&] { return h.session()->snapshot().account(302)->status == AccountStatus::Migrating; }));
    QTest::keyClick(h.wizard.get(), Qt::Key_Escape);
    ASSERT_EQ(h.questions.size(), 1);
    const ConfirmationRequest &asked = h.questions.constLast();
    EXPECT_TRUE(asked.text.contains(u"next start"_s)) << asked.text.toStdString();
    ASSERT_EQ(asked.details.size(), 1);
    EXPECT_TRUE(asked.details[0].contains(u"account-2"_s)) << asked.details[0].toStdString();
    EXPECT_TRUE(h.wizard->isVisible());

    h.api->finishOperation(302);
    ASSERT_TRUE(
        h.refreshAndWait([&] { return h.session()->snapshot().account(302)->status == AccountStatus::Migrated; }));
    QTest::keyClick(h.wizard.get(), Qt::Key_Escape);
    EXPECT_EQ(h.questions.size(), 1) << "nothing under way: nothing to ask";
    EXPECT_FALSE(h.wizard->isVisible());
}

// A queue set for the night starts only while Passerelle is open: closing it is asked, and says so.
TEST_F(RehearsalSafety, QuittingWithAQueueSetForLaterAsksFirst)
{
    openAtStepFour(false);
    h.acceptQuestions = false;
    ASSERT_TRUE(h.session()->schedule().set({302, 303}, AccountAction::Migrate, h.clock.now().addSecs(3600)));
    QTest::keyClick(h.wizard.get(), Qt::Key_Escape);
    ASSERT_EQ(h.questions.size(), 1);
    const ConfirmationRequest &asked = h.questions.constLast();
    EXPECT_TRUE(asked.text.contains(u"only while Passerelle is open"_s)) << asked.text.toStdString();
    ASSERT_EQ(asked.details.size(), 1);
    EXPECT_TRUE(asked.details[0].contains(u"2 account"_s)) << asked.details[0].toStdString();
    EXPECT_TRUE(h.wizard->isVisible()) << "refused: the window stays";
}

TEST_F(RehearsalSafety, MigrateSelectedSkipsWhatMayNotMigrateAndSaysWhy)
{
    openAtStepFour();
    migrateAndFinish(301);
    selectRow(301, QItemSelectionModel::ClearAndSelect);
    EXPECT_FALSE(page->queueButton()->isEnabled()) << "nothing left to migrate";
    EXPECT_TRUE(page->queueButton()->toolTip().contains(u"account-1"_s))
        << page->queueButton()->toolTip().toStdString();
    EXPECT_TRUE(page->queueState()->text().contains(u"account-1"_s));

    selectRow(302, QItemSelectionModel::Select);
    selectRow(303, QItemSelectionModel::Select);
    ASSERT_TRUE(page->queueButton()->isEnabled());
    EXPECT_TRUE(page->queueState()->text().contains(u"Skipped"_s)) << page->queueState()->text().toStdString();
    EXPECT_FALSE(page->queueState()->text().contains(u".)"_s)) << "a reason in brackets keeps no full stop";
    EXPECT_TRUE(page->queueState()->text().contains(u"account-1"_s));
    h.acceptConfirmations = false;
    page->queueButton()->setFocus();
    QTest::keyClick(page->queueButton(), Qt::Key_Space);
    ASSERT_EQ(h.confirmations.size(), 1);
    EXPECT_EQ(h.confirmations.constLast().details.size(), 2) << "only the two that may migrate are queued";
    EXPECT_FALSE(h.confirmations.constLast().details.join(u' ').contains(u"account-1"_s));
}

TEST_F(RehearsalSafety, WhileOneActionIsOnItsWayEveryOtherAccountWaitsVisibly)
{
    openAtStepFour();
    // The table's verdicts at the moment the action is sent, before the provider answers.
    QList<bool> otherMayMigrate;
    QStringList reasons;
    QObject::connect(h.session(), &MigrationSession::inFlightChanged, page, [&] {
        if (!h.session()->inFlight().contains(301))
            return;
        const QModelIndex source = sourceIndexOf(*page->accounts()->model(), 302, AccountsTableModel::Name);
        const auto verdicts = source.data(AccountsTableModel::VerdictsRole).value<ActionVerdicts>();
        otherMayMigrate << verdicts.of(AccountAction::Migrate).hasValue();
        reasons << (verdicts.of(AccountAction::Migrate) ? QString() : verdicts.of(AccountAction::Migrate).error());
    });
    focusRow(301);
    const QKeyCombination keys = AccountsView::shortcutFor(AccountAction::Migrate)[0];
    QTest::keyClick(page->accounts()->view(), keys.key(), keys.keyboardModifiers());
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    ASSERT_FALSE(otherMayMigrate.isEmpty()) << "the table saw the action on its way";
    EXPECT_FALSE(otherMayMigrate.constFirst()) << "account-2 waits while account-1's action is on its way";
    EXPECT_TRUE(reasons.constFirst().contains(u"account-1"_s)) << reasons.constFirst().toStdString();
}

} // namespace
