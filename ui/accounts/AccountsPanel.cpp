#include "ui/accounts/AccountsPanel.h"

#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace passerelle::ui {

AccountsPanel::AccountsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountsTableModel(this))
    , m_proxy(new AccountsFilterProxy(this))
    , m_view(new AccountsView(this))
    , m_filter(new QLineEdit(this))
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

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AccountsFilterProxy::setFilterText);
    connect(m_view, &AccountsView::actionRequested, this, &AccountsPanel::actionRequested);
}

void AccountsPanel::setSnapshot(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setSnapshot(snapshot, facts);
    if (first && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setStretchLastSection(true);
    }
}

} // namespace passerelle::ui
