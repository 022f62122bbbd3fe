#include "ui/accounts/AccountsFilterProxy.h"

namespace passerelle::ui {

AccountsFilterProxy::AccountsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AccountsTableModel::SortRole);
    setDynamicSortFilter(true);
}

void AccountsFilterProxy::setSourceModel(AccountsTableModel *model)
{
    m_accounts = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void AccountsFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search.text)
        return;
    m_search = AccountsTableModel::searchFor(trimmed);
    invalidateFilter();
}

bool AccountsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_search.text.isEmpty() || m_accounts->matches(sourceRow, m_search);
}

bool AccountsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_accounts->lessThan(left.row(), right.row(), left.column());
}

} // namespace passerelle::ui
