#include "ui/wizard/MigrateAccountsPage.h"

#include "core/model/AccountIndex.h"
#include "core/model/Format.h"
#include "core/model/MigrationQueue.h"
#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/CalendarButton.h"
#include "ui/wizard/WizardContext.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

MigrateAccountsPage::MigrateAccountsPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::MigrateAccounts, context, parent), m_accounts(new AccountsPanel(this)),
      m_progress(new OperationProgress(context->clock(), this)),
      m_queue(new QPushButton(tr("Migrate &selected, one after another"), this)),
      m_cancelQueue(new QPushButton(tr("Stop the &queue"), this)), m_calendar(new CalendarButton(context, this)),
      m_queueState(new QLabel(this)), m_countdowns(new CountdownPanel(context->clock(), this))
{
    m_queueState->setWordWrap(true);
    m_cancelQueue->setToolTip(tr("The account moving now finishes; the others do not start."));
    auto *queueRow = new QHBoxLayout;
    queueRow->addWidget(m_queue);
    queueRow->addWidget(m_cancelQueue);
    queueRow->addWidget(m_calendar);
    queueRow->addWidget(m_queueState, 1);
    content()->addWidget(m_countdowns);
    content()->addWidget(m_accounts, 1);
    content()->addWidget(m_progress);
    content()->addLayout(queueRow);

    takeActionsFrom(m_accounts);
    connect(m_queue, &QPushButton::clicked, this, [this] {
        requestQueue(this->context(), this, m_accounts->view()->selectedAccountIds(), AccountAction::Migrate);
    });
    connect(m_accounts->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MigrateAccountsPage::updateQueue);
    connect(m_cancelQueue, &QPushButton::clicked, this, [this] {
        if (session())
            session()->queue().cancel();
    });
}

void MigrateAccountsPage::attach(MigrationSession *session)
{
    connect(&session->queue(), &QueueRunner::changed, this, &MigrateAccountsPage::updateQueue);
}

void MigrateAccountsPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    m_accounts->setSnapshot(snapshot, session()->facts(), session()->inFlight());
    m_progress->setSnapshot(snapshot);
    m_countdowns->setSnapshot(snapshot, session()->facts());
    updateQueue();
}

void MigrateAccountsPage::updateQueue()
{
    if (!session())
        return;
    const bool active = session()->queue().isActive();
    m_queue->setEnabled(!active && !m_accounts->view()->selectedAccountIds().isEmpty());
    m_cancelQueue->setVisible(active);
    if (active) {
        const MigrationQueue &queue = session()->queue().plan();
        m_queueState->setText(tr("Queue: %1 still to go, about %2 of downtime left, ending around %3.")
                                  .arg(queue.pendingCount())
                                  .arg(format::duration(queue.remainingDowntime()),
                                       format::dateTime(queue.estimatedEnd(context()->clock()->now()))));
    } else if (const QList<qint64> ids = m_accounts->view()->selectedAccountIds(); ids.size() > 1) {
        const AccountList selected = AccountIndex(session()->snapshot().accounts).pick(ids);
        const MigrationQueue plan(selected);
        m_queueState->setText(tr("%1 accounts selected: about %2 of downtime in all, ending around %3 if started now.")
                                  .arg(selected.size())
                                  .arg(format::duration(plan.remainingDowntime()),
                                       format::dateTime(plan.estimatedEnd(context()->clock()->now()))));
    } else {
        m_queueState->setText(tr("Select several accounts (Shift or Ctrl) to migrate them one after another."));
    }
}

} // namespace passerelle::ui
