#include "ui/wizard/FinalizationPage.h"

#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/CalendarButton.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/WizardContext.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace passerelle::ui {

FinalizationPage::FinalizationPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::Finalization, context, parent),
      m_bySupport(new QRadioButton(tr("&Support moves the accounts back, during working hours and days"), this)),
      m_byMe(new QRadioButton(tr("I move &them back myself: one week at no extra cost"), this)),
      m_request(new SupportRequestBox(SupportTopic::Finalization, context, this)), m_accounts(new AccountsPanel(this)),
      m_progress(new OperationProgress(context->clock(), this)),
      m_queue(new QPushButton(tr("Mo&ve selected back, one after another"), this)),
      m_calendar(new CalendarButton(context, this)), m_countdowns(new CountdownPanel(context->clock(), this))
{
    auto *choice = new QGroupBox(tr("Who moves the accounts back?"), this);
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->addWidget(m_bySupport);
    choiceLayout->addWidget(m_byMe);
    auto *group = new QButtonGroup(this);
    group->addButton(m_bySupport);
    group->addButton(m_byMe);

    content()->addWidget(m_countdowns);
    content()->addWidget(choice);
    content()->addWidget(m_request);
    content()->addWidget(m_accounts, 1);
    content()->addWidget(m_progress);
    auto *queueRow = new QHBoxLayout;
    queueRow->addWidget(m_queue);
    queueRow->addWidget(m_calendar);
    queueRow->addStretch(1);
    content()->addLayout(queueRow);

    auto updateChoice = [this] {
        m_request->setFinalizer(chosen());
        if (session() && session()->hasSnapshot())
            refresh();
    };
    connect(m_bySupport, &QRadioButton::toggled, this, updateChoice);
    connect(m_byMe, &QRadioButton::toggled, this, updateChoice);
    // Past the reinstall, moving back is the one action an account can still take.
    m_accounts->showActions({AccountAction::MoveBack});
    takeActionsFrom(m_accounts);
    connect(m_queue, &QPushButton::clicked, this, [this] {
        requestQueue(this->context(), this, m_accounts->view()->selectedAccountIds(), AccountAction::MoveBack);
    });
}

Finalizer FinalizationPage::chosen() const
{
    if (m_bySupport->isChecked())
        return Finalizer::Support;
    return m_byMe->isChecked() ? Finalizer::Customer : Finalizer::Nobody;
}

void FinalizationPage::attach(MigrationSession *session)
{
    m_request->setSession(session);
}

void FinalizationPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    const LocalFacts &facts = session()->facts();
    const Finalizer finalizer = rules::effectiveFinalizer(snapshot, facts);
    const bool decided = finalizer != Finalizer::Nobody;
    if (decided) {
        m_bySupport->setChecked(finalizer == Finalizer::Support);
        m_byMe->setChecked(finalizer == Finalizer::Customer);
    }
    m_bySupport->setEnabled(!decided);
    m_byMe->setEnabled(!decided);
    // The choice is sent to support either way, so that they know whether to act.
    m_request->setState(rules::canChooseFinalizer(snapshot, facts).hasValue() && chosen() != Finalizer::Nobody,
                        decided && facts.finalizationRequestSent);
    const bool mine = finalizer == Finalizer::Customer;
    m_accounts->setVisible(mine);
    m_queue->setVisible(mine);
    m_calendar->setVisible(mine);
    m_accounts->setSnapshot(snapshot, facts, session()->inFlight());
    m_progress->setSnapshot(snapshot);
    m_countdowns->setSnapshot(snapshot, facts);
}

} // namespace passerelle::ui
