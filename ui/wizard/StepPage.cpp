#include "ui/wizard/StepPage.h"

#include "core/model/Downtime.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "core/model/StepHeadline.h"
#include "core/session/MigrationSession.h"
#include "core/session/SiteSuggestions.h"
#include "core/session/SiteWatch.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/common/CachedScrollBar.h"
#include "ui/common/HiddenLayout.h"
#include "ui/common/MessageLabel.h"
#include "ui/diagram/ServerDiagram.h"
#include "ui/sites/SitesDialog.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/AwayBar.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/StepTexts.h"
#include "ui/wizard/WizardContext.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

constexpr int kSmallestDiagram = 150;
constexpr int kLargestDiagram = 300;

} // namespace

StepPage::StepPage(Step step, WizardContext *context, QWidget *parent)
    : QWizardPage(parent), m_step(step), m_context(context), m_who(new QLabel(this)),
      m_diagram(new ServerDiagram(this)), m_content(new QVBoxLayout), m_gate(new MessageLabel(this)),
      m_error(new MessageLabel(this)), m_rehearsal(new QLabel(this)), m_freshness(new QLabel(this))
{
    const StepInfo &info = stepInfo(step);
    setTitle(tr("Step %1 of 8 — %2").arg(info.number).arg(stepTitle(step)));
    const QString group = steptext::group(step);
    setSubTitle(group.isEmpty() ? stepSummary(step) : tr("%1. %2").arg(group, stepSummary(step)));
    m_who->setTextFormat(Qt::PlainText); // names and times from the provider
    m_who->setWordWrap(true);
    QFont emphasis = m_who->font();
    emphasis.setBold(true);
    m_who->setFont(emphasis);
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rehearsal->setText(tr("REHEARSAL (dry-run): a simulated migration on this computer. Nothing here reaches "
                            "your provider."));
    m_rehearsal->setWordWrap(true);
    m_rehearsal->setMargin(4);
    m_rehearsal->setStyleSheet(u"QLabel { background: #5b2a86; color: white; font-weight: bold; }"_s);
    m_rehearsal->setAccessibleName(tr("Rehearsal"));
    m_rehearsal->setVisible(false);
    m_diagram->setMinimumHeight(kSmallestDiagram);
    m_diagram->setMaximumHeight(kLargestDiagram);

    // A scroll area rather than squeezed widgets when a page holds more than the window.
    auto *scroll = new QScrollArea(this);
    CachedScrollBar::installOn(scroll);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title());
    auto *inner = new QWidget(scroll);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Outside the scroll area: a rehearsal is never mistaken for the real thing on a shared screen.
    outer->addWidget(m_rehearsal);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_who);
    // Whether the computer is kept awake, and why, is seen without scrolling.
    layout->addWidget(new AwayBar(context, inner));
    layout->addWidget(m_diagram);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_gate);
    layout->addWidget(m_error);
    layout->addWidget(m_freshness);
    m_freshness->setAccessibleName(tr("Last update"));

    // Says when the provider was last read, and clears a failed poll's error once a poll succeeds.
    m_freshnessTick.setObjectName(u"freshness tick"_s);
    m_freshnessTick.setInterval(5000);
    connect(&m_freshnessTick, &QTimer::timeout, this, &StepPage::updateFreshness);
    m_freshnessTick.start();
    m_updateHidden.setObjectName(u"update hidden page"_s);
    m_updateHidden.setSingleShot(true);
    m_updateHidden.setInterval(1); // a timer everywhere (Windows posts a zero timer's event)
    connect(&m_updateHidden, &QTimer::timeout, this, &StepPage::applyPendingUpdate);
    m_layOutHidden.setObjectName(u"lay out hidden page"_s);
    m_layOutHidden.setSingleShot(true);
    m_layOutHidden.setInterval(0);
    connect(&m_layOutHidden, &QTimer::timeout, this, [this] {
        if (isVisible())
            return;
        layOutWhileHidden(this);
        Q_EMIT laidOutWhileHidden();
    });

    connect(context, &WizardContext::sessionChanged, this, &StepPage::setSession);
    connect(context, &WizardContext::announced, this,
            [this](const QString &message) { m_error->showMessage(MessageLabel::Kind::Warning, message); });
}

void StepPage::followSession()
{
    setSession(m_context->session());
}

void StepPage::setSession(MigrationSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    m_rehearsal->setVisible(m_context->isRehearsal());
    if (session) {
        const auto changed = [this](Change change) { return [this, change] { scheduleUpdate(change); }; };
        m_connections << connect(session, &MigrationSession::snapshotChanged, this, changed(SnapshotChange))
                      << connect(session, &MigrationSession::factsChanged, this, changed(OtherChange))
                      << connect(session, &MigrationSession::inFlightChanged, this, &StepPage::inFlightChanged)
                      << connect(session, &MigrationSession::databasesChanged, this, changed(OtherChange))
                      << connect(session, &MigrationSession::actionFailed, this,
                                 [this](qint64, AccountAction, const QString &message) { showError(message); })
                      << connect(session, &MigrationSession::actionAccepted, m_error, &MessageLabel::clearMessage)
                      << connect(session, &MigrationSession::journalError, this, &StepPage::showError)
                      << connect(session, &MigrationSession::refreshFailed, this,
                                 [this](const ApiError &error) { showRefreshFailure(error.message); })
                      << connect(&session->sites(), &SiteWatch::sitesChanged, this, &StepPage::showSitesState);
        attach(session);
        // A page built after some checks ran (pages are built when first shown) starts from them.
        for (const AccountRecord &account : session->snapshot().accounts) {
            for (AccountsPanel *panel : std::as_const(m_panels))
                panel->model()->setSitesState(account.id, session->sites().stateOf(account.id));
        }
    }
    updateNow(EveryChange);
}

void StepPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    // A change queued while the page was hidden is drawn before its first paint.
    if (m_stale || m_pending != 0)
        updateNow(EveryChange);
    m_saidComplete = isComplete(); // what QWizard reads as it switches to the page
}

void StepPage::prepareWhileHidden(const QRect &geometry)
{
    // Filled as it began to follow the session (it is the page Next leads to), which also asked
    // for its layout: placed now, it is laid out at the place it will show.
    setGeometry(geometry);
}

void StepPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    // A quarter of the page at most (1366x768 and 1280x720 keep the accounts table and the buttons
    // under it in view); the diagram draws itself smaller rather than pushing them out of the window.
    const int room = std::clamp(height() / 4, kSmallestDiagram, kLargestDiagram);
    m_diagram->setMinimumHeight(room);
    m_diagram->setMaximumHeight(room);
}

void StepPage::initializePage()
{
    m_error->clearMessage();
    updateNow(EveryChange);
}

void StepPage::takeActionsFrom(AccountsPanel *accounts)
{
    connect(accounts->view(), &AccountsView::actionRequested, this,
            [this](qint64 id, AccountAction action) { requestAccountAction(m_context, this, id, action); });
    connect(accounts->view(), &AccountsView::sitesRequested, this, &StepPage::showSites);
    m_panels << accounts;
}

void StepPage::showSitesState(qint64 accountId)
{
    for (AccountsPanel *panel : std::as_const(m_panels))
        panel->model()->setSitesState(accountId, m_session->sites().stateOf(accountId));
    sitesChanged();
}

void StepPage::showSites(qint64 accountId)
{
    if (!m_session)
        return;
    auto *dialog = new SitesDialog(*m_session, accountId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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

void StepPage::scheduleUpdate(Change change)
{
    const bool queued = m_pending != 0;
    m_pending |= change;
    if (queued)
        return;
    // The page on screen redraws at the next turn, with the poll; a hidden one (the page Next leads
    // to) at a timer turn of its own, not in the poll's burst.
    if (isVisible())
        QMetaObject::invokeMethod(this, &StepPage::applyPendingUpdate, Qt::QueuedConnection);
    else
        m_updateHidden.start();
}

void StepPage::inFlightChanged()
{
    const QSet<qint64> &inFlight = m_session->inFlight();
    const bool sent = std::any_of(inFlight.cbegin(), inFlight.cend(),
                                  [this](qint64 id) { return !m_inFlightShown.contains(id); });
    // An action just sent: every other row waits visibly before the next key or click is read
    // (one action at a time). An answer read by a poll waits for the poll's other signals.
    if (sent)
        updateNow(EveryChange);
    else
        scheduleUpdate(OtherChange);
}

void StepPage::applyPendingUpdate()
{
    if (m_pending != 0) // else an update ran meanwhile (the page was shown) and took them
        updateNow(m_pending);
}

void StepPage::updateNow(unsigned changes)
{
    m_pending = 0;
    m_inFlightShown = m_session ? m_session->inFlight() : QSet<qint64>();
    if (m_session && m_session->hasSnapshot()) {
        const MigrationSnapshot &snapshot = m_session->snapshot();
        const LocalFacts &facts = m_session->facts();
        // At step 8 every page says what is still broken rather than "Nothing left to do".
        const Step current = m_session->currentStep();
        const QString leftToDo = current == Step::MigrationOver ? leftToDoAfterMigration(*m_session) : QString();
        m_who->setText(headline::forPage(m_step, current, snapshot, facts, leftToDo));
        const Verdict gate = rules::canLeaveStep(m_step, snapshot, facts);
        if (gate || m_step == Step::MigrationOver)
            m_gate->clearMessage();
        else
            m_gate->showMessage(MessageLabel::Kind::Warning, gate.error());
        // Only the page on screen and the one Next leads to (prepared ahead, so that Next only
        // switches pages) redraw their lists: with thousands of accounts, refreshing all nine pages
        // at every poll would hold the GUI thread (docs/architecture.md, "Performance").
        const QWizardPage *shown = wizard() ? wizard()->currentPage() : nullptr;
        const bool nextToShow = shown && shown != this && shown->nextId() == pageIdFor(m_step);
        const bool wasStale = std::exchange(m_stale, !isVisible() && !nextToShow);
        if (!m_stale) {
            if (wasStale || (changes & SnapshotChange) != 0)
                m_diagram->setSnapshot(snapshot);
            refresh();
            if (nextToShow && !isVisible())
                m_layOutHidden.start();
        }
    }
    updateFreshness();
    // QWizard hides and shows its whole window's contents on every completeChanged (to set its
    // buttons), whichever page sends it, and reads only the current page's answer (also when it
    // switches pages): said by the current page, and only when the answer changed.
    if (const bool complete = isComplete(); complete != m_saidComplete && wizard() && wizard()->currentPage() == this) {
        m_saidComplete = complete;
        Q_EMIT completeChanged();
    }
    Q_EMIT updated();
}

QString StepPage::whoActsText() const
{
    return m_who->text();
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
