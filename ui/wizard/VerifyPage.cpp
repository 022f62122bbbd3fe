#include "ui/wizard/VerifyPage.h"

#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "core/session/SiteSuggestions.h"
#include "core/session/SiteWatch.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/accounts/StatusIcons.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/sites/RollbackSuggestions.h"
#include "ui/wizard/AccountActions.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/WizardContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

constexpr int kAccountIdRole = Qt::UserRole + 1;

} // namespace

VerifyPage::VerifyPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::VerifyAfterMigration, context, parent), m_checklist(new QListWidget(this)),
      m_accounts(new AccountsPanel(this)), m_countdowns(new CountdownPanel(context->clock(), this)),
      m_progress(new OperationProgress(context->clock(), this)),
      m_request(new SupportRequestBox(SupportTopic::Reinstall, context, this)),
      m_checkAll(new QPushButton(tr("Check all &sites again"), this)),
      m_tickSame(new QPushButton(tickSameText(0), this)),
      m_suggestions(new RollbackSuggestions(this))
{
    m_checklist->setAccessibleName(tr("Accounts you checked"));
    auto *checkLabel = new QLabel(tr("&I checked these accounts (sites, mail, databases):"), this);
    checkLabel->setBuddy(m_checklist);
    auto *left = new QVBoxLayout;
    left->addWidget(checkLabel);
    left->addWidget(m_checklist, 1);
    checkLabel->setWordWrap(true);
    auto *row = new QHBoxLayout;
    // The ticks take the width of a name (see refresh, which follows the font); the accounts table
    // the rest: its columns and buttons whole on a laptop.
    row->addLayout(left, 0);
    row->addWidget(m_accounts, 1);
    m_checkAll->setToolTip(tr("Check every address of every account now and compare with the reference."));
    auto *sitesRow = new QHBoxLayout;
    sitesRow->addWidget(m_tickSame);
    sitesRow->addWidget(m_checkAll);
    sitesRow->addStretch(1);
    content()->addWidget(m_countdowns);
    content()->addWidget(m_suggestions);
    content()->addLayout(row, 1);
    content()->addLayout(sitesRow);
    content()->addWidget(m_progress);
    content()->addWidget(m_request);

    m_request->setBeforeSend([this] { return confirmReinstall(); });
    connect(m_checklist, &QListWidget::itemChanged, this, &VerifyPage::onItemChanged);
    connect(m_checkAll, &QPushButton::clicked, this, &VerifyPage::checkAllSites);
    connect(m_tickSame, &QPushButton::clicked, this, &VerifyPage::tickSame);
    connect(m_suggestions, &RollbackSuggestions::detailsRequested, this, &VerifyPage::showSites);
    connect(m_suggestions, &RollbackSuggestions::rollbackRequested, this,
            [this](qint64 id) { requestAccountAction(this->context(), this, id, AccountAction::Rollback); });
    // Tests end with the preparation and moving back waits for step 7: only these two can apply.
    m_accounts->showActions({AccountAction::Migrate, AccountAction::Rollback});
    takeActionsFrom(m_accounts);
}

void VerifyPage::attach(MigrationSession *session)
{
    m_request->setSession(session);
}

void VerifyPage::refresh()
{
    m_checklist->setMaximumWidth(m_checklist->fontMetrics().averageCharWidth() * 28);
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
    refreshSites(reinstallAsked);
}

void VerifyPage::sitesChanged()
{
    // Checks end one account at a time: one refresh for all those that end together.
    if (m_sitesRefreshQueued)
        return;
    m_sitesRefreshQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sitesRefreshQueued = false;
            if (isVisible() && session() && session()->hasSnapshot())
                refresh();
        },
        Qt::QueuedConnection);
}

void VerifyPage::refreshSites(bool reinstallAsked)
{
    const SiteWatch &watch = session()->sites();
    const MigrationSnapshot &snapshot = session()->snapshot();
    // The checklist says each account's sites too, in words and with the column's shape.
    StatusIcons icons;
    m_filling = true;
    for (int i = 0; i < m_checklist->count(); ++i) {
        const SitesState state = watch.stateOf(snapshot.accounts[i].id);
        m_checklist->item(i)->setIcon(icons.icon(state));
        m_checklist->item(i)->setToolTip(tr("Sites: %1").arg(sitesStateName(state)));
    }
    m_filling = false;
    const qsizetype same = sameAndUnticked(*session()).size();
    m_tickSame->setText(tickSameText(same));
    m_tickSame->setEnabled(same > 0 && !reinstallAsked);
    m_tickSame->setVisible(watch.isEnabled());
    m_checkAll->setVisible(watch.isEnabled());
    QList<RollbackSuggestions::Suggestion> suggestions;
    for (const qint64 id : rollbackSuggested(*session())) {
        const QList<sites::SiteCheckResult> &results = watch.sitesOf(id).results;
        const qsizetype broken = std::count_if(results.cbegin(), results.cend(), [](const auto &result) {
            return result.verdict == sites::SiteVerdict::Broken;
        });
        suggestions.append({id, snapshot.account(id)->name, broken, results.size()});
    }
    m_suggestions->setSuggestions(suggestions);
}

QString VerifyPage::tickSameText(qsizetype count)
{
    return tr("&Tick the accounts whose sites are the same (%1)").arg(count);
}

void VerifyPage::checkAllSites()
{
    session()->sites().check(session()->snapshot().accounts, SiteWatch::Mode::Compare);
}

void VerifyPage::tickSame()
{
    // Ticked one by one: each tick is the customer's, journaled as the checklist's are.
    for (const qint64 id : sameAndUnticked(*session()))
        session()->setAccountVerified(id, true);
}

void VerifyPage::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || !session())
        return;
    const qint64 id = item->data(kAccountIdRole).toLongLong();
    const bool checked = item->checkState() == Qt::Checked;
    // An item changes for its icon and tooltip too (the site checks): only a box that no longer
    // says what the journal holds is the customer's tick.
    if (checked == session()->facts().verified.contains(id))
        return;
    if (checked && !confirmTickDespiteProblems(id)) {
        // The confirmation ran an event loop: a poll may have rebuilt the list, so the item is found
        // again by its account rather than trusted.
        for (int i = 0; i < m_checklist->count(); ++i) {
            QListWidgetItem *row = m_checklist->item(i);
            if (row->data(kAccountIdRole).toLongLong() != id)
                continue;
            m_filling = true;
            row->setCheckState(Qt::Unchecked);
            m_filling = false;
        }
        return;
    }
    if (session())
        session()->setAccountVerified(id, checked);
}

bool VerifyPage::confirmTickDespiteProblems(qint64 accountId)
{
    for (const risks::AccountRisk &risk : accountRisks(*session())) {
        if (risk.accountId != accountId)
            continue;
        // Ticking an account whose sites are broken is an explicit override, never a slip of Space.
        ConfirmationRequest request;
        request.title = tr("Tick %1 as checked despite its problems?").arg(risk.account);
        request.text = risks::tickQuestion(risk);
        request.acceptLabel = tr("Tick it as checked");
        return context()->confirmer()(this, request);
    }
    return true;
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
    const QList<risks::AccountRisk> found = accountRisks(*session());
    if (!found.isEmpty())
        request.text += u"\n\n"_s + risks::reinstallWarning(found);
    // The accounts with a problem come first, with the problem: never listed like the others.
    QStringList details = risks::lines(found);
    for (const QString &name : std::as_const(verified)) {
        if (std::none_of(found.cbegin(), found.cend(), [&name](const auto &risk) { return risk.account == name; }))
            details << name;
    }
    request.details = details;
    request.acceptLabel = tr("Ask for the reinstall");
    return context()->confirmer()(this, request);
}

} // namespace passerelle::ui
