#include "ui/wizard/PrepareAccountsPage.h"

#include "core/session/MigrationSession.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/wizard/WizardContext.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace passerelle::ui {

PrepareAccountsPage::PrepareAccountsPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::PrepareAccounts, context, parent), m_accounts(new AccountsPanel(this)),
      m_allReady(new QCheckBox(tr("Every account is &ready: I followed the migration documentation and fixed what "
                                  "the database tests found."),
                               this))
{
    auto *hint = new QLabel(tr("Run a database test on each account (Test), on the provider's test servers. You "
                               "can fix problems and test again as often as you like."),
                            this);
    hint->setWordWrap(true);
    content()->addWidget(hint);
    content()->addWidget(m_accounts, 1);
    content()->addWidget(m_allReady);
    takeActionsFrom(m_accounts);
    connect(m_allReady, &QCheckBox::clicked, this, [this](bool checked) {
        if (session())
            session()->setAllAccountsReady(checked);
    });
}

void PrepareAccountsPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    const LocalFacts &facts = session()->facts();
    m_accounts->setSnapshot(snapshot, facts, session()->inFlight());
    bool all = !snapshot.accounts.isEmpty();
    for (const AccountRecord &account : snapshot.accounts)
        all = all && facts.confirmedReady.contains(account.id);
    m_allReady->setChecked(all);
    // Past step 2 the choice is history: it can no longer be taken back.
    m_allReady->setEnabled(session()->currentStep() <= Step::RequestTransit);
}

} // namespace passerelle::ui
