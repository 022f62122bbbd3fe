#include "ui/wizard/StepPage.h"

#include "core/model/Downtime.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/common/MessageLabel.h"
#include "ui/diagram/ServerDiagram.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/StepTexts.h"
#include "ui/wizard/WizardContext.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace passerelle::ui {

StepPage::StepPage(Step step, WizardContext *context, QWidget *parent)
    : QWizardPage(parent), m_step(step), m_context(context), m_who(new QLabel(this)),
      m_diagram(new ServerDiagram(this)), m_content(new QVBoxLayout), m_gate(new MessageLabel(this)),
      m_error(new MessageLabel(this)), m_freshness(new QLabel(this))
{
    const StepInfo &info = stepInfo(step);
    setTitle(tr("Step %1 of 8 — %2").arg(info.number).arg(stepTitle(step)));
    setSubTitle(tr("%1. %2").arg(steptext::group(step), stepSummary(step)));
    m_who->setWordWrap(true);
    QFont emphasis = m_who->font();
    emphasis.setBold(true);
    m_who->setFont(emphasis);
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagram->setMinimumHeight(210);
    m_diagram->setMaximumHeight(300);

    // A scroll area rather than squeezed widgets when a page holds more than the window.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title());
    auto *inner = new QWidget(scroll);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_who);
    layout->addWidget(m_diagram);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_gate);
    layout->addWidget(m_error);
    layout->addWidget(m_freshness);
    m_freshness->setAccessibleName(tr("Last update"));

    // Says when the provider was last read, and clears a failed poll's error once a poll succeeds.
    m_freshnessTick.setInterval(5000);
    connect(&m_freshnessTick, &QTimer::timeout, this, &StepPage::updateFreshness);
    m_freshnessTick.start();

    connect(context, &WizardContext::sessionChanged, this, &StepPage::setSession);
    connect(context, &WizardContext::announced, this,
            [this](const QString &message) { m_error->showMessage(MessageLabel::Kind::Warning, message); });
    setSession(context->session());
}

void StepPage::setSession(MigrationSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    if (session) {
        m_connections << connect(session, &MigrationSession::snapshotChanged, this, &StepPage::update)
                      << connect(session, &MigrationSession::factsChanged, this, &StepPage::update)
                      << connect(session, &MigrationSession::inFlightChanged, this, &StepPage::update)
                      << connect(session, &MigrationSession::databasesChanged, this, &StepPage::update)
                      << connect(session, &MigrationSession::actionFailed, this,
                                 [this](qint64, AccountAction, const QString &message) { showError(message); })
                      << connect(session, &MigrationSession::actionAccepted, m_error, &MessageLabel::clearMessage)
                      << connect(session, &MigrationSession::journalError, this, &StepPage::showError)
                      << connect(session, &MigrationSession::refreshFailed, this,
                                 [this](const ApiError &error) { showRefreshFailure(error.message); });
        attach(session);
    }
    update();
}

void StepPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    if (m_stale)
        update();
}

void StepPage::initializePage()
{
    m_error->clearMessage();
    update();
}

void StepPage::takeActionsFrom(AccountsPanel *accounts)
{
    connect(accounts->view(), &AccountsView::actionRequested, this,
            [this](qint64 id, AccountAction action) { requestAccountAction(m_context, this, id, action); });
}

void StepPage::showError(const QString &message)
{
    m_refreshFailedAt = QDateTime();
    m_error->showMessage(MessageLabel::Kind::Error, message);
}

void StepPage::showRefreshFailure(const QString &message)
{
    const QDateTime now = m_context->clock()->now();
    // A read succeeded since the last failure: the failures are no longer in a row.
    if (m_session->lastRefreshAt() > m_refreshFailedAt)
        m_overdue.readSucceeded();
    m_refreshFailedAt = now;
    // The operation that should have ended first among those the provider runs.
    const AccountRecord *running = nullptr;
    QDateTime end;
    for (const AccountRecord &account : m_session->snapshot().accounts) {
        const QDateTime accountEnd = downtime::estimatedEnd(account, m_session->lastRefreshAt());
        if (isRunning(account.status) && (!running || accountEnd < end)) {
            running = &account;
            end = accountEnd;
        }
    }
    if (running && m_overdue.readFailed(end, now)) {
        // Not an error of the customer's: the action runs at the provider, and nothing is lost.
        m_error->showMessage(MessageLabel::Kind::Warning,
                             tr("%1 (%2) is on its way at the provider, but its state cannot be read now (%3). "
                                "Nothing is needed from you: Passerelle keeps trying, and picks the outcome up "
                                "even after a restart.")
                                 .arg(running->name, text::statusName(running->status), message));
        return;
    }
    m_error->showMessage(MessageLabel::Kind::Error,
                         tr("%1 Passerelle keeps trying; what you see is the last state read.").arg(message));
}

void StepPage::updateFreshness()
{
    if (!m_session || !m_session->lastRefreshAt().isValid()) {
        m_freshness->clear();
        return;
    }
    const QDateTime last = m_session->lastRefreshAt();
    m_freshness->setText(tr("Last read from the provider: %1.")
                             .arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat)));
    if (m_refreshFailedAt.isValid() && last > m_refreshFailedAt) {
        m_refreshFailedAt = QDateTime();
        m_error->clearMessage();
    }
}

void StepPage::update()
{
    if (m_session && m_session->hasSnapshot()) {
        const MigrationSnapshot &snapshot = m_session->snapshot();
        const LocalFacts &facts = m_session->facts();
        m_who->setText(
            tr("%1 %2").arg(steptext::whoActs(rules::actorNow(m_step, snapshot, facts)), steptext::whatNext(m_step)));
        const Verdict gate = rules::canLeaveStep(m_step, snapshot, facts);
        if (gate || m_step == Step::MigrationOver)
            m_gate->clearMessage();
        else
            m_gate->showMessage(MessageLabel::Kind::Warning, gate.error());
        // Only the page on screen redraws its lists: with thousands of accounts, refreshing all
        // nine pages at every poll would hold the GUI thread (docs/architecture.md, "Performance").
        m_stale = !isVisible();
        if (!m_stale) {
            m_diagram->setSnapshot(snapshot);
            refresh();
        }
    }
    updateFreshness();
    Q_EMIT completeChanged();
}

bool StepPage::isComplete() const
{
    if (!m_session || !m_session->hasSnapshot())
        return false;
    if (m_step == Step::MigrationOver)
        return true; // Finish closes the wizard
    return rules::canLeaveStep(m_step, m_session->snapshot(), m_session->facts()).hasValue();
}

int StepPage::nextId() const
{
    return m_step == Step::MigrationOver ? -1 : pageIdFor(static_cast<Step>(static_cast<int>(m_step) + 1));
}

} // namespace passerelle::ui
