#include "ui/wizard/QueueControls.h"

#include "core/model/AccountIndex.h"
#include "core/model/QueueText.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/common/PlainText.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/CalendarButton.h"
#include "ui/wizard/StepPage.h"
#include "ui/wizard/WizardContext.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

QueueControls::QueueControls(AccountAction action, WizardContext *context, AccountsPanel *accounts, StepPage *page)
    : QWidget(page), m_action(action), m_context(context), m_accounts(accounts),
      m_queue(new QPushButton(action == AccountAction::Migrate ? tr("Migrate &selected, one after another")
                                                               : tr("Mo&ve selected back, one after another"),
                              this)),
      m_startLater(new QPushButton(tr("Start &at…"), this)), m_cancel(new QPushButton(tr("Stop the q&ueue"), this)),
      m_calendar(new CalendarButton(context, page)), m_state(new QLabel(this)), m_tick(new QTimer(this))
{
    m_startLater->setToolTip(action == AccountAction::Migrate
                                 ? tr("Migrate the selected accounts one after another from a time you choose, for "
                                      "example at night.")
                                 : tr("Move the selected accounts back one after another from a time you choose, for "
                                      "example at night."));
    m_cancel->setToolTip(tr("The account moving now finishes; the others do not start."));
    m_state->setTextFormat(Qt::PlainText); // names and times from the provider
    m_state->setWordWrap(true);
    m_tick->setObjectName(QStringLiteral("queue controls tick"));
    m_tick->setInterval(1000);
    auto *row = new QHBoxLayout;
    row->addWidget(m_queue);
    row->addWidget(m_startLater);
    row->addWidget(m_cancel);
    row->addWidget(m_calendar);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);

    // Only the time left follows the clock: the selection's verdicts change with polls, not seconds.
    connect(m_tick, &QTimer::timeout, this, &QueueControls::updateTimeLeft);
    connect(m_queue, &QPushButton::clicked, this,
            [this] { requestQueue(m_context, this, allowedSelection(nullptr), m_action); });
    connect(m_startLater, &QPushButton::clicked, this,
            [this] { requestScheduledQueue(m_context, this, allowedSelection(nullptr), m_action); });
    connect(m_accounts->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueControls::update);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        // Only this step's own schedule or queue: the button shows for nothing else.
        const std::optional<ScheduledQueue> &scheduled = m_session->schedule().pending();
        if (scheduled && scheduled->action == m_action)
            m_session->schedule().cancel();
        else if (m_session->queue().isActive() && m_session->queue().action() == m_action)
            m_session->queue().cancel();
    });
}

void QueueControls::setSession(MigrationSession *session)
{
    m_session = session;
    if (!session) {
        m_tick->stop();
        return;
    }
    connect(&session->queue(), &QueueRunner::changed, this, &QueueControls::update);
    connect(&session->schedule(), &QueueSchedule::changed, this, &QueueControls::update);
}

QList<qint64> QueueControls::allowedSelection(QStringList *skipped) const
{
    QList<qint64> ids;
    for (const qint64 id : m_accounts->view()->selectedAccountIds()) {
        const AccountRecord *account = m_session->account(id);
        if (!account)
            continue;
        if (const Verdict verdict = m_session->canAct(id, m_action))
            ids << id;
        else if (skipped)
            *skipped << queuetext::skippedAccount(account->name, verdict.error());
    }
    return ids;
}

void QueueControls::update()
{
    if (!m_session || !m_session->hasSnapshot())
        return;
    // Another step's queue (a migration while step 7 is shown) is not this page's to show.
    const bool active = m_session->queue().isActive() && m_session->queue().action() == m_action;
    const bool otherActive = m_session->queue().isActive() && !active;
    const std::optional<ScheduledQueue> &anySchedule = m_session->schedule().pending();
    const bool scheduled = anySchedule && anySchedule->action == m_action;
    const bool otherScheduled = anySchedule && !scheduled;
    if (scheduled)
        m_accounts->model()->setScheduled(anySchedule->accountIds, anySchedule->startAt);
    else
        m_accounts->model()->setScheduled({}, QDateTime());
    QStringList skipped;
    const QList<qint64> allowed = allowedSelection(&skipped);
    const bool anySelected = !m_accounts->view()->selectedAccountIds().isEmpty();
    const bool idle = !active && !otherActive && !anySchedule;
    m_queue->setEnabled(idle && !allowed.isEmpty());
    m_startLater->setEnabled(idle && !allowed.isEmpty());
    m_cancel->setVisible(active || scheduled);
    m_cancel->setText(scheduled ? tr("Cancel the sc&heduled start") : tr("Stop the q&ueue"));
    m_state->setToolTip(skipped.size() > 1 ? plainToolTip(skipped.join(u"\n"_s)) : QString());
    // Time passes between polls: the countdown and the time left follow the clock.
    if ((active || scheduled) && isVisible()) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
    }
    const QDateTime now = m_context->clock()->now();
    // A missed start stays said until a queue is set or starts (the schedule forgets it then).
    const std::optional<QueueSchedule::Missed> &missed = m_session->schedule().lastMissed();
    const bool missedHere = missed && missed->queue.action == m_action;
    if (otherActive || otherScheduled) {
        m_queue->setToolTip(queuetext::anotherQueueRuns());
        m_state->setText(queuetext::anotherQueueRuns());
    } else if (scheduled || active) {
        m_queue->setToolTip(queuetext::anotherQueueRuns());
        updateTimeLeft();
    } else if (missedHere) {
        m_queue->setToolTip(QString());
        m_state->setText(queuetext::missed(missed->queue.accountIds.size(), missed->queue.startAt, missed->noticedAt));
    } else if (anySelected && allowed.isEmpty()) {
        const QString reason = queuetext::nothingMay(m_action, skipped);
        m_queue->setToolTip(plainToolTip(reason));
        m_state->setText(reason);
    } else if (allowed.size() > 1 || (!allowed.isEmpty() && !skipped.isEmpty())) {
        const AccountList selected = AccountIndex(m_session->snapshot().accounts).pick(allowed);
        m_queue->setToolTip(QString());
        const QString skippedText = queuetext::skipped(m_action, skipped);
        m_state->setText(queuetext::planned(m_action, selected, now)
                         + (skippedText.isEmpty() ? QString() : u' ' + skippedText));
    } else {
        m_queue->setToolTip(anySelected ? QString() : queuetext::selectFirst(m_action));
        m_state->setText(queuetext::selectSeveral(m_action));
    }
}

void QueueControls::updateTimeLeft()
{
    if (!m_session || !m_session->hasSnapshot())
        return;
    const QDateTime now = m_context->clock()->now();
    const std::optional<ScheduledQueue> &scheduled = m_session->schedule().pending();
    if (scheduled && scheduled->action == m_action) {
        m_state->setText(queuetext::scheduled(scheduled->accountIds.size(), scheduled->startAt, now));
    } else if (m_session->queue().isActive() && m_session->queue().action() == m_action) {
        const MigrationQueue &queue = m_session->queue().plan();
        m_state->setText(queuetext::running(
            queue, now,
            queuetext::runningEnd(m_session->account(queue.runningAccountId()), m_session->lastRefreshAt())));
    }
}

} // namespace passerelle::ui
