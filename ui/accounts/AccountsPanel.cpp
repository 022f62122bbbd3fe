#include "ui/accounts/AccountsPanel.h"

#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/ActionButtonsDelegate.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace passerelle::ui {

AccountsPanel::AccountsPanel(QWidget *parent)
    : QWidget(parent), m_model(new AccountsTableModel(this)), m_proxy(new AccountsFilterProxy(this)),
      m_view(new AccountsView(this)), m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(AccountsTableModel::Name, Qt::AscendingOrder);

    m_filter->setPlaceholderText(tr("Filter accounts"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_filter->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_filter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(label);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    // Reading order: the filter above, then the table it filters.
    QWidget::setTabOrder(m_filter, m_view);
    fitColumns();
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AccountsFilterProxy::setFilterText);
}

void AccountsPanel::fitColumns()
{
    // Widths from the longest words a column can hold, not from the rows of the moment, so that
    // a status change never truncates ("migrating" after "idle").
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + 24;
    };
    QStringList statuses;
    for (int s = static_cast<int>(AccountStatus::Idle); s <= static_cast<int>(AccountStatus::Failed); ++s)
        statuses << text::statusName(static_cast<AccountStatus>(s));
    QHeaderView *header = m_view->horizontalHeader();
    const auto headerText = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    header->resizeSection(AccountsTableModel::Location,
                          widest({headerText(AccountsTableModel::Location), text::locationName(Location::Transit)}));
    header->resizeSection(AccountsTableModel::Version,
                          widest({headerText(AccountsTableModel::Version), text::versionName(Version::New)}));
    header->resizeSection(AccountsTableModel::Status, widest(statuses) + m_view->iconSize().width() + 12);
    header->resizeSection(
        AccountsTableModel::DatabaseSize,
        widest({headerText(AccountsTableModel::DatabaseSize), format::dataSize(999 * downtime::kBytesPerGiB)}));
    header->resizeSection(AccountsTableModel::EstimatedDowntime,
                          widest({headerText(AccountsTableModel::EstimatedDowntime),
                                  format::duration(std::chrono::hours(99) + std::chrono::minutes(59))}));
    QStringList sitesTexts {headerText(AccountsTableModel::Sites)};
    for (const SitesState state : {SitesState::NotChecked, SitesState::Checking, SitesState::Reference,
                                   SitesState::Same, SitesState::Changed, SitesState::Broken})
        sitesTexts << sitesStateName(state);
    header->resizeSection(AccountsTableModel::Sites, widest(sitesTexts) + m_view->iconSize().width() + 12);
    // The buttons never clip ("Retour en arrière" is long): a scroll bar rather than half a label.
    header->setStretchLastSection(false);
    header->resizeSection(AccountsTableModel::Actions, m_view->actionsDelegate()->buttonsWidth(metrics));
    // On a laptop (1366x768, 1280x720) the status gives way, not the actions: it takes what the
    // other columns leave ("retour en arrière en cours" is long in French).
    header->setSectionResizeMode(AccountsTableModel::Status, QHeaderView::Stretch);
}

void AccountsPanel::showActions(const QList<AccountAction> &actions)
{
    m_view->actionsDelegate()->setShownActions(actions);
    fitColumns();
}

void AccountsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitColumns();
        m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
        if (m_model->rowCount() > 0)
            m_view->resizeColumnToContents(AccountsTableModel::Name);
    }
}

void AccountsPanel::setSnapshot(const MigrationSnapshot &snapshot, const LocalFacts &facts,
                                const QSet<qint64> &inFlight)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setSnapshot(snapshot, facts, inFlight);
    if (first && m_model->rowCount() > 0)
        fitNameColumn(snapshot.accounts);
}

void AccountsPanel::fitNameColumn(const AccountList &accounts)
{
    // The widest name is among the longest ones: measuring a few keeps 10,000 rows within a frame
    // (resizeColumnToContents would lay a thousand rows out).
    constexpr qsizetype kMeasured = 32;
    QList<const QString *> names;
    names.reserve(accounts.size());
    for (const AccountRecord &account : accounts)
        names << &account.name;
    const qsizetype measured = std::min(kMeasured, names.size());
    std::partial_sort(names.begin(), names.begin() + measured, names.end(),
                      [](const QString *a, const QString *b) { return a->size() > b->size(); });
    const QFontMetrics metrics = m_view->fontMetrics();
    int width = metrics.horizontalAdvance(m_model->headerData(AccountsTableModel::Name, Qt::Horizontal).toString());
    for (qsizetype i = 0; i < measured; ++i)
        width = std::max(width, metrics.horizontalAdvance(*names[i]));
    m_view->horizontalHeader()->resizeSection(AccountsTableModel::Name, width + 24);
}

} // namespace passerelle::ui
