#include "ui/wizard/PrepareAccountsPage.h"

#include "core/session/MigrationSession.h"
#include "core/model/Database.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/common/MessageLabel.h"
#include "ui/countdown/CountdownText.h"
#include "ui/wizard/WizardContext.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace passerelle::ui {

PrepareAccountsPage::PrepareAccountsPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::PrepareAccounts, context, parent), m_accounts(new AccountsPanel(this)),
      m_allReady(new QCheckBox(tr("Every account is &ready: I followed the migration documentation and fixed what "
                                  "the database tests found."),
                               this)),
      m_databaseWarning(new MessageLabel(this)), m_deadline(new QLabel(this))
{
    m_deadline->setWordWrap(true);
    m_deadline->setAccessibleName(tr("Migration deadline"));
    content()->addWidget(m_deadline);
    auto *hint = new QLabel(tr("Run a database test on each account (Test), on the provider's test servers. You "
                               "can fix problems and test again as often as you like."),
                            this);
    hint->setWordWrap(true);
    content()->addWidget(hint);
    content()->addWidget(m_accounts, 1);
    content()->addWidget(m_allReady);
    content()->addWidget(m_databaseWarning);
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
    m_deadline->setText(countdown::migrationDeadline(snapshot.migration, context()->clock()->now()));
    // Said in words next to the tick, reasons included: never only in a tooltip.
    const QString warning = databases::warningFor(snapshot.accounts, session()->databases());
    if (warning.isEmpty())
        m_databaseWarning->clearMessage();
    else
        m_databaseWarning->showMessage(MessageLabel::Kind::Info, warning);
}

QString PrepareAccountsPage::deadlineText() const
{
    return m_deadline->text();
}

} // namespace passerelle::ui
