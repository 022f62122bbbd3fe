#include "ui/wizard/PrepareAccountsPage.h"

#include "core/session/MigrationSession.h"
#include "core/session/SiteWatch.h"
#include "core/model/Database.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/common/MessageLabel.h"
#include "ui/countdown/CountdownText.h"
#include "ui/wizard/WizardContext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle::ui {

PrepareAccountsPage::PrepareAccountsPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::PrepareAccounts, context, parent), m_accounts(new AccountsPanel(this)),
      m_allReady(new QCheckBox(tr("Every account is &ready: I followed the migration documentation and fixed what "
                                  "the database tests found."),
                               this)),
      m_recordSites(new QPushButton(tr("Record the &sites' reference"), this)),
      m_databaseWarning(new MessageLabel(this)), m_deadline(new QLabel(this))
{
    m_deadline->setTextFormat(Qt::PlainText); // names and times from the provider
    m_deadline->setWordWrap(true);
    m_deadline->setAccessibleName(tr("Migration deadline"));
    content()->addWidget(m_deadline);
    auto *hint = new QLabel(tr("Run a database test on each account (Test), on the provider's test servers. You "
                               "can fix problems and test again as often as you like."),
                            this);
    hint->setWordWrap(true);
    content()->addWidget(hint);
    // Above the table, not below the tick: seen without scrolling at 1280x720.
    content()->addWidget(m_databaseWarning);
    content()->addWidget(m_accounts, 1);
    m_recordSites->setToolTip(tr("Check every address of every account now and keep the answers as the reference "
                                 "that the checks after each move are compared with."));
    auto *sitesRow = new QHBoxLayout;
    sitesRow->addWidget(m_recordSites);
    sitesRow->addStretch(1);
    content()->addLayout(sitesRow);
    content()->addWidget(m_allReady);
    QWidget::setTabOrder(m_recordSites, m_allReady); // Tab follows the screen: the button above the tick
    takeActionsFrom(m_accounts);
    connect(m_recordSites, &QPushButton::clicked, this, [this] {
        if (session())
            session()->sites().check(session()->snapshot().accounts, SiteWatch::Mode::RecordBaseline);
    });
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
    m_recordSites->setVisible(session()->sites().isEnabled());
    // A reference taken once an account has moved would compare the new infrastructure with itself.
    const bool noneMoved = std::all_of(snapshot.accounts.cbegin(), snapshot.accounts.cend(), [](const auto &account) {
        return account.location == Location::Client && account.version == Version::Old;
    });
    m_recordSites->setEnabled(noneMoved);
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
