#include "ui/wizard/VerifyPage.h"

#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/WizardContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace passerelle::ui {
namespace {

constexpr int kAccountIdRole = Qt::UserRole + 1;

} // namespace

VerifyPage::VerifyPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::VerifyAfterMigration, context, parent), m_checklist(new QListWidget(this)),
      m_accounts(new AccountsPanel(this)), m_countdowns(new CountdownPanel(context->clock(), this)),
      m_progress(new OperationProgress(context->clock(), this)),
      m_request(new SupportRequestBox(SupportTopic::Reinstall, context, this))
{
    m_checklist->setAccessibleName(tr("Accounts you checked"));
    auto *checkLabel = new QLabel(tr("&I checked these accounts (sites, mail, databases):"), this);
    checkLabel->setBuddy(m_checklist);
    auto *left = new QVBoxLayout;
    left->addWidget(checkLabel);
    left->addWidget(m_checklist, 1);
    auto *row = new QHBoxLayout;
    row->addLayout(left, 1);
    row->addWidget(m_accounts, 3);
    content()->addWidget(m_countdowns);
    content()->addLayout(row, 1);
    content()->addWidget(m_progress);
    content()->addWidget(m_request);

    m_request->setBeforeSend([this] { return confirmReinstall(); });
    connect(m_checklist, &QListWidget::itemChanged, this, &VerifyPage::onItemChanged);
    takeActionsFrom(m_accounts);
}

void VerifyPage::attach(MigrationSession *session)
{
    m_request->setSession(session);
}

void VerifyPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    const LocalFacts &facts = session()->facts();
    m_accounts->setSnapshot(snapshot, facts, session()->inFlight());
    m_countdowns->setSnapshot(snapshot, facts);
    m_progress->setSnapshot(snapshot);
    const bool reinstallAsked
        = facts.reinstallRequestSent || snapshot.migration.clientServer.status != ClientServerStatus::Original;
    m_request->setState(rules::canRequestReinstall(snapshot, facts).hasValue(), reinstallAsked);

    // The ticks come from the facts (the journal holds them, not this list); the items are kept
    // when the accounts are the same, so that keyboard focus stays where it was.
    m_filling = true;
    bool same = m_checklist->count() == snapshot.accounts.size();
    for (int i = 0; same && i < m_checklist->count(); ++i)
        same = m_checklist->item(i)->data(kAccountIdRole).toLongLong() == snapshot.accounts[i].id;
    if (!same) {
        m_checklist->clear();
        for (const AccountRecord &account : snapshot.accounts)
            new QListWidgetItem(account.name, m_checklist);
    }
    for (int i = 0; i < m_checklist->count(); ++i) {
        const AccountRecord &account = snapshot.accounts[i];
        QListWidgetItem *item = m_checklist->item(i);
        item->setData(kAccountIdRole, account.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                       | (reinstallAsked ? Qt::NoItemFlags : Qt::ItemIsEnabled));
        item->setCheckState(facts.verified.contains(account.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void VerifyPage::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || !session())
        return;
    session()->setAccountVerified(item->data(kAccountIdRole).toLongLong(), item->checkState() == Qt::Checked);
}

bool VerifyPage::confirmReinstall()
{
    QStringList verified;
    for (const AccountRecord &account : session()->snapshot().accounts) {
        if (session()->facts().verified.contains(account.id))
            verified << account.name;
    }
    ConfirmationRequest request;
    request.title = tr("Ask support to reinstall your server");
    request.text = tr("You checked the accounts below. Once the reinstall starts, rollback is no longer possible: "
                      "your accounts stay on the new infrastructure.");
    request.details = verified;
    request.acceptLabel = tr("Ask for the reinstall");
    return context()->confirmer()(this, request);
}

} // namespace passerelle::ui
