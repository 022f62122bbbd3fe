#include "ui/wizard/MigrateAccountsPage.h"

#include "core/session/MigrationSession.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/QueueControls.h"
#include "ui/wizard/WizardContext.h"

#include <QVBoxLayout>

namespace passerelle::ui {

MigrateAccountsPage::MigrateAccountsPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::MigrateAccounts, context, parent), m_accounts(new AccountsPanel(this)),
      m_progress(new OperationProgress(context->clock(), this)),
      m_queue(new QueueControls(AccountAction::Migrate, context, m_accounts, this)),
      m_countdowns(new CountdownPanel(context->clock(), this))
{
    content()->addWidget(m_countdowns);
    content()->addWidget(m_accounts, 1);
    content()->addWidget(m_progress);
    content()->addWidget(m_queue);

    // Tests end with the preparation and moving back waits for step 7: only these two can apply.
    m_accounts->showActions({AccountAction::Migrate, AccountAction::Rollback});
    takeActionsFrom(m_accounts);
}

void MigrateAccountsPage::attach(MigrationSession *session)
{
    m_queue->setSession(session);
}

void MigrateAccountsPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    m_accounts->setSnapshot(snapshot, session()->facts(), session()->inFlight());
    m_progress->setSnapshot(snapshot);
    m_countdowns->setSnapshot(snapshot, session()->facts());
    m_queue->update();
}

QPushButton *MigrateAccountsPage::queueButton() const
{
    return m_queue->queueButton();
}

QLabel *MigrateAccountsPage::queueState() const
{
    return m_queue->stateLabel();
}

QPushButton *MigrateAccountsPage::calendarButton() const
{
    return m_queue->calendarButton();
}

QPushButton *MigrateAccountsPage::startLaterButton() const
{
    return m_queue->startLaterButton();
}

QPushButton *MigrateAccountsPage::cancelQueueButton() const
{
    return m_queue->cancelButton();
}

} // namespace passerelle::ui
