#include "ui/wizard/MigrateAccountsPage.h"

#include "core/model/AccountIndex.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/MigrationQueue.h"
#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/common/PlainText.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/CalendarButton.h"
#include "ui/wizard/WizardContext.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

MigrateAccountsPage::MigrateAccountsPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::MigrateAccounts, context, parent), m_accounts(new AccountsPanel(this)),
      m_progress(new OperationProgress(context->clock(), this)),
      m_queue(new QPushButton(tr("Migrate &selected, one after another"), this)),
      m_startLater(new QPushButton(tr("Start &at…"), this)),
      m_cancelQueue(new QPushButton(tr("Stop the &queue"), this)), m_calendar(new CalendarButton(context, this)),
      m_queueState(new QLabel(this)), m_countdowns(new CountdownPanel(context->clock(), this)),
      m_countdownTick(new QTimer(this))
{
    m_startLater->setToolTip(tr("Migrate the selected accounts one after another from a time you choose, "
                                "for example at night."));
    m_countdownTick->setInterval(1000);
    connect(m_countdownTick, &QTimer::timeout, this, &MigrateAccountsPage::updateQueue);
    m_queueState->setTextFormat(Qt::PlainText); // names and times from the provider
    m_queueState->setWordWrap(true);
    m_cancelQueue->setToolTip(tr("The account moving now finishes; the others do not start."));
    auto *queueRow = new QHBoxLayout;
    queueRow->addWidget(m_queue);
    queueRow->addWidget(m_startLater);
    queueRow->addWidget(m_cancelQueue);
    queueRow->addWidget(m_calendar);
    queueRow->addStretch(1);
    content()->addWidget(m_countdowns);
    content()->addWidget(m_accounts, 1);
    content()->addWidget(m_progress);
    content()->addLayout(queueRow);
    content()->addWidget(m_queueState);

    // Tests end with the preparation and moving back waits for step 7: only these two can apply.
    m_accounts->showActions({AccountAction::Migrate, AccountAction::Rollback});
    takeActionsFrom(m_accounts);
    connect(m_queue, &QPushButton::clicked, this,
            [this] { requestQueue(this->context(), this, migratableSelection(nullptr), AccountAction::Migrate); });
    connect(m_accounts->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MigrateAccountsPage::updateQueue);
    connect(m_startLater, &QPushButton::clicked, this, [this] {
        requestScheduledQueue(this->context(), this, migratableSelection(nullptr), AccountAction::Migrate);
    });
    connect(m_cancelQueue, &QPushButton::clicked, this, [this] {
        if (!session())
            return;
        if (session()->schedule().pending())
            session()->schedule().cancel();
        else
            session()->queue().cancel();
    });
}

void MigrateAccountsPage::attach(MigrationSession *session)
{
    connect(&session->queue(), &QueueRunner::changed, this, &MigrateAccountsPage::updateQueue);
    connect(&session->schedule(), &QueueSchedule::changed, this, &MigrateAccountsPage::updateQueue);
}

void MigrateAccountsPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    m_accounts->setSnapshot(snapshot, session()->facts(), session()->inFlight());
    m_progress->setSnapshot(snapshot);
    m_countdowns->setSnapshot(snapshot, session()->facts());
    updateQueue();
}

QList<qint64> MigrateAccountsPage::migratableSelection(QStringList *skipped) const
{
    QList<qint64> ids;
    for (const qint64 id : m_accounts->view()->selectedAccountIds()) {
        const AccountRecord *account = session()->snapshot().account(id);
        if (!account)
            continue;
        if (const Verdict verdict = session()->canAct(id, AccountAction::Migrate))
            ids << id;
        else if (skipped)
            *skipped << tr("%1 (%2)").arg(account->name, verdict.error());
    }
    return ids;
}

void MigrateAccountsPage::updateQueue()
{
    if (!session())
        return;
    const bool active = session()->queue().isActive();
    const std::optional<ScheduledQueue> &scheduled = session()->schedule().pending();
    QStringList skipped;
    const QList<qint64> migratable = migratableSelection(&skipped);
    const bool anySelected = !m_accounts->view()->selectedAccountIds().isEmpty();
    m_queue->setEnabled(!active && !scheduled && !migratable.isEmpty());
    m_startLater->setEnabled(!active && !scheduled && !migratable.isEmpty());
    m_cancelQueue->setVisible(active || scheduled);
    m_cancelQueue->setText(scheduled ? tr("Cancel the sc&heduled start") : tr("Stop the &queue"));
    if (scheduled && !m_countdownTick->isActive())
        m_countdownTick->start();
    else if (!scheduled)
        m_countdownTick->stop();
    // A few names with their reasons, the rest counted (all of them in the tooltip): the line
    // never runs past the page, whatever the selection.
    constexpr qsizetype kNamedSkips = 3;
    QStringList named = skipped.mid(0, kNamedSkips);
    if (skipped.size() > kNamedSkips)
        named << tr("%n more", nullptr, int(skipped.size() - kNamedSkips));
    const QString skippedText
        = skipped.isEmpty() ? QString() : tr("Skipped, as they may not migrate now: %1.").arg(named.join(u"; "_s));
    m_queueState->setToolTip(skipped.size() > kNamedSkips ? plainToolTip(skipped.join(u"\n"_s)) : QString());
    if (scheduled) {
        const QDateTime now = context()->clock()->now();
        const qint64 secondsLeft = qMax<qint64>(0, now.secsTo(scheduled->startAt));
        m_queueState->setText(tr("%n account(s) will start moving one after another at %1: in %2.", nullptr,
                                 static_cast<int>(scheduled->accountIds.size()))
                                  .arg(format::dateTime(scheduled->startAt),
                                       format::timeLeft(std::chrono::seconds(secondsLeft))));
    } else if (active) {
        const MigrationQueue &queue = session()->queue().plan();
        // What is left of the running account, from the provider's own times, not its full estimate.
        QDateTime runningEnd;
        if (const AccountRecord *running = session()->snapshot().account(queue.runningAccountId());
            running && isRunning(running->status))
            runningEnd = downtime::estimatedEnd(*running, session()->lastRefreshAt());
        const QDateTime now = context()->clock()->now();
        m_queue->setToolTip(tr("A queue is running; stop it first to start another."));
        m_queueState->setText(tr("Queue: %1 still to go, about %2 of downtime left, ending around %3.")
                                  .arg(queue.pendingCount())
                                  .arg(format::duration(queue.remainingDowntime(now, runningEnd)),
                                       format::dateTime(queue.estimatedEnd(now, runningEnd))));
    } else if (anySelected && migratable.isEmpty()) {
        const QString reason = tr("Nothing in this selection may migrate now. %1").arg(skippedText);
        m_queue->setToolTip(plainToolTip(reason));
        m_queueState->setText(reason);
    } else if (migratable.size() > 1 || (!migratable.isEmpty() && !skipped.isEmpty())) {
        const AccountList selected = AccountIndex(session()->snapshot().accounts).pick(migratable);
        const MigrationQueue plan(selected);
        m_queue->setToolTip(QString());
        m_queueState->setText(tr("%n account(s) to migrate: about %1 of downtime in all, ending around %2 if started "
                                 "now.",
                                 nullptr, int(selected.size()))
                                  .arg(format::duration(plan.remainingDowntime()),
                                       format::dateTime(plan.estimatedEnd(context()->clock()->now())))
                              + (skippedText.isEmpty() ? QString() : u' ' + skippedText));
    } else {
        m_queue->setToolTip(anySelected ? QString() : tr("Select the accounts to migrate first."));
        m_queueState->setText(tr("Select several accounts (Shift or Ctrl) to migrate them one after another."));
    }
}

} // namespace passerelle::ui
