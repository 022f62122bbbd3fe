#include "ui/wizard/FinalizationPage.h"

#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/QueueControls.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/WizardContext.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace passerelle::ui {

FinalizationPage::FinalizationPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::Finalization, context, parent),
      m_bySupport(new QRadioButton(tr("&Support moves the accounts back, during working hours and days"), this)),
      m_byMe(new QRadioButton(tr("I move &them back myself: one week at no extra cost"), this)),
      m_request(new SupportRequestBox(SupportTopic::Finalization, context, this)), m_accounts(new AccountsPanel(this)),
      m_progress(new OperationProgress(context->clock(), this)),
      m_queue(new QueueControls(AccountAction::MoveBack, context, m_accounts, this)),
      m_countdowns(new CountdownPanel(context->clock(), this))
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
    content()->addWidget(m_queue);

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
}

QPushButton *FinalizationPage::queueButton() const
{
    return m_queue->queueButton();
}

QPushButton *FinalizationPage::calendarButton() const
{
    return m_queue->calendarButton();
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
    m_queue->setSession(session);
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
    // Once every account is back there is nothing left to queue (the gate says the step is over).
    m_queue->setVisible(mine && !rules::isMigrationOver(snapshot));
    m_accounts->setSnapshot(snapshot, facts, session()->inFlight());
    m_queue->update();
    m_progress->setSnapshot(snapshot);
    m_countdowns->setSnapshot(snapshot, facts);
}

} // namespace passerelle::ui
